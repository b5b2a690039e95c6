/**
 * Every entry point of the bundle, called as an organiser, an LO, a stranger
 * and an unknown identity, against the caller policy: who it is for gets
 * through; everyone else gets a refusal (or a view with nothing in it) and
 * nothing is written — neither the workbook, nor a message, nor a document.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_POLICY, type EntryPoint } from '../../src/core/access/policy';
import { Emulator, type RunnerOptions } from '../../src/local/emulator/runner';
import { DIST } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';
import { sampleGuestsOf } from '../browser/preview-harness';
import { callEntry, entryValue } from '../../src/local/emulator/entry-call';

const ORGANISER = 'organiser@example.go.th';
const LO = 'lo1@example.go.th';
const STRANGER = 'stranger@example.com';
const NOBODY = '';
const IDENTITIES = [ORGANISER, LO, STRANGER, NOBODY];
const LABEL: Record<string, string> = { [ORGANISER]: 'an organiser', [LO]: 'an LO', [STRANGER]: 'a stranger', [NOBODY]: 'an unknown identity' };

/** How each entry point is called: the execution it runs in and its arguments. */
const CALLS: Record<EntryPoint, { over: Partial<RunnerOptions>; args: unknown[] }> = {
  onOpen: { over: { execution: 'simple', authMode: 'NONE' }, args: [] },
  onInstall: { over: { execution: 'simple', authMode: 'NONE' }, args: [] },
  onEdit: { over: { execution: 'simple', authMode: 'LIMITED' }, args: [] },
  openSidebar: { over: {}, args: [] },
  openDashboard: { over: {}, args: [] },
  doGet: { over: { execution: 'webapp' }, args: [{ parameter: {} }] },
  getLoView: { over: {}, args: [] },
  getDashboardView: { over: {}, args: [] },
  getGuestCard: { over: {}, args: ['G01'] },
  getDashboardGuest: { over: {}, args: ['G01'] },
  getGuestListProgress: { over: {}, args: [] },
  tickChecklistItem: { over: {}, args: [{ guestId: 'G01', phase: 'prepare', itemId: 'briefing_attended', done: true }] },
  setUpWorkbook: { over: {}, args: [] },
  validateWorkbook: { over: {}, args: [] },
  generateAllDocuments: { over: {}, args: [] },
  generateDocuments: { over: {}, args: ['guest_itinerary', 1] },
  turnRemindersOn: { over: {}, args: [] },
  turnRemindersOff: { over: {}, args: [] },
  sendDueRemindersNow: { over: {}, args: [] },
  runReminders: { over: {}, args: [{}] },
  onEditChecked: { over: {}, args: [{}] },
};

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
}

function setting(dir: string, file: string, user: string) {
  return new Emulator({
    workbookPath: file, user, outboxDir: path.join(dir, 'outbox'), docsDir: path.join(dir, 'docs'), distDir: DIST,
  });
}

/** A refusal, in whichever shape the entry point gives it. */
function refused(r: { ok: boolean; error?: string; value?: unknown }): boolean {
  if (!r.ok) return /organisers|organiser_emails|ผู้จัด|cannot tell who you are|ไม่ทราบว่าคุณคือใคร/.test(r.error ?? '');
  const v = r.value;
  if (typeof v !== 'object' || v === null) return false;
  return ('ok' in v && v.ok === false) || ('denied' in v && Boolean(v.denied)) || ('reason' in v && Boolean(v.reason));
}

