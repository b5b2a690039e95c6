/**
 * "Set up workbook" as a pure plan: which tabs to create, which columns to append
 * (at the end, never reordering or renaming), header labels and notes in the event
 * language, dropdowns, formats, widths, frozen header and styling. The add-on turns
 * the plan into Apps Script calls. Planning again after applying gives a plan with
 * nothing to create or append, and the same formatting as before.
 */
import type { Lang } from '../model';
import { columnLetter } from '../text';
import { parseWorkbook, type SheetInput, type TabLayout } from './parse';
import { helpOf, type ColumnHelp } from './column-help';
import { EVENT_HEADER, TABS, tabSpec } from './tabs';
import type { CellDefault, ColumnSpec, TabName, TabSpec } from './types';

export type ValidationRule =
  /** A dropdown of fixed values. */
  | { kind: 'list'; values: string[]; allowInvalid: true }
  /** A dropdown of the values of another tab's column, open-ended so it follows new rows. */
  | { kind: 'range'; tab: TabName; sheetName: string; a1: string; allowInvalid: true }
  | { kind: 'checkbox' };

export interface ColumnPlan {
  key: string;
  /** 0-based column index once set-up is done. */
  index: number;
  letter: string;
  /** Header text to write when the column is new (in the event language). */
  header: string;
  /** Note on the header cell (help text in the event language). */
  note: string;
  /** True when set-up adds this column. */
  isNew: boolean;
  required: boolean;
  /** Sheets number format for rows 2 and down: '@' plain text, dates, times, numbers. */
  numberFormat?: string;
  validation?: ValidationRule;
  /** Width in pixels; apply only when `isNew` or the tab is created, so users keep their widths. */
  width: number;
}

interface SettingRowPlan {
  key: string;
  /** 1-based sheet row once set-up is done. */
  row: number;
  label: string;
  /** Default value to write in a new row ('' when none). */
  value: CellDefault;
  note: string;
  isNew: boolean;
  validation?: ValidationRule;
}

interface TabStyle {
  headerBackground: string;
  headerFontColor: string;
  headerBold: boolean;
  /** Colour of the sheet tab; null to leave it. */
  tabColor: string | null;
  /** Owned tabs other than Checklist: protect with "warning only" so edits ask first. */
  protectWarningOnly: boolean;
}

export interface TabPlan {
  tab: TabName;
  sheetName: string;
  create: boolean;
  owned: boolean;
  /** Every schema column (for Event: the key and value columns), existing and new, in schema order. */
  columns: ColumnPlan[];
  /** The new columns, in the order to append them (their indexes are consecutive). */
  append: ColumnPlan[];
  frozenRows: 1;
  style: TabStyle;
  /** Event only: one row per setting. */
  settings?: SettingRowPlan[];
}

export interface SetupPlan {
  lang: Lang;
  tabs: TabPlan[];
}

const INPUT_STYLE: TabStyle = { headerBackground: '#d2e3fc', headerFontColor: '#174ea6', headerBold: true, tabColor: null, protectWarningOnly: false };
const OWNED_STYLE: TabStyle = { headerBackground: '#e8eaed', headerFontColor: '#5f6368', headerBold: true, tabColor: '#9aa0a6', protectWarningOnly: true };

function numberFormat(c: ColumnSpec): string | undefined {
  switch (c.type.kind) {
    case 'date': return 'yyyy-mm-dd';
    case 'datetime-airport': case 'datetime-event': case 'instant': return 'yyyy-mm-dd hh:mm';
    case 'time': return 'hh:mm';
    case 'number': return c.type.integer ? '0' : undefined;
    case 'boolean': return undefined;
    // Plain text keeps leading zeros and "+" of phone numbers and stops Sheets turning ids into dates.
    default: return '@';
  }
}

