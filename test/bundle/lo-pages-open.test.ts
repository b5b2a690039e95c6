/**
 * The LO pages in one execution: the sidebar and the phone page arrive with
 * the caller's view embedded, a caller with many guests gets a compact list
 * and fetches one card, and a tick is one short call without a lock. Counted
 * in executions, Apps Script calls and bytes, never in wall time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SHEETS_API_PER_MINUTE } from '../../src/local/emulator/quotas';
import { createServiceContext } from '../../src/local/emulator/state';
import type { Emulator } from '../../src/local/emulator/runner';
import { callEntry } from '../../src/local/emulator/entry-call';
import { makeEventFile } from '../../src/local/bench/bench';
import { EMBEDDED_VIEW_ID } from '../../src/core/views/embed';
import type { LoView, LoViewResult } from '../../src/core/views/types';
import { cellOf, sampleGuestsOf } from '../browser/preview-harness';
import { sampleCopy } from '../helpers/sample';
import { tempDir } from '../helpers/cli';
import { emulator, ORGANISER } from '../helpers/reminder-runs';

const LO1 = 'lo1@example.go.th';
const HOSTILE = '</script><img src=x onerror=alert(1)>';
const NOW = new Date('2026-12-06T09:00:00Z');

/** The view embedded in a served page, read back as the page reads it. */
function embedded(html: string): LoViewResult {
  const m = new RegExp(`<script type="application/json" id="${EMBEDDED_VIEW_ID}">([^]*?)</script>`).exec(html);
  if (!m) throw new Error('the page has no embedded view');
  return JSON.parse(m[1]) as LoViewResult;
}

function ok(v: LoViewResult): LoView {
  if (!v.ok) throw new Error(`refused: ${v.message}`);
  return v;
}

async function openSidebar(emu: Emulator, user: string): Promise<string> {
  const r = await emu.call('openSidebar', [], { user }, 'host');
  expect(r.error).toBeUndefined();
  return r.ui.sidebars.at(-1)!.html;
}

function lockAndWriteCalls(emu: Emulator): { locks: number; writes: string[] } {
  const by = emu.stats.byMethod;
  const locks = Object.entries(by).filter(([k]) => k.startsWith('Lock')).reduce((n, [, c]) => n + c, 0);
  const writes = Object.keys(by).filter((k) => /\.(appendRow|setValues?|flush|insertSheet)$/.test(k));
  return { locks, writes };
}

