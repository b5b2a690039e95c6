/**
 * Types a sample event into a workbook that "Set up workbook" has prepared:
 * each value goes under the column whose header matches its key (found with
 * the same header matching the add-on uses), as an organiser would type it.
 * Host-side, through the emulator's SpreadsheetApp, so typed-input rules
 * (dates, numbers) apply exactly as in Sheets.
 */
import { parseWorkbook } from '../../core/schema/parse';
import type { TabName } from '../../core/schema/types';
import { emptyUi } from '../emulator/runner';
import { createSpreadsheetApp } from '../emulator/spreadsheet';
import { Workbook } from '../emulator/workbook';
import type { SampleWorkbook } from './sample-event';

export async function fillWorkbook(file: string, data: SampleWorkbook): Promise<void> {
  const wb = await Workbook.load(file);
  const ss = createSpreadsheetApp({ workbook: wb, ui: emptyUi(), activeSpreadsheet: true }).getActiveSpreadsheet()!;
  const sheets = ss.getSheets().map((s) => ({ name: s.getName(), values: s.getDataRange().getValues() }));
  const { layout } = parseWorkbook(sheets, { spreadsheetZone: ss.getSpreadsheetTimeZone() });
  for (const { tab, rows } of data) {
    const l = layout[tab as TabName];
    if (!l?.sheetName) throw new Error(`the workbook has no ${tab} tab to fill`);
    const sheet = ss.getSheetByName(l.sheetName)!;
    if (tab === 'Event') {
      for (const { key, value } of rows) {
        const row = l.settingRows?.[String(key)];
        if (row) sheet.getRange(row, l.columns.value + 1).setValue(value);
        else sheet.appendRow([key, value]);
      }
      continue;
    }
    if (rows.length === 0) continue;
    const width = l.width;
    const matrix = rows.map((r) => {
      const out: unknown[] = new Array(width).fill('');
      for (const [k, v] of Object.entries(r)) {
        const c = l.columns[k];
        if (c === undefined) throw new Error(`${tab} has no column for "${k}"`);
        out[c] = v;
      }
      return out;
    });
    const need = 1 + matrix.length - sheet.getMaxRows();
    if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
    sheet.getRange(2, 1, matrix.length, width).setValues(matrix);
  }
  // A new workbook starts with an empty "Sheet1" that no event needs.
  const starter = ss.getSheetByName('Sheet1');
  if (starter && starter.getLastRow() === 0 && ss.getSheets().length > 1) ss.deleteSheet(starter);
  await wb.saveIfDirty(file);
}
