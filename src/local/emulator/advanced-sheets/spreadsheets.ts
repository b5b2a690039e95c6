/**
 * Sheets.Spreadsheets (Sheets API v4): `get` and `batchUpdate`, over the
 * same workbook SpreadsheetApp serves, so a note written here is the note
 * Range.getNote reads.
 *
 * get(spreadsheetId, {ranges, fields, includeGridData}): the spreadsheet's
 * id and properties, its sheets' properties, and grid data over the ranges
 * (each range's rectangle, every cell an object, `{}` when it has nothing
 * selected); the mask picks the fields, and an unknown name fails as on
 * Google.
 *
 * batchUpdate({requests, includeSpreadsheetInResponse, responseRanges,
 * responseIncludeGridData}, spreadsheetId): `updateCells` (start + rows +
 * fields), `appendCells` (sheetId + rows + fields: after the last row with
 * data, adding grid rows when needed) and `appendDimension`. Cell fields:
 * note, userEnteredValue, userEnteredFormat.backgroundColor and
 * userEnteredFormat.numberFormat; a field in the mask but absent from a cell
 * clears it, as Google does. Every request, and every response range, is
 * checked before any applies (Google applies a batch atomically). A
 * userEnteredValue is stored as it is given (the API's RAW: a stringValue is
 * text, whatever it starts with; a number in a date-formatted cell is a
 * date); a formulaValue is not emulated. With includeSpreadsheetInResponse
 * the answer carries the spreadsheet as it stands after the batch, with grid
 * data (userEnteredValue among it) over responseRanges when asked.
 *
 * Each call counts against the API's 60 requests a minute per user (reads and
 * writes apart, as Google counts them) and says how many cells it moved, which
 * its cost is charged on (costs.ts).
 */
import type { Assert, Conforms } from '../conformance';
import { spendThisMinute } from '../daily-quota';
import { SHEETS_API_PER_MINUTE, sheetsRateExceeded } from '../quotas';
import type { SpreadsheetEmu } from '../spreadsheet';
import type { RangeEmu } from '../spreadsheet/range';
import { type CellWrite, cellWriteCalls, type SheetEmu } from '../spreadsheet/sheet';
import type { ServiceContext } from '../state';
import { type ApiCellData, apiNumberFormat, apiToHex, hexToApi } from './cells';
import { apiError, badSignature, notEmulated } from './errors';
import { type Mask, type Schema, checkMask, parseMask, project, selects } from './fields';
import { type GridRange, parseRange } from './ranges';
import { SheetsValues, unformatted } from './values';

/** Records a write for the other executions (the live workbook's journal); absent outside one. */
export type WriteRecorder = (target: object, method: string, args: unknown[], result: unknown) => void;

const SERVED: Schema = {
  spreadsheetId: true,
  properties: { title: true, timeZone: true, locale: true },
  sheets: {
    properties: { sheetId: true, title: true, index: true, gridProperties: { rowCount: true, columnCount: true, frozenRowCount: true } },
    data: { startRow: true, startColumn: true, rowData: { values: { note: true, userEnteredValue: true, userEnteredFormat: { backgroundColor: true } } } },
  },
};
/** Names the real schema has at these levels that the emulator does not serve. */
const KNOWN = new Set([
  'spreadsheetUrl', 'namedRanges', 'developerMetadata', 'dataSources', 'dataSourceSchedules',
  'conditionalFormats', 'protectedRanges', 'basicFilter', 'charts', 'filterViews', 'bandedRanges', 'merges', 'rowGroups',
  'columnGroups', 'slicers', 'tables', 'rowMetadata', 'columnMetadata', 'userEnteredValue', 'effectiveValue', 'formattedValue',
  'effectiveFormat', 'hyperlink', 'textFormatRuns', 'dataValidation', 'pivotTable', 'dataSourceTable', 'dataSourceFormula', 'chipRuns',
  'numberFormat', 'borders', 'padding', 'horizontalAlignment', 'verticalAlignment', 'wrapStrategy', 'textDirection', 'textFormat',
  'hyperlinkDisplayType', 'textRotation', 'backgroundColorStyle', 'autoRecalc', 'defaultFormat', 'iterativeCalculationSettings',
  'spreadsheetTheme', 'importFunctionsExternalUrlAccessAllowed', 'sheetType', 'hidden', 'tabColor', 'tabColorStyle', 'rightToLeft',
  'dataSourceSheetProperties', 'frozenColumnCount', 'hideGridlines', 'rowGroupControlAfter', 'columnGroupControlAfter',
]);
const GET_ARGS = new Set(['ranges', 'fields', 'includeGridData', 'excludeTablesInBandedRanges']);
const BATCH_UPDATE_ARGS = new Set(['requests', 'includeSpreadsheetInResponse', 'responseRanges', 'responseIncludeGridData']);
const UPDATE_FIELDS: Schema = { note: true, userEnteredValue: true, userEnteredFormat: { backgroundColor: true, numberFormat: true } };

