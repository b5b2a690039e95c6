/**
 * Workbook → typed model + findings + layout. Input is what Apps Script's
 * Range.getValues() gives for each tab's data range (starting at A1, so values[0]
 * is sheet row 1). Never throws: every problem becomes a located finding.
 */
import type { EventModel, EventSettings, Finding, FindingCode, Lang, Severity } from '../model';
import type { MessageKey } from '../i18n';
import { headerKey, columnLetter } from '../text';
import { zoneForAirport } from '../time/airports';
import { asZone, zonedTime, type Zone } from '../time/zones';
import { cellText, isBlankCell, readCell, type CellContext, type CellRead, type EnumIndex, type WallRead } from './cells';
import { DEFAULT_ZONE } from './contract';
import { eventColumns, matchHeaders, SETTING_NAMES, tabForSheetName } from './headers';
import { TABS } from './tabs';
import type { ColumnSpec, TabName, TabSpec } from './types';
import { FindingSink, finalise, type FindingParams, type RawFinding } from '../validate/findings';

export interface SheetInput {
  name: string;
  values: unknown[][];
}

export interface ParseOptions {
  /** The spreadsheet's time zone (Spreadsheet.getSpreadsheetTimeZone()); Date cells show wall time in it. */
  spreadsheetZone?: string;
  /** Language of messages; default: the Event tab's language. */
  lang?: Lang;
}

/** Where each tab and column is, for pointing findings at cells and for set-up. */
export interface TabLayout {
  tab: TabName;
  /** The sheet's name in the workbook; null when the tab is missing. */
  sheetName: string | null;
  /** Column key → 0-based column index. For Event: `key` and `value`. */
  columns: Record<string, number>;
  /** Keys with no column (for Event: settings with no row), in schema order. */
  missing: string[];
  /** Width of the data range (where appended columns start). */
  width: number;
  /** Number of rows in the data range, header included. */
  height: number;
  /** Event only: setting key → sheet row (1-based). */
  settingRows?: Record<string, number>;
}

export type WorkbookLayout = Record<TabName, TabLayout>;

export interface ParsedWorkbook {
  model: EventModel;
  /** Findings of reading the tabs (validate() adds the cross-tab ones), sorted. */
  findings: Finding[];
  layout: WorkbookLayout;
  /** Language of `message`. */
  lang: Lang;
  /** The spreadsheet zone the Date cells were read in. */
  spreadsheetZone: string;
  /** Findings before their messages were written; validate() merges its own into these. */
  raw: RawFinding[];
  /**
   * Every id seen in each tab's id column, including rows left out for other
   * faults, so that a reference to such a row is not also called unknown.
   */
  seenIds: Partial<Record<TabName, Set<string>>>;
}

const ALL_AUDIENCE = new Set(['all', 'ทั้งหมด', 'ทุกคน', '*']);

interface Reader {
  spec: ColumnSpec;
  index: number;
  enums?: EnumIndex;
  field: string;
  timed: boolean;
  isId: boolean;
}

class ParseContext {
  /** `zone`: the event's zone, settled (the sheet's until the Event tab is read). */
  constructor(readonly sink: FindingSink, readonly cells: CellContext, readonly zone: Zone) {}

  add(
    severity: Severity, code: FindingCode, tab: TabName, sheet: string, row: number, column: string,
    message: MessageKey, params: FindingParams = {}, colIndex = -1,
  ): void {
    this.sink.add({ severity, code, tab, sheet, row, column, message, params, colIndex });
  }
}

function isTimed(c: ColumnSpec): boolean {
  return c.type.kind === 'datetime-airport' || c.type.kind === 'datetime-event';
}

function rowsOf(sheet: SheetInput | undefined): unknown[][] {
  const v = sheet && Array.isArray(sheet.values) ? sheet.values : [];
  return v.map((r) => (Array.isArray(r) ? r : []));
}

function widthOf(values: unknown[][]): number {
  let w = 0;
  for (const r of values) if (r.length > w) w = r.length;
  return w;
}

function isBlankRow(r: unknown[]): boolean {
  for (const c of r) if (!isBlankCell(c)) return false;
  return true;
}

