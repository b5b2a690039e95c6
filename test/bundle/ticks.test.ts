/**
 * A tick from the phone page when the Checklist tab's grid is exactly full
 * (its last row is its last grid row, as after a user deleted the empty rows
 * below): Sheets' appendRow grows the grid, so the tick is kept, after the
 * rows already there, which stay as they were.
 */
import { emptyUi } from '../../src/local/emulator/runner';
import { createSpreadsheetApp } from '../../src/local/emulator/spreadsheet';
import { Workbook } from '../../src/local/emulator/workbook';
import { lodesk } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';

const LO1 = 'lo1@example.go.th';
const LO2 = 'lo.wipawee@example.go.th';

/** The Checklist tab through the emulator's own Sheet (as Apps Script would see it), with its workbook. */
async function checklistOf(file: string) {
  const wb = await Workbook.load(file);
  const ss = createSpreadsheetApp({ workbook: wb, ui: emptyUi(), activeSpreadsheet: true }).getActiveSpreadsheet()!;
  const sheet = ss.getSheetByName('Checklist') ?? ss.getSheetByName('รายการตรวจสอบ');
  if (!sheet) throw new Error('the sample has no Checklist tab');
  return { wb, sheet };
}

describe('a tick when the Checklist grid is full', () => {
  it('grows the grid by the new row and keeps the tick after the rows there', async () => {
    const { file } = sampleCopy();
    // Three ticks already recorded, and no empty grid row left below them.
    {
      const { wb, sheet } = await checklistOf(file);
      const at = new Date('2026-12-02T10:00:00+07:00');
      sheet.getRange(2, 1, 3, 7).setValues([
        ['G01', 'prepare', 'briefing_attended', true, LO1, at, ''],
        ['G01', 'prepare', 'phone_radio_checked', true, LO1, at, ''],
        ['G02', 'prepare', 'briefing_attended', true, LO1, at, 'seen'],
      ]);
      sheet.deleteRows(5, sheet.getMaxRows() - 4);
      expect(sheet.getMaxRows()).toBe(4);
      expect(sheet.getLastRow()).toBe(4);
      await wb.save(file);
    }
    // LO2 opens the phone page (its link names the event), then ticks one of their guests.
    const { wb } = await checklistOf(file);
    const opened = lodesk(['call', file, 'doGet', '--as', LO2, '--execution', 'webapp', '--args', JSON.stringify({ parameter: { ss: wb.id } })]);
    expect(opened.stderr).toBe('');
    expect(opened.status).toBe(0);
    const tick = lodesk(['call', file, 'tickChecklistItem', '--as', LO2, '--execution', 'webapp', '--args',
      JSON.stringify({ guestId: 'G03', phase: 'prepare', itemId: 'briefing_attended', done: true })]);
    expect(tick.stderr).toBe('');
    expect(tick.status).toBe(0);
    const result = JSON.parse(tick.stdout) as { ok: boolean; item?: { item_id: string; done: boolean } };
    expect(result.ok).toBe(true);
    expect(result.item).toMatchObject({ item_id: 'briefing_attended', done: true });

    const after = await checklistOf(file);
    expect(after.sheet.getMaxRows()).toBe(5);
    expect(after.sheet.getLastRow()).toBe(5);
    expect(after.sheet.getRange(2, 1, 4, 5).getValues()).toEqual([
      ['G01', 'prepare', 'briefing_attended', true, LO1],
      ['G01', 'prepare', 'phone_radio_checked', true, LO1],
      ['G02', 'prepare', 'briefing_attended', true, LO1],
      ['G03', 'prepare', 'briefing_attended', true, LO2],
    ]);
  });
});

describe('a tick when the Checklist tab is gone', () => {
  it('makes the tab with its headers in the event\'s language and records the tick below them', async () => {
    const { file } = sampleCopy();
    const wb = await Workbook.load(file);
    const ss = createSpreadsheetApp({ workbook: wb, ui: emptyUi(), activeSpreadsheet: true }).getActiveSpreadsheet()!;
    ss.deleteSheet((ss.getSheetByName('Checklist') ?? ss.getSheetByName('รายการตรวจสอบ'))!);
    await wb.save(file);
    const opened = lodesk(['call', file, 'doGet', '--as', LO2, '--execution', 'webapp', '--args', JSON.stringify({ parameter: { ss: wb.id } })]);
    expect(opened.status).toBe(0);
    const tick = lodesk(['call', file, 'tickChecklistItem', '--as', LO2, '--execution', 'webapp', '--args',
      JSON.stringify({ guestId: 'G03', phase: 'prepare', itemId: 'briefing_attended', done: true })]);
    expect(tick.stderr).toBe('');
    expect((JSON.parse(tick.stdout) as { ok: boolean }).ok).toBe(true);
    const after = await checklistOf(file);
    expect(after.sheet.getRange(1, 1, 1, 7).getValues()[0]).toEqual(['รหัสแขก', 'ช่วงงาน', 'รหัสรายการ', 'เสร็จแล้ว', 'ผู้ทำ', 'เวลาที่ทำ', 'บันทึก']);
    expect(after.sheet.getRange(2, 1, 1, 5).getValues()[0]).toEqual(['G03', 'prepare', 'briefing_attended', true, LO2]);
  });
});
