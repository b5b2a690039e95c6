/**
 * A sheet's grid (getMaxRows) as the .xlsx keeps it: rows deleted from the
 * grid stay deleted after a save and a load, although the file may keep
 * their formatting; a value that another program wrote beyond the recorded
 * grid still widens it (never smaller than what the sheet holds).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { emptyUi } from '../../src/local/emulator/runner';
import { createSpreadsheetApp } from '../../src/local/emulator/spreadsheet';
import { Workbook } from '../../src/local/emulator/workbook';
import { tempDir } from '../helpers/cli';

function sheetOf(wb: Workbook, name: string) {
  const ss = createSpreadsheetApp({ workbook: wb, ui: emptyUi(), activeSpreadsheet: true }).getActiveSpreadsheet()!;
  return ss.getSheetByName(name)!;
}

/** A workbook whose "Ticks" tab has formatting on 1,000 rows, as the sample event's tabs have. */
async function formattedFile(): Promise<string> {
  const file = path.join(tempDir('lodesk-grid-'), 'grid.xlsx');
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Ticks');
  ws.getRow(1).values = ['guest_id', 'item_id'];
  for (let r = 2; r <= 1000; r++) ws.getRow(r).getCell(1).numFmt = '@';
  await book.xlsx.writeFile(file);
  return file;
}

describe('the grid of a sheet in the .xlsx', () => {
  it('keeps rows deleted from the grid deleted after a save and a load', async () => {
    const file = await formattedFile();
    const wb = await Workbook.load(file);
    const sheet = sheetOf(wb, 'Ticks');
    expect(sheet.getMaxRows()).toBe(1000);
    sheet.getRange(2, 1, 2, 2).setValues([['G01', 'briefing_attended'], ['G02', 'teams_met']]);
    sheet.deleteRows(4, 997);
    expect(sheet.getMaxRows()).toBe(3);
    await wb.save(file);

    const again = sheetOf(await Workbook.load(file), 'Ticks');
    expect(again.getMaxRows()).toBe(3);
    expect(() => again.getRange(4, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(again.getRange(2, 1, 2, 2).getValues()).toEqual([['G01', 'briefing_attended'], ['G02', 'teams_met']]);
  });

  it('is widened by a value another program wrote beyond it', async () => {
    const file = await formattedFile();
    const wb = await Workbook.load(file);
    sheetOf(wb, 'Ticks').deleteRows(3, 998);
    await wb.save(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    book.getWorksheet('Ticks')!.getCell('C5').value = 'typed in Excel';
    await book.xlsx.writeFile(file);

    const sheet = sheetOf(await Workbook.load(file), 'Ticks');
    expect(sheet.getMaxRows()).toBe(5);
    expect(sheet.getRange(5, 3).getValue()).toBe('typed in Excel');
  });
});
