/**
 * The installable on-edit trigger (src/addon/edit-trigger.ts): set-up
 * installs one per organiser and spreadsheet; an edit, by anyone, is then
 * checked once, by the trigger, through the Sheets API (one read of the
 * values, one of the marks, one write), while the simple trigger stands down;
 * without the trigger's record the simple trigger checks the edit as before.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { columnToLetters } from '../../src/local/emulator/spreadsheet/a1';
import { Emulator } from '../../src/local/emulator/runner';
import { readTriggers } from '../../src/local/emulator/script-app';
import { createServiceContext } from '../../src/local/emulator/state';
import { matchHeaders } from '../../src/core/schema/headers';
import { tabSpec } from '../../src/core/schema/tabs';
import { DIST } from '../helpers/cli';
import { forgetEditTrigger } from '../helpers/edit-trigger';
import { sampleCopy } from '../helpers/sample';

const ORGANISER = 'organiser@example.go.th';
const LO1 = 'lo1@example.go.th';
const MARK = 'LO Desk ▸ ';

function emulator(file: string, dir: string) {
  return new Emulator({ workbookPath: file, user: ORGANISER, outboxDir: path.join(dir, 'o'), docsDir: path.join(dir, 'd'), distDir: DIST });
}

function editTriggers(emu: Emulator) {
  return readTriggers(createServiceContext(emu.options)).filter((t) => t.eventType === 'ON_EDIT');
}

/** The A1 of a Guests cell by column key, and its note and value once the executions have saved. */
async function guestsCell(file: string, row: number, key: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Guests')!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  const col = matchHeaders(tabSpec('Guests'), header).columns[key] + 1;
  const cell = ws.getRow(row).getCell(col);
  const note = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');
  return { a1: `${columnToLetters(col)}${row}`, value: cell.value, note };
}

/** LO1 types a bad address over the fourth Guests row's email, as one execution of each trigger. */
async function editByLo(file: string, dir: string) {
  const emu = emulator(file, dir);
  const { a1 } = await guestsCell(file, 4, 'email');
  emu.stats.reset();
  const r = await emu.simulateEdit('Guests', a1, 'no-at-sign', { user: LO1 });
  expect(r.ok).toBe(true);
  expect(r.editTriggers).toHaveLength(1);
  return { emu, r };
}

describe('the installable on-edit trigger', () => {
  it('is installed once per organiser by set-up, and a second set-up keeps it', async () => {
    const { dir, file } = sampleCopy();
    const emu = emulator(file, dir);
    const first = editTriggers(emu);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ handler: 'onEditChecked', user: ORGANISER, source: 'SPREADSHEETS' });
    const again = await emu.call('setUpWorkbook');
    expect(again.value).toMatchObject({ editTrigger: 'kept' });
    expect(editTriggers(emu)).toEqual(first);
  });

  it("checks an LO's edit once, through the Sheets API, while the simple trigger stands down", async () => {
    const { dir, file } = sampleCopy();
    const { emu, r } = await editByLo(file, dir);
    expect([r.editTriggers[0].ok, r.editTriggers[0].error]).toEqual([true, undefined]);
    // Two executions: the simple trigger (which only read the record) and the trigger.
    expect(emu.stats.executions).toBe(2);
    expect(emu.stats.byMethod).toMatchObject({ 'Values.batchGet': 1, 'Spreadsheets.get': 1, 'Spreadsheets.batchUpdate': 1 });
    for (const m of ['Range.getValues', 'Range.getNotes', 'Range.getBackgrounds', 'Range.setNote', 'Range.setValues']) expect([m, emu.stats.byMethod[m] ?? 0]).toEqual([m, 0]);
    const cell = await guestsCell(file, 4, 'email');
    expect(cell.value).toBe('no-at-sign');
    expect(cell.note).toContain(MARK);
  });

  it('leaves the edit to the simple trigger when no trigger is recorded, and its handler then does nothing', async () => {
    const { dir, file } = sampleCopy();
    await forgetEditTrigger(file);
    const { emu } = await editByLo(file, dir);
    expect(emu.stats.byMethod['Values.batchGet'] ?? 0).toBe(0);
    expect(emu.stats.byMethod['Range.getValues']).toBeGreaterThanOrEqual(10);
    expect((await guestsCell(file, 4, 'email')).note).toContain(MARK);
  });
});
