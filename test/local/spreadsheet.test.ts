/**
 * The emulated spreadsheet over real .xlsx files: what survives save/load.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbook } from '../../src/local/emulator/spreadsheet';
import { MAX_CELLS } from '../../src/local/emulator/workbook';
import { appFor, readXlsx, reload, tempDir, writeXlsx } from './spreadsheet-helpers';

let dir: string;
beforeEach(() => { dir = tempDir(); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

describe('Workbook files', () => {
  test('createEmpty is one empty Sheet1 of 1000 x 26, dirty until saved', async () => {
    const file = path.join(dir, 'new.xlsx');
    const wb = Workbook.createEmpty(file);
    expect(wb.isDirty()).toBe(true);
    const ss = appFor(wb).getActiveSpreadsheet()!;
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    const sheet = ss.getSheets()[0];
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1000, 26, 0, 0]);
    expect(await wb.saveIfDirty()).toBe(true);
    expect(wb.isDirty()).toBe(false);
    expect(wb.path).toBe(file);
    expect(fs.existsSync(file)).toBe(true);
  });

  test('a loaded workbook is clean and saveIfDirty leaves the file alone', async () => {
    const file = path.join(dir, 'a.xlsx');
    await writeXlsx(file, (b) => { b.addWorksheet('Guests').getCell('A1').value = 'guest_id'; });
    const before = fs.readFileSync(file);
    const wb = await Workbook.load(file);
    appFor(wb).getActive()!.getSheetByName('Guests')!.getRange('A1').getValues();
    expect(wb.isDirty()).toBe(false);
    expect(await wb.saveIfDirty()).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('a missing or broken file gives a clear message', async () => {
    await expect(Workbook.load(path.join(dir, 'nope.xlsx'))).rejects.toThrow(/Cannot read the workbook .*nope\.xlsx/);
    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, 'not a zip');
    await expect(Workbook.load(bad)).rejects.toThrow(/bad\.xlsx is not a readable \.xlsx workbook/);
  });

  test('save is atomic: a failed rename leaves the old file whole and no temp file behind', async () => {
    const file = path.join(dir, 'event.xlsx');
    const wb = Workbook.createEmpty(file);
    appFor(wb).getActive()!.getSheets()[0].getRange('A1').setValue('old');
    await wb.save();

    const wb2 = await Workbook.load(file);
    appFor(wb2).getActive()!.getSheets()[0].getRange('A1').setValue('new');
    const spy = jest.spyOn(fs.promises, 'rename').mockRejectedValueOnce(new Error('disk on fire'));
    try {
      await expect(wb2.saveIfDirty()).rejects.toThrow(/Cannot save the workbook .*event\.xlsx: disk on fire/);
    } finally {
      spy.mockRestore();
    }
    expect(wb2.isDirty()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['event.xlsx']);
    const again = await Workbook.load(file);
    expect(appFor(again).getActive()!.getSheets()[0].getRange('A1').getValue()).toBe('old');

    // The same workbook saves fine once the disk recovers.
    await wb2.saveIfDirty();
    const fixed = await Workbook.load(file);
    expect(appFor(fixed).getActive()!.getSheets()[0].getRange('A1').getValue()).toBe('new');
  });

  test('the spreadsheet id is made once, kept in the file and hidden from getSheets', async () => {
    const file = path.join(dir, 'id.xlsx');
    await writeXlsx(file, (b) => { b.addWorksheet('Event'); });
    const wb = await Workbook.load(file);
    const app = appFor(wb);
    const id = app.getActive()!.getId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(wb.isDirty()).toBe(true);
    const { app: app2 } = await reload(wb, file);
    expect(app2.getActive()!.getId()).toBe(id);
    expect(app2.getActive()!.getSheets().map((s) => s.getName())).toEqual(['Event']);
    expect(app2.openById(id).getId()).toBe(id);
    expect(app2.getActive()!.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${id}/edit`);
    const book = await readXlsx(file);
    const meta = book.worksheets.find((w) => w.name !== 'Event')!;
    expect(meta.state).toBe('veryHidden');
  });

  test('spreadsheet time zone defaults to Asia/Bangkok and a new one is kept in the file', async () => {
    const file = path.join(dir, 'tz.xlsx');
    const wb = Workbook.createEmpty(file);
    const ss = appFor(wb).getActive()!;
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
    ss.setSpreadsheetTimeZone('Europe/Paris');
    expect(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow(/not an IANA time zone/);
    const { app } = await reload(wb, file);
    expect(app.getActive()!.getSpreadsheetTimeZone()).toBe('Europe/Paris');
  });

  test('getName is the file name without .xlsx', async () => {
    const wb = Workbook.createEmpty(path.join(dir, 'APEC visit.xlsx'));
    expect(appFor(wb).getActive()!.getName()).toBe('APEC visit');
  });
});

describe('round trips through save and load', () => {
  test('numbers, booleans, text and empty cells', async () => {
    const file = path.join(dir, 'v.xlsx');
    const wb = Workbook.createEmpty(file);
    const sheet = appFor(wb).getActive()!.getSheets()[0];
    sheet.getRange(1, 1, 2, 3).setValues([[1.5, true, 'hello'], [null, '', -7]]);
    const { app } = await reload(wb, file);
    expect(app.getActive()!.getSheets()[0].getRange(1, 1, 2, 3).getValues()).toEqual([[1.5, true, 'hello'], ['', '', -7]]);
  });

  test.each([
    ['Asia/Bangkok', '2026-12-06T07:35:00.000Z'],
    ['America/New_York', '2026-12-06T19:35:00.000Z'],
  ])('a date cell showing 2026-12-06 14:35 is read in the spreadsheet zone (%s)', async (tz, iso) => {
    const file = path.join(dir, 'dates.xlsx');
    await writeXlsx(file, (b) => {
      const ws = b.addWorksheet('Flights');
      ws.getCell('A1').value = new Date(Date.UTC(2026, 11, 6, 14, 35));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd hh:mm';
    });
    const wb = await Workbook.load(file);
    const ss = appFor(wb).getActive()!;
    ss.setSpreadsheetTimeZone(tz);
    const cell = ss.getSheetByName('Flights')!.getRange('A1');
    const value = cell.getValue() as Date;
    expect(value).toBeInstanceOf(Date);
    expect(value.toISOString()).toBe(iso);
    expect(cell.getDisplayValue()).toBe('2026-12-06 14:35');

    // Writing the instant back keeps the wall-clock time the cell shows.
    cell.offset(1, 0).setValue(new Date(iso));
    const { app } = await reload(wb, file);
    const again = app.getActive()!.getSheetByName('Flights')!.getRange('A2');
    expect((again.getValue() as Date).toISOString()).toBe(iso);
    expect(again.getDisplayValue()).toBe('2026-12-06 14:35:00');
    const raw = (await readXlsx(file)).getWorksheet('Flights')!.getCell('A2').value as Date;
    expect(raw.toISOString()).toBe('2026-12-06T14:35:00.000Z');
  });

  test('a Date written to an unformatted cell gets a date format; midnight gets a date-only one', async () => {
    const file = path.join(dir, 'df.xlsx');
    const wb = Workbook.createEmpty(file);
    const sheet = appFor(wb).getActive()!.getSheets()[0];
    sheet.getRange('A1').setValue(new Date('2026-12-05T17:00:00Z')); // midnight in Bangkok
    sheet.getRange('A2').setValue(new Date('2026-12-06T07:35:00Z'));
    expect(sheet.getRange('A1:A2').getNumberFormats()).toEqual([['yyyy-mm-dd'], ['yyyy-mm-dd hh:mm:ss']]);
    const { app } = await reload(wb, file);
    expect(app.getActive()!.getSheets()[0].getRange('A1:A2').getDisplayValues()).toEqual([['2026-12-06'], ['2026-12-06 14:35:00']]);
  });

  test('formulas: set as text starting with "=", read back as formula, cached result from the file', async () => {
    const file = path.join(dir, 'f.xlsx');
    await writeXlsx(file, (b) => {
      const ws = b.addWorksheet('S');
      ws.getCell('A1').value = 2;
      ws.getCell('B1').value = { formula: 'A1*21', result: 42 } as never;
    });
    const wb = await Workbook.load(file);
    const sheet = appFor(wb).getActive()!.getSheetByName('S')!;
    expect(sheet.getRange('B1').getValue()).toBe(42);
    expect(sheet.getRange('B1').getFormula()).toBe('=A1*21');
    sheet.getRange('C1').setValue('=A1+1');
    sheet.getRange('D1').setFormula('=SUM(A1:B1)');
    expect(sheet.getRange('C1:D1').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['', '=A1*21', '=A1+1', '=SUM(A1:B1)']]);
    const { app } = await reload(wb, file);
    expect(app.getActive()!.getSheetByName('S')!.getRange('A1:D1').getFormulas()).toEqual([['', '=A1*21', '=A1+1', '=SUM(A1:B1)']]);
  });

  test('error cells and error results read as their error text', async () => {
    const file = path.join(dir, 'e.xlsx');
    await writeXlsx(file, (b) => {
      const ws = b.addWorksheet('S');
      ws.getCell('A1').value = { error: '#REF!' } as never;
      ws.getCell('A2').value = { formula: 'VLOOKUP(1,B:B,2,FALSE)', result: { error: '#N/A' } } as never;
      ws.getCell('A3').value = { error: '#DIV/0!' } as never;
    });
    const wb = await Workbook.load(file);
    const range = appFor(wb).getActive()!.getSheetByName('S')!.getRange('A1:A3');
    expect(range.getValues()).toEqual([['#REF!'], ['#N/A'], ['#DIV/0!']]);
    expect(range.getDisplayValues()).toEqual([['#REF!'], ['#N/A'], ['#DIV/0!']]);
  });

  test('rich text and hyperlinks read as plain text', async () => {
    const file = path.join(dir, 'rt.xlsx');
    await writeXlsx(file, (b) => {
      const ws = b.addWorksheet('S');
      ws.getCell('A1').value = { richText: [{ text: 'Dr. ' }, { text: 'Somchai', font: { bold: true } }] };
      ws.getCell('A2').value = { text: 'agenda', hyperlink: 'https://example.org/agenda' };
    });
    const wb = await Workbook.load(file);
    expect(appFor(wb).getActive()!.getSheetByName('S')!.getRange('A1:A2').getValues()).toEqual([['Dr. Somchai'], ['agenda']]);
  });

  test('notes, including notes on empty cells, survive and can be cleared', async () => {
    const file = path.join(dir, 'n.xlsx');
    const wb = Workbook.createEmpty(file);
    const sheet = appFor(wb).getActive()!.getSheets()[0];
    sheet.getRange('A1').setValue('x').setNote('on a value');
    sheet.getRange('B2').setNote('on an empty cell');
    sheet.getRange('C3:C4').setNotes([['one'], ['two']]);
    let { wb: wb2, app } = await reload(wb, file);
    let s2 = app.getActive()!.getSheets()[0];
    expect(s2.getRange('A1:C4').getNotes()).toEqual([
      ['on a value', '', ''], ['', 'on an empty cell', ''], ['', '', 'one'], ['', '', 'two'],
    ]);
    s2.getRange('C3').clearNote();
    // A note read from the file on a cell with a value: exceljs also keeps it with the value.
    s2.getRange('A1').clearNote();
    // A second round trip: exceljs loses notes on empty cells unless the emulator keeps them.
    ({ wb: wb2, app } = await reload(wb2, file));
    s2 = app.getActive()!.getSheets()[0];
    expect(s2.getRange('B2').getNote()).toBe('on an empty cell');
    expect(s2.getRange('C3:C4').getNotes()).toEqual([[''], ['two']]);
    expect(s2.getRange('A1').getNote()).toBe('');
    expect(s2.getRange('A1').getValue()).toBe('x');
    expect(s2.getRange('B2').getValue()).toBe('');
  });

  test('backgrounds: #rrggbb, #ffffff when none, removable', async () => {
    const file = path.join(dir, 'bg.xlsx');
    const wb = Workbook.createEmpty(file);
    const sheet = appFor(wb).getActive()!.getSheets()[0];
    sheet.getRange('A1').setBackground('#FFCC00');
    sheet.getRange('B1:C1').setBackgrounds([['red', '#0f0']]);
    sheet.getRange('D1').setBackground('#123456').setBackground(null);
    expect(() => sheet.getRange('E1').setBackground('not-a-colour')).toThrow(/not a colour/);
    const { app } = await reload(wb, file);
    expect(app.getActive()!.getSheets()[0].getRange('A1:E1').getBackgrounds())
      .toEqual([['#ffcc00', '#ff0000', '#00ff00', '#ffffff', '#ffffff']]);
  });

  test('number formats, font weight and colour, wrap and alignment survive', async () => {
    const file = path.join(dir, 'fmt.xlsx');
    const wb = Workbook.createEmpty(file);
    const sheet = appFor(wb).getActive()!.getSheets()[0];
    sheet.getRange('A1').setNumberFormat('@');
    sheet.getRange('B1').setNumberFormat('#,##0.00').setValue(1234.5);
    sheet.getRange('C1').setFontWeight('bold').setFontColor('#336699').setWrap(true).setHorizontalAlignment('center');
    const { app } = await reload(wb, file);
    const s = app.getActive()!.getSheets()[0];
    expect(s.getRange('A1:D1').getNumberFormats()).toEqual([['@', '#,##0.00', '0.###############', '0.###############']]);
    expect(s.getRange('B1').getDisplayValue()).toBe('1,234.50');
    expect(s.getRange('C1').getFontWeight()).toBe('bold');
    expect(s.getRange('C1').getFontColor()).toBe('#336699');
    expect(s.getRange('C1').getWrap()).toBe(true);
    expect(s.getRange('C1').getHorizontalAlignment()).toBe('center');
  });

  test('frozen rows, column widths and tab colours survive', async () => {
    const file = path.join(dir, 'view.xlsx');
    const wb = Workbook.createEmpty(file);
    const sheet = appFor(wb).getActive()!.getSheets()[0];
    expect(sheet.getFrozenRows()).toBe(0);
    expect(sheet.getColumnWidth(2)).toBe(100);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 180);
    sheet.setTabColor('#ff9900');
    const { app } = await reload(wb, file);
    const s = app.getActive()!.getSheets()[0];
    expect(s.getFrozenRows()).toBe(1);
    expect(s.getColumnWidth(2)).toBe(180);
    expect(s.getTabColor()).toBe('#ff9900');
    s.setFrozenRows(0);
    expect(s.getFrozenRows()).toBe(0);
  });

  test("a user's extra columns, formatting and other sheets are preserved", async () => {
    const file = path.join(dir, 'user.xlsx');
    await writeXlsx(file, (b) => {
      const ws = b.addWorksheet('Guests');
      ws.getRow(1).values = ['guest_id', 'given_name', 'My own column'];
      ws.getCell('C1').font = { italic: true, name: 'Tahoma', size: 13 };
      ws.getCell('C2').value = 'keep me';
      ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
      ws.getColumn(3).width = 33;
      ws.mergeCells('E1:F1');
      ws.getCell('E1').value = 'merged title';
      b.addWorksheet('Scratch').getCell('Z99').value = 'far away';
    });
    const wb = await Workbook.load(file);
    const guests = appFor(wb).getActive()!.getSheetByName('Guests')!;
    guests.getRange('A2:B2').setValues([['G1', 'Anna']]);
    await wb.saveIfDirty();

    const book = await readXlsx(file);
    const ws = book.getWorksheet('Guests')!;
    expect(ws.getCell('C1').font).toMatchObject({ italic: true, name: 'Tahoma', size: 13 });
    expect(ws.getCell('C2').value).toBe('keep me');
    expect((ws.getCell('C2').fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FF00B050');
    expect(ws.getColumn(3).width).toBe(33);
    expect(ws.getCell('F1').isMerged).toBe(true);
    expect(ws.getCell('A2').value).toBe('G1');
    expect(book.getWorksheet('Scratch')!.getCell('Z99').value).toBe('far away');
    // Merged cells other than the top-left read as empty, as in Sheets.
    const again = appFor(await Workbook.load(file)).getActive()!.getSheetByName('Guests')!;
    expect(again.getRange('E1:F1').getValues()).toEqual([['merged title', '']]);
  });
});

describe('data validation', () => {
  test('a value list with help text that rejects invalid input survives save/load', async () => {
    const file = path.join(dir, 'dv.xlsx');
    const wb = Workbook.createEmpty(file);
    const app = appFor(wb);
    const sheet = app.getActive()!.getSheets()[0];
    const rule = app.newDataValidation()
      .requireValueInList(['primary', 'backup'], true)
      .setAllowInvalid(false)
      .setHelpText('primary or backup')
      .build();
    sheet.getRange('C2:C10').setDataValidation(rule);
    const { app: app2 } = await reload(wb, file);
    const read = app2.getActive()!.getSheets()[0].getRange('C5').getDataValidation()!;
    expect(read.getCriteriaType()).toBe(app2.DataValidationCriteria.VALUE_IN_LIST);
    expect(read.getCriteriaValues()).toEqual([['primary', 'backup'], true]);
    expect(read.getAllowInvalid()).toBe(false);
    expect(read.getHelpText()).toBe('primary or backup');
    expect(app2.getActive()!.getSheets()[0].getRange('C11').getDataValidation()).toBeNull();
    const raw = (await readXlsx(file)).worksheets[0];
    expect((raw as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model.C2.formulae).toEqual(['"primary,backup"']);
  });

  test("a list from another sheet's range is written as Guests!$A$2:$A$1000 and read back as that Range", async () => {
    const file = path.join(dir, 'dvr.xlsx');
    const wb = Workbook.createEmpty(file);
    const app = appFor(wb);
    const ss = app.getActive()!;
    const guests = ss.insertSheet('Guests');
    const assignments = ss.insertSheet('Assignments');
    const rule = app.newDataValidation().requireValueInRange(guests.getRange('A2:A'), true).setAllowInvalid(true).build();
    assignments.getRange('A2:A5').setDataValidation(rule);
    const { app: app2 } = await reload(wb, file);
    const read = app2.getActive()!.getSheetByName('Assignments')!.getRange('A3').getDataValidation()!;
    expect(read.getCriteriaType()).toBe('VALUE_IN_RANGE');
    const [range, dropdown] = read.getCriteriaValues() as [{ getA1Notation(): string; getSheet(): { getName(): string } }, boolean];
    expect(range.getSheet().getName()).toBe('Guests');
    expect(range.getA1Notation()).toBe('A2:A1000');
    expect(dropdown).toBe(true);
    expect(read.getAllowInvalid()).toBe(true);
    expect(read.getHelpText()).toBeNull();
    const raw = (await readXlsx(file)).getWorksheet('Assignments')!;
    expect((raw as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model.A2.formulae).toEqual(['Guests!$A$2:$A$1000']);
  });

  test('setDataValidations, clearDataValidations and number/date/checkbox rules', async () => {
    const file = path.join(dir, 'dv2.xlsx');
    const wb = Workbook.createEmpty(file);
    const app = appFor(wb);
    const sheet = app.getActive()!.getSheets()[0];
    const num = app.newDataValidation().requireNumberBetween(1, 9).build();
    const day = app.newDataValidation().requireDateOnOrAfter(new Date('2026-12-01T00:00:00+07:00')).build();
    const box = app.newDataValidation().requireCheckbox().build();
    sheet.getRange('A1:C1').setDataValidations([[num, day, box]]);
    sheet.getRange('D1').setDataValidation(num).clearDataValidations();
    expect(() => sheet.getRange('A1:B1').setDataValidations([[num]]))
      .toThrow('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
    expect(() => app.newDataValidation().build()).toThrow(/criteria/);
    expect(() => app.newDataValidation().requireValueInList(['Bangkok, Thailand'])).toThrow(/contains a comma/);
    const { app: app2 } = await reload(wb, file);
    const rules = app2.getActive()!.getSheets()[0].getRange('A1:D1').getDataValidations()[0];
    expect(rules[0]!.getCriteriaType()).toBe('NUMBER_BETWEEN');
    expect(rules[0]!.getCriteriaValues()).toEqual([1, 9]);
    expect(rules[1]!.getCriteriaType()).toBe('DATE_ON_OR_AFTER');
    expect((rules[1]!.getCriteriaValues()[0] as Date).toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(rules[2]!.getCriteriaType()).toBe('CHECKBOX');
    expect(rules[3]).toBeNull();
  });
});

describe('grid limits', () => {
  test('writing outside the grid fails as in Sheets; appendRow grows it', async () => {
    const file = path.join(dir, 'grid.xlsx');
    const wb = Workbook.createEmpty(file);
    const sheet = appFor(wb).getActive()!.getSheets()[0];
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['beyond']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('beyond');
    const { app } = await reload(wb, file);
    expect(app.getActive()!.getSheets()[0].getMaxRows()).toBe(1001);
  });

  test('growing past 10 million cells throws and changes nothing', () => {
    const wb = Workbook.createEmpty();
    const sheet = appFor(wb).getActive()!.getSheets()[0];
    const rowsLeft = Math.floor(MAX_CELLS / 26) - 1000;
    sheet.insertRowsAfter(1000, rowsLeft);
    expect(sheet.getMaxRows()).toBe(1000 + rowsLeft);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(() => appFor(wb).getActive()!.insertSheet('More')).toThrow(/limit of 10000000 cells/);
    expect(sheet.getMaxRows()).toBe(1000 + rowsLeft);
  });
});