interface Planned {
  apply(): number;
}


export class SheetsSpreadsheets {
  readonly gasType = 'Spreadsheets';
  /** Cells the last call moved (read into its answer or written): what the membrane charges per cell. */
  _cellsOfLastCall = 0;
  readonly Values: SheetsValues;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly host: () => SpreadsheetEmu | null,
    private readonly recordWrite?: WriteRecorder,
  ) {
    this.Values = new SheetsValues(ctx, (method, id) => this.spreadsheet(method, id));
  }

  private spreadsheet(method: string, id: unknown): SpreadsheetEmu {
    if (typeof id !== 'string' || id === '') throw apiError(method, 'Required parameter: spreadsheetId');
    const ss = this.host();
    if (!ss || ss.getId() !== id) throw apiError(method, 'Requested entity was not found.');
    return ss;
  }

  get(spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.Spreadsheet {
    this._cellsOfLastCall = 0;
    if (typeof spreadsheetId !== 'string' || (optionalArgs !== undefined && (optionalArgs === null || typeof optionalArgs !== 'object'))) {
      throw badSignature('get', [spreadsheetId, optionalArgs].slice(0, optionalArgs === undefined ? 1 : 2));
    }
    spendThisMinute(this.ctx, 'sheets_api_reads', SHEETS_API_PER_MINUTE, sheetsRateExceeded('get', 'Read'));
    const ss = this.spreadsheet('get', spreadsheetId);
    const args = (optionalArgs ?? {}) as Record<string, unknown>;
    for (const k of Object.keys(args)) {
      if (!GET_ARGS.has(k)) throw apiError('get', `Invalid JSON payload received. Unknown name "${k}": Cannot bind query parameter.`);
    }
    let mask: Mask | null = null;
    if (args.fields !== undefined) {
      const parsed = typeof args.fields === 'string' ? parseMask(args.fields) : 'Invalid field selection';
      if (typeof parsed === 'string') throw apiError('get', parsed);
      const check = checkMask(parsed, SERVED, KNOWN);
      if (check.invalid) throw apiError('get', `Invalid field selection ${check.invalid}`);
      if (check.notServed) throw notEmulated('get', `the field ${check.notServed}`);
      mask = parsed;
    }
    const rawRanges = args.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges : [args.ranges];
    const ranges = this.gridRanges('get', ss, rawRanges);
    // Without a mask, grid data comes only with includeGridData (Google: a mask makes includeGridData moot).
    const wantData = mask ? selects(mask, ['sheets', 'data']) : args.includeGridData === true;
    const { spreadsheet, cells } = this.snapshot(ss, ranges, wantData, mask);
    this._cellsOfLastCall = cells;
    return spreadsheet;
  }

  private gridRanges(method: string, ss: SpreadsheetEmu, rawRanges: unknown[]): GridRange[] {
    return rawRanges.map((r) => {
      const g = parseRange(r as string, ss.getSheets());
      if (typeof g === 'string') throw apiError(method, g);
      return g;
    });
  }

  /** The spreadsheet as `get` (and a batchUpdate's updatedSpreadsheet) gives it, and the cells of grid data in it. */
  private snapshot(ss: SpreadsheetEmu, ranges: GridRange[], wantData: boolean, mask: Mask | null): { spreadsheet: GoogleAppsScript.Sheets.Schema.Spreadsheet; cells: number } {
    const wantNote = wantData && selects(mask, ['sheets', 'data', 'rowData', 'values', 'note']);
    const wantFill = wantData && selects(mask, ['sheets', 'data', 'rowData', 'values', 'userEnteredFormat', 'backgroundColor']);
    const wantValue = wantData && selects(mask, ['sheets', 'data', 'rowData', 'values', 'userEnteredValue']);
    const tz = ss.getSpreadsheetTimeZone();
    let cells = 0;
    const sheets = ss.getSheets()
      .filter((s) => !ranges.length || ranges.some((g) => g.sheet === s))
      .map((s, index) => {
        const own = ranges.length ? ranges.filter((g) => g.sheet === s) : [{ sheet: s, row: 1, col: 1, numRows: Math.max(1, s.getLastRow()), numCols: Math.max(1, s.getLastColumn()) }];
        const out: Record<string, unknown> = {
          properties: {
            sheetId: s.getSheetId(), title: s.getName(), index,
            gridProperties: { rowCount: s.getMaxRows(), columnCount: s.getMaxColumns(), ...(s.getFrozenRows() ? { frozenRowCount: s.getFrozenRows() } : {}) },
          },
        };
        if (wantData) {
          out.data = own.map((g) => {
            const { numRows, numCols } = g;
            const range = s.getRange(g.row, g.col, numRows, numCols);
            const notes = wantNote ? range.getNotes() : null;
            const fills = wantFill ? range.getBackgrounds() : null;
            const values = wantValue ? range.getValues() : null;
            const formulas = wantValue ? range.getFormulas() : null;
            cells += numRows * numCols;
            const rowData = Array.from({ length: numRows }, (_, r) => ({
              values: Array.from({ length: numCols }, (_, c) => {
                const cell: ApiCellData = {};
                if (notes && notes[r][c] !== '') cell.note = notes[r][c];
                // No fill (read as white by Range.getBackgrounds) has no backgroundColor in the API.
                if (fills && fills[r][c] !== '#ffffff') cell.userEnteredFormat = { backgroundColor: hexToApi(fills[r][c]) };
                if (values && formulas) {
                  const v = enteredValue(values[r][c], formulas[r][c], tz);
                  if (v) cell.userEnteredValue = v;
                }
                return cell;
              }),
            }));
            return { ...(g.row > 1 ? { startRow: g.row - 1 } : {}), ...(g.col > 1 ? { startColumn: g.col - 1 } : {}), rowData };
          });
        }
        return out;
      });
    const full = { spreadsheetId: ss.getId(), properties: { title: ss.getName(), timeZone: ss.getSpreadsheetTimeZone(), locale: ss.getSpreadsheetLocale() }, sheets };
    return { spreadsheet: project(full, mask) as GoogleAppsScript.Sheets.Schema.Spreadsheet, cells };
  }

  batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, spreadsheetId: string): GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse {
    this._cellsOfLastCall = 0;
    if (resource === null || typeof resource !== 'object' || typeof spreadsheetId !== 'string') throw badSignature('batchUpdate', [resource, spreadsheetId]);
    spendThisMinute(this.ctx, 'sheets_api_writes', SHEETS_API_PER_MINUTE, sheetsRateExceeded('batchUpdate', 'Write'));
    const ss = this.spreadsheet('batchUpdate', spreadsheetId);
    const body = resource as Record<string, unknown>;
    for (const k of Object.keys(body)) {
      if (!BATCH_UPDATE_ARGS.has(k)) throw apiError('batchUpdate', `Invalid JSON payload received. Unknown name "${k}": Cannot find field.`);
    }
    const requests = body.requests;
    if (!Array.isArray(requests) || !requests.length) throw apiError('batchUpdate', 'Invalid requests: must specify at least one request.');
    const answer = body.includeSpreadsheetInResponse === true;
    const rawRanges = body.responseRanges === undefined ? [] : body.responseRanges;
    if (!Array.isArray(rawRanges)) throw apiError('batchUpdate', 'Invalid value at \'response_ranges\': must be a list of A1 ranges');
    // The response's ranges are checked with the requests: a bad one fails the whole batch before anything applies.
    const ranges = this.gridRanges('batchUpdate', ss, rawRanges);
    // Grid sizes as the batch goes: an appendDimension lets a later updateCells reach the new rows.
    const grid = new Map(ss.getSheets().map((s) => [s.getSheetId(), { rows: s.getMaxRows(), cols: s.getMaxColumns() }]));
    const plan: Planned[] = requests.map((req, i) => this.planRequest(ss, req, i, grid));
    let cells = 0;
    for (const p of plan) cells += p.apply();
    const out: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse = { spreadsheetId, replies: requests.map(() => ({})) };
    if (answer) {
      const snap = this.snapshot(ss, ranges, body.responseIncludeGridData === true, null);
      out.updatedSpreadsheet = snap.spreadsheet;
      cells += snap.cells;
    }
    this._cellsOfLastCall = cells;
    return out;
  }

  private planRequest(ss: SpreadsheetEmu, req: unknown, i: number, grid: Map<number, { rows: number; cols: number }>): Planned {
    const fail = (msg: string) => apiError('batchUpdate', `Invalid requests[${i}]${msg}`);
    if (req === null || typeof req !== 'object') throw fail(': must be a Request object');
    const kinds = Object.keys(req);
    if (kinds.length !== 1) throw fail(': exactly one kind of request must be set');
    const kind = kinds[0];
    const body = (req as Record<string, unknown>)[kind] as Record<string, unknown>;
    if (kind === 'appendDimension') {
      const sheet = ss.getSheetById(body?.sheetId as number);
      if (!sheet) throw fail(`.appendDimension: No grid with id: ${body?.sheetId}`);
      const length = body.length;
      if (!Number.isInteger(length) || (length as number) < 1) throw fail('.appendDimension: length must be greater than 0');
      const g = grid.get(sheet.getSheetId())!;
      if (body.dimension === 'ROWS') g.rows += length as number;
      else if (body.dimension === 'COLUMNS') g.cols += length as number;
      else throw fail('.appendDimension: dimension must be ROWS or COLUMNS');
      return {
        apply: () => {
          const result = body.dimension === 'ROWS' ? sheet.insertRowsAfter(sheet.getMaxRows(), length as number) : sheet.insertColumnsAfter(sheet.getMaxColumns(), length as number);
          this.recordWrite?.(sheet, body.dimension === 'ROWS' ? 'insertRowsAfter' : 'insertColumnsAfter', [body.dimension === 'ROWS' ? sheet.getMaxRows() - (length as number) : sheet.getMaxColumns() - (length as number), length], result);
          return 0;
        },
      };
    }
    if (kind === 'appendCells') return this.planAppendCells(ss, body, (m) => fail(`.appendCells: ${m}`), grid);
    if (kind !== 'updateCells') throw notEmulated('batchUpdate', `the ${kind} request`);
    return this.planUpdateCells(ss, body, (m) => fail(`.updateCells: ${m}`), grid);
  }

  private planUpdateCells(ss: SpreadsheetEmu, body: Record<string, unknown>, fail: (m: string) => Error, grid: Map<number, { rows: number; cols: number }>): Planned {
    if (!body || typeof body !== 'object') throw fail('must be an object');
    if (body.range !== undefined) throw notEmulated('batchUpdate', 'updateCells with a range (use start)');
    const start = body.start as { sheetId?: number; rowIndex?: number; columnIndex?: number } | undefined;
    if (!start || typeof start !== 'object') throw fail('start is required');
    const sheet = ss.getSheetById(start.sheetId ?? 0);
    if (!sheet) throw fail(`No grid with id: ${start.sheetId ?? 0}`);
    const { writes, numRows, width } = this.cellWrites(body, fail);
    const r0 = start.rowIndex ?? 0;
    const c0 = start.columnIndex ?? 0;
    const g = grid.get(sheet.getSheetId())!;
    if (r0 < 0 || c0 < 0 || r0 + numRows > g.rows || c0 + width > g.cols) {
      throw fail(`Range ('${sheet.getName()}'!R${r0 + 1}C${c0 + 1}:R${r0 + numRows}C${c0 + width}) exceeds grid limits. Max rows: ${g.rows}, max columns: ${g.cols}`);
    }
    return { apply: () => this.applyWrites(sheet, writes, r0, c0) };
  }

  /**
   * appendCells: the rows go after the last row with data (as it stands when
   * the request applies), with new rows added to the grid when it has too few,
   * as Google does.
   */
  private planAppendCells(ss: SpreadsheetEmu, body: Record<string, unknown>, fail: (m: string) => Error, grid: Map<number, { rows: number; cols: number }>): Planned {
    if (!body || typeof body !== 'object') throw fail('must be an object');
    const sheet = ss.getSheetById((body.sheetId as number) ?? 0);
    if (!sheet) throw fail(`No grid with id: ${body.sheetId ?? 0}`);
    const { writes, numRows, width } = this.cellWrites(body, fail);
    const g = grid.get(sheet.getSheetId())!;
    if (width > g.cols) throw fail(`Range ('${sheet.getName()}'!C1:C${width}) exceeds grid limits. Max columns: ${g.cols}`);
    return {
      apply: () => {
        const result = sheet._appendCells(writes, numRows);
        this.recordWrite?.(sheet, '_appendCells', [writes, numRows], result);
        return writes.length;
      },
    };
  }

  /** The cells of an updateCells or appendCells request (rows + fields), checked; positions relative to where they go. */
  private cellWrites(body: Record<string, unknown>, fail: (m: string) => Error): { writes: CellWrite[]; numRows: number; width: number } {
    if (typeof body.fields !== 'string' || body.fields.trim() === '') throw fail("At least one field must be specified in 'fields'.");
    const mask = parseMask(body.fields);
    if (typeof mask === 'string') throw fail(mask);
    const check = checkMask(mask, UPDATE_FIELDS, KNOWN);
    if (check.invalid) throw fail(`Invalid field selection ${check.invalid}`);
    if (check.notServed) throw notEmulated('batchUpdate', `the field ${check.notServed} of a cell`);
    const rows = body.rows;
    if (!Array.isArray(rows)) throw fail('rows must be a list');
    const width = Math.max(0, ...rows.map((r) => (Array.isArray((r as { values?: unknown })?.values) ? (r as { values: unknown[] }).values.length : 0)));
    const wNote = mask.has('note');
    const wValue = mask.has('userEnteredValue');
    const wFill = selects(mask, ['userEnteredFormat', 'backgroundColor']);
    const wFormat = selects(mask, ['userEnteredFormat', 'numberFormat']);
    const writes: CellWrite[] = [];
    rows.forEach((row, ri) => {
      const values = (row as { values?: unknown })?.values;
      if (values === undefined) return;
      if (!Array.isArray(values)) throw fail(`rows[${ri}].values must be a list`);
      values.forEach((raw, ci) => {
        const cell = (raw ?? {}) as ApiCellData;
        const at = `rows[${ri}].values[${ci}]`;
        const w: CellWrite = { r: ri, c: ci };
        if (wNote) {
          if (cell.note !== undefined && typeof cell.note !== 'string') throw fail(`${at}.note must be a string`);
          w.note = cell.note ?? '';
        }
        if (wFill) {
          const bg = cell.userEnteredFormat?.backgroundColor;
          if (bg === undefined) w.fill = null;
          else {
            const hex = apiToHex(bg);
            if (typeof hex !== 'string') throw fail(`${at}: ${hex.invalid}`);
            w.fill = hex;
          }
        }
        if (wFormat) {
          const nf = apiNumberFormat(cell.userEnteredFormat?.numberFormat);
          if (typeof nf !== 'string') throw fail(`${at}.userEnteredFormat.numberFormat: ${nf.invalid}`);
          w.format = nf;
        }
        if (wValue) {
          const v = cell.userEnteredValue;
          if (v === undefined) w.value = null;
          else {
            const set = Object.keys(v);
            if (set.length !== 1) throw fail(`${at}.userEnteredValue: exactly one kind of value must be set`);
            if (set[0] === 'formulaValue') throw notEmulated('batchUpdate', 'a formulaValue');
            const x = (v as Record<string, unknown>)[set[0]];
            const ok = (set[0] === 'stringValue' && typeof x === 'string') || (set[0] === 'numberValue' && typeof x === 'number' && Number.isFinite(x)) || (set[0] === 'boolValue' && typeof x === 'boolean');
            if (!ok) throw fail(`${at}.userEnteredValue.${set[0]} has the wrong type`);
            w.value = x as string | number | boolean;
          }
        }
        writes.push(w);
      });
    });
    return { writes, numRows: rows.length, width };
  }

  /** Applies checked cell writes with their top-left at 0-based (r0, c0); the number of cells written. */
  private applyWrites(sheet: SheetEmu, writes: CellWrite[], r0: number, c0: number): number {
    for (const w of writes) {
      const range = sheet.getRange(r0 + w.r + 1, c0 + w.c + 1) as RangeEmu;
      for (const [method, arg] of cellWriteCalls(w)) this.write(range, method, [arg]);
    }
    return writes.length;
  }

  private write(range: RangeEmu, method: 'setNote' | 'setBackground' | 'setNumberFormat' | '_setRawValue', args: unknown[]): void {
    const result = (range[method] as (...a: unknown[]) => unknown)(...args);
    this.recordWrite?.(range, method, args, result);
  }
}

// Compile-time: Sheets.Spreadsheets keeps to the advanced service's collection (sheets_v4.d.ts; see ../conformance.ts).
type _SpreadsheetsConforms = Assert<Conforms<SheetsSpreadsheets, GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection>>;

/** A cell's userEnteredValue as the API gives it: a formula as typed, a date as its serial number; none for an empty cell. */
function enteredValue(value: unknown, formula: string, tz: string): ApiCellData['userEnteredValue'] {
  if (formula) return { formulaValue: formula };
  const v = unformatted(value, tz);
  if (typeof v === 'string') return v === '' ? undefined : { stringValue: v };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  return undefined;
}
