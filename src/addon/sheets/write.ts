/**
 * Batched writes. Sheets refuses ranges past the grid, so the grid is grown
 * first; every user-derived string is neutralised so it can never become a
 * formula.
 */
import { neutraliseRows } from '../../core/text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Makes sure the grid has at least `rows` rows and `columns` columns. */
export function ensureGrid_(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (columns > maxCols) sheet.insertColumnsAfter(maxCols, columns - maxCols);
}

/**
 * Replaces a whole tab that LO Desk owns (header included) with `rows`, in one
 * setValues, and clears what is left below of an earlier, longer write.
 */
export function replaceOwnedTable_(sheet: Sheet, rows: unknown[][]): void {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const lastRow = sheet.getLastRow();
  ensureGrid_(sheet, rows.length, width);
  const padded = rows.map((r) => (r.length === width ? r : r.concat(new Array(width - r.length).fill(''))));
  if (padded.length) sheet.getRange(1, 1, padded.length, width).setValues(neutraliseRows(padded));
  if (lastRow > padded.length) {
    sheet.getRange(padded.length + 1, 1, lastRow - padded.length, Math.max(width, sheet.getLastColumn())).clearContent();
  }
}

/** The tab named `name`, created at the end when missing. */
export function sheetNamed_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): Sheet {
  return ss.getSheetByName(name) ?? ss.insertSheet(name, ss.getSheets().length);
}
