/**
 * The advanced Sheets service (Sheets API v4) as the bundle sees it: the
 * global `Sheets`, with `Sheets.Spreadsheets.get` and `.batchUpdate` taking
 * the arguments @types/google-apps-script's sheets_v4.d.ts gives them.
 *
 * Why it exists: one `get` reads the notes and fills of every tab and one
 * `batchUpdate` writes every changed note, fill and Findings cell, where
 * SpreadsheetApp needs a call per tab and per kind (COSTS.md: 250 ms a call
 * and a few µs a cell, against 110–150 ms a call and 8.5–55 µs a cell).
 * It needs authorization, so a simple trigger (AuthMode.LIMITED) may not call
 * it (membrane.ts refuses it there, as Google does).
 *
 * `Sheets.Spreadsheets.Values.batchGet` reads the values of many ranges in
 * one request (advanced-sheets/values.ts).
 *
 * Not emulated (each throws saying so): the Values collection's other
 * methods, the DeveloperMetadata collection, create, getByDataFilter, requests other than updateCells and
 * appendDimension, cell fields other than note, userEnteredValue (string,
 * number, bool) and userEnteredFormat.backgroundColor.
 *
 * One module per class in ./advanced-sheets/: sheets.ts Sheets,
 * spreadsheets.ts Sheets.Spreadsheets, values.ts Sheets.Spreadsheets.Values; and what they share: fields.ts (field
 * masks), ranges.ts (A1 ranges), cells.ts (CellData, colours), errors.ts.
 */
export { createAdvancedSheets } from './advanced-sheets/sheets';
export type { WriteRecorder } from './advanced-sheets/spreadsheets';
