/**
 * Sheets.Spreadsheets.Values (Sheets API v4): `batchGet`, the one read of
 * many ranges in a single request ("one batchGet 0.25–0.4 s whatever the
 * number of ranges", COSTS.md), over the same workbook SpreadsheetApp serves.
 *
 * batchGet(spreadsheetId, {ranges, valueRenderOption, dateTimeRenderOption,
 * majorDimension}): a ValueRange per range, in the order asked. Only what LO
 * Desk asks for is emulated: UNFORMATTED_VALUE with SERIAL_NUMBER dates and
 * ROWS; anything else throws saying so. As Google returns them:
 *  - a date, time or date-time cell is its serial number (days since
 *    1899-12-30, the wall-clock time the cell shows in the spreadsheet's zone),
 *    not a Date: the API does not say which numbers are dates;
 *  - trailing empty cells of a row and trailing empty rows are left out, and a
 *    range with nothing in it has no `values` at all;
 *  - `range` is the range asked for, in A1 over the sheet's grid.
 * Each call counts against the 60 read requests a minute per user, and says
 * how many cells it returned, on which its cost is charged (costs.ts).
 */
import type { Assert, Conforms } from '../conformance';
import { spendThisMinute } from '../daily-quota';
import { SHEETS_API_PER_MINUTE, sheetsRateExceeded } from '../quotas';
import { columnToLetters, quoteSheetName } from '../spreadsheet/a1';
import type { SpreadsheetEmu } from '../spreadsheet';
import { instantToWallClock, isDate } from '../spreadsheet/values';
import type { ServiceContext } from '../state';
import { apiError, badSignature, notEmulated } from './errors';
import { parseRange } from './ranges';

const BATCH_GET_ARGS = new Set(['ranges', 'valueRenderOption', 'dateTimeRenderOption', 'majorDimension']);
/** 1899-12-30, day 0 of Sheets' serial numbers, as milliseconds of the Unix epoch. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell value as the API's UNFORMATTED_VALUE / SERIAL_NUMBER gives it. */
export function unformatted(v: unknown, tz: string): unknown {
  if (isDate(v)) return (instantToWallClock(v, tz).getTime() - SERIAL_EPOCH_MS) / 86400000;
  return v;
}

function trimmed(rows: unknown[][]): unknown[][] {
  const out = rows.map((r) => {
    let n = r.length;
    while (n > 0 && r[n - 1] === '') n--;
    return r.slice(0, n);
  });
  let m = out.length;
  while (m > 0 && out[m - 1].length === 0) m--;
  return out.slice(0, m);
}

export class SheetsValues {
  readonly gasType = 'Values';
  /** Cells the last call returned: what the membrane charges per cell. */
  _cellsOfLastCall = 0;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly spreadsheet: (method: string, id: unknown) => SpreadsheetEmu,
  ) {}

  batchGet(spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse {
    this._cellsOfLastCall = 0;
    const method = 'values.batchGet';
    if (typeof spreadsheetId !== 'string' || (optionalArgs !== undefined && (optionalArgs === null || typeof optionalArgs !== 'object'))) {
      throw badSignature('Values.batchGet', [spreadsheetId, optionalArgs].slice(0, optionalArgs === undefined ? 1 : 2));
    }
    spendThisMinute(this.ctx, 'sheets_api_reads', SHEETS_API_PER_MINUTE, sheetsRateExceeded(method, 'Read'));
    const ss = this.spreadsheet(method, spreadsheetId);
    const args = (optionalArgs ?? {}) as Record<string, unknown>;
    for (const k of Object.keys(args)) {
      if (!BATCH_GET_ARGS.has(k)) throw apiError(method, `Invalid JSON payload received. Unknown name "${k}": Cannot bind query parameter.`);
    }
    if (args.valueRenderOption !== 'UNFORMATTED_VALUE') throw notEmulated('Values.batchGet', `valueRenderOption ${String(args.valueRenderOption ?? 'FORMATTED_VALUE')}`);
    if (args.dateTimeRenderOption !== 'SERIAL_NUMBER') throw notEmulated('Values.batchGet', `dateTimeRenderOption ${String(args.dateTimeRenderOption ?? 'SERIAL_NUMBER (by default)')}: pass it`);
    if (args.majorDimension !== undefined && args.majorDimension !== 'ROWS') throw notEmulated('Values.batchGet', `majorDimension ${String(args.majorDimension)}`);
    const asked = args.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges : [args.ranges];
    const tz = ss.getSpreadsheetTimeZone();
    let cells = 0;
    const valueRanges = asked.map((text) => {
      const g = parseRange(text as string, ss.getSheets());
      if (typeof g === 'string') throw apiError(method, g);
      const range = `${quoteSheetName(g.sheet.getName())}!${columnToLetters(g.col)}${g.row}:${columnToLetters(g.col + g.numCols - 1)}${g.row + g.numRows - 1}`;
      // Only the part holding data is read: the grid past the last row and column with data is empty.
      const rows = Math.min(g.numRows, g.sheet.getLastRow() - g.row + 1);
      const cols = Math.min(g.numCols, g.sheet.getLastColumn() - g.col + 1);
      const values = rows > 0 && cols > 0
        ? trimmed((g.sheet.getRange(g.row, g.col, rows, cols).getValues() as unknown[][]).map((r) => r.map((v) => unformatted(v, tz))))
        : [];
      for (const r of values) cells += r.length;
      return { range, majorDimension: 'ROWS', ...(values.length ? { values } : {}) };
    });
    this._cellsOfLastCall = cells;
    return { spreadsheetId: ss.getId(), valueRanges };
  }
}

// Compile-time: Sheets.Spreadsheets.Values keeps to the advanced service's collection (sheets_v4.d.ts; see ../conformance.ts).
type _ValuesConforms = Assert<Conforms<SheetsValues, GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection>>;
