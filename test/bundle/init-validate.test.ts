import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_EXPECTED_WARNINGS } from '../../src/local/sample/sample-event';
import { matchHeaders } from '../../src/core/schema/headers';
import { TABS, tabSpec } from '../../src/core/schema/tabs';
import type { TabName } from '../../src/core/schema/types';
import { emptyUi } from '../../src/local/emulator/runner';
import { createSpreadsheetApp } from '../../src/local/emulator/spreadsheet';
import { Workbook } from '../../src/local/emulator/workbook';
import { DIST, lodesk, tempDir } from '../helpers/cli';
import { COLUMN_HELP } from '../../src/core/schema/column-help';
import { freshEmulator } from '../helpers/emulator';
import { callEntry, entryValue } from '../../src/local/emulator/entry-call';

/** Every column holding one id of another tab: set-up gives each a dropdown over that tab's id column. */
const ID_REFS = TABS.flatMap((t) =>
  t.columns.flatMap((c) => (c.type.kind === 'ref' && !c.type.many ? [{ tab: t.name, key: c.key, target: c.type.tab }] : [])),
);

type Spreadsheet = ReturnType<ReturnType<typeof createSpreadsheetApp>['getActiveSpreadsheet']> & object;

/** The saved workbook as the next execution sees it. */
async function openSaved(file: string): Promise<Spreadsheet> {
  return createSpreadsheetApp({ workbook: await Workbook.load(file), ui: emptyUi(), activeSpreadsheet: true }).getActiveSpreadsheet()!;
}

/** 1-based column of `key` in `tab`, found by its header as the add-on finds it. */
function columnOf(ss: Spreadsheet, tab: TabName, key: string): number {
  const sheet = ss.getSheetByName(tab)!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  return matchHeaders(tabSpec(tab), header).columns[key] + 1;
}

/** Each id column's dropdown: "Tab!X2:X1000" for a rule over another tab's range, else the rule's kind. */
function idDropdowns(ss: Spreadsheet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ref of ID_REFS) {
    const sheet = ss.getSheetByName(ref.tab)!;
    const body = sheet.getRange(2, columnOf(ss, ref.tab, ref.key), sheet.getMaxRows() - 1, 1).getDataValidations().map((r) => r[0]);
    const shown = body.map((rule) => {
      if (!rule) return 'none';
      if (rule.getCriteriaType() !== 'VALUE_IN_RANGE') return `${rule.getCriteriaType()} ${JSON.stringify(rule.getCriteriaValues())}`;
      const range = rule.getCriteriaValues()[0] as { getSheet(): { getName(): string }; getA1Notation(): string };
      return `${range.getSheet().getName()}!${range.getA1Notation()}`;
    });
    // One rule for the whole column body, not just some rows.
    out[`${ref.tab}.${ref.key}`] = [...new Set(shown)].join(' | ');
  }
  return out;
}

/** What each id column's dropdown should be: the target tab's id column, row 2 down. */
function expectedDropdowns(ss: Spreadsheet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ref of ID_REFS) {
    const target = ss.getSheetByName(ref.target)!;
    const letter = String.fromCharCode(64 + columnOf(ss, ref.target, tabSpec(ref.target).idColumn!));
    out[`${ref.tab}.${ref.key}`] = `${ref.target}!${letter}2:${letter}${target.getMaxRows()}`;
  }
  return out;
}

