/**
 * Reading and writing validation marks: which cells of each tab are looked
 * at, their notes and fills read (one Sheets API `get` for every tab, or,
 * where the advanced service is not allowed — the onEdit simple trigger —
 * one getNotes and one getBackgrounds per tab concerned), and the planned
 * changes written (into the execution's one `batchUpdate`, or with
 * SpreadsheetApp: one RangeList.setBackground per colour, one setNotes per
 * block of adjacent columns).
 */
import type { Finding } from '../core/model';
import type { TabLayout } from '../core/schema/parse';
import { TABS } from '../core/schema/tabs';
import { rowKeys } from '../core/validate/mark-record';
import { fillGroups, noteBlocks } from '../core/validate/mark-writes';
import type { CellChange, CellFinding, CellState, TabMarks } from '../core/validate/marks';
import { type CellBatch_, a1Range_, readNotesAndFills_ } from './sheets/sheets-api';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A tab's contract columns over some of its data rows: what is read, and what may be marked. */
export interface MarkSpan {
  layout: TabLayout & { sheetName: string };
  sheet: Sheet;
  values: unknown[][];
  findings: Finding[];
  /** Sheet rows, inclusive (2 at least). */
  from: number;
  to: number;
  left: number;
  right: number;
}

/** The span of a tab's contract columns over rows `from`..`to` (clamped to its data rows); null when there is none. */
export function markSpan_(layout: TabLayout & { sheetName: string }, sheet: Sheet, values: unknown[][], findings: Finding[], fromRow = 2, toRow = Number.MAX_SAFE_INTEGER): MarkSpan | null {
  const cols = Object.values(layout.columns);
  if (values.length < 2 || !cols.length) return null;
  const from = Math.max(2, fromRow);
  const to = Math.min(values.length, toRow);
  if (to < from) return null;
  return { layout, sheet, values, findings, from, to, left: Math.min(...cols), right: Math.max(...cols) };
}

/** Notes and fills of every span: one API request, or two SpreadsheetApp calls a span. */
export function readMarks_(spans: MarkSpan[], api: GoogleAppsScript.Sheets | null, spreadsheetId: string): TabMarks[] {
  const width = (s: MarkSpan) => s.right - s.left + 1;
  const height = (s: MarkSpan) => s.to - s.from + 1;
  const read = api
    ? readNotesAndFills_(api, spreadsheetId, spans.map((s) => ({ a1: a1Range_(s.layout.sheetName, s.from, s.left, height(s), width(s)), numRows: height(s), numCols: width(s) })))
    : spans.map((s) => {
        const range = s.sheet.getRange(s.from, s.left + 1, height(s), width(s));
        return { notes: range.getNotes(), backgrounds: range.getBackgrounds() as (string | null)[][] };
      });
  return spans.map((s, i) => tabMarks_(s, read[i].notes, read[i].backgrounds));
}

function tabMarks_(s: MarkSpan, notes: string[][], backgrounds: (string | null)[][]): TabMarks {
  const { layout } = s;
  const cols = Object.values(layout.columns);
  const cells: CellState[] = [];
  for (let r = s.from; r <= s.to; r++) {
    for (const c of cols) cells.push({ row: r, col: c, note: notes[r - s.from][c - s.left], background: backgrounds[r - s.from][c - s.left] });
  }
  const placed: CellFinding[] = [];
  for (const f of s.findings) {
    if (f.row < s.from || f.row > s.to) continue;
    placed.push({ row: f.row, col: markColumn_(layout, f), severity: f.severity, code: f.code, message: f.message });
  }
  const spec = TABS.find((t) => t.name === layout.tab);
  const idColumn = spec?.layout === 'keyvalue' ? 'key' : spec?.idColumn;
  return { tab: layout.tab, columns: layout.columns, cells, findings: placed, keys: rowKeys(s.values, layout.columns, idColumn) };
}

/** The cell a finding is shown on: its column; the Event tab's value cell; else the row's first contract cell. */
function markColumn_(layout: TabLayout, f: Finding): number {
  if (layout.tab === 'Event' && f.column && 'value' in layout.columns) return layout.columns.value;
  if (f.column && f.column in layout.columns) return layout.columns[f.column];
  return Math.min(...Object.values(layout.columns));
}

/** Writes one tab's changes: into the batch when there is one, else with SpreadsheetApp. */
export function writeMarks_(sheet: Sheet, t: TabMarks, changes: CellChange[], batch: CellBatch_ | null): void {
  if (batch) {
    for (const c of changes) batch.mark(sheet, c.row, c.col, c.note, c.background);
    return;
  }
  for (const [colour, a1s] of fillGroups(changes)) sheet.getRangeList(a1s).setBackground(colour === '' ? null : colour);
  const current = new Map(t.cells.map((c) => [`${c.row}:${c.col}`, c.note]));
  for (const b of noteBlocks(changes, Object.values(t.columns), (r, c) => current.get(`${r}:${c}`) ?? '')) {
    sheet.getRange(b.row, b.col + 1, b.notes.length, b.notes[0].length).setNotes(b.notes);
  }
}
