/**
 * The advanced Sheets service (v4) refuses what Google refuses: bad ranges,
 * unknown fields in a mask, a batch with one bad request (nothing of it
 * applies), a grid exceeded, a wrong spreadsheet id, the 61st request of a
 * minute, and any call from a simple trigger (AuthMode.LIMITED). What it
 * accepts lands in the same cells SpreadsheetApp reads, a stringValue as text.
 */
import path from 'node:path';
import vm from 'node:vm';
import { createAdvancedSheets } from '../../src/local/emulator/advanced-sheets';
import { Membrane, type Realm } from '../../src/local/emulator/membrane';
import { SHEETS_API_PER_MINUTE } from '../../src/local/emulator/quotas';
import { Stats } from '../../src/local/emulator/types';
import { Workbook } from '../../src/local/emulator/workbook';
import { appFor } from './spreadsheet-helpers';
import { sandbox, type Sandbox } from './services-helpers';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

function setUp() {
  const app = appFor(Workbook.createEmpty(path.join(box.dir, 'a.xlsx')));
  const ss = app.getActiveSpreadsheet()!;
  const sheet = ss.getSheets()[0];
  sheet.setName('Guests');
  sheet.getRange('A1:B2').setValues([['guest_id', 'email'], ['G1', 'x']]);
  const api = createAdvancedSheets(box.ctx(), () => ss);
  return { ss, sheet, api, id: ss.getId(), sheetId: sheet.getSheetId() };
}

const MASK = 'sheets(properties(title),data(rowData(values(note,userEnteredFormat.backgroundColor))))';

describe('Sheets.Spreadsheets (advanced service, v4)', () => {
  test('get reads notes and fills of a range; batchUpdate writes them and RAW text, in the cells SpreadsheetApp reads', () => {
    const { sheet, api, id, sheetId } = setUp();
    sheet.getRange('B2').setNote('mine').setBackground('#00ff00');
    const got = api.Spreadsheets.get(id, { ranges: ["'Guests'!A2:B2"], fields: MASK });
    expect(got.sheets?.[0].data?.[0].rowData?.[0].values).toEqual([{}, { note: 'mine', userEnteredFormat: { backgroundColor: { red: 0, green: 1, blue: 0 } } }]);
    expect(api.Spreadsheets._cellsOfLastCall).toBe(2);
    api.Spreadsheets.batchUpdate({ requests: [
      { updateCells: { start: { sheetId, rowIndex: 1, columnIndex: 0 }, rows: [{ values: [{ userEnteredValue: { stringValue: '=HYPERLINK("x")' } }, {}] }], fields: 'userEnteredValue,note,userEnteredFormat.backgroundColor' } },
    ] }, id);
    expect(sheet.getRange('A2').getFormula()).toBe('');
    expect(sheet.getRange('A2').getValue()).toBe('=HYPERLINK("x")');
    // In the mask but absent from the cell: cleared, as Google does.
    expect(sheet.getRange('B2').getValue()).toBe('');
    expect(sheet.getRange('B2').getNote()).toBe('');
    expect(sheet.getRange('B2').getBackground()).toBe('#ffffff');
  });

  test('refuses bad ranges, unknown fields and unknown arguments as Google does', () => {
    const { api, id } = setUp();
    expect(() => api.Spreadsheets.get(id, { ranges: ['Nowhere!A1'], fields: MASK })).toThrow('Unable to parse range: Nowhere!A1');
    expect(() => api.Spreadsheets.get(id, { ranges: ['Guests!A0:B'], fields: MASK })).toThrow('Unable to parse range');
    expect(() => api.Spreadsheets.get(id, { ranges: ['Guests!A1:B5000'], fields: MASK })).toThrow(/exceeds grid limits/);
    expect(() => api.Spreadsheets.get(id, { fields: 'sheets(data(rowData(values(nope))))' })).toThrow('Invalid field selection sheets.data.rowData.values.nope');
    expect(() => api.Spreadsheets.get(id, { fields: 'sheets(properties(title)' })).toThrow('Invalid field selection');
    expect(() => api.Spreadsheets.get(id, { rangez: ['Guests'] })).toThrow('Unknown name "rangez"');
    expect(() => api.Spreadsheets.get('another-id', { fields: MASK })).toThrow('Requested entity was not found.');
  });

  test('a batch with one bad request applies nothing; no fields, another grid, past the grid are refused', () => {
    const { sheet, api, id, sheetId } = setUp();
    const good = { updateCells: { start: { sheetId, rowIndex: 1, columnIndex: 1 }, rows: [{ values: [{ note: 'ours' }] }], fields: 'note' } };
    const bad = [
      { updateCells: { start: { sheetId, rowIndex: 1, columnIndex: 1 }, rows: [{ values: [{ note: 'x' }] }] } },
      { updateCells: { start: { sheetId: 999, rowIndex: 0, columnIndex: 0 }, rows: [{ values: [{ note: 'x' }] }], fields: 'note' } },
      { updateCells: { start: { sheetId, rowIndex: sheet.getMaxRows(), columnIndex: 0 }, rows: [{ values: [{ note: 'x' }] }], fields: 'note' } },
      { updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 0 }, rows: [{ values: [{ note: 'x' }] }], fields: 'notes' } },
      { updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 0 }, rows: [{ values: [{ userEnteredFormat: { backgroundColor: { red: 2 } } }] }], fields: 'userEnteredFormat.backgroundColor' } },
    ];
    for (const b of bad) {
      expect(() => api.Spreadsheets.batchUpdate({ requests: [good, b] }, id)).toThrow(/Invalid requests\[1\]/);
      expect(sheet.getRange('B2').getNote()).toBe('');
    }
    expect(() => api.Spreadsheets.batchUpdate({ requests: [] }, id)).toThrow('must specify at least one request');
    api.Spreadsheets.batchUpdate({ requests: [good] }, id);
    expect(sheet.getRange('B2').getNote()).toBe('ours');
  });

  test('60 requests a minute per user; the 61st is refused', () => {
    const { api, id } = setUp();
    for (let i = 0; i < SHEETS_API_PER_MINUTE; i++) api.Spreadsheets.get(id, { fields: 'spreadsheetId' });
    expect(() => api.Spreadsheets.get(id, { fields: 'spreadsheetId' })).toThrow(/Quota exceeded for quota metric 'Read requests'/);
  });

  test('a simple trigger (AuthMode.LIMITED) may not call it: it needs authorization', () => {
    const { api, id } = setUp();
    const realm = vm.runInContext('({ Date: Date, Array: Array, Object: Object, Error: Error })', vm.createContext({})) as Realm;
    const membrane = new Membrane(realm, new Stats(), { authMode: 'LIMITED' });
    const Sheets = membrane.toContext(api) as typeof api;
    expect(() => Sheets.Spreadsheets.get(id, { fields: 'spreadsheetId' })).toThrow(/simple trigger \(AuthMode.LIMITED\): it needs authorization/);
  });
});
