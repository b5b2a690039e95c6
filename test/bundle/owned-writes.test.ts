/**
 * LO Desk writes only the cells it owns in the tabs it keeps (Sent, Documents,
 * Findings, Checklist): a user's own column placed among its columns keeps every
 * cell exactly (value, formula, type, number format, fill, dropdown), and its
 * rows are found by key, never by position, after the user sorts rows or
 * moves columns.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { matchHeaders } from '../../src/core/schema/headers';
import { tabSpec } from '../../src/core/schema/tabs';
import type { TabName } from '../../src/core/schema/types';
import { Emulator, emptyUi, type RunnerOptions } from '../../src/local/emulator/runner';
import { createSpreadsheetApp } from '../../src/local/emulator/spreadsheet';
import { Workbook } from '../../src/local/emulator/workbook';
import { DIST, lodeskInProcess } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';
import { callEntry, entryValue } from '../../src/local/emulator/entry-call';

const ORGANISER = 'organiser@example.go.th';
const LO2 = 'lo.wipawee@example.go.th';
// Three days before the first arrivals: the LOs' "prepare" messages fall due at 09:00.
const PREPARE_RUN = '2026-12-03T09:10:00+07:00';
// The next morning: the organisers' digest falls due.
const NEXT_DAY = '2026-12-04T08:10:00+07:00';
/** One kind of document (a guest's itinerary shows their room) keeps each docs run short. */
const DOC_KIND = 'guest_itinerary';
/** Rows of the user's column checked (its values are in rows 2–9, formats alone below). */
const CHECKED_ROWS = 60;
/** Ticks recorded before the user adds their column, one beside each of the user's values (rows 2–9). */
const TICKS = [
  ['G01', 'briefing_attended', ''], ['G01', 'phone_radio_checked', ''], ['G02', 'phone_radio_checked', ''], ['G02', 'briefing_attended', 'seen'],
  ['G04', 'briefing_attended', ''], ['G04', 'phone_radio_checked', ''], ['G05', 'briefing_attended', ''], ['G05', 'phone_radio_checked', 'ok'],
] as const;

type App = ReturnType<typeof createSpreadsheetApp>;
type Ss = NonNullable<ReturnType<App['getActiveSpreadsheet']>>;

/** The workbook through the emulator's own SpreadsheetApp, as Apps Script sees it. */
async function open(file: string): Promise<{ wb: Workbook; app: App; ss: Ss }> {
  const wb = await Workbook.load(file);
  const app = createSpreadsheetApp({ workbook: wb, ui: emptyUi(), activeSpreadsheet: true });
  return { wb, app, ss: app.getActiveSpreadsheet()! };
}

function ok(r: { status: number | null; stderr: string }, exit = 0): void {
  expect(r.stderr.replace(/^documents: .*\n/gm, '').replace(/^reminders were off.*\n/m, '')).toBe('');
  expect(r.status).toBe(exit);
}

/**
 * A user's column inserted as column C (between LO Desk's 2nd and 3rd columns):
 * a formula, text that looks like a formula, a phone number, a date, a boolean
 * and a percentage all stored as text, a coloured cell and a number format; below
 * them, empty cells carrying only a format, a fill and a dropdown.
 */
function addUserColumn(app: App, ss: Ss, tab: string): void {
  const sheet = ss.getSheetByName(tab)!;
  sheet.insertColumnsBefore(3, 1);
  sheet.getRange(1, 3).setValue('My own column').setBackground('#ffff00');
  sheet.getRange(2, 3).setFormula('=LEN("abc")');
  for (const [row, text] of [[3, "'=not a formula"], [4, '0812345678'], [5, '2026-12-07'], [6, 'TRUE'], [7, '50%']] as const) {
    sheet.getRange(row, 3).setNumberFormat('@').setValue(text);
  }
  sheet.getRange(8, 3).setValue('coloured').setBackground('#00ff00');
  sheet.getRange(9, 3).setValue(1234.5).setNumberFormat('#,##0.00');
  const below = sheet.getRange(10, 3, CHECKED_ROWS - 9, 1);
  below.setNumberFormat('0.000').setBackground('#abcdef');
  below.setDataValidation(app.newDataValidation().requireValueInList(['yes', 'no'], true).build());
}

