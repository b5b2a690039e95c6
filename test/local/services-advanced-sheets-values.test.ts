/**
 * Sheets.Spreadsheets.Values.batchGet as Google gives it: a date cell as its
 * serial number in the spreadsheet's zone, trailing empty cells and rows left
 * out, ranges in the order asked, counted against the per-minute reads and
 * charged on the cells it returned. And what the add-on makes of it (core
 * datesFromSerials + rectangle) is exactly what getValues gives, on every
 * contract tab of the sample event.
 */
import path from 'node:path';
import { rectangle } from '../../src/core/grid';
import { datesFromSerials } from '../../src/core/schema/serials';
import { tabForSheetName } from '../../src/core/schema/headers';
import { createAdvancedSheets } from '../../src/local/emulator/advanced-sheets';
import { SHEETS_API_PER_MINUTE } from '../../src/local/emulator/quotas';
import { Workbook } from '../../src/local/emulator/workbook';
import { sampleCopy } from '../helpers/sample';
import { appFor } from './spreadsheet-helpers';
import { sandbox, type Sandbox } from './services-helpers';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

const UNFORMATTED = { valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' };

function setUp() {
  const app = appFor(Workbook.createEmpty(path.join(box.dir, 'a.xlsx')));
  const ss = app.getActiveSpreadsheet()!;
  ss.setSpreadsheetTimeZone('Asia/Bangkok');
  const sheet = ss.getSheets()[0];
  sheet.setName('Flights');
  const api = createAdvancedSheets(box.ctx(), () => ss);
  return { ss, sheet, api, id: ss.getId() };
}

describe('Sheets.Spreadsheets.Values.batchGet', () => {
  test('gives dates as serial numbers of their wall-clock time, trims empty cells and rows, keeps the order asked', () => {
    const { ss, sheet, api, id } = setUp();
    sheet.getRange('A1:C3').setValues([
      ['guest_id', 'arrive', 'note'],
      // 5 Dec 2026 14:30 in Bangkok is 07:30 UTC.
      ['G1', new Date(Date.UTC(2026, 11, 5, 7, 30)), ''],
      ['', '', ''],
    ]);
    const other = ss.insertSheet("It's");
    other.getRange('B2').setValue(12.5);
    const res = api.Spreadsheets.Values.batchGet(id, { ranges: ["'It''s'", 'Flights'], ...UNFORMATTED });
    expect(res.valueRanges?.map((r) => r.range)).toEqual([`'It''s'!A1:${'Z'}1000`, 'Flights!A1:Z1000']);
    expect(res.valueRanges?.[0].values).toEqual([[], ['', 12.5]]);
    // Day 46361 is 2026-12-05; 14:30 is 0.6041666 of a day.
    expect(res.valueRanges?.[1].values).toEqual([['guest_id', 'arrive', 'note'], ['G1', 46361 + 14.5 / 24]]);
    expect(api.Spreadsheets.Values._cellsOfLastCall).toBe(2 + 5);
  });

  test('a sheet with nothing has no values; what it does not emulate or cannot parse it refuses', () => {
    const { ss, api, id } = setUp();
    ss.insertSheet('Empty');
    expect(api.Spreadsheets.Values.batchGet(id, { ranges: ['Empty'], ...UNFORMATTED }).valueRanges).toEqual([{ range: 'Empty!A1:Z1000', majorDimension: 'ROWS' }]);
    expect(() => api.Spreadsheets.Values.batchGet(id, { ranges: ['Nowhere'], ...UNFORMATTED })).toThrow('Unable to parse range: Nowhere');
    expect(() => api.Spreadsheets.Values.batchGet(id, { ranges: ['Empty'] })).toThrow(/valueRenderOption FORMATTED_VALUE is not emulated/);
    expect(() => api.Spreadsheets.Values.batchGet(id, { ranges: ['Empty'], ...UNFORMATTED, majorDimension: 'COLUMNS' })).toThrow(/majorDimension COLUMNS/);
    expect(() => api.Spreadsheets.Values.batchGet(id, { ranges: ['Empty'], ...UNFORMATTED, nope: 1 })).toThrow('Unknown name "nope"');
    expect(() => api.Spreadsheets.Values.batchGet('other-id', { ranges: ['Empty'], ...UNFORMATTED })).toThrow('Requested entity was not found.');
  });

  test('counts against the same 60 reads a minute per user as Spreadsheets.get', () => {
    const { api, id } = setUp();
    for (let i = 0; i < SHEETS_API_PER_MINUTE - 1; i++) api.Spreadsheets.Values.batchGet(id, { ranges: ['Flights'], ...UNFORMATTED });
    api.Spreadsheets.get(id, { fields: 'spreadsheetId' });
    expect(() => api.Spreadsheets.Values.batchGet(id, { ranges: ['Flights'], ...UNFORMATTED })).toThrow(/Read requests per minute per user/);
  });

  test('turned back by the contract, every contract tab of the sample event reads exactly as getValues reads it', async () => {
    const { file } = sampleCopy();
    const ss = appFor(await Workbook.load(file)).getActiveSpreadsheet()!;
    const api = createAdvancedSheets(box.ctx(), () => ss);
    const zone = ss.getSpreadsheetTimeZone();
    const names = ss.getSheets().map((s) => s.getName()).filter((n) => tabForSheetName(n) !== undefined);
    expect(names.length).toBeGreaterThanOrEqual(12);
    const res = api.Spreadsheets.Values.batchGet(ss.getId(), { ranges: names.map((n) => `'${n}'`), ...UNFORMATTED });
    let dates = 0;
    names.forEach((name, i) => {
      const viaApi = datesFromSerials(name, rectangle(res.valueRanges?.[i].values), zone);
      const viaGetValues = ss.getSheetByName(name)!.getDataRange().getValues();
      expect({ name, values: viaApi }).toEqual({ name, values: viaGetValues });
      for (const row of viaGetValues) for (const v of row) if (v instanceof Date) dates++;
    });
    // The sample has date cells to turn back (flights, stays, programme, the event's dates).
    expect(dates).toBeGreaterThan(20);
  });
});