describe('lo-desk init and validate on the sample event', () => {
  const dir = tempDir();
  const file = path.join(dir, 'x.xlsx');
  let findings: { severity: string; tab: string; row: number; column: string; code: string; message: string }[];
  let stats: { command: string; apps_script_calls: number; by_method: Record<string, number>; ms: number };

  beforeAll(() => {
    const init = lodesk(['init', file]);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    const r = lodesk(['validate', file, '--json', '--stats']);
    findings = JSON.parse(r.stdout);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    stats = JSON.parse(lines[0]);
    expect(r.status).toBe(0);
  });

  it('prints a JSON array of findings with the contract fields', () => {
    expect(Array.isArray(findings)).toBe(true);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['code', 'column', 'message', 'row', 'severity', 'tab']);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('prints one stats line counting the Apps Script calls by method', () => {
    expect(stats.command).toBe('validate');
    const sum = Object.values(stats.by_method).reduce((a, b) => a + b, 0);
    expect(stats.apps_script_calls).toBe(sum);
    // Every contract tab's values in one Sheets API read, none tab by tab.
    expect(stats.by_method['Values.batchGet']).toBe(1);
    expect(stats.by_method['Range.getValues']).toBeUndefined();
    expect(typeof stats.ms).toBe('number');
  });

  it('finds no error in the sample, and exactly the warnings it was built to show', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const got = findings.filter((f) => f.severity !== 'error').map((f) => f.code).sort();
    expect(got).toEqual(SAMPLE_EXPECTED_WARNINGS.map((w) => w.code).sort());
  });

  it('writes the Findings tab into the workbook', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Findings')!;
    expect(ws).toBeDefined();
    expect(ws.actualRowCount).toBe(findings.length + 1);
  });

  it('notes each header with its help, read from dist/column-help.html, which the code Apps Script parses does not carry', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const guests = wb.getWorksheet('Guests')!;
    const at = matchHeaders(tabSpec('Guests'), (guests.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? ''))).columns.guest_id!;
    const note = guests.getRow(1).getCell(at + 1).note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((x) => x.text).join('');
    // The sample event is in Thai.
    expect(text).toBe(COLUMN_HELP.th['Guests.guest_id']);
    const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
    expect(code).not.toContain(COLUMN_HELP.en['Guests.guest_id']);
    expect(code).not.toContain(COLUMN_HELP.th['Guests.guest_id']);
  });

  it('creates every tab of the contract that is not optional', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    for (const t of TABS.filter((x) => !x.optional)) expect(wb.getWorksheet(t.name)).toBeDefined();
    expect(wb.getWorksheet('Sheet1')).toBeUndefined();
  });
});

describe('Set up workbook', () => {
  it('run twice changes nothing the second time', async () => {
    const emu = freshEmulator();
    const first = await callEntry(emu, 'setUpWorkbook', []);
    expect(first.ok).toBe(true);
    const created = entryValue(first).createdTabs;
    expect(created.length).toBeGreaterThanOrEqual(13);
    emu.stats.reset();
    const second = await emu.call('setUpWorkbook');
    expect(second.value).toEqual({ createdTabs: [], addedColumns: [], addedSettings: [], editTrigger: 'kept' });
    const writes = Object.keys(emu.stats.byMethod).filter((m) => /\.(set|insert|delete|clear|append)/.test(m));
    expect(writes).toEqual([]);
    expect(existsSync(emu.options.workbookPath)).toBe(true);
  });

  it('keeps a user column, its position and values, and appends only missing columns', async () => {
    const emu = freshEmulator();
    const dir = path.dirname(emu.options.workbookPath);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Guests');
    ws.addRow(['My notes', 'family_name', 'guest_id', 'given_name']);
    ws.addRow(['VIP', 'Tanaka', 'G1', 'Hiro']);
    await wb.xlsx.writeFile(path.join(dir, 'event.xlsx'));
    const r = await callEntry(emu, 'setUpWorkbook', []);
    expect(r.ok).toBe(true);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(emu.options.workbookPath);
    const g = back.getWorksheet('Guests')!;
    expect((g.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['My notes', 'family_name', 'guest_id', 'given_name']);
    expect((g.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['VIP', 'Tanaka', 'G1', 'Hiro']);
    expect(g.getRow(1).cellCount).toBeGreaterThan(10);
    const added = entryValue(r).addedColumns.map((c) => c.key);
    expect(added).not.toContain('guest_id');
    expect(added).toContain('honorific');
  });

  // Guests comes before Hotels in the plan, so Guests.hotel_id's dropdown refers to a tab made later in the same run.
  it.each([
    ['an empty workbook', [] as string[][]],
    ['a workbook with only a Guests tab', [['guest_id', 'given_name', 'family_name']]],
  ])('gives every id column a dropdown over its tab\'s id column, from %s, in one run', async (_, guestsHeader) => {
    const emu = freshEmulator();
    if (guestsHeader.length) {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Guests').addRow(guestsHeader[0]);
      await wb.xlsx.writeFile(emu.options.workbookPath);
    }
    const first = await callEntry(emu, 'setUpWorkbook', []);
    expect(first.ok).toBe(true);
    expect(entryValue(first).createdTabs).toContain('Hotels');
    const saved = await openSaved(emu.options.workbookPath);
    const after = idDropdowns(saved);
    const expected = expectedDropdowns(saved);
    expect(after['Guests.hotel_id']).toBe(expected['Guests.hotel_id']);
    expect(after).toEqual(expected);

    const second = await emu.call('setUpWorkbook');
    expect(second.value).toEqual({ createdTabs: [], addedColumns: [], addedSettings: [], editTrigger: 'kept' });
    expect(idDropdowns(await openSaved(emu.options.workbookPath))).toEqual(after);
  });
});
