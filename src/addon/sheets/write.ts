/**
 * Batched writes that touch only the cells LO Desk owns. Sheets refuses ranges
 * past the grid, so the grid is grown first; every user-derived string is
 * neutralised so it can never become a formula. A user's column placed among
 * LO Desk's columns is never written: each write covers one run of adjacent
 * owned columns, so the user's cells keep their values, formulas and formats.
 */
import { matchHeaders } from '../../core/schema/headers';
import type { Lang } from '../../core/model';
import type { TabSpec } from '../../core/schema/types';
import { adjacentRuns } from '../../core/grid';
import { neutraliseCellText, neutraliseRows } from '../../core/text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Makes sure the grid has at least `rows` rows and `columns` columns. */
export function ensureGrid_(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (columns > maxCols) sheet.insertColumnsAfter(maxCols, columns - maxCols);
}

/**
 * Writes `rows` (each a map column index → value) from sheet row `top` down,
 * one setValues per run of adjacent columns in `columns`: never a cell outside them.
 */
export function writeColumnRuns_(sheet: Sheet, top: number, columns: readonly number[], rows: ReadonlyArray<ReadonlyMap<number, unknown>>): number {
  if (!rows.length || !columns.length) return 0;
  const runs = adjacentRuns(columns);
  ensureGrid_(sheet, top + rows.length - 1, runs[runs.length - 1].slice(-1)[0] + 1);
  for (const run of runs) {
    const block = rows.map((r) => run.map((c) => (r.has(c) ? r.get(c) : '')));
    sheet.getRange(top, run[0] + 1, rows.length, run.length).setValues(neutraliseRows(block));
  }
  return runs.length;
}

/**
 * Where each contract column of an owned tab is, from its header row as the
 * user has it now (any order, any labels the schema knows); a contract column
 * with no header gets one at the right end, never over a user's column.
 */
export function ownedColumns_(sheet: Sheet, spec: TabSpec, lang: Lang, header: readonly unknown[]): Record<string, number> {
  const columns: Record<string, number> = { ...matchHeaders(spec, header).columns };
  const missing = spec.columns.filter((c) => columns[c.key] === undefined);
  if (missing.length) {
    // The header row as read may stop short of the sheet's last column (a user's column further right).
    const width = Math.max(header.length, sheet.getLastColumn());
    const used = header.some((h) => h !== '' && h !== null) ? width : 0;
    missing.forEach((c, i) => {
      columns[c.key] = used + i;
    });
    ensureGrid_(sheet, 1, used + missing.length);
    sheet.getRange(1, used + 1, 1, missing.length).setValues([missing.map((c) => neutraliseCellText(c.label[lang]))]);
  }
  return columns;
}

/** The tab named `name`, created at the end when missing. */
export function sheetNamed_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  return ss.getSheetByName(name) ?? ss.insertSheet(name, ss.getSheets().length);
}
