/**
 * Validate: reads every tab once, runs the core's parser and rules, and shows
 * the findings three ways — the Findings tab (errors first), a note and a
 * highlight on each offending cell (cleared when fixed), and a toast.
 * It never changes a value the user typed.
 */
import { tBoth } from '../core/i18n';
import type { Finding, Lang } from '../core/model';
import type { TabLayout } from '../core/schema/parse';
import { TABS } from '../core/schema/tabs';
import { checkWorkbook, countFindings } from '../core/validate';
import { DEVELOPER_METADATA_CHARS, parseRecord, rowKeys, serializeRecord, type FillRecord } from '../core/validate/mark-record';
import { fillGroups, noteBlocks } from '../core/validate/mark-writes';
import { type CellChange, type CellFinding, type CellState, type TabMarks, planMarks } from '../core/validate/marks';
import { requireUser_ } from './access-basic';
import { metadataEntry_, metadataWithOthers_, writeMetadata_ } from './developer-metadata';
import { activeSpreadsheet_, readWorkbook_ } from './sheets/read';
import { regenerateOwnedColumns_, sheetNamed_ } from './sheets/write';

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
  const report = runValidation_(activeSpreadsheet_());
  const { counts, lang } = report;
  const msg = tBoth('addon.validation.toast', { errors: counts.error, warnings: counts.warning, infos: counts.info });
  activeSpreadsheet_().toast(msg[lang], 'LO Desk', 8);
  return report;
}

/**
 * Simple trigger: re-checks the workbook when a user edits an input tab and
 * refreshes the marks on the edited rows only, to stay well inside the 30 s
 * a simple trigger may run.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range) return;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  const owned = TABS.some((t) => t.owned && t.name === name);
  if (owned) return;
  try {
    const first = e.range.getRow();
    runValidation_(sheet.getParent(), { tab: name, fromRow: first, toRow: first + e.range.getNumRows() - 1 });
  } catch (err) {
    // A simple trigger has no one to report to but the log; the menu's Validate shows everything.
    console.warn(`LO Desk onEdit: ${(err as Error).message}`);
  }
}

interface MarkScope {
  tab: string;
  fromRow: number;
  toRow: number;
}

function runValidation_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, scope?: MarkScope): ValidationReport {
  const raw = readWorkbook_(ss);
  const { parsed, findings } = checkWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone });
  writeFindingsTab_(ss, findings, parsed.lang);
  const layouts = Object.values(parsed.layout).filter((l): l is TabLayout & { sheetName: string } => l.sheetName !== null);
  const sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  const tabs: TabMarks[] = [];
  for (const layout of layouts) {
    if (scope && layout.sheetName !== scope.tab) continue;
    const sheet = ss.getSheetByName(layout.sheetName);
    const values = raw.tabs.find((t) => t.name === layout.sheetName)?.values;
    if (!sheet || !values) continue;
    const marks = readMarks_(sheet, layout, values, findings.filter((f) => f.tab === layout.sheetName), scope);
    if (marks) {
      tabs.push(marks);
      sheets.set(layout.tab, sheet);
    }
  }
  const markProblems = applyMarks_(ss, tabs, sheets);
  for (const p of markProblems) console.warn(`LO Desk marks: ${p}`);
  return { findings, counts: countFindings(findings), lang: parsed.lang, markProblems };
}

function writeFindingsTab_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, findings: Finding[], lang: Lang): void {
  const spec = TABS.find((t) => t.name === FINDINGS_TAB)!;
  // Only Findings' own columns are rewritten: a user's column there keeps its cells, and its header stays as they left it.
  const rows = findings.map((f) => ({ severity: f.severity, tab: f.tab, row: f.row || '', column: f.column, code: f.code, message: f.message }));
  regenerateOwnedColumns_(sheetNamed_(ss, FINDINGS_TAB), spec, lang, rows);
}

/**
 * The notes and fills of a tab's contract columns over the rows concerned:
 * one getNotes and one getBackgrounds over the columns' span (reading a
 * user's column between them writes nothing). Keys come from the whole tab's
 * values, so an edit of a few rows still tells whether a key is unique.
 */
function readMarks_(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: TabLayout,
  values: unknown[][],
  findings: Finding[],
  scope?: MarkScope,
): TabMarks | null {
  const columns = layout.columns;
  const cols = Object.values(columns);
  const lastRow = values.length;
  if (lastRow < 2 || !cols.length) return null;
  const from = Math.max(2, scope?.fromRow ?? 2);
  const to = Math.min(lastRow, scope?.toRow ?? lastRow);
  if (to < from) return null;
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const range = sheet.getRange(from, left + 1, to - from + 1, right - left + 1);
  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds();
  const cells: CellState[] = [];
  for (let r = from; r <= to; r++) {
    for (const c of cols) cells.push({ row: r, col: c, note: notes[r - from][c - left], background: backgrounds[r - from][c - left] });
  }
  const placed: CellFinding[] = [];
  for (const f of findings) {
    if (f.row < from || f.row > to) continue;
    placed.push({ row: f.row, col: markColumn_(layout, f), severity: f.severity, code: f.code, message: f.message });
  }
  const spec = TABS.find((t) => t.name === layout.tab);
  const idColumn = spec?.layout === 'keyvalue' ? 'key' : spec?.idColumn;
  return { tab: layout.tab, columns, cells, findings: placed, keys: rowKeys(values, columns, idColumn) };
}

/** The cell a finding is shown on: its column; the Event tab's value cell; else the row's first contract cell. */
function markColumn_(layout: TabLayout, f: Finding): number {
  if (layout.tab === 'Event' && f.column && 'value' in layout.columns) return layout.columns.value;
  if (f.column && f.column in layout.columns) return layout.columns[f.column];
  return Math.min(...Object.values(layout.columns));
}

/**
 * Plans the marks, then writes only what changes. The record of replaced
 * fills is written BEFORE the cells when it gains entries and after them when
 * it loses some, so a run stopped halfway never leaves one of our highlights
 * over a user's colour that nothing remembers.
 */
function applyMarks_(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tabs: TabMarks[],
  sheets: Map<string, GoogleAppsScript.Spreadsheet.Sheet>,
): string[] {
  if (!tabs.length) return [];
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
    if (changes) writeMarks_(sheets.get(t.tab)!, t, changes);
  }
  save(plan.record);
  return problems;
}

function writeMarks_(sheet: GoogleAppsScript.Spreadsheet.Sheet, t: TabMarks, changes: CellChange[]): void {
  for (const [colour, a1s] of fillGroups(changes)) sheet.getRangeList(a1s).setBackground(colour === '' ? null : colour);
  const current = new Map(t.cells.map((c) => [`${c.row}:${c.col}`, c.note]));
  for (const b of noteBlocks(changes, Object.values(t.columns), (r, c) => current.get(`${r}:${c}`) ?? '')) {
    sheet.getRange(b.row, b.col + 1, b.notes.length, b.notes[0].length).setNotes(b.notes);
  }
}
