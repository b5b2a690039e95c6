/**
 * The server functions behind the pages, called as google.script.run would call
 * them (the bundle in the emulator, arguments as JSON), without a browser:
 * argument checks, refusals that write nothing, and the Checklist row kept by ids.
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { Emulator } from '../../src/local/emulator/runner';
import { DIST } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';
import { checklistRows, LO1, ORGANISER, sampleGuestsOf } from './preview-harness';

let emu: Emulator;
let workbook: string;

beforeAll(() => {
  const code = path.join(DIST, 'Code.js');
  if (!existsSync(code) || !/^function tickChecklistItem\(/m.test(readFileSync(code, 'utf8'))) {
    throw new Error('dist/Code.js does not define tickChecklistItem: build, with src/addon/main.ts exporting it from ./lo-api.');
  }
  // A copy of the sample `lo-desk init` made for this build (shared by the test files of a run).
  const copy = sampleCopy();
  const dir = copy.dir;
  workbook = copy.file;
  emu = new Emulator({
    workbookPath: workbook,
    user: LO1,
    outboxDir: path.join(dir, 'outbox'),
    docsDir: path.join(dir, 'docs'),
    distDir: DIST,
    now: new Date('2026-12-06T09:00:00Z'),
  });
}, 120_000);

async function run(fn: string, args: unknown[], user = LO1) {
  return emu.call(fn, args, { user });
}

const G = sampleGuestsOf(LO1)[0];

describe('arguments from the browser', () => {
  it('refuses a language other than th or en', async () => {
    const r = await run('getLoView', ['fr']);
    expect(r.ok).toBe(false);
    expect(r.error).toContain('"th" or "en"');
  });

  it('refuses malformed dashboard filters with a message naming the field', async () => {
    const r = await run('getDashboardView', [{ phase: 'party' }], ORGANISER);
    expect(r.ok).toBe(false);
    expect(r.error).toContain('filters.phase');
  });

  it('refuses malformed ticks and writes nothing', async () => {
    const before = await checklistRows(workbook);
    const bad: unknown[] = [
      'G01',
      null,
      [G],
      { guestId: G, phase: 'prepare', itemId: 'briefing_attended', done: 'yes' },
      { guestId: G, phase: 'prepare', itemId: 'no_such_item', done: true },
      { guestId: G, phase: 'stay', itemId: 'briefing_attended', done: true },
      { guestId: G, phase: 'prepare', itemId: 'briefing_attended', done: true, note: 'x'.repeat(5000) },
      { guestId: G, phase: 'prepare', itemId: 'briefing_attended', done: true, lang: 'de' },
    ];
    for (const req of bad) {
      const r = await run('tickChecklistItem', [req]);
      expect(r.ok).toBe(true);
      expect(r.value).toMatchObject({ ok: false, message: expect.any(String) });
    }
    expect(await checklistRows(workbook)).toEqual(before);
  });
});

describe('who may tick', () => {
  it('refuses a stranger, an empty identity and an LO for a guest not theirs', async () => {
    const before = await checklistRows(workbook);
    const req = { guestId: G, phase: 'prepare', itemId: 'briefing_attended', done: true, lang: 'en' };
    const stranger = await run('tickChecklistItem', [req], 'stranger@example.com');
    expect(stranger.value).toMatchObject({ ok: false });
    const nobody = await run('tickChecklistItem', [req], '');
    expect(nobody.value).toMatchObject({ ok: false, message: expect.stringContaining('could not tell who you are') });
    const notMine = await run('tickChecklistItem', [{ ...req, guestId: 'G05' }]);
    expect(sampleGuestsOf(LO1)).not.toContain('G05');
    expect(notMine.value).toEqual({ ok: false, message: 'You do not look after guest G05, so nothing was saved.' });
    expect(await checklistRows(workbook)).toEqual(before);
  });

  it('lets an organiser tick any guest', async () => {
    const r = await run('tickChecklistItem', [{ guestId: 'G05', phase: 'prepare', itemId: 'briefing_attended', done: true }], ORGANISER);
    expect(r.value).toMatchObject({ ok: true, item: { item_id: 'briefing_attended', done: true } });
    expect((await checklistRows(workbook)).filter((x) => x.guest_id === 'G05')).toHaveLength(1);
  });
});

describe('the Checklist row', () => {
  it('is appended once, then updated in place by its ids; a tick without a note keeps the note', async () => {
    const req = { guestId: G, phase: 'prepare', itemId: 'phone_radio_checked', done: true, note: 'Radio channel 4' };
    expect((await run('tickChecklistItem', [req])).value).toMatchObject({ ok: true });
    expect((await run('tickChecklistItem', [{ ...req, done: false, note: undefined }])).value).toMatchObject({ ok: true });
    const rows = (await checklistRows(workbook)).filter((r) => r.guest_id === G && r.item_id === 'phone_radio_checked');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ phase: 'prepare', done: false, done_by: LO1, note: 'Radio channel 4' });
  });

  it('reads every tab it needs in one Sheets API request for the whole sidebar, and writes nothing', async () => {
    emu.stats.reset();
    const r = await run('getLoView', ['en']);
    expect(r.value).toMatchObject({ ok: true });
    expect(emu.stats.byMethod['Values.batchGet']).toBe(1);
    expect(emu.stats.byMethod['Range.getValues'] ?? 0).toBe(0);
    expect(emu.stats.byMethod['Range.setValues'] ?? 0).toBe(0);
  });
});
