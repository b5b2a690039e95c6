/**
 * The advanced Sheets service's appendCells and a batch's answer: rows go
 * after the last row with data (grid rows added when the sheet has none
 * left), a DATE_TIME numberFormat makes a number a date that getValues reads
 * as one, and includeSpreadsheetInResponse gives the cells as they stand after
 * the batch, over the response ranges. A bad response range fails the whole
 * batch before anything of it applies, as a bad request does.
 */
import path from 'node:path';
import { createAdvancedSheets } from '../../src/local/emulator/advanced-sheets';
import { Workbook } from '../../src/local/emulator/workbook';
import { appFor } from './spreadsheet-helpers';
import { sandbox, type Sandbox } from './services-helpers';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

function setUp(rows = 3) {
  const app = appFor(Workbook.createEmpty(path.join(box.dir, 'a.xlsx')));
  const ss = app.getActiveSpreadsheet()!;
  ss.setSpreadsheetTimeZone('Asia/Bangkok');
  const sheet = ss.getSheets()[0];
  sheet.setName('Checklist');
  sheet.getRange('A1:C2').setValues([['guest_id', 'done', 'done_at'], ['G1', true, '']]);
  if (sheet.getMaxRows() > rows) sheet.deleteRows(rows + 1, sheet.getMaxRows() - rows);
  const api = createAdvancedSheets(box.ctx(), () => ss);
  return { ss, sheet, api, id: ss.getId(), sheetId: sheet.getSheetId() };
}

const FIELDS = 'userEnteredValue,userEnteredFormat.numberFormat';
const at = new Date('2026-12-05T09:20:30.000Z');
// 2026-12-05 16:20:30 in Bangkok as a serial number: days since 1899-12-30 of that wall-clock time.
const serial = (Date.UTC(2026, 11, 5, 16, 20, 30) - Date.UTC(1899, 11, 30)) / 86400000;

describe('appendCells', () => {
  test('appends after the last row with data, adds grid rows when none are left, and a DATE_TIME number reads back as the instant', () => {
    const { sheet, api, id, sheetId } = setUp(2);
    expect(sheet.getMaxRows()).toBe(2);
    const row = (g: string) => ({ values: [
      { userEnteredValue: { stringValue: g } },
      { userEnteredValue: { boolValue: false } },
      { userEnteredValue: { numberValue: serial }, userEnteredFormat: { numberFormat: { type: 'DATE_TIME', pattern: 'yyyy-mm-dd hh:mm' } } },
    ] });
    api.Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId, rows: [row('=G2')], fields: FIELDS } }] }, id);
    api.Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId, rows: [row('G3')], fields: FIELDS } }] }, id);
    expect(sheet.getMaxRows()).toBe(4);
    const values = sheet.getRange('A1:C4').getValues();
    expect(values[1]).toEqual(['G1', true, '']);
    // RAW: a stringValue is text whatever it starts with.
    expect(values[2][0]).toBe('=G2');
    expect(sheet.getRange('A3').getFormula()).toBe('');
    expect(values[2][1]).toBe(false);
    expect((values[2][2] as Date).toISOString()).toBe(at.toISOString());
    expect(sheet.getRange('C3').getNumberFormat()).toBe('yyyy-mm-dd hh:mm');
    expect(values[3][0]).toBe('G3');
  });

  test('answers with the response ranges as they stand after the batch', () => {
    const { api, id, sheetId } = setUp();
    const res = api.Spreadsheets.batchUpdate({
      requests: [{ appendCells: { sheetId, rows: [{ values: [{ userEnteredValue: { stringValue: 'G2' } }] }], fields: 'userEnteredValue' } }],
      includeSpreadsheetInResponse: true,
      responseRanges: ["'Checklist'!A1:C3"],
      responseIncludeGridData: true,
    }, id);
    const rows = res.updatedSpreadsheet?.sheets?.[0].data?.[0].rowData?.map((r) => r.values?.map((v) => v.userEnteredValue)) ?? [];
    expect(rows[0]).toEqual([{ stringValue: 'guest_id' }, { stringValue: 'done' }, { stringValue: 'done_at' }]);
    expect(rows[1]).toEqual([{ stringValue: 'G1' }, { boolValue: true }, undefined]);
    expect(rows[2]).toEqual([{ stringValue: 'G2' }, undefined, undefined]);
    // Without includeSpreadsheetInResponse there is no spreadsheet in the answer.
    const bare = api.Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId, rows: [{ values: [{}] }], fields: 'userEnteredValue' } }] }, id);
    expect(bare.updatedSpreadsheet).toBeUndefined();
  });

  test('a bad response range, a sheet that is gone or a bad number format fails the batch and writes nothing', () => {
    const { sheet, api, id, sheetId } = setUp();
    const append = { appendCells: { sheetId, rows: [{ values: [{ userEnteredValue: { stringValue: 'G9' } }] }], fields: 'userEnteredValue' } };
    expect(() => api.Spreadsheets.batchUpdate({ requests: [append], includeSpreadsheetInResponse: true, responseRanges: ["'Renamed'!1:1"] }, id)).toThrow('Unable to parse range');
    expect(() => api.Spreadsheets.batchUpdate({ requests: [{ appendCells: { ...append.appendCells, sheetId: 999 } }] }, id)).toThrow('No grid with id: 999');
    expect(() => api.Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId, rows: [{ values: [{ userEnteredFormat: { numberFormat: { type: 'NOPE' } } }] }], fields: FIELDS } }] }, id)).toThrow(/numberFormat: type must be one of/);
    expect(() => api.Spreadsheets.batchUpdate({ requests: [append], nope: true } as never, id)).toThrow('Unknown name "nope"');
    expect(sheet.getLastRow()).toBe(2);
  });
});