function reportCell(
  ctx: ParseContext, res: CellRead, tab: TabName, sheet: string, row: number, c: ColumnSpec, colIndex: number,
): void {
  if (res.kind === 'formula_error') {
    ctx.add('error', 'formula_error', tab, sheet, row, c.key, 'validation.formula_error', { value: res.text }, colIndex);
  } else if (res.kind === 'invalid') {
    ctx.add(res.severity ?? 'error', 'invalid_value', tab, sheet, row, c.key, res.message, res.params, colIndex);
  } else if (res.kind === 'value' && res.notes) {
    for (const n of res.notes) ctx.add(n.severity, n.code, tab, sheet, row, c.key, n.message, n.params, colIndex);
  }
}

// ---------------------------------------------------------------- Event tab


/** The settings of an event whose Event tab gives none: each setting's default (contract.ts). */
function defaultSettings(spec: TabSpec): EventSettings {
  const out: Record<string, unknown> = { extra: {} };
  for (const c of spec.columns) if (c.empty) out[c.key] = c.empty();
  return out as EventSettings;
}

function parseEvent(ctx: ParseContext, spec: TabSpec, sheet: SheetInput | undefined): { settings: EventSettings; layout: TabLayout } {
  const settings = defaultSettings(spec);
  const values = rowsOf(sheet);
  const name = sheet ? String(sheet.name) : spec.name;
  const layout: TabLayout = {
    tab: 'Event', sheetName: sheet ? name : null, columns: {}, missing: [], width: widthOf(values), height: values.length, settingRows: {},
  };
  const { keyCol, valueCol, first } = eventColumns(spec, values);
  layout.columns = { key: keyCol, value: valueCol };
  const byKey = new Map(spec.columns.map((c) => [c.key, c]));
  const seen = new Map<string, number>();
  const out = settings as unknown as Record<string, unknown>;
  for (let r = first; r < values.length; r++) {
    const rowNo = r + 1;
    const keyCell = values[r][keyCol];
    const raw = values[r][valueCol];
    if (isBlankCell(keyCell)) {
      if (!isBlankCell(raw) && r > 0) {
        // A value with no setting name cannot be placed; say so on the value cell.
        ctx.add('warning', 'invalid_value', 'Event', name, rowNo, 'value', 'validation.invalid.text', { value: cellText(raw, ctx.cells) }, valueCol);
      }
      continue;
    }
    const keyText = cellText(keyCell, ctx.cells);
    const key = SETTING_NAMES.get(headerKey(keyText));
    if (!key) {
      if (r === 0 && first === 0) continue;
      const text = cellText(raw, ctx.cells);
      if (keyText) settings.extra[keyText] = text;
      continue;
    }
    if (seen.has(key)) {
      ctx.add('warning', 'invalid_value', 'Event', name, rowNo, key, 'validation.invalid.duplicate_setting', { first: seen.get(key)!, other: rowNo }, valueCol);
      continue;
    }
    seen.set(key, rowNo);
    layout.settingRows![key] = rowNo;
    const c = byKey.get(key)!;
    const res = readCell(c, raw, ctx.cells, c.enums?.());
    reportCell(ctx, res, 'Event', name, rowNo, c, valueCol);
    if (res.kind === 'value') out[key] = res.value;
    else if (res.kind === 'empty' && c.required) {
      ctx.add('error', 'required', 'Event', name, rowNo, key, 'validation.required.setting', {}, valueCol);
    }
  }
  layout.missing = spec.columns.filter((c) => !seen.has(c.key)).map((c) => c.key);
  if (sheet) {
    for (const c of spec.columns) {
      if (c.required && !seen.has(c.key)) ctx.add('error', 'missing_column', 'Event', name, 0, c.key, 'validation.missing_setting');
    }
  }
  return { settings, layout };
}

// ---------------------------------------------------------------- table tabs

interface TableResult {
  rows: Record<string, unknown>[];
  layout: TabLayout;
  ids: Set<string>;
}

