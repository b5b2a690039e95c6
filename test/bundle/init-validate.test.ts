import { existsSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_EXPECTED_WARNINGS } from '../../src/local/sample/sample-event';
import { TABS } from '../../src/core/schema/tabs';
import { lodesk, tempDir } from '../helpers/cli';
import { freshEmulator } from '../helpers/emulator';

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
    expect(stats.by_method['Range.getValues']).toBeGreaterThanOrEqual(10);
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
    const first = await emu.call('setUpWorkbook');
    expect(first.ok).toBe(true);
    const created = (first.value as { createdTabs: string[] }).createdTabs;
    expect(created.length).toBeGreaterThanOrEqual(13);
    emu.stats.reset();
    const second = await emu.call('setUpWorkbook');
    expect(second.value).toEqual({ createdTabs: [], addedColumns: [], addedSettings: [] });
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
    const r = await emu.call('setUpWorkbook');
    expect(r.ok).toBe(true);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(emu.options.workbookPath);
    const g = back.getWorksheet('Guests')!;
    expect((g.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['My notes', 'family_name', 'guest_id', 'given_name']);
    expect((g.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['VIP', 'Tanaka', 'G1', 'Hiro']);
    expect(g.getRow(1).cellCount).toBeGreaterThan(10);
    const added = (r.value as { addedColumns: { key: string }[] }).addedColumns.map((c) => c.key);
    expect(added).not.toContain('guest_id');
    expect(added).toContain('honorific');
  });
});
