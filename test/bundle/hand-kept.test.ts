/**
 * The guard of "nothing an organiser typed, formatted or noted is ever
 * changed": a workbook kept by hand for weeks (the organiser's own columns
 * between LO Desk's, formulas, numbers and dates kept as text, their own notes
 * and colours, also on cells that validation flags) goes through set-up,
 * validate ×4, remind ×3, documents for hotels and drivers, ticks from two
 * LOs, a fix and a last validate.
 * Every cell the organiser owns — value, formula, type, note, fill, number
 * format and the raw style the file keeps — is then what it was before.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { Emulator, emptyUi, type RunnerOptions } from '../../src/local/emulator/runner';
import { createSpreadsheetApp } from '../../src/local/emulator/spreadsheet';
import { Workbook } from '../../src/local/emulator/workbook';
import { matchHeaders } from '../../src/core/schema/headers';
import { tabForSheetName } from '../../src/core/schema/headers';
import { tabSpec } from '../../src/core/schema/tabs';
import { DIST } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';
import { callEntry, entryValue } from '../../src/local/emulator/entry-call';

const ORGANISER = 'organiser@example.go.th';
const LO1 = 'lo1@example.go.th';
const LO2 = 'lo.wipawee@example.go.th';
const MINE = 'ของฉัน · mine';
/** What organisers keep in their own columns: each must stay exactly as typed. */
const KEPT: { value: string; format?: string; formula?: boolean }[] = [
  { value: '=ROW()*2', formula: true },
  { value: '=not a formula', format: '@' },
  { value: '0812345678', format: '@' },
  { value: '2026-12-07', format: '@' },
  { value: 'TRUE', format: '@' },
  { value: '50%', format: '@' },
  { value: '1234.5', format: '#,##0.00' },
];
const USER_FILL = '#ffcc00';
const MARK = 'LO Desk ▸ ';
const MARK_COLOURS = ['#f4c7c3', '#fce8b2', '#d2e3fc'];

/** A raw cell record without its fill, for cells whose only change may be LO Desk's highlight. */
function withoutFill(raw: string): string {
  const r = JSON.parse(raw) as { style: Record<string, unknown> };
  delete r.style.fill;
  return JSON.stringify(r);
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

async function open(file: string) {
  const wb = await Workbook.load(file);
  const ss = createSpreadsheetApp({ workbook: wb, ui: emptyUi(), activeSpreadsheet: true }).getActiveSpreadsheet()!;
  return { wb, ss: ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet };
}

function columnOf(sheet: Sheet, key: string): number {
  const tab = tabForSheetName(sheet.getName());
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const c = matchHeaders(tabSpec(tab as never), header).columns[key];
  if (c === undefined) throw new Error(`no column ${key} in ${sheet.getName()}`);
  return c + 1;
}

function sheetOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: string): Sheet {
  const sheet = ss.getSheets().find((s) => tabForSheetName(s.getName()) === tab);
  if (!sheet) throw new Error(`the sample has no ${tab} tab`);
  return sheet;
}

/** The organiser's own column, put after `afterKey` (between two of LO Desk's columns), rows 2..8. */
function addOwnColumn(sheet: Sheet, afterKey: string): void {
  const at = columnOf(sheet, afterKey) + 1;
  sheet.insertColumnBefore(at);
  sheet.getRange(1, at).setValue(MINE);
  KEPT.forEach((k, i) => {
    const cell = sheet.getRange(2 + i, at);
    if (k.format) cell.setNumberFormat(k.format);
    if (k.formula) cell.setFormula(k.value);
    else cell.setValue(k.value);
  });
  sheet.getRange(3, at).setBackground(USER_FILL).setNote('my own reminder');
}

interface CellState {
  value: unknown;
  formula: string;
  format: string;
  fill: string;
  note: string;
  raw: string;
}

function rawStyle(book: ExcelJS.Workbook, sheetName: string, row: number, col: number): string {
  const ws = book.getWorksheet(sheetName)!;
  const cell = ws.findRow(row)?.findCell(col);
  const style = cell ? cell.style : ws.getColumn(col).style ?? {};
  const value = cell ? cell.value : null;
  return JSON.stringify({ style, type: cell?.type ?? 0, value: value instanceof Date ? value.toISOString() : value });
}

/** Every cell of `cols` (1-based) in rows 1..rows, as the organiser sees it and as the file keeps it. */
function snapshot(wb: Workbook, sheet: Sheet, rows: number, cols: number[]): Map<string, CellState> {
  const out = new Map<string, CellState>();
  for (const c of cols) {
    const range = sheet.getRange(1, c, rows, 1);
    const values = range.getValues();
    const formulas = range.getFormulas();
    const formats = range.getNumberFormats();
    const fills = range.getBackgrounds();
    const notes = range.getNotes();
    for (let r = 0; r < rows; r++) {
      const v = values[r][0];
      out.set(`${sheet.getName()}!R${r + 1}C${c}`, {
        value: v instanceof Date ? v.toISOString() : v,
        formula: formulas[r][0],
        format: formats[r][0],
        fill: fills[r][0],
        note: notes[r][0],
        raw: rawStyle(wb.book, sheet.getName(), r + 1, c),
      });
    }
  }
  return out;
}