function parseTable(ctx: ParseContext, spec: TabSpec, sheet: SheetInput | undefined, readRows: boolean): TableResult {
  const values = rowsOf(sheet);
  const name = sheet ? String(sheet.name) : spec.name;
  const m = matchHeaders(spec, values[0] ?? []);
  const layout: TabLayout = {
    tab: spec.name, sheetName: sheet ? name : null, columns: m.columns, missing: m.missing, width: widthOf(values), height: values.length,
  };
  const rows: Record<string, unknown>[] = [];
  const ids = new Set<string>();
  if (!sheet) return { rows, layout, ids };
  for (const d of m.duplicates) {
    ctx.add('warning', 'invalid_value', spec.name, name, 1, d.key, 'validation.invalid.duplicate_header',
      { header: d.header, first: columnLetter(d.first), other: columnLetter(d.other) }, d.other);
  }
  const severity: Severity = spec.owned ? 'warning' : 'error';
  for (const c of spec.columns) {
    if (c.required && !(c.key in m.columns)) ctx.add(severity, 'missing_column', spec.name, name, 1, c.key, 'validation.missing_column');
  }
  if (!readRows) return { rows, layout, ids };

  const readers: Reader[] = [];
  for (const c of spec.columns) {
    const idx = m.columns[c.key];
    if (idx === undefined) continue;
    const timed = isTimed(c);
    readers.push({ spec: c, index: idx, enums: c.enums?.(), field: c.field ?? c.key, timed, isId: c.key === spec.idColumn });
  }
  // Values every kept row gets when its cell gave none: defaults, [] for lists, '' where the model wants text.
  const fills: [string, () => unknown][] = [];
  for (const c of spec.columns) if (c.empty) fills.push([c.field ?? c.key, c.empty]);
  const idCol = spec.idColumn;
  const firstRowOfId = new Map<string, number>();
  // A required column the sheet lacks (a date-time excepted, as for an unreadable one) leaves no row complete.
  const absent = spec.columns.filter((c) => c.required && !(c.key in m.columns) && !isTimed(c)).map((c) => c.key);

  for (let r = 1; r < values.length; r++) {
    const cells = values[r];
    if (isBlankRow(cells)) continue;
    const rowNo = r + 1;
    const rec: Record<string, unknown> = { row: rowNo };
    let keep = true;
    let walls: [Reader, WallRead][] | undefined;
    for (const rd of readers) {
      const c = rd.spec;
      const res = readCell(c, cells[rd.index], ctx.cells, rd.enums);
      if (res.kind === 'value') {
        if (res.notes) reportCell(ctx, res, spec.name, name, rowNo, c, rd.index);
        if (rd.isId) ids.add(res.value as string);
        if (rd.timed) {
          walls ??= [];
          walls.push([rd, res.value as WallRead]);
        }
        else rec[rd.field] = res.value;
      } else if (res.kind === 'empty') {
        if (c.required) {
          ctx.add('error', 'required', spec.name, name, rowNo, c.key, 'validation.required', {}, rd.index);
          keep = false;
        }
      } else {
        reportCell(ctx, res, spec.name, name, rowNo, c, rd.index);
        if (c.required && !rd.timed) keep = false;
      }
    }
    if (!keep) continue;
    if (absent.length) {
      ctx.add('error', 'invalid_value', spec.name, name, rowNo, '', 'validation.invalid.row', { detail: absent.join(', ') });
      continue;
    }
    for (const [field, make] of fills) if (rec[field] === undefined) rec[field] = make();

    // Wall times become instants once the zone of their airport or of the event is known.
    let reported = '';
    for (const [rd, w] of walls ?? []) {
      const c = rd.spec;
      let zone: Zone | undefined;
      if (c.type.kind === 'datetime-airport') {
        const ap = c.type.airport;
        const code = rec[ap];
        if (typeof code !== 'string') continue;
        zone = zoneForAirport(code);
        if (!zone) {
          if (!reported.includes(`|${ap}|`)) {
            reported += `|${ap}|`;
            ctx.add('warning', 'unknown_airport', spec.name, name, rowNo, ap, 'validation.unknown_airport', { value: code }, m.columns[ap] ?? rd.index);
          }
          continue;
        }
      } else zone = ctx.zone;
      rec[rd.field] = zonedTime(w.parts, zone);
    }

    if (spec.name === 'Programme') {
      const aud = rec.audience as string[];
      if (aud.some((a) => ALL_AUDIENCE.has(a.toLowerCase()))) rec.audience = [];
    }

    if (idCol) {
      const id = rec[idCol] as string;
      const first = firstRowOfId.get(id);
      if (first !== undefined) {
        ctx.add('error', 'duplicate_id', spec.name, name, rowNo, idCol, 'validation.duplicate_id', { value: id, first }, m.columns[idCol]);
        continue;
      }
      firstRowOfId.set(id, rowNo);
    }
    rows.push(rec);
  }
  return { rows, layout, ids };
}