function idRange(tab: TabName, plans: Map<TabName, TabPlan>): ValidationRule | undefined {
  const spec = tabSpec(tab);
  const p = plans.get(tab);
  const idCol = p?.columns.find((c) => c.key === spec.idColumn);
  if (!p || !idCol) return undefined;
  const quoted = `'${p.sheetName.replace(/'/g, "''")}'`;
  return { kind: 'range', tab, sheetName: p.sheetName, a1: `${quoted}!$${idCol.letter}$2:$${idCol.letter}`, allowInvalid: true };
}

function validationFor(c: ColumnSpec, plans: Map<TabName, TabPlan>): ValidationRule | undefined {
  const t = c.type;
  if (t.kind === 'enum') return { kind: 'list', values: [...t.values], allowInvalid: true };
  if (t.kind === 'boolean') return { kind: 'checkbox' };
  if (t.kind === 'ref' && !t.many) return idRange(t.tab, plans);
  return undefined;
}

function planColumns(tab: TabName, columns: readonly ColumnSpec[], l: TabLayout | undefined, lang: Lang, help: ColumnHelp): ColumnPlan[] {
  const exists = !!l?.sheetName;
  let next = exists ? Math.max(l!.width, 0) : 0;
  const out: ColumnPlan[] = [];
  for (const c of columns) {
    const at = exists ? l!.columns[c.key] : undefined;
    const index = at ?? next++;
    out.push({
      key: c.key, index, letter: columnLetter(index), header: c.label[lang], note: helpOf(help, lang, tab, c.key),
      isNew: at === undefined, required: c.required, width: c.width,
    });
  }
  return out;
}

/**
 * The set-up plan for a workbook. `existing` needs the header row of each tab and,
 * for the Event tab, its rows (to see which settings are there).
 */
export function planSetup(existing: readonly SheetInput[], lang: Lang, help: ColumnHelp): SetupPlan {
  const layout = parseWorkbook(existing, { lang }).layout;
  const plans = new Map<TabName, TabPlan>();
  for (const spec of TABS) {
    const l = layout[spec.name];
    const create = !l?.sheetName;
    if (create && spec.optional) continue;
    const cols = spec.layout === 'keyvalue' ? EVENT_HEADER : spec.columns;
    const columns = planColumns(spec.name, cols, l, lang, help);
    plans.set(spec.name, {
      tab: spec.name,
      sheetName: l?.sheetName ?? spec.name,
      create,
      owned: spec.owned,
      columns,
      append: columns.filter((c) => c.isNew).sort((a, b) => a.index - b.index),
      frozenRows: 1,
      style: spec.owned ? { ...OWNED_STYLE, protectWarningOnly: spec.name !== 'Checklist' } : INPUT_STYLE,
    });
  }
  // Second pass: formats and dropdowns, now that every id column has its final place.
  for (const spec of TABS) {
    const p = plans.get(spec.name);
    if (!p) continue;
    if (spec.layout === 'keyvalue') {
      for (const c of p.columns) c.numberFormat = '@';
      p.settings = planSettings(spec, layout.Event, lang, help);
      continue;
    }
    for (const c of p.columns) {
      const cs = spec.columns.find((x) => x.key === c.key)!;
      const fmt = numberFormat(cs);
      if (fmt) c.numberFormat = fmt;
      const v = validationFor(cs, plans);
      if (v) c.validation = v;
    }
  }
  return { lang, tabs: TABS.map((s) => plans.get(s.name)).filter((p): p is TabPlan => !!p) };
}

function planSettings(spec: TabSpec, l: TabLayout | undefined, lang: Lang, help: ColumnHelp): SettingRowPlan[] {
  const rows = l?.settingRows ?? {};
  let next = Math.max(l?.sheetName ? l.height : 1, 1) + 1;
  return spec.columns.map((c) => {
    const at = rows[c.key];
    const row = at ?? next++;
    const plan: SettingRowPlan = {
      key: c.key, row, label: c.label[lang], value: c.key === 'language' ? lang : c.default ?? '', note: helpOf(help, lang, 'Event', c.key), isNew: at === undefined,
    };
    if (c.type.kind === 'enum') plan.validation = { kind: 'list', values: [...c.type.values], allowInvalid: true };
    return plan;
  });
}
