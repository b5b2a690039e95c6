/**
 * `npm run bench`: what each operation costs, for events of 100, 1,000 and
 * 5,000 guests. Apps Script calls are counted (they are what costs time on
 * Google's side and they are stable); milliseconds are measured here and
 * vary with the machine, so no test asserts on them.
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { parseWorkbook } from '../../core/schema/parse';
import { checkWorkbook } from '../../core/validate';
import { Emulator, emptyUi } from '../emulator/runner';
import { createSpreadsheetApp } from '../emulator/spreadsheet';
import { Workbook } from '../emulator/workbook';
import { distDir } from '../cli/paths';
import { fillWorkbook } from '../sample/fill';
import { syntheticEvent } from './synthetic';

export interface BenchRow {
  operation: string;
  guests: number;
  apps_script_calls: number;
  ms: number;
  note: string;
}

function best(times: number): <T>(f: () => T) => number {
  return (f) => {
    let min = Infinity;
    for (let i = 0; i < times; i++) {
      const t0 = performance.now();
      f();
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
}

export async function makeEventFile(n: number, dir: string): Promise<string> {
  const file = path.join(dir, `event-${n}.xlsx`);
  const emu = new Emulator({ workbookPath: file, user: 'bench@example.go.th', outboxDir: path.join(dir, 'outbox'), docsDir: path.join(dir, 'docs'), distDir: distDir(), createIfMissing: true });
  const r = await emu.call('setUpWorkbook');
  if (!r.ok) throw new Error(`set-up failed: ${r.error}`);
  await fillWorkbook(file, syntheticEvent(n));
  return file;
}

async function sheetsOf(file: string) {
  const wb = await Workbook.load(file);
  const ss = createSpreadsheetApp({ workbook: wb, ui: emptyUi(), activeSpreadsheet: true }).getActiveSpreadsheet()!;
  return { sheets: ss.getSheets().map((s) => ({ name: s.getName(), values: s.getDataRange().getValues() })), zone: ss.getSpreadsheetTimeZone() };
}

export async function runBench(sizes: number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lodesk-bench-'));
  try {
    for (const n of sizes) {
      process.stderr.write(`building an event of ${n} guests…\n`);
      const file = await makeEventFile(n, dir);
      const { sheets, zone } = await sheetsOf(file);
      const time = best(3);
      const parseMs = time(() => parseWorkbook(sheets, { spreadsheetZone: zone }));
      const checkMs = time(() => checkWorkbook(sheets, { spreadsheetZone: zone }));
      const findings = checkWorkbook(sheets, { spreadsheetZone: zone }).findings.length;
      const emu = new Emulator({ workbookPath: file, user: 'bench@example.go.th', outboxDir: path.join(dir, 'outbox'), docsDir: path.join(dir, 'docs'), distDir: distDir() });
      const r = await emu.call('validateWorkbook');
      if (!r.ok) throw new Error(`validate failed: ${r.error}`);
      rows.push({ operation: 'parse only (core, baseline)', guests: n, apps_script_calls: 0, ms: parseMs, note: 'zod rows, no cross-tab rules' });
      rows.push({ operation: 'parse + validate (core)', guests: n, apps_script_calls: 0, ms: checkMs, note: `${(checkMs / parseMs).toFixed(2)}x parse; ${findings} findings` });
      const own = (r.execMs ?? NaN) - emu.stats.serviceMs;
      rows.push({ operation: 'validateWorkbook (bundle)', guests: n, apps_script_calls: emu.stats.total, ms: own, note: `dist/Code.js's own time; the emulated services took ${emu.stats.serviceMs.toFixed(0)} ms more` });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows);
  return rows;
}

function printTable(rows: BenchRow[]): void {
  const head = '| operation | guests | Apps Script calls | ms | note |';
  const lines = rows.map((r) => `| ${r.operation} | ${r.guests} | ${r.apps_script_calls} | ${r.ms.toFixed(0)} | ${r.note} |`);
  process.stdout.write(`${head}\n|---|---:|---:|---:|---|\n${lines.join('\n')}\n`);
}
