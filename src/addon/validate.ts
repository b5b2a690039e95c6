/**
 * Validate: reads every tab once, runs the core's parser and rules, and shows
 * the findings three ways — the Findings tab (errors first), a note and a
 * highlight on each offending cell (cleared when fixed), and a toast.
 * It never changes a value the user typed, and writes only what changes:
 * the Findings cells that differ from what the tab holds, the notes and
 * fills whose mark changes. From the menu the marks are read in one Sheets
 * API request and every change goes in one more (src/addon/sheets/sheets-api.ts);
 * the onEdit simple trigger may not use the API and does the same with
 * SpreadsheetApp over the rows concerned only.
 */
import { type MessageKey, lookup, t, tBoth } from '../core/i18n';
import type { Finding, Lang } from '../core/model';
import type { TabLayout } from '../core/schema/parse';
import { TABS } from '../core/schema/tabs';
import { neutraliseRows } from '../core/text';
import { checkWorkbook, countFindings } from '../core/validate';
import { findingsBlocks } from '../core/validate/findings-tab';
import { DEVELOPER_METADATA_CHARS, parseRecord, serializeRecord, type FillRecord } from '../core/validate/mark-record';
import { type TabMarks, planMarks } from '../core/validate/marks';
import { requireUser_ } from './access-basic';
import { metadataEntry_, metadataWithOthers_, writeMetadata_ } from './developer-metadata';
import { editTriggerOn_, isRecordedEditTrigger_ } from './edit-trigger';
import { activeSpreadsheet_, readWorkbook_ } from './sheets/read';
import { CellBatch_, sheetsApi_ } from './sheets/sheets-api';
import { ensureGrid_, ownedColumns_, sheetNamed_ } from './sheets/write';
import { type MarkSpan, markSpan_, readMarks_, writeMarks_ } from './validate-marks';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const FINDINGS_TAB = 'Findings';
/** Developer metadata key of the record of fills our highlights replaced (core/validate/mark-record.ts). */
const FILLS_KEY = 'lodesk.marks.fills';

export interface ValidationReport {
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
  lang: Lang;
  /** Marks that could not be placed or restored as they should (a shared key, a missing column, no room). */
  markProblems: string[];
}

/** Menu: validate every tab. Returns the report (used by `lo-desk validate`). */
export function validateWorkbook(): ValidationReport {
  requireUser_();
  const ss = activeSpreadsheet_();
  const report = runValidation_(ss, null, sheetsApi_());
  const { counts, lang } = report;
  const msg = tBoth('addon.validation.toast', { errors: counts.error, warnings: counts.warning, infos: counts.info });
  ss.toast(msg[lang], 'LO Desk', 8);
  return report;
}

/**
 * Simple trigger: re-checks the workbook when a user edits an input tab and
 * refreshes the marks of the edited rows and of the rows whose findings the
 * edit changed (told by the Findings tab as it stood), to stay inside the
 * 30 s a simple trigger may run. A pasted block, a merged or an emptied
 * range is one range of rows like any other; nothing here can throw past
 * the log. While set-up's installable trigger checks edits (edit-trigger.ts),
 * this does nothing, so an edit is checked once.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range) return;
  try {
    const sheet = e.range.getSheet();
    const ss = sheet.getParent();
    if (editTriggerOn_(ss)) return;
    // AuthMode.LIMITED: the advanced Sheets service needs authorization, so SpreadsheetApp only.
    checkEdit_(ss, sheet, e.range, null);
  } catch (err) {
    // A simple trigger has no one to report to but the log; the menu's Validate shows everything.
    console.warn(`LO Desk onEdit: ${(err as Error).message}`);
  }
}

/**
 * The installable on-edit trigger (edit-trigger.ts): the same check as
 * onEdit, with the Sheets API for the reads and the writes. Acts only for the
 * trigger set-up recorded for this spreadsheet.
 */
