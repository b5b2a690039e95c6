/**
 * The dashboard's bench rows: opening it (getDashboardView) and opening one row
 * (getDashboardGuest) as an organiser, with the bytes the page receives (the
 * JSON google.script.run carries) beside the targets of issue 14.
 */
import path from 'node:path';
import { Emulator } from '../emulator/runner';
import { callEntry } from '../emulator/entry-call';
import { distDir } from '../cli/paths';
import { SAMPLE_ORGANISER } from '../sample/sample-event';
import type { BenchRow } from './bench';

const TARGET_S = 3;
const TARGET_BYTES = 150 * 1024;

export async function dashboardRows(file: string, n: number, dir: string): Promise<BenchRow[]> {
  const emu = new Emulator({ workbookPath: file, user: SAMPLE_ORGANISER, outboxDir: path.join(dir, 'outbox'), docsDir: path.join(dir, 'docs'), distDir: distDir() });
  const open = await callEntry(emu, 'getDashboardView', [null, 'en'], { user: SAMPLE_ORGANISER });
  if (!open.ok) throw new Error(`getDashboardView failed: ${open.error}`);
  const openCalls = emu.stats.total;
  const bytes = Buffer.byteLength(JSON.stringify(open.value), 'utf8');
  const first = open.value.ok ? open.value.guests.ids[0] : undefined;
  if (!first) throw new Error('getDashboardView returned no guest');
  emu.stats.reset();
  const card = await callEntry(emu, 'getDashboardGuest', [first, 'en'], { user: SAMPLE_ORGANISER });
  if (!card.ok) throw new Error(`getDashboardGuest failed: ${card.error}`);
  const cardBytes = Buffer.byteLength(JSON.stringify(card.value), 'utf8');
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const s = (ms: number | undefined) => (ms ?? NaN) / 1000;
  return [
    {
      operation: 'dashboard open: getDashboardView (bundle)', guests: n, apps_script_calls: openCalls, ms: open.execMs ?? NaN, google_s: s(open.googleMs),
      note: `${kb(bytes)} sent to the page (target ≤ ${kb(TARGET_BYTES)} and ≤ ${TARGET_S} s at 1,000 guests)`,
    },
    {
      operation: 'dashboard row opened: getDashboardGuest (bundle)', guests: n, apps_script_calls: emu.stats.total, ms: card.execMs ?? NaN, google_s: s(card.googleMs),
      note: `${kb(cardBytes)}: one guest's card`,
    },
  ];
}
