/**
 * Quick ticks on the built bundle: a card's tick pass lets a tick be saved in
 * one Sheets API write with no read (predicted ≤ 1 s on Google), from the
 * sidebar and from the phone page; the card fetched afterwards shows it.
 * Whatever the pass cannot vouch for goes the full way, which reads and
 * checks everything: an altered pass, another caller's, an expired one, an
 * item it does not list. A column inserted in the Checklist tab after the
 * page was loaded is seen in the same write's answer: the misplaced row is
 * cleared and the tick saved where it belongs, the user's column untouched.
 */
import ExcelJS from 'exceljs';
import { callEntry } from '../../src/local/emulator/entry-call';
import type { Emulator } from '../../src/local/emulator/runner';
import { EMBEDDED_VIEW_ID } from '../../src/core/views/embed';
import type { GuestCardView, LoViewResult, TickResult } from '../../src/core/views/types';
import { sampleGuestsOf } from '../browser/preview-harness';
import { sampleCopy } from '../helpers/sample';
import { emulator } from '../helpers/reminder-runs';

const LO1 = 'lo1@example.go.th';
const NOW = new Date('2026-12-06T09:00:00Z');
const ITEM = { phase: 'prepare', itemId: 'briefing_attended' };

function embeddedCards(html: string): GuestCardView[] {
  const m = new RegExp(`<script type="application/json" id="${EMBEDDED_VIEW_ID}">([^]*?)</script>`).exec(html);
  const v = JSON.parse(m![1]) as LoViewResult;
  if (!v.ok) throw new Error(v.message);
  return v.guests;
}

async function sidebarCards(emu: Emulator, user: string): Promise<GuestCardView[]> {
  const r = await emu.call('openSidebar', [], { user }, 'host');
  expect(r.error).toBeUndefined();
  return embeddedCards(r.ui.sidebars.at(-1)!.html);
}

async function tick(emu: Emulator, user: string, req: Record<string, unknown>, execution?: 'webapp'): Promise<TickResult> {
  emu.stats.reset();
  const r = await callEntry(emu, 'tickChecklistItem', [req as never], { user, ...(execution ? { execution } : {}) });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

async function itemOf(emu: Emulator, user: string, guestId: string) {
  const r = await callEntry(emu, 'getGuestCard', [guestId, 'en'], { user });
  if (!r.ok || !r.value.ok) throw new Error('no card');
  return r.value.card.checklist.flatMap((p) => p.items).find((i) => i.item_id === ITEM.itemId)!;
}

/** The Checklist tab's rows (header first), as the file holds them. */
async function checklistRows(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Checklist')!;
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : v)));
  });
  return rows;
}

const fullPath = (emu: Emulator) => (emu.stats.byMethod['Values.batchGet'] ?? 0) + (emu.stats.byMethod['Range.getValues'] ?? 0);