export function onEditChecked(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e?.range;
  if (!range || typeof range.getSheet !== 'function') return;
  try {
    const sheet = range.getSheet();
    const ss = sheet.getParent();
    if (!isRecordedEditTrigger_(ss, (e as { triggerUid?: unknown }).triggerUid)) return;
    checkEdit_(ss, sheet, range, sheetsApi_());
  } catch (err) {
    console.warn(`LO Desk onEditChecked: ${(err as Error).message}`);
  }
}

/** Validation scoped to the edited rows of an input tab (an owned tab's edit is LO Desk's own or a user's note: not checked). */
function checkEdit_(ss: Spreadsheet, sheet: Sheet, range: GoogleAppsScript.Spreadsheet.Range, api: GoogleAppsScript.Sheets | null): void {
  const name = sheet.getName();
  if (TABS.some((t) => t.owned && t.name === name)) return;
  const first = range.getRow();
  runValidation_(ss, { tab: name, fromRow: first, toRow: first + range.getNumRows() - 1 }, api);
}

interface EditScope {
  tab: string;
  fromRow: number;
  toRow: number;
}

function runValidation_(ss: Spreadsheet, edit: EditScope | null, api: GoogleAppsScript.Sheets | null): ValidationReport {
  const raw = readWorkbook_(ss, undefined, api);
  const { parsed, findings } = checkWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone });
  const batch = api ? new CellBatch_() : null;
  const before = raw.tabs.find((t) => t.name === FINDINGS_TAB)?.values ?? [];
  const changedRows = writeFindingsTab_(ss, before, findings, parsed.lang, batch);
  const layouts = Object.values(parsed.layout).filter((l): l is TabLayout & { sheetName: string } => l.sheetName !== null);
  const spans: MarkSpan[] = [];
  for (const layout of layouts) {
    const values = raw.tabs.find((t) => t.name === layout.sheetName)?.values;
    if (!values) continue;
    const own = findings.filter((f) => f.tab === layout.sheetName);
    // On edit: the edited rows, and every row whose findings changed (a fixed reference elsewhere, a new conflict).
    const rows = edit ? [...(changedRows.get(layout.sheetName) ?? [])] : [];
    if (edit && layout.sheetName === edit.tab) rows.push(edit.fromRow, edit.toRow);
    if (edit && !rows.length) continue;
    const sheet = ss.getSheetByName(layout.sheetName);
    if (!sheet) continue;
    const span = edit ? markSpan_(layout, sheet, values, own, Math.min(...rows), Math.max(...rows)) : markSpan_(layout, sheet, values, own);
    if (span) spans.push(span);
  }
  const tabs = spans.length ? readMarks_(spans, api, ss.getId()) : [];
  const sheets = new Map(spans.map((s) => [s.layout.tab, s.sheet]));
  const markProblems = applyMarks_(ss, tabs, sheets, batch, api);
  for (const p of markProblems) console.warn(`LO Desk marks: ${p}`);
  return { findings, counts: countFindings(findings), lang: parsed.lang, markProblems };
}

/** A finding's identity as the Findings tab shows it, to tell which rows' findings an edit changed. */
const identity = (tab: unknown, row: unknown, column: unknown, code: unknown, message: unknown) => [tab, row, column, code, message].map((v) => String(v ?? '')).join('\u0000');

/**
 * Writes the Findings cells that differ from what the tab holds (read with the
 * rest of the workbook: no second read). Only Findings' own columns are
 * written: a user's column there keeps its cells, and its header stays as they
 * left it. Returns, per tab, the rows whose findings appeared or went.
 */
function writeFindingsTab_(ss: Spreadsheet, before: unknown[][], findings: Finding[], lang: Lang, batch: CellBatch_ | null): Map<string, number[]> {
  const spec = TABS.find((t) => t.name === FINDINGS_TAB)!;
  const sheet = sheetNamed_(ss, FINDINGS_TAB);
  const columns = ownedColumns_(sheet, spec, lang, before[0] ?? []);
  const indexes = spec.columns.map((c) => columns[c.key]);
  const rows = findings.map((f) => [severityCell_(f.severity, lang), f.tab, f.row || '', f.column, codeCell_(f.code, lang), f.message]);
  const blocks = findingsBlocks(before, indexes, rows);
  if (blocks.length) {
    ensureGrid_(sheet, Math.max(...blocks.map((b) => b.row + b.values.length - 1)), Math.max(...indexes) + 1);
    for (const b of blocks) {
      if (batch) batch.values(sheet, b.row, b.col, b.values);
      else sheet.getRange(b.row, b.col + 1, b.values.length, b.values[0].length).setValues(neutraliseRows(b.values));
    }
  }
  return changedFindingRows_(before, columns, rows);
}