describe('every entry point, as four callers', () => {
  test('the policy names exactly the functions the bundle exposes', () => {
    const report = JSON.parse(readFileSync(path.join(DIST, '..', 'build', 'build-report.json'), 'utf8')) as { entryPoints: string[] };
    expect(Object.keys(ENTRY_POLICY).sort()).toEqual([...report.entryPoints].sort());
  });

  const organiserOnly = (Object.keys(ENTRY_POLICY) as EntryPoint[]).filter((n) => ENTRY_POLICY[n].audience === 'organiser' && ENTRY_POLICY[n].from === 'menu');

  /**
   * One copy of the sample event for the calls that must write nothing (each checks that its call left the
   * workbook's bytes, the outbox and the documents as they were): a call that wrongly wrote fails its own test.
   * Calls that may write get a copy of their own.
   */
  let untouched: { dir: string; file: string };
  beforeAll(() => {
    untouched = sampleCopy();
  });

  describe.each(organiserOnly)('%s (organisers only, from the menu)', (name) => {
    test.each([LO, STRANGER, NOBODY].map((who) => [LABEL[who], who]))('refuses %s, in the event\'s language, writing nothing', async (_label, who) => {
      const { dir, file } = untouched;
      const before = digest(file);
      // Empty unless an earlier call wrongly wrote there (its own test fails then): this call must add nothing.
      const outbox = filesIn(path.join(dir, 'outbox'));
      const docs = filesIn(path.join(dir, 'docs'));
      const r = await setting(dir, file, who).call(name, CALLS[name].args, { ...CALLS[name].over, user: who });
      expect(refused(r)).toBe(true);
      // The sample event's language is Thai.
      expect(r.error).toMatch(/[\u0E00-\u0E7F]/);
      expect(digest(file)).toBe(before);
      expect(filesIn(path.join(dir, 'outbox'))).toEqual(outbox);
      expect(filesIn(path.join(dir, 'docs'))).toEqual(docs);
    });

    test('lets an organiser through', async () => {
      const { dir, file } = sampleCopy();
      const r = await setting(dir, file, ORGANISER).call(name, CALLS[name].args, { ...CALLS[name].over, user: ORGANISER });
      expect(r.error ?? '').not.toMatch(/organiser_emails|ผู้จัดงาน/);
      expect(r.ok).toBe(true);
    });
  });

  test('page functions show an LO their own guests and a stranger or an unknown identity nothing', async () => {
    const { dir, file } = sampleCopy();
    const before = digest(file);
    const view = async (who: string) => entryValue(await callEntry(setting(dir, file, who), 'getLoView', [], { user: who }));
    const own = await view(LO);
    expect('guests' in own ? own.guests.length : undefined).toBeGreaterThan(0);
    for (const who of [STRANGER, NOBODY]) {
      const v = await view(who);
      expect('guests' in v ? v.guests : []).toEqual([]);
      expect(refused({ ok: true, value: v })).toBe(true);
    }
    for (const who of [LO, STRANGER, NOBODY]) {
      const dash = await setting(dir, file, who).call('getDashboardView', [], { user: who });
      expect(refused(dash)).toBe(true);
      expect(JSON.stringify(dash.value)).not.toContain('G01');
      const card = await setting(dir, file, who).call('getDashboardGuest', CALLS.getDashboardGuest.args, { user: who });
      expect(refused(card)).toBe(true);
      expect(JSON.stringify(card.value)).not.toContain('Sato');
    }
    for (const who of [STRANGER, NOBODY]) {
      const tick = await setting(dir, file, who).call('tickChecklistItem', CALLS.tickChecklistItem.args, { user: who });
      expect(tick.value).toMatchObject({ ok: false });
    }
    expect(digest(file)).toBe(before);
    const mine = await setting(dir, file, LO).call('tickChecklistItem', CALLS.tickChecklistItem.args, { user: LO });
    expect(mine.value).toMatchObject({ ok: true });
  });

  test('the reminders handler sends nothing for any caller but its own trigger', async () => {
    const { dir, file } = sampleCopy();
    for (const who of IDENTITIES) {
      const r = await setting(dir, file, who).call('runReminders', [{}], { user: who });
      expect(r.ok).toBe(true);
      expect(r.value).toMatchObject({ sent: 0 });
      const forged = await setting(dir, file, who).call('runReminders', [{ triggerUid: 'forged-123' }], { user: who, activeSpreadsheet: false });
      expect(forged.value).toMatchObject({ sent: 0 });
    }
    expect(filesIn(path.join(dir, 'outbox'))).toEqual([]);
  });

  test('the edit-check handler changes nothing for any caller but its own trigger', async () => {
    const { dir, file } = sampleCopy();
    const before = digest(file);
    for (const who of IDENTITIES) {
      // What google.script.run can carry: JSON, never a Range, with or without a made-up trigger id.
      for (const e of [{}, { triggerUid: 'forged-123', range: { getSheet: 'Guests' } }]) {
        const r = await setting(dir, file, who).call('onEditChecked', [e], { user: who });
        expect(r.error).toBeUndefined();
        expect(r.value ?? null).toBeNull();
      }
    }
    expect(digest(file)).toBe(before);
  });

  test.each(IDENTITIES.map((who) => [LABEL[who], who]))('the menu, the sidebar, the dashboard dialog and the phone page open for %s, with guest data only for who may see it', async (_label, who) => {
    const { dir, file } = untouched;
    const before = digest(file);
    // G01 is one of LO's guests (sample event): the organiser and LO may see it, nobody else.
    const maySee = who === ORGANISER || who === LO;
    for (const name of ['onOpen', 'onInstall', 'onEdit', 'openSidebar', 'openDashboard', 'doGet'] as const) {
      const r = await setting(dir, file, who).call(name, CALLS[name].args, { ...CALLS[name].over, user: who });
      expect(r.error).toBeUndefined();
      // The LO pages arrive with the caller's view in them, checked as getLoView checks it; the rest show no data.
      const withView = name === 'openSidebar' || name === 'doGet';
      const sent = JSON.stringify(r.value ?? null) + (name === 'openSidebar' ? JSON.stringify(r.ui.sidebars) : '');
      expect(sent.includes('G01')).toBe(withView && maySee);
    }
    expect(digest(file)).toBe(before);
  });

  test('one card from the guest list only for who may see the guest', async () => {
    const { dir, file } = untouched;
    const before = digest(file);
    for (const who of IDENTITIES) {
      const r = await callEntry(setting(dir, file, who), 'getGuestCard', ['G01'], { user: who });
      expect(r.ok && r.value.ok).toBe(who === ORGANISER || who === LO);
      if (who === STRANGER || who === NOBODY) expect(JSON.stringify(r.value)).not.toContain('"card"');
    }
    expect(digest(file)).toBe(before);
  });

  test('the progress of a guest list only for who may see the guests, and for an LO only their own', async () => {
    const { dir, file } = untouched;
    const before = digest(file);
    for (const who of IDENTITIES) {
      const r = await callEntry(setting(dir, file, who), 'getGuestListProgress', [], { user: who });
      if (!r.ok) throw new Error(r.error);
      const ids = r.value.ok ? [...r.value.ids].sort() : [];
      if (who === ORGANISER) expect(ids).toContain('G01');
      else if (who === LO) expect(ids).toEqual(sampleGuestsOf(LO));
      else {
        expect(r.value.ok).toBe(false);
        expect(JSON.stringify(r.value)).not.toContain('G0');
      }
    }
    expect(digest(file)).toBe(before);
  });

  test('an organiser gets every guest from the page functions, and may tick any guest', async () => {
    const { dir, file } = sampleCopy();
    const emu = setting(dir, file, ORGANISER);
    const view = await emu.call('getLoView', [], { user: ORGANISER });
    expect(JSON.stringify(view.value)).toContain('"G01"');
    const dash = await emu.call('getDashboardView', [], { user: ORGANISER });
    expect(refused(dash)).toBe(false);
    expect(JSON.stringify(dash.value)).toContain('G01');
    const card = await emu.call('getDashboardGuest', CALLS.getDashboardGuest.args, { user: ORGANISER });
    expect(card.value).toMatchObject({ ok: true, guest_id: 'G01' });
    const tick = await emu.call('tickChecklistItem', CALLS.tickChecklistItem.args, { user: ORGANISER });
    expect(tick.value).toMatchObject({ ok: true });
  });

  test('every entry point is called above as each of the four callers', () => {
    // Organiser-only menu actions: refused for three, run for the organiser (the describe.each above);
    // the page functions, the trigger handler and the pages: the tests above, for all four.
    const covered = new Set<string>([
      ...organiserOnly,
      'getLoView', 'getDashboardView', 'getGuestCard', 'getDashboardGuest', 'getGuestListProgress', 'tickChecklistItem', 'runReminders', 'onEditChecked',
      'onOpen', 'onInstall', 'onEdit', 'openSidebar', 'openDashboard', 'doGet',
    ]);
    expect([...covered].sort()).toEqual(Object.keys(ENTRY_POLICY).sort());
  });
});