const INPUT_TABS = ['Guests', 'Flights', 'LOs', 'Assignments', 'Hotels', 'Vehicles', 'Transfers', 'Programme', 'Contacts'];
const OWNED_TABS: [string, string][] = [['Checklist', 'item_id'], ['Findings', 'column'], ['Sent', 'recipient'], ['Documents', 'subject']];

/** The organiser's cells: every cell of the input tabs, and their own column in LO Desk's tabs. */
function organiserCells(wb: Workbook, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, rowsOf: Map<string, number>) {
  const all = new Map<string, CellState>();
  for (const tab of INPUT_TABS) {
    const sheet = sheetOf(ss, tab);
    const cols = Array.from({ length: sheet.getLastColumn() }, (_, i) => i + 1);
    for (const [k, v] of snapshot(wb, sheet, rowsOf.get(tab)!, cols)) all.set(k, v);
  }
  for (const [tab] of OWNED_TABS) {
    const sheet = sheetOf(ss, tab);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const mine = header.indexOf(MINE) + 1;
    expect(mine).toBeGreaterThan(0);
    for (const [k, v] of snapshot(wb, sheet, KEPT.length + 1, [mine])) all.set(k, v);
  }
  return all;
}

/** One execution of the bundle on the workbook, as `who`; fails the test on an error. */
async function run(emu: Emulator, fn: string, args: unknown[], over: Partial<RunnerOptions> = {}) {
  const r = await emu.call(fn, args, over);
  if (!r.ok) throw new Error(`${fn} failed: ${r.error}`);
  return r.value;
}