/**
 * The severity as the event's language names it: the contract's value in
 * English, its Thai label in Thai (which the contract reads as the same value).
 */
function severityCell_(severity: Finding['severity'], lang: Lang): string {
  return lang === 'en' ? severity : lookup(lang, `schema.enum.severity.${severity}`) ?? severity;
}

/** The code's name in the event's language, with the contract's machine-readable code kept in brackets. */
function codeCell_(code: Finding['code'], lang: Lang): string {
  return `${t(lang, `validation.code.${code}` as MessageKey)} (${code})`;
}

function changedFindingRows_(before: unknown[][], columns: Record<string, number>, rows: (string | number)[][]): Map<string, number[]> {
  const was = new Map<string, { tab: string; row: number }>();
  for (let r = 1; r < before.length; r++) {
    const v = before[r];
    const at = (k: string) => v[columns[k]];
    was.set(identity(at('tab'), at('row'), at('column'), at('code'), at('message')), { tab: String(at('tab') ?? ''), row: Number(at('row')) || 0 });
  }
  const now = new Map(rows.map((r) => [identity(r[1], r[2], r[3], r[4], r[5]), { tab: String(r[1]), row: Number(r[2]) || 0 }]));
  const out = new Map<string, number[]>();
  const add = (p: { tab: string; row: number }) => {
    if (p.row < 2) return;
    const list = out.get(p.tab);
    if (list) list.push(p.row);
    else out.set(p.tab, [p.row]);
  };
  for (const [k, p] of was) if (!now.has(k)) add(p);
  for (const [k, p] of now) if (!was.has(k)) add(p);
  return out;
}

/**
 * Plans the marks, then writes only what changes. The record of replaced
 * fills is written BEFORE the cells when it gains entries and after them when
 * it loses some, so a run stopped halfway never leaves one of our highlights
 * over a user's colour that nothing remembers. With the API, the cells (the
 * Findings tab's included) go in one batchUpdate between the two.
 */
function applyMarks_(ss: Spreadsheet, tabs: TabMarks[], sheets: Map<string, Sheet>, batch: CellBatch_ | null, api: GoogleAppsScript.Sheets | null): string[] {
  const send = () => {
    if (batch && api) batch.send(api, ss.getId());
  };
  if (!tabs.length) {
    send();
    return [];
  }
  const stored = metadataWithOthers_(ss, FILLS_KEY);
  const parsed = parseRecord(stored.value);
  const room = DEVELOPER_METADATA_CHARS - stored.others - FILLS_KEY.length;
  const plan = planMarks(tabs, parsed.entries, room);
  const problems = parsed.problem ? [parsed.problem, ...plan.problems] : plan.problems;
  let entry = stored.entry;
  let current = entry ? stored.value : null;
  const save = (list: FillRecord[]) => {
    const text = list.length ? serializeRecord(list) : null;
    if (text === current) return;
    writeMetadata_(ss, FILLS_KEY, text, entry);
    // A new entry is found again, so a second write updates it instead of adding another.
    entry = text === null ? undefined : entry ?? metadataEntry_(ss, FILLS_KEY);
    current = text;
  };
  if (plan.interim.some((e) => !parsed.entries.includes(e))) save(plan.interim);
  for (const t of tabs) {
    const changes = plan.changes[t.tab];
    if (changes) writeMarks_(sheets.get(t.tab)!, t, changes, batch);
  }
  send();
  save(plan.record);
  return problems;
}