// ---------------------------------------------------------------- workbook

function emptyModel(settings: EventSettings): EventModel {
  return {
    event: settings, guests: [], flights: [], los: [], assignments: [], hotels: [], vehicles: [], transfers: [],
    programme: [], contacts: [], checklist: [], checklistItems: [], sent: [], documents: [],
  };
}

/** Pairs each contract tab with the first sheet whose name matches it. */
function findSheets(sheets: readonly SheetInput[]): Map<TabName, SheetInput> {
  const found = new Map<TabName, SheetInput>();
  for (const s of Array.isArray(sheets) ? sheets : []) {
    if (!s || typeof s !== 'object') continue;
    const tab = tabForSheetName(String((s as SheetInput).name ?? '')) as TabName | undefined;
    if (tab && !found.has(tab)) found.set(tab, s as SheetInput);
  }
  return found;
}

function missingTabSeverity(spec: TabSpec): Severity {
  if (spec.owned) return 'info';
  return spec.name === 'Event' || spec.name === 'Guests' ? 'error' : 'warning';
}

/** Reads every tab. Never throws. */
export function parseWorkbook(sheets: readonly SheetInput[], options: ParseOptions = {}): ParsedWorkbook {
  const sink = new FindingSink();
  const sheetZone = asZone(options.spreadsheetZone) ?? DEFAULT_ZONE;
  const found = findSheets(sheets);
  const ctx0 = new ParseContext(sink, { sheetZone, eventZone: sheetZone }, sheetZone);
  const eventSpec = TABS[0];
  const ev = parseEvent(ctx0, eventSpec, found.get('Event'));
  const ctx = new ParseContext(sink, { sheetZone, eventZone: ev.settings.time_zone }, ev.settings.time_zone);
  const model = emptyModel(ev.settings);
  const layout = { Event: ev.layout } as WorkbookLayout;
  const seenIds: Partial<Record<TabName, Set<string>>> = {};
  for (const spec of TABS) {
    const sheet = found.get(spec.name);
    if (!sheet && !spec.optional) {
      ctx.add(missingTabSeverity(spec), 'missing_tab', spec.name, spec.name, 0, '', 'validation.missing_tab', { tab: spec.name });
    }
    if (spec.layout === 'keyvalue') continue;
    const res = parseTable(ctx, spec, sheet, spec.modelKey !== undefined);
    layout[spec.name] = res.layout;
    if (spec.idColumn) seenIds[spec.name] = res.ids;
    if (spec.modelKey) (model as unknown as Record<string, unknown[]>)[spec.modelKey] = res.rows;
  }
  const lang = options.lang ?? model.event.language;
  return { model, findings: finalise(sink.items, lang), layout, lang, spreadsheetZone: sheetZone, raw: sink.items, seenIds };
}

/** The 0-based column index of a finding's cell (Event: the value column); undefined when unknown. */
function cellOf(layout: WorkbookLayout, tab: TabName, column: string): number | undefined {
  const l = layout[tab];
  if (!l) return undefined;
  if (tab === 'Event') return column === 'key' ? l.columns.key : l.columns.value;
  return l.columns[column];
}

/**
 * Where a finding points in the workbook: sheet name, sheet row (1-based) and column
 * (0-based). undefined when it is about a whole tab or a tab that is missing;
 * `column` undefined when it is about a whole row.
 */
export function locateFinding(
  layout: WorkbookLayout, f: Pick<Finding, 'tab' | 'row' | 'column'>,
): { sheetName: string; row: number; column?: number } | undefined {
  if (f.row < 1) return undefined;
  for (const key of Object.keys(layout) as TabName[]) {
    const l = layout[key];
    if (!l.sheetName || l.sheetName !== f.tab) continue;
    const column = f.column ? cellOf(layout, key, f.column) : undefined;
    return column === undefined ? { sheetName: l.sheetName, row: f.row } : { sheetName: l.sheetName, row: f.row, column };
  }
  return undefined;
}