/** Everything Apps Script can say about the user's column C of a tab. */
function userColumn(ss: Ss, tab: string) {
  const sheet = ss.getSheetByName(tab)!;
  const range = sheet.getRange(1, 3, CHECKED_ROWS, 1);
  const values = range.getValues();
  const validations = range.getDataValidations();
  return {
    header: sheet.getRange(1, 3).getValue(),
    values,
    types: values.map((r) => r.map((v) => (v instanceof Date ? 'date' : typeof v))),
    formulas: range.getFormulas(),
    numberFormats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    validations: validations.map((r) => r.map((v) => (v ? `${v.getCriteriaType()}:${JSON.stringify(v.getCriteriaValues())}` : null))),
  };
}

/** The user's column C as the saved .xlsx holds it (exceljs's reading of the file): value, number format and fill of each cell. */
function userColumnInFile(book: ExcelJS.Workbook, tab: string) {
  const ws = book.getWorksheet(tab)!;
  const out: unknown[] = [];
  for (let r = 1; r <= CHECKED_ROWS; r++) {
    const c = ws.getRow(r).getCell(3);
    out.push({ value: c.value, numFmt: c.numFmt ?? '', fill: (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? '' });
  }
  return out;
}

/** The tab's rows as maps column key → value, columns found by header (as the add-on finds them). */
function rowsByKey(ss: Ss, tab: TabName): { row: number; cells: Record<string, unknown> }[] {
  const values = ss.getSheetByName(tab)!.getDataRange().getValues();
  const columns = matchHeaders(tabSpec(tab), values[0]).columns;
  return values.slice(1).map((v, i) => ({ row: i + 2, cells: Object.fromEntries(Object.entries(columns).map(([k, c]) => [k, v[c]])) }));
}

function emulator(file: string, dir: string, over: Partial<RunnerOptions> = {}) {
  return new Emulator({ workbookPath: file, user: ORGANISER, outboxDir: path.join(dir, 'outbox'), docsDir: path.join(dir, 'docs'), distDir: DIST, ...over });
}

/** The trigger each workbook's reminders were turned on with (once per workbook: a second turn-on keeps it). */
const triggerOf = new Map<string, string | undefined>();

/** Turns reminders on (the first time for this workbook), then runs the trigger as its owner at `now`, with no open spreadsheet; returns its outcome. */
async function remindAt(file: string, dir: string, now: string) {
  if (!triggerOf.has(file)) {
    const on = await callEntry(emulator(file, dir), 'turnRemindersOn', []);
    expect(on.error).toBeUndefined();
    triggerOf.set(file, entryValue(on).triggerId);
  }
  const uid = triggerOf.get(file);
  // The trigger's event object carries more than runReminders reads (its authMode).
  const event = { triggerUid: uid, authMode: 'FULL' };
  const r = await callEntry(emulator(file, dir, { now: new Date(now), activeSpreadsheet: false }), 'runReminders', [event]);
  expect(r.error).toBeUndefined();
  return entryValue(r);
}

async function tick(file: string, as: string, req: Record<string, unknown>): Promise<void> {
  const r = await lodeskInProcess(['call', file, 'tickChecklistItem', '--as', as, '--args', JSON.stringify(req)]);
  ok(r);
  expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
}

/**
 * Checks every cell of the user's column in each tab, through the API and in the saved file, against a snapshot.
 * One reading of the file serves both: the cells as exceljs read them (first, before the API touches the
 * sheet), then the same workbook through the emulator's SpreadsheetApp.
 */
async function snapshotUserColumns(file: string, tabs: readonly string[]) {
  const read = async () => {
    const { wb, ss } = await open(file);
    const inFile = Object.fromEntries(tabs.map((tab) => [tab, userColumnInFile(wb.book, tab)]));
    return { inFile, api: Object.fromEntries(tabs.map((tab) => [tab, userColumn(ss, tab)])) };
  };
  const before = await read();
  return async () => {
    const after = await read();
    for (const tab of tabs) expect({ tab, ...after.api[tab] }).toEqual({ tab, ...before.api[tab] });
    for (const tab of tabs) expect({ tab, cells: after.inFile[tab] }).toEqual({ tab, cells: before.inFile[tab] });
  };
}

/** Empties the given name of the guest on Guests row 4 and returns what it was. */
async function blankGivenNameOfRow4(file: string): Promise<unknown> {
  const { wb, ss } = await open(file);
  const guests = ss.getSheetByName('Guests')!;
  const given = matchHeaders(tabSpec('Guests'), guests.getRange(1, 1, 1, guests.getLastColumn()).getValues()[0]).columns.given_name + 1;
  const name = guests.getRange(4, given).getValue();
  guests.getRange(4, given).setValue('');
  await wb.save(file);
  return name;
}

describe('a user\'s column inside the tabs LO Desk keeps', () => {
  it('Sent: every cell kept exactly through three reminder runs, while LO Desk\'s rows are updated by key and added below', async () => {
    const { dir, file } = sampleCopy();
    await remindAt(file, dir, PREPARE_RUN);
    const keyToRetry = 'prepare:lo:LO01';
    {
      const { wb, app, ss } = await open(file);
      // A status changed by hand: LO Desk's own record decides (it was sent), so the next run sends
      // nothing and sets the row back, in its own cell.
      const sent = rowsByKey(ss, 'Sent').find((r) => r.cells.key === keyToRetry)!;
      ss.getSheetByName('Sent')!.getRange(sent.row, 6).setValue('failed');
      addUserColumn(app, ss, 'Sent');
      await wb.save(file);
    }
    const unchanged = await snapshotUserColumns(file, ['Sent']);
    // The row set back from the record (its status updated in place), then the next day's new ones (rows added).
    expect(await remindAt(file, dir, PREPARE_RUN)).toMatchObject({ sent: 0, sentTabEdits: { restored: 0, corrected: 1 } });
    expect((await remindAt(file, dir, NEXT_DAY)).sent).toBeGreaterThan(0);
    await unchanged();
    const sent = rowsByKey((await open(file)).ss, 'Sent');
    expect(sent.filter((r) => r.cells.key === keyToRetry)).toEqual([expect.objectContaining({ cells: expect.objectContaining({ status: 'sent' }) })]);
    expect(sent.length).toBeGreaterThan(9);
  });

  it('Documents: every cell kept exactly through docs, while LO Desk\'s rows are updated by url and added below', async () => {
    const { dir, file } = sampleCopy();
    const out = path.join(dir, 'docs');
    // A guest left out (no given name): their itinerary comes only on the second docs run, as a new row.
    const guestName = await blankGivenNameOfRow4(file);
    ok(await lodeskInProcess(['docs', file, '--out', out, '--kind', DOC_KIND]));
    {
      const { wb, app, ss } = await open(file);
      addUserColumn(app, ss, 'Documents');
      // The guest's name put back; a room changed, so that guest's itinerary is rewritten.
      const guests = ss.getSheetByName('Guests')!;
      const columns = matchHeaders(tabSpec('Guests'), guests.getRange(1, 1, 1, guests.getLastColumn()).getValues()[0]).columns;
      guests.getRange(4, columns.given_name + 1).setValue(guestName);
      guests.getRange(2, columns.room_no + 1).setNumberFormat('@').setValue('1901');
      await wb.save(file);
    }
    const documentsBefore = rowsByKey((await open(file)).ss, 'Documents');
    const unchanged = await snapshotUserColumns(file, ['Documents']);
    ok(await lodeskInProcess(['docs', file, '--out', out, '--kind', DOC_KIND]));
    await unchanged();
    const documents = rowsByKey((await open(file)).ss, 'Documents');
    // Each document kept its row; the guest whose name came back got theirs below the last row.
    expect(documents.slice(0, documentsBefore.length).map((r) => r.cells.url)).toEqual(documentsBefore.map((r) => r.cells.url));
    expect(documents.slice(documentsBefore.length).map((r) => r.cells.subject)).toEqual([expect.stringContaining('Sarah Mitchell')]);
    expect(documentsBefore.filter((r, i) => r.cells.fingerprint !== documents[i].cells.fingerprint).length).toBeGreaterThan(0);
  });

  it('Findings and Checklist: every cell kept exactly through validate and ticks from two people, while LO Desk\'s own cells are updated', async () => {
    const { file } = sampleCopy();
    // Two more findings than the sample has: Findings is shorter on the next run (rows cleared in its columns only).
    const guestName = await blankGivenNameOfRow4(file);
    ok(await lodeskInProcess(['validate', file]), 1);
    {
      const { wb, app, ss } = await open(file);
      const at = new Date('2026-12-02T10:00:00+07:00');
      ss.getSheetByName('Checklist')!.getRange(2, 1, TICKS.length, 7).setValues(TICKS.map(([g, item, note]) => [g, 'prepare', item, true, 'lo1@example.go.th', at, note]));
      for (const tab of ['Findings', 'Checklist']) addUserColumn(app, ss, tab);
      const guests = ss.getSheetByName('Guests')!;
      const given = matchHeaders(tabSpec('Guests'), guests.getRange(1, 1, 1, guests.getLastColumn()).getValues()[0]).columns.given_name + 1;
      guests.getRange(4, given).setValue(guestName);
      await wb.save(file);
    }
    const findingsBefore = rowsByKey((await open(file)).ss, 'Findings').filter((r) => r.cells.code).length;
    const unchanged = await snapshotUserColumns(file, ['Findings', 'Checklist']);

    ok(await lodeskInProcess(['validate', file]));
    await tick(file, ORGANISER, { guestId: 'G02', phase: 'prepare', itemId: 'briefing_attended', done: true, note: 'seen twice' });
    await tick(file, LO2, { guestId: 'G03', phase: 'prepare', itemId: 'briefing_attended', done: true });
    await unchanged();

    const after = (await open(file)).ss;
    expect(rowsByKey(after, 'Findings').filter((r) => r.cells.code).length).toBeLessThan(findingsBefore);
    const checklist = rowsByKey(after, 'Checklist').filter((r) => r.cells.guest_id);
    expect(checklist.map((r) => [r.row, r.cells.guest_id, r.cells.item_id, r.cells.note])).toEqual([
      ...TICKS.map(([g, item, note], i) => [i + 2, g, item, g === 'G02' && item === 'briefing_attended' ? 'seen twice' : note]),
      // Appended below the last row (9), over a row where only the user's formats were.
      [10, 'G03', 'briefing_attended', ''],
    ]);
  });
});

/** Rewrites a tab with its data rows in reverse order and its columns in reverse order (header too), as a user sorting and moving columns would. */
function reverseRowsAndColumns(ss: Ss, tab: string): void {
  const sheet = ss.getSheetByName(tab)!;
  const values = sheet.getDataRange().getValues();
  const flipped = [values[0], ...values.slice(1).reverse()].map((r) => [...r].reverse());
  sheet.getRange(1, 1, flipped.length, flipped[0].length).setValues(flipped);
}

/** Cells that differ between two snapshots of a tab, as "row:column key". */
function changedCells(tab: TabName, before: unknown[][], after: unknown[][]): string[] {
  const columns = matchHeaders(tabSpec(tab), after[0]).columns;
  const keyOf = new Map(Object.entries(columns).map(([k, c]) => [c, k]));
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
  for (let r = 0; r < Math.max(before.length, after.length); r++) {
    for (let c = 0; c < Math.max(before[0].length, after[0].length); c++) {
      if (!same(before[r]?.[c], after[r]?.[c])) out.push(`${r + 1}:${keyOf.get(c) ?? c}`);
    }
  }
  return out;
}

describe('rows found by key after the user sorts rows and moves columns', () => {
  it('Sent: a row set back from the record is updated wherever it now is; a key on two rows is written nowhere and reported', async () => {
    const { dir, file } = sampleCopy();
    // The prepare messages of 8 LOs and the day's 2 digests (useful until the end of the day).
    expect((await remindAt(file, dir, PREPARE_RUN)).sent).toBe(10);
    const retry = 'prepare:lo:LO01';
    const doubled = 'prepare:lo:LO02';
    {
      const { wb, ss } = await open(file);
      reverseRowsAndColumns(ss, 'Sent');
      const sheet = ss.getSheetByName('Sent')!;
      const rows = rowsByKey(ss, 'Sent');
      const status = matchHeaders(tabSpec('Sent'), sheet.getRange(1, 1, 1, 8).getValues()[0]).columns.status + 1;
      sheet.getRange(rows.find((r) => r.cells.key === retry)!.row, status).setValue('failed');
      // The user copied a row: its key is now on two rows, both failed (so due again).
      const twin = rows.find((r) => r.cells.key === doubled)!.row;
      sheet.getRange(twin, status).setValue('failed');
      sheet.getRange(sheet.getLastRow() + 1, 1, 1, 8).setValues(sheet.getRange(twin, 1, 1, 8).getValues());
      await wb.save(file);
    }
    const before = (await open(file)).ss.getSheetByName('Sent')!.getDataRange().getValues();
    const outcome = await remindAt(file, dir, PREPARE_RUN);
    // Statuses edited by hand send nothing again: LO Desk's record says both went.
    expect(outcome.sent).toBe(0);
    const saved = (await open(file)).ss;
    const after = saved.getSheetByName('Sent')!.getDataRange().getValues();
    const retried = rowsByKey(saved, 'Sent').find((r) => r.cells.key === retry)!;
    expect(retried.cells.status).toBe('sent');
    // Only the edited row's status was set back, in its own cell, wherever the row now is; nothing else anywhere.
    expect(changedCells('Sent', before, after)).toEqual([`${retried.row}:status`]);
    const twinRows = rowsByKey(saved, 'Sent').filter((r) => r.cells.key === doubled).map((r) => r.row);
    expect(twinRows).toHaveLength(2);
    expect(outcome.problems).toEqual([
      expect.objectContaining({ tab: 'Sent', row: twinRows[0], column: 'key', message: expect.stringContaining(`rows ${twinRows.join(', ')} all have key "${doubled}"`) }),
    ]);
  });

  it('Documents: rewritten documents update their own rows after the rows were sorted and the columns moved; no row is added', async () => {
    const { dir, file } = sampleCopy();
    const out = path.join(dir, 'docs');
    ok(await lodeskInProcess(['docs', file, '--out', out, '--kind', DOC_KIND]));
    {
      const { wb, ss } = await open(file);
      reverseRowsAndColumns(ss, 'Documents');
      const guests = ss.getSheetByName('Guests')!;
      const room = matchHeaders(tabSpec('Guests'), guests.getRange(1, 1, 1, guests.getLastColumn()).getValues()[0]).columns.room_no + 1;
      guests.getRange(2, room).setNumberFormat('@').setValue('1901');
      await wb.save(file);
    }
    const before = (await open(file)).ss.getSheetByName('Documents')!.getDataRange().getValues();
    ok(await lodeskInProcess(['docs', file, '--out', out, '--kind', DOC_KIND]));
    const after = (await open(file)).ss.getSheetByName('Documents')!.getDataRange().getValues();
    expect(after).toHaveLength(before.length);
    const changed = changedCells('Documents', before, after);
    expect(changed.length).toBeGreaterThan(0);
    // Only a rewritten document's fingerprint and time: its url, kind and key stay on its row.
    expect([...new Set(changed.map((c) => c.split(':')[1]))].sort()).toEqual(['fingerprint', 'generated_at']);
  });
});


describe('set-up beside a user\'s column', () => {
  it('adds the missing columns after the user\'s column and writes only their headers, notes and formats', async () => {
    const { dir, file } = sampleCopy();
    {
      const { wb, app, ss } = await open(file);
      // The organiser deleted Sent's last two columns and put a column of their own where they were.
      const sheet = ss.getSheetByName('Sent') ?? ss.insertSheet('Sent');
      sheet.getRange(1, 1, 1, 6).setValues([['key', 'kind', 'recipient', 'subject', 'fingerprint', 'status']]);
      if (sheet.getMaxColumns() > 6) sheet.getRange(1, 7, 1, sheet.getMaxColumns() - 6).clearContent();
      addUserColumn(app, ss, 'Sent');
      await wb.save(file);
    }
    const before = await open(file);
    const snapshot = userColumn(before.ss, 'Sent');
    const note = before.ss.getSheetByName('Sent')!.getRange(1, 3).getNote();
    const r = await callEntry(emulator(file, dir), 'setUpWorkbook', []);
    expect(r.error).toBeUndefined();
    expect(entryValue(r).addedColumns.filter((c) => c.tab === 'Sent').map((c) => c.key)).toEqual(['at', 'reason']);
    const after = (await open(file)).ss;
    expect(userColumn(after, 'Sent')).toEqual(snapshot);
    const sheet = after.getSheetByName('Sent')!;
    expect(sheet.getRange(1, 3).getNote()).toBe(note);
    // The added columns: after the user's (column 3 pushed the contract's to 7), at 8 and 9.
    expect(matchHeaders(tabSpec('Sent'), sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]).columns).toMatchObject({ status: 6, at: 7, reason: 8 });
  });
});