describe('a tick with the card\'s pass', () => {
  let file: string;
  let guestId: string;
  let cards: GuestCardView[];

  beforeAll(async () => {
    ({ file } = sampleCopy());
    guestId = sampleGuestsOf(LO1)[0];
    cards = await sidebarCards(emulator(file, '/tmp', { now: NOW }), LO1);
  });

  const passOf = (id: string) => cards.find((c) => c.guest_id === id)!.tickPass!;

  it('is one write with no read, no lock and no flush, predicted within 1 s, and the card fetched next shows it', async () => {
    expect(cards.every((c) => typeof c.tickPass === 'string')).toBe(true);
    const emu = emulator(file, '/tmp', { now: NOW });
    const before = (await checklistRows(file)).length;
    const res = await tick(emu, LO1, { guestId, ...ITEM, done: true, note: 'met the team', pass: passOf(guestId) });
    expect(res).toEqual({ ok: true, quick: true, status: expect.stringContaining(LO1) });
    expect(emu.stats.executions).toBe(1);
    expect(emu.stats.byMethod['Spreadsheets.batchUpdate']).toBe(1);
    expect(fullPath(emu)).toBe(0);
    const other = Object.keys(emu.stats.byMethod).filter((k) => /^(Lock|Sheet|Range)\.|flush|appendRow/.test(k));
    expect(other).toEqual([]);
    // The modelled part of Google's time (start-up and calls), the same on every machine.
    expect(emu.stats.chargedMs).toBeLessThanOrEqual(1000);
    const rows = await checklistRows(file);
    expect(rows.length).toBe(before + 1);
    const last = rows.at(-1)!;
    expect([...last.slice(0, 5), last[6]]).toEqual([guestId, 'prepare', 'briefing_attended', true, LO1, 'met the team']);
    // done_at is a date cell showing Bangkok's wall-clock time (the file keeps it as UTC fields), a moment after NOW.
    const wall = Date.parse(String(last[5])) - 7 * 3600_000;
    expect(wall).toBeGreaterThanOrEqual(NOW.getTime());
    expect(wall).toBeLessThan(NOW.getTime() + 5_000);
    const item = await itemOf(emu, LO1, guestId);
    expect(item.done).toBe(true);
    expect(item.status).toContain(LO1);
    expect(item.note).toBe('met the team');
  });

  it('unticks the same way, the latest tick winning', async () => {
    const emu = emulator(file, '/tmp', { now: new Date(NOW.getTime() + 60_000) });
    const res = await tick(emu, LO1, { guestId, ...ITEM, done: false, note: '', pass: passOf(guestId) });
    expect(res.quick).toBe(true);
    const item = await itemOf(emu, LO1, guestId);
    expect(item.done).toBe(false);
    expect(item.note).toBeUndefined();
  });

  it('goes the full way, and is refused as before, with a pass altered, another caller\'s, expired, or not listing the item', async () => {
    const emu = emulator(file, '/tmp', { now: new Date(NOW.getTime() + 120_000) });
    const pass = passOf(guestId);
    const altered = pass.replace(`"g":"${guestId}"`, `"g":"${sampleGuestsOf(LO1)[1]}"`);
    let res = await tick(emu, LO1, { guestId: sampleGuestsOf(LO1)[1], ...ITEM, done: true, note: '', pass: altered });
    expect(res.ok && !res.quick && fullPath(emu) > 0).toBe(true);
    // Another LO with LO1's pass: the full path's answer, a refusal, and nothing written.
    const before = await checklistRows(file);
    res = await tick(emu, 'lo2@example.go.th', { guestId, ...ITEM, done: true, note: '', pass });
    expect(res.ok).toBe(false);
    expect(fullPath(emu)).toBeGreaterThan(0);
    expect(await checklistRows(file)).toEqual(before);
    // An item the pass does not list.
    res = await tick(emu, LO1, { guestId, phase: 'prepare', itemId: 'no_such_item', done: true, note: '', pass });
    expect(res.ok).toBe(false);
    expect(fullPath(emu)).toBeGreaterThan(0);
    // No note sent: "keep the recorded note" needs the record.
    res = await tick(emu, LO1, { guestId, ...ITEM, done: true, pass });
    expect(res.ok && !res.quick).toBe(true);
    // Fifteen minutes on, the pass has expired; the full path's answer brings a fresh one.
    const later = emulator(file, '/tmp', { now: new Date(NOW.getTime() + 16 * 60_000) });
    res = await tick(later, LO1, { guestId, ...ITEM, done: true, note: '', pass });
    expect(res.ok && !res.quick && fullPath(later) > 0).toBe(true);
    expect(typeof res.tickPass).toBe('string');
    expect((await tick(later, LO1, { guestId, ...ITEM, done: false, note: '', pass: res.tickPass })).quick).toBe(true);
  });

  it('works from the phone page (a web app, no open spreadsheet)', async () => {
    const emu = emulator(file, '/tmp', { now: NOW });
    const r = await emu.call('doGet', [{ parameter: {} }], { user: LO1, execution: 'webapp' }, 'host');
    const phone = embeddedCards((r.value as { getContent(): string }).getContent());
    const res = await tick(emu, LO1, { guestId, ...ITEM, done: true, note: '', pass: phone.find((c) => c.guest_id === guestId)!.tickPass }, 'webapp');
    expect(res.quick).toBe(true);
    expect(fullPath(emu)).toBe(0);
  });
});

describe('a quick tick after a column was inserted in the Checklist tab', () => {
  it('clears the misplaced row and saves the tick where it belongs, the user\'s column untouched', async () => {
    const { file } = sampleCopy();
    const guestId = sampleGuestsOf(LO1)[0];
    const cards = await sidebarCards(emulator(file, '/tmp', { now: NOW }), LO1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Checklist')!;
    const height = ws.rowCount;
    ws.spliceColumns(1, 0, ['mine', ...Array.from({ length: height - 1 }, (_, i) => `kept ${i}`)]);
    await wb.xlsx.writeFile(file);

    const emu = emulator(file, '/tmp', { now: NOW });
    const res = await tick(emu, LO1, { guestId, ...ITEM, done: true, note: 'moved', pass: cards.find((c) => c.guest_id === guestId)!.tickPass });
    expect(res.ok && !res.quick).toBe(true);
    expect(emu.stats.byMethod['Spreadsheets.batchUpdate']).toBe(1);
    const rows = await checklistRows(file);
    expect(rows[0][0]).toBe('mine');
    expect(rows.slice(1, height).map((r) => r[0])).toEqual(Array.from({ length: height - 1 }, (_, i) => `kept ${i}`));
    // One row holds the tick, in the columns its headers name; no row holds it shifted by one.
    const ours = rows.filter((r) => r.includes('moved'));
    expect(ours).toHaveLength(1);
    expect(ours[0].slice(1, 6)).toEqual([guestId, 'prepare', 'briefing_attended', true, LO1]);
    expect(ours[0][0] ?? null).toBeNull();
  });
});
