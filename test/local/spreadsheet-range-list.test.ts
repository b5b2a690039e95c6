/**
 * RangeList (Sheet.getRangeList): several ranges of one sheet in one call,
 * as Apps Script gives them; what it writes survives save/load, and a call
 * on it is priced over all its cells.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { costOf } from '../../src/local/emulator/costs';
import { METHOD_SCOPES } from '../../src/local/emulator/scopes';
import { Workbook } from '../../src/local/emulator/spreadsheet';
import { appFor, readXlsx, tempDir } from './spreadsheet-helpers';

let dir: string;
beforeEach(() => { dir = tempDir(); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

function sheetOf(wb: Workbook) {
  return appFor(wb).getActiveSpreadsheet()!.getSheets()[0];
}

describe('RangeList', () => {
  test('getRanges gives the ranges named, in order', () => {
    const sheet = sheetOf(Workbook.createEmpty(path.join(dir, 'a.xlsx')));
    const list = sheet.getRangeList(['B2', 'D4:E5', 'Sheet1!A1']);
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['B2', 'D4:E5', 'A1']);
  });

  test('setBackground paints exactly the listed cells; null clears to no fill; the file keeps both', async () => {
    const file = path.join(dir, 'b.xlsx');
    const wb = Workbook.createEmpty(file);
    const sheet = sheetOf(wb);
    sheet.getRange('A1:C3').setBackground('#00ff00');
    sheet.getRangeList(['A1', 'C3']).setBackground('#F4C7C3');
    sheet.getRangeList(['B2']).setBackground(null);
    expect(sheet.getRange('A1:C3').getBackgrounds()).toEqual([
      ['#f4c7c3', '#00ff00', '#00ff00'],
      ['#00ff00', '#ffffff', '#00ff00'],
      ['#00ff00', '#00ff00', '#f4c7c3'],
    ]);
    await wb.save(file);
    const ws = (await readXlsx(file)).getWorksheet('Sheet1')!;
    expect((ws.getCell('A1').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFF4C7C3');
    expect(ws.getCell('B2').fill).toBeUndefined(); // no fill, not a white one
  });

  test('refuses an empty list, another sheet\'s range, a bad A1 and a bad colour (and then writes nothing)', () => {
    const sheet = sheetOf(Workbook.createEmpty(path.join(dir, 'c.xlsx')));
    expect(() => sheet.getRangeList([])).toThrow(/non-empty list/);
    expect(() => sheet.getRangeList(['Other!A1'])).toThrow(/one sheet/);
    expect(() => sheet.getRangeList(['not a range'])).toThrow(/Range not found/);
    expect(() => sheet.getRangeList(['A1', 'B1']).setBackground('not a colour')).toThrow(/not a colour/);
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
  });

  test('needs the spreadsheet scopes and costs one write over all its cells', () => {
    expect(METHOD_SCOPES['Sheet.getRangeList']).toEqual(METHOD_SCOPES['Sheet.getRange']);
    expect(METHOD_SCOPES['RangeList.setBackground']).toEqual(METHOD_SCOPES['Range.setBackground']);
    expect(costOf('RangeList.setBackground', 10)).toBe(costOf('Range.setBackground', 10));
    expect(costOf('RangeList.setBackground', 10)).toBeGreaterThan(costOf('RangeList.setBackground', 1));
  });
});
