/**
 * Reminder runs of the built bundle in the emulator, as Google would make them:
 * the trigger's owner turns reminders on, then the trigger fires at an instant
 * with no open spreadsheet. Shared by the reminder bundle tests.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { matchHeaders } from '../../src/core/schema/headers';
import { tabSpec } from '../../src/core/schema/tabs';
import { Emulator, type RunnerOptions } from '../../src/local/emulator/runner';
import { callEntry, entryValue } from '../../src/local/emulator/entry-call';
import { DIST, tempDir } from './cli';

export const ORGANISER = 'organiser@example.go.th';

/** 1-based column of a key, found by the add-on's own header matching (headers may be Thai). */
export function column(ws: ExcelJS.Worksheet, tab: string, key: string): number {
  const header = (ws.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  const at = matchHeaders(tabSpec(tab as never), header).columns[key];
  if (at === undefined) throw new Error(`${tab} has no ${key} column`);
  return at + 1;
}

export function emulator(file: string, dir: string, over: Partial<RunnerOptions> = {}) {
  return new Emulator({ workbookPath: file, user: ORGANISER, outboxDir: path.join(dir, 'outbox'), docsDir: path.join(dir, 'docs'), distDir: DIST, ...over });
}

/**
 * A copy of a test's folder (the workbook, the emulated Google state and the outbox beside it): for tests that
 * start where one run left off, made once per file instead of once per test.
 */
export function folderCopy(dir: string): { dir: string; file: string } {
  const copy = tempDir('lodesk-case-');
  cpSync(dir, copy, { recursive: true });
  return { dir: copy, file: path.join(copy, 'event.xlsx') };
}

/** Turns reminders on, then runs the trigger as its owner at `now`, with no open spreadsheet. */
export async function runAt(file: string, dir: string, now: string, over: Partial<RunnerOptions> = {}) {
  const on = await callEntry(emulator(file, dir), 'turnRemindersOn', []);
  expect(on.error).toBeUndefined();
  const uid = entryValue(on).triggerId;
  const emu = emulator(file, dir, { now: new Date(now), activeSpreadsheet: false, ...over });
  // The trigger's event object carries more than runReminders reads (its authMode).
  const event = { triggerUid: uid, authMode: 'FULL' };
  const r = await callEntry(emu, 'runReminders', [event]);
  // Read only when used: a run that is meant to fail (killed) is looked at through `r`.
  return {
    r, emu,
    get value() {
      return entryValue(r);
    },
  };
}

export async function sentRows(file: string): Promise<{ key: string; status: string; kind: string; reason: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Sent')!;
  const rows: { key: string; status: string; kind: string; reason: string }[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push({ key: String(row.getCell(1).value), kind: String(row.getCell(2).value), status: String(row.getCell(6).value), reason: String(row.getCell(8).value ?? '') });
  });
  return rows;
}

export const emls = (dir: string) => {
  try {
    return readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
};

// Three days before the first arrivals: the LOs' "prepare" messages fall due at 09:00.
export const PREPARE_RUN = '2026-12-03T09:10:00+07:00';