describe('a workbook kept by hand', () => {
  it('comes out of set-up, validate, remind, docs and ticks with every cell of the organiser as it was', async () => {
    const { dir, file } = sampleCopy();

    // ----- weeks of keeping it by hand -----
    let flagged: { row: number; col: number; good: unknown };
    let unfilled: { row: number; col: number; good: unknown };
    {
      const { wb, ss } = await open(file);
      addOwnColumn(sheetOf(ss, 'Guests'), 'family_name');
      addOwnColumn(sheetOf(ss, 'Transfers'), 'vehicle_id');
      for (const [tab, after] of OWNED_TABS) addOwnColumn(sheetOf(ss, tab), after);
      const guests = sheetOf(ss, 'Guests');
      const email = columnOf(guests, 'email');
      // A cell the organiser coloured and noted, which validation will flag (and they fix at the end).
      const cell = guests.getRange(4, email);
      flagged = { row: 4, col: email, good: cell.getValue() };
      cell.setValue('not-an-address').setBackground(USER_FILL).setNote('Asked the embassy\nthey will write back');
      // One with no fill and no note of its own, flagged too.
      const plain = guests.getRange(6, email);
      unfilled = { row: 6, col: email, good: plain.getValue() };
      plain.setValue('also-wrong');
      // A note of the organiser's on a cell nothing flags.
      guests.getRange(5, email).setNote('A note of my own');
      await wb.save(file);
    }

    const rowsOf = new Map<string, number>();
    let before: Map<string, CellState>;
    {
      const { wb, ss } = await open(file);
      for (const tab of INPUT_TABS) rowsOf.set(tab, sheetOf(ss, tab).getLastRow());
      before = organiserCells(wb, ss, rowsOf);
    }

    // ----- what LO Desk does to it over the days (each call one execution on the saved file) -----
    const emu = new Emulator({
      workbookPath: file, user: ORGANISER, outboxDir: path.join(dir, 'outbox'), docsDir: path.join(dir, 'docs'), distDir: DIST,
    });
    await run(emu, 'setUpWorkbook', []);
    for (let i = 0; i < 4; i++) await run(emu, 'validateWorkbook', []);
    await run(emu, 'turnRemindersOn', [], { now: new Date('2026-12-01T09:05:00+07:00') });
    const trigger = (await emu.installedTriggers()).find((t) => t.handler === 'runReminders')!;
    for (const at of ['2026-12-01T09:10:00+07:00', '2026-12-03T09:10:00+07:00', '2026-12-05T08:10:00+07:00']) {
      const r = await emu.fireTrigger(trigger, new Date(at));
      expect(r.error).toBeUndefined();
    }
    // The documents hotels and drivers get (each kind's rows go to the Documents tab).
    for (const kind of ['rooming_list', 'transport_manifest']) await run(emu, 'generateDocuments', [kind, 50]);
    // Each LO opens the phone page (its link names the event), then ticks.
    const id = (await open(file)).wb.id;
    for (const lo of [LO1, LO2]) await run(emu, 'doGet', [{ parameter: { ss: id } }], { user: lo, execution: 'webapp' });
    const tick = async (who: string, guestId: string, itemId: string, done: boolean, note?: string) => {
      const result = entryValue(await callEntry(emu, 'tickChecklistItem', [{ guestId, phase: 'prepare', itemId, done, ...(note === undefined ? {} : { note }) }],
        { user: who, execution: 'webapp' }));
      expect(result.message ?? '').toBe('');
      expect(result.ok).toBe(true);
    };
    await tick(LO1, 'G01', 'briefing_attended', true);
    await tick(LO2, 'G03', 'briefing_attended', true, 'seen');
    await tick(LO1, 'G01', 'briefing_attended', false, 'not yet after all');
    await tick(LO2, 'G03', 'phone_radio_checked', true);

    // While the faults stand, the flagged cells carry LO Desk's mark once, beside the organiser's note.
    {
      const { ss } = await open(file);
      const note = sheetOf(ss, 'Guests').getRange(flagged.row, flagged.col).getNote();
      expect(note.startsWith('Asked the embassy\nthey will write back\n')).toBe(true);
      expect(note.split(MARK).length - 1).toBe(1);
    }

    // ----- the organiser fixes the two addresses; the last validation -----
    {
      const { wb, ss } = await open(file);
      const guests = sheetOf(ss, 'Guests');
      guests.getRange(flagged.row, flagged.col).setValue(flagged.good);
      guests.getRange(unfilled.row, unfilled.col).setValue(unfilled.good);
      await wb.save(file);
    }
    await run(emu, 'validateWorkbook', []);

    const { wb, ss } = await open(file);
    const after = organiserCells(wb, ss, rowsOf);
    const fixedKeys = new Set([flagged, unfilled].map((c) => `${sheetOf(ss, 'Guests').getName()}!R${c.row}C${c.col}`));
    const changed: string[] = [];
    let standing = 0;
    for (const [key, was] of before) {
      let now = after.get(key)!;
      let then = was;
      if (fixedKeys.has(key)) {
        // Their value is the fix the organiser typed; everything else about them must be as it was.
        now = { ...now, value: null, raw: '' };
        then = { ...then, value: null, raw: '' };
      }
      if (!was.note && now.note.startsWith(MARK) && now.fill !== was.fill) {
        // A cell the sample's own standing findings still flag carries LO Desk's mark, and only that:
        // its note is nothing but the mark, its colour one of the marks', all else as it was.
        standing++;
        expect(now.note.split('\n').every((line) => line.startsWith(MARK))).toBe(true);
        expect(MARK_COLOURS).toContain(now.fill);
        const { fill: _f, note: _n, raw, ...rest } = now;
        const { fill: _g, note: _m, raw: wasRaw, ...wasRest } = then;
        now = { ...rest, raw: withoutFill(raw) } as CellState;
        then = { ...wasRest, raw: withoutFill(wasRaw) } as CellState;
      }
      if (JSON.stringify(now) !== JSON.stringify(then)) changed.push(`${key}: ${JSON.stringify(then)} -> ${JSON.stringify(now)}`);
    }
    expect(changed).toEqual([]);
    // The sample keeps a few warnings on purpose; no more than those are flagged.
    expect(standing).toBeLessThan(10);
    // The checks above cover the flagged cells' own colour and note (restored), and "no fill" (not white):
    const guests = sheetOf(ss, 'Guests');
    expect(guests.getRange(flagged.row, flagged.col).getBackground()).toBe(USER_FILL);
    expect(guests.getRange(flagged.row, flagged.col).getNote()).toBe('Asked the embassy\nthey will write back');
    const plainStyle = JSON.parse(rawStyle(wb.book, guests.getName(), unfilled.row, unfilled.col)).style;
    // exceljs reads "no fill" back as the pattern none; a white fill would be a solid pattern.
    expect(plainStyle.fill?.pattern ?? 'none').toBe('none');
    // And the work did happen: the ticks were recorded, and messages and documents were written.
    const checklist = sheetOf(ss, 'Checklist');
    const itemCol = columnOf(checklist, 'item_id');
    const items = checklist.getRange(2, itemCol, checklist.getLastRow() - 1, 1).getValues().flat().filter(Boolean);
    expect(items).toEqual(expect.arrayContaining(['briefing_attended', 'phone_radio_checked']));
    expect(sheetOf(ss, 'Sent').getLastRow()).toBeGreaterThan(KEPT.length + 1);
    expect(sheetOf(ss, 'Documents').getLastRow()).toBeGreaterThan(KEPT.length + 1);
  });
});
