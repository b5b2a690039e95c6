/**
 * A column formatted down to the grid's last row, as set-up formats every body
 * row: every row shows the format (also after a save and load, also rows that
 * hold no cell), the rows above keep theirs, and the file keeps one column
 * format rather than a styled cell per row.
 */
import * as path from 'node:path';
import JSZip from 'jszip';
import * as fs from 'node:fs';
import { Workbook } from '../../src/local/emulator/spreadsheet';
import { appFor, reload, tempDir } from './spreadsheet-helpers';

function freshSheet() {
  const wb = Workbook.createEmpty();
  const app = appFor(wb);
  return { wb, app, sheet: app.getActive()!.getSheets()[0] };
}

async function sheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return zip.file('xl/worksheets/sheet1.xml')!.async('string');
}

function column(sheet: ReturnType<typeof freshSheet>['sheet'], col: number) {
  return sheet.getRange(1, col, sheet.getMaxRows(), 1);
}

describe('formats down to the last row', () => {
  test('every body row shows the format, the header row keeps its own, before and after a reload', async () => {
    const { wb, sheet } = freshSheet();
    sheet.getRange('A1:B1').setValues([['Phone', 'Paid']]).setFontWeight('bold');
    const rows = sheet.getMaxRows() - 1;
    sheet.getRange(2, 1, rows, 1).setNumberFormat('@').setBackground('#fff2cc');
    sheet.getRange(2, 2, rows, 1).setNumberFormat('0.00');
    sheet.getRange('A5').setValue('0812345678');

    const check = (s: typeof sheet) => {
      const a = column(s, 1);
      const formats = a.getNumberFormats().map((r) => r[0]);
      expect(formats[0]).toBe('0.###############');
      expect(new Set(formats.slice(1))).toEqual(new Set(['@']));
      const fills = a.getBackgrounds().map((r) => r[0]);
      expect(fills[0]).toBe('#ffffff');
      expect(new Set(fills.slice(1))).toEqual(new Set(['#fff2cc']));
      expect(s.getRange('A1').getFontWeight()).toBe('bold');
      expect(s.getRange('A1000').getFontWeight()).toBe('normal');
      expect(s.getRange('A5').getValue()).toBe('0812345678');
      expect(s.getRange('B1000').getNumberFormat()).toBe('0.00');
      expect(s.getRange('C1000').getNumberFormat()).toBe('0.###############');
    };
    check(sheet);

    const file = path.join(tempDir(), 'formats.xlsx');
    const { app } = await reload(wb, file);
    const again = app.getActive()!.getSheets()[0];
    check(again);
    // A value typed later into a blank formatted row keeps the column's format.
    again.getRange('A900').setValue('0899999999');
    expect(again.getRange('A900').getValue()).toBe('0899999999');
    // One column format, not a styled cell per row: the file holds only the cells written.
    const cells = (await sheetXml(file)).match(/<c /g) ?? [];
    expect(cells.length).toBeLessThan(10);
  });

  test('a header cell never made keeps no format when its column below is formatted', async () => {
    const { wb, sheet } = freshSheet();
    sheet.getRange(2, 3, sheet.getMaxRows() - 1, 1).setBackground('#ff0000').setNumberFormat('@');
    expect(sheet.getRange('C1').getBackground()).toBe('#ffffff');
    const { app } = await reload(wb, path.join(tempDir(), 'header.xlsx'));
    const s = app.getActive()!.getSheets()[0];
    expect(s.getRange('C1').getBackground()).toBe('#ffffff');
    expect(s.getRange('C1').getNumberFormat()).toBe('0.###############');
    expect(s.getRange('C2').getBackground()).toBe('#ff0000');
  });

  test('a range that stops short of the last row formats only its own cells', () => {
    const { sheet } = freshSheet();
    sheet.getRange(2, 1, 10, 1).setBackground('#00ff00');
    expect(sheet.getRange('A11').getBackground()).toBe('#00ff00');
    expect(sheet.getRange('A12').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  test('formatting a cell of a formatted column changes that cell only', () => {
    const { sheet } = freshSheet();
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setBackground('#00ff00');
    sheet.getRange('A7').setBackground(null);
    sheet.getRange('A8').setFontColor('#ff0000');
    expect(sheet.getRange('A6:A9').getBackgrounds().map((r) => r[0])).toEqual(['#00ff00', '#ffffff', '#00ff00', '#00ff00']);
    expect(sheet.getRange('A8').getFontColor()).toBe('#ff0000');
    expect(sheet.getRange('A9').getFontColor()).toBe('#000000');
  });

  test('rows inserted or deleted keep the column format; rows moved keep their own', () => {
    const { sheet } = freshSheet();
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setNumberFormat('@');
    sheet.getRange('A4').setNumberFormat('0.00').setValue(1);
    // Rows inserted take the format of the row above them.
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getRange('A3:A4').getNumberFormats()).toEqual([['@'], ['@']]);
    expect(sheet.getRange('A6').getNumberFormat()).toBe('0.00');
    expect(sheet.getRange('A7').getNumberFormat()).toBe('@');
    sheet.deleteRows(2, 4);
    expect(sheet.getRange('A2').getNumberFormat()).toBe('0.00');
    expect(sheet.getRange('A3').getNumberFormat()).toBe('@');
    expect(sheet.getRange(sheet.getMaxRows(), 1).getNumberFormat()).toBe('@');
  });

  test('columns inserted or deleted move the column format with their column', () => {
    const { sheet } = freshSheet();
    sheet.getRange(2, 2, sheet.getMaxRows() - 1, 1).setBackground('#0000ff');
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('B500').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('C500').getBackground()).toBe('#0000ff');
    sheet.deleteColumns(1, 2);
    expect(sheet.getRange('A500').getBackground()).toBe('#0000ff');
    expect(sheet.getRange('B500').getBackground()).toBe('#ffffff');
  });

  test('clearFormats and clearFormat down to the last row clear the column format', async () => {
    const { wb, sheet } = freshSheet();
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, 2).setBackground('#0000ff');
    sheet.getRange(2, 2, sheet.getMaxRows() - 1, 1).clearFormat();
    expect(sheet.getRange('A600').getBackground()).toBe('#0000ff');
    expect(sheet.getRange('B600').getBackground()).toBe('#ffffff');
    sheet.clearFormats();
    expect(sheet.getRange('A600').getBackground()).toBe('#ffffff');
    const { app } = await reload(wb, path.join(tempDir(), 'cleared.xlsx'));
    expect(app.getActive()!.getSheets()[0].getRange('A600').getBackground()).toBe('#ffffff');
  });
});
