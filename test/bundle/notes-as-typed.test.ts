/**
 * A tick note that starts like a formula is written so it can never become
 * one, and still reads back exactly as the LO typed it: in the tick's answer,
 * in the sidebar's view and in the cell's own text (no formula).
 */
import { emptyUi } from '../../src/local/emulator/runner';
import { createSpreadsheetApp } from '../../src/local/emulator/spreadsheet';
import { Workbook } from '../../src/local/emulator/workbook';
import { lodeskInProcess } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';

const LO1 = 'lo1@example.go.th';

/** `lo-desk call`, run inside this process (what it writes is the point here, not the process). */
async function call(file: string, fn: string, args: unknown) {
  const r = await lodeskInProcess(['call', file, fn, '--as', LO1, '--args', JSON.stringify(args)]);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('tick notes that look like formulas', () => {
  it('read back as typed, in the answer and the sidebar, and none is a formula in the sheet', async () => {
    const { file } = sampleCopy();
    const notes: [string, string][] = [
      ['briefing_attended', '=5 pax, +1 driver'],
      ['phone_radio_checked', '+66 81 234 5678 (driver)'],
      ['teams_met', '@ the VIP gate'],
    ];
    for (const [itemId, note] of notes) {
      const tick = await call(file, 'tickChecklistItem', { guestId: 'G01', phase: 'prepare', itemId, done: true, note });
      expect(tick.ok).toBe(true);
      expect(tick.item.note).toBe(note);
    }

    const view = JSON.stringify(await call(file, 'getLoView', []));
    for (const [, note] of notes) {
      expect(view).toContain(JSON.stringify(note).slice(1, -1));
      expect(view).not.toContain(`'${note}`);
    }

    const wb = await Workbook.load(file);
    const ss = createSpreadsheetApp({ workbook: wb, ui: emptyUi(), activeSpreadsheet: true }).getActiveSpreadsheet()!;
    const sheet = ss.getSheets().find((s) => s.getDataRange().getValues().flat().includes('briefing_attended'))!;
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  });
});