describe('the sample event', () => {
  let file: string;
  let dir: string;

  beforeAll(async () => {
    ({ dir, file } = sampleCopy());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    cellOf(wb.getWorksheet('Guests')!, 'Guests', 'guest_id', sampleGuestsOf(LO1)[0], 'given_name').value = HOSTILE;
    await wb.xlsx.writeFile(file);
  });

  it('opens the sidebar in one execution, with the LO\'s own guests in it as full cards', async () => {
    const emu = emulator(file, dir, { now: NOW });
    const html = await openSidebar(emu, LO1);
    expect(emu.stats.executions).toBe(1);
    const view = ok(embedded(html));
    expect(view.guests.map((g) => g.guest_id).sort()).toEqual(sampleGuestsOf(LO1));
    expect(view.list).toBeUndefined();
  });

  it('serves the phone page in one execution with the same view', async () => {
    const emu = emulator(file, dir, { now: NOW });
    const r = await emu.call('doGet', [{ parameter: {} }], { user: LO1, execution: 'webapp' }, 'host');
    expect(r.error).toBeUndefined();
    expect(emu.stats.executions).toBe(1);
    const html = (r.value as { getContent(): string }).getContent();
    expect(ok(embedded(html)).guests.map((g) => g.guest_id).sort()).toEqual(sampleGuestsOf(LO1));
  });

  it('keeps a guest name that closes the script element as text inside the embedded JSON', async () => {
    const html = await openSidebar(emulator(file, dir, { now: NOW }), LO1);
    // The only </script> after the view's start tag is its own end tag.
    const start = html.indexOf(`id="${EMBEDDED_VIEW_ID}"`);
    const json = html.slice(html.indexOf('>', start) + 1, html.indexOf('</script>', start));
    expect(json).not.toMatch(/[<>]/);
    expect(html).not.toContain('<img src=x');
    const names = ok(embedded(html)).guests.map((g) => g.name);
    expect(names.some((n) => n.includes(HOSTILE))).toBe(true);
  });

  it('gives an organiser a list of every guest and one card on demand, and an LO no card of another LO\'s guest', async () => {
    const emu = emulator(file, dir, { now: NOW });
    const view = ok(embedded(await openSidebar(emu, ORGANISER)));
    expect(view.guests).toEqual([]);
    const list = view.list!;
    expect(list.ids.length).toBe(24);
    for (const col of [list.names, list.lo]) expect(col.length).toBe(24);
    // The list to pick from comes first; its progress (which needs every row parsed) comes with one more call.
    expect(list.later).toBe(true);
    for (const col of [list.phase, list.done, list.total, list.overdue]) expect(col).toEqual([]);
    const progress = await callEntry(emu, 'getGuestListProgress', [], { user: ORGANISER });
    if (!progress.ok || !progress.value.ok) throw new Error('no progress');
    expect([...progress.value.ids].sort()).toEqual([...list.ids].sort());
    for (const col of [progress.value.phase, progress.value.done, progress.value.total, progress.value.overdue]) expect(col.length).toBe(24);
    expect(progress.value.phase.every((p) => p >= 0)).toBe(true);
    expect(progress.value.total.some((n) => n > 0)).toBe(true);
    const other = list.ids.find((id) => !sampleGuestsOf(LO1).includes(id))!;
    const card = await callEntry(emu, 'getGuestCard', [other], { user: ORGANISER });
    expect(card.ok && card.value.ok && card.value.card.guest_id).toBe(other);
    const refused = await callEntry(emu, 'getGuestCard', [other], { user: LO1 });
    expect(refused.ok && refused.value.ok).toBe(false);
    expect(JSON.stringify(refused.value)).not.toContain('"card"');
  });

  it('reads every tab in one Sheets API request, and tab by tab with the same view when the API refuses (the minute\'s reads used up)', async () => {
    const viaApi = emulator(file, dir, { now: NOW });
    const html = await openSidebar(viaApi, LO1);
    expect(viaApi.stats.byMethod['Values.batchGet']).toBe(1);
    expect(viaApi.stats.byMethod['Range.getValues'] ?? 0).toBe(0);
    // The LO's minute already holds the 60 reads the Sheets API allows a user.
    const quota = createServiceContext({ workbookPath: file, user: LO1, outboxDir: dir, docsDir: dir }).google.user(LO1).quota;
    mkdirSync(path.dirname(quota), { recursive: true });
    writeFileSync(quota, JSON.stringify({ sheets_api_reads: { windowStart: new Date(Math.floor(NOW.getTime() / 60_000) * 60_000).toISOString(), used: SHEETS_API_PER_MINUTE } }));
    const tabByTab = emulator(file, dir, { now: NOW });
    const fallback = await openSidebar(tabByTab, LO1);
    rmSync(quota);
    expect(tabByTab.stats.byMethod['Range.getValues']).toBeGreaterThanOrEqual(10);
    // The same view, but for the moment it was made (Google time: the fallback takes longer), which a tick pass's expiry and signature depend on.
    const at = (v: LoView) => ({ ...v, nowIso: '', guests: v.guests.map((g) => ({ ...g, tickPass: g.tickPass?.replace(/^[^.]*\.(.*)"x":\d+/, '$1') })) });
    expect(at(ok(embedded(fallback)))).toEqual(at(ok(embedded(html))));
  });

  it('records a tick in one execution with no lock and one write (an appended row)', async () => {
    const emu = emulator(file, dir, { now: NOW });
    const guestId = sampleGuestsOf(LO1)[1];
    const r = await callEntry(emu, 'tickChecklistItem', [{ guestId, phase: 'prepare', itemId: 'briefing_attended', done: true }], { user: LO1 });
    expect(r.ok && r.value.ok).toBe(true);
    expect(emu.stats.executions).toBe(1);
    const { locks, writes } = lockAndWriteCalls(emu);
    // No lock is held at all: Sheet.appendRow lands whole (concurrency.test.ts).
    expect(locks).toBe(0);
    expect(writes).toEqual(['Sheet.appendRow']);
    expect(emu.stats.byMethod['Sheet.appendRow']).toBe(1);
  });
});

describe("an organiser's sidebar, opened again", () => {
  it('reads only the tabs the list needs, with the same list, and everything again once they are no organiser', async () => {
    const { dir, file } = sampleCopy();
    const emu = emulator(file, dir, { now: NOW });
    const first = ok(embedded(await openSidebar(emu, ORGANISER)));
    const cellsFirst = emu.stats.cells;
    emu.stats.reset();
    const again = ok(embedded(await openSidebar(emu, ORGANISER)));
    expect(emu.stats.byMethod['Values.batchGet']).toBe(1);
    expect(emu.stats.cells).toBeLessThan(cellsFirst * 0.7);
    expect({ ...again, nowIso: '', asOf: '' }).toEqual({ ...first, nowIso: '', asOf: '' });
    // No longer an organiser: the list read shows it, and the whole workbook is read in the same execution.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ev = wb.getWorksheet('Event')!;
    ev.eachRow((row) => {
      if (String(row.getCell(2).value ?? '').includes(ORGANISER)) row.getCell(2).value = 'someone.else@example.go.th';
    });
    await wb.xlsx.writeFile(file);
    emu.stats.reset();
    const html = await openSidebar(emu, ORGANISER);
    expect(embedded(html).ok).toBe(false);
    expect(emu.stats.byMethod['Values.batchGet']).toBe(2);
    emu.stats.reset();
    await openSidebar(emu, ORGANISER);
    expect(emu.stats.byMethod['Values.batchGet']).toBe(1);
  });
});

describe('an event of 1,000 guests', () => {
  let emu: Emulator;

  beforeAll(async () => {
    const dir = tempDir('lodesk-1000-');
    const file = await makeEventFile(1000, dir);
    emu = emulator(file, dir, { now: NOW });
  });

  it('sends an organiser\'s sidebar, list included, in ≤ 200 KB and one card in ≤ 200 KB', async () => {
    const html = await openSidebar(emu, ORGANISER);
    const bytes = Buffer.byteLength(html, 'utf8');
    expect(bytes).toBeLessThanOrEqual(200 * 1024);
    const view = ok(embedded(html));
    expect(view.list!.ids.length).toBe(1000);
    const card = await callEntry(emu, 'getGuestCard', [view.list!.ids[500]], { user: ORGANISER });
    expect(card.ok && card.value.ok).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(card.value), 'utf8')).toBeLessThanOrEqual(200 * 1024);
  });
});
