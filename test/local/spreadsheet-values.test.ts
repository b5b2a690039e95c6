/**
 * Ranges and values as Apps Script and Sheets treat them: 1-based ranges, A1
 * notation, typed input, errors with Apps Script's wording, row edits.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbook } from '../../src/local/emulator/spreadsheet';
import { appFor, reload, tempDir } from './spreadsheet-helpers';

function freshSheet(locale?: string) {
  const wb = Workbook.createEmpty();
  const app = appFor(wb, { locale });
  return { wb, app, sheet: app.getActive()!.getSheets()[0] };
}

describe('ranges and A1 notation', () => {
  test('getRange(row, col, numRows, numCols) is 1-based', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 5]);
    expect([r.getLastRow(), r.getLastColumn()]).toEqual([5, 7]);
    expect(r.getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sheet.insertColumnsAfter(26, 1);
    expect(sheet.getRange(1, 27).getA1Notation()).toBe('AA1');
    expect(r.getSheet()).toBe(sheet);
  });

  test('getRange(a1) accepts cells, rectangles, open columns and absolute refs', () => {
    const { sheet } = freshSheet();
    const b = sheet.getRange('B2:C3');
    expect([b.getRow(), b.getColumn(), b.getNumRows(), b.getNumColumns()]).toEqual([2, 2, 2, 2]);
    expect(sheet.getRange('$D$4').getA1Notation()).toBe('D4');
    const open = sheet.getRange('A2:A');
    expect([open.getRow(), open.getNumRows(), open.getNumColumns()]).toEqual([2, 999, 1]);
    const cols = sheet.getRange('B:C');
    expect([cols.getRow(), cols.getNumRows(), cols.getNumColumns()]).toEqual([1, 1000, 2]);
    const row = sheet.getRange('3:3');
    expect([row.getRow(), row.getNumRows(), row.getNumColumns()]).toEqual([3, 1, 26]);
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  test('Spreadsheet.getRange resolves a sheet-qualified reference', () => {
    const { app } = freshSheet();
    const ss = app.getActive()!;
    ss.insertSheet('Guest list');
    const r = ss.getRange("'Guest list'!B2");
    expect(r.getSheet().getName()).toBe('Guest list');
    expect(r.getA1Notation()).toBe('B2');
    expect(() => ss.getRange('Nowhere!A1')).toThrow('Range not found');
  });

  test('bad coordinates throw with Apps Script messages', () => {
    const { sheet } = freshSheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1.5, 1)).toThrow("Cannot convert '1.5' to int.");
  });

  test('setValues with the wrong shape throws and writes nothing', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange(1, 1, 3, 2);
    expect(() => r.setValues([[1, 2], [3, 4]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => r.setValues([[1, 2], [3], [5, 6]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setValues('abc' as never)).toThrow(/don't match the method signature for SpreadsheetApp.Range.setValues/);
    expect(sheet.getLastRow()).toBe(0);
  });

  test('getLastRow/getLastColumn ignore formatting; getDataRange spans the content', () => {
    const { sheet } = freshSheet();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('F20').setBackground('#ff0000');
    sheet.getRange('B3').setValue('x');
    sheet.getRange('D2').setValue(0);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 4]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
  });

  test('setValue fills every cell of the range; getValue reads the top-left one', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:B2').setValue('same');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['same', 'same'], ['same', 'same']]);
    expect(sheet.getRange('B2:C3').getValue()).toBe('same');
  });

  test('a cell holds at most 50,000 characters', () => {
    const { sheet } = freshSheet();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50001)))
      .toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    sheet.getRange('A1').setValue('x'.repeat(50000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50000);
  });

  test('values that are not cell values give a clear message', () => {
    const { sheet } = freshSheet();
    expect(() => sheet.getRange('A1').setValue({ a: 1 })).toThrow(/Cannot write a value of type object into a cell \(Sheet1!A1\)/);
  });
});

describe('typed input, as Sheets parses it', () => {
  test('a string starting with "=" becomes a formula', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1').setValue('=HYPERLINK("http://x","y")');
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getFormula()).toBe('=HYPERLINK("http://x","y")');
  });

  test('a leading apostrophe stores the rest as text', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:C1').setValues([["'=1+1", "'+6681234567", "'0812345678"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+1', '+6681234567', '0812345678']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  test('numeric strings become numbers (phone numbers lose "+" and leading zeros)', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:E1').setValues([['123', '-4.5', '+6681234567', '0812345678', '1e3']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[123, -4.5, 6681234567, 812345678, 1000]]);
    sheet.getRange('A2:C2').setValues([['+66 81 234 5678', '12abc', '50%']]);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['+66 81 234 5678', '12abc', 0.5]]);
  });

  test('TRUE/FALSE become booleans and ISO dates become dates in the spreadsheet zone', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:E1').setValues([['TRUE', 'false', '2026-12-06', '2026-12-06 14:35', '2026-02-30']]);
    const [a, b, c, d, e] = sheet.getRange('A1:E1').getValues()[0];
    expect([a, b]).toEqual([true, false]);
    expect((c as Date).toISOString()).toBe('2026-12-05T17:00:00.000Z');
    expect((d as Date).toISOString()).toBe('2026-12-06T07:35:00.000Z');
    expect(e).toBe('2026-02-30');
    expect(sheet.getRange('C1:D1').getDisplayValues()).toEqual([['2026-12-06', '2026-12-06 14:35']]);
  });

  test('slash dates follow the spreadsheet locale (month first only in en_US)', () => {
    const us = freshSheet('en_US').sheet;
    us.getRange('A1').setValue('06/12/2026');
    expect((us.getRange('A1').getValue() as Date).toISOString()).toBe('2026-06-11T17:00:00.000Z');
    const th = freshSheet('th_TH').sheet;
    th.getRange('A1').setValue('06/12/2026');
    expect((th.getRange('A1').getValue() as Date).toISOString()).toBe('2026-12-05T17:00:00.000Z');
  });

  test('plain-text format (@) keeps every string exactly as given', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'plain.xlsx');
      const { wb, sheet } = freshSheet();
      sheet.getRange('A1:A5').setNumberFormat('@');
      sheet.getRange('A1:A5').setValues([['+6681234567'], ['=1+1'], ['0812345678'], ['TRUE'], ['2026-12-06']]);
      const { app } = await reload(wb, file);
      const back = app.getActive()!.getSheets()[0].getRange('A1:A5');
      expect(back.getValues()).toEqual([['+6681234567'], ['=1+1'], ['0812345678'], ['TRUE'], ['2026-12-06']]);
      expect(back.getFormulas()).toEqual([[''], [''], [''], [''], ['']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('null, undefined and "" clear a value but keep its format and note', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]).setBackground('#00ff00').setNote('n');
    sheet.getRange('A1:C1').setValues([[null, undefined, '']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '', '']]);
    expect(sheet.getRange('A1:C1').getBackgrounds()).toEqual([['#00ff00', '#00ff00', '#00ff00']]);
    expect(sheet.getRange('A1').getNote()).toBe('n');
  });

  test('getDisplayValues renders numbers, booleans and dates through their formats', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:D1').setValues([[0.125, true, 1234567, 3]]);
    sheet.getRange('A1').setNumberFormat('0.0%');
    sheet.getRange('C1').setNumberFormat('#,##0');
    sheet.getRange('D1').setNumberFormat('000');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['12.5%', 'TRUE', '1,234,567', '003']]);
    sheet.getRange('E1').setValue(new Date('2026-12-06T07:35:00Z')).setNumberFormat('dd/mm/yyyy h:mm AM/PM');
    expect(sheet.getRange('E1').getDisplayValue()).toBe('06/12/2026 2:35 PM');
  });
});

describe('clearing and row edits', () => {
  test('clearContent keeps formats; clearFormat keeps values; clear drops both', () => {
    const { sheet } = freshSheet();
    const r = sheet.getRange('A1:B1');
    r.setValues([[1, 2]]).setBackground('#ff0000').setNumberFormat('0.00');
    sheet.getRange('A1').clearContent();
    sheet.getRange('B1').clearFormat();
    expect(r.getValues()).toEqual([['', 2]]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(r.getNumberFormats()).toEqual([['0.00', '0.###############']]);
    r.setValue(5).setBackground('#ff0000').clear();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    r.setValue(6).setBackground('#ff0000').clear({ contentsOnly: true });
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
  });

  test('Sheet.clear and clearContents', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]).setBackground('#ff0000');
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
    sheet.getRange('A1').setValue(1);
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  test('deleteRows moves values, notes and validations up and shrinks the grid', async () => {
    const { app, sheet } = freshSheet();
    sheet.getRange('A1:A5').setValues([['h'], ['r2'], ['r3'], ['r4'], ['r5']]);
    sheet.getRange('A4').setNote('note on r4');
    sheet.getRange('B5').setDataValidation(app.newDataValidation().requireValueInList(['x']).build());
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['h'], ['r4'], ['r5'], [''], ['']]);
    expect(sheet.getRange('A2').getNote()).toBe('note on r4');
    expect(sheet.getRange('B3').getDataValidation()!.getCriteriaValues()[0]).toEqual(['x']);
    expect(sheet.getRange('B5').getDataValidation()).toBeNull();
    expect(sheet.getMaxRows()).toBe(998);
    expect(() => sheet.deleteRows(998, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 998)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  test('insertRowsAfter shifts content down and copies the row-above formats and validation', () => {
    const { app, sheet } = freshSheet();
    sheet.getRange('A1:A3').setValues([['h'], ['r2'], ['r3']]);
    sheet.getRange('A2').setBackground('#ffff00').setDataValidation(app.newDataValidation().requireValueInList(['r2', 'r3']).build());
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['h'], ['r2'], [''], [''], ['r3']]);
    expect(sheet.getRange('A3:A4').getBackgrounds()).toEqual([['#ffff00'], ['#ffff00']]);
    expect(sheet.getRange('A4').getDataValidation()!.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(sheet.getMaxRows()).toBe(1002);
  });

  test('insertColumnsAfter and deleteColumns move cells sideways', () => {
    const { sheet } = freshSheet();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.deleteColumns(2, 1);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', 'b', 'c', '']]);
  });
});
