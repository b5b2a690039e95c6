/**
 * One add-on project, two events: two spreadsheets in one folder share the
 * emulated Google side beside them (.lodesk-google/), as every spreadsheet an
 * add-on is used on shares its project. What belongs to one event — its
 * trigger, its reminder state, its document properties and lock, its
 * organiser's user properties — never reaches the other; the script lock and
 * script properties are one for both; a user's daily quotas count across
 * both.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createDocumentApp } from '../../src/local/emulator/document/document-app';
import { createLockService } from '../../src/local/emulator/lock';
import { createPropertiesService } from '../../src/local/emulator/properties';
import { DOCUMENTS_EXCEEDED } from '../../src/local/emulator/quotas';
import { spendToday, usedToday } from '../../src/local/emulator/daily-quota';
import { Emulator, emptyUi, type RunnerOptions } from '../../src/local/emulator/runner';
import { readTriggers, type TriggerRecord } from '../../src/local/emulator/script-app';
import { createSpreadsheetApp } from '../../src/local/emulator/spreadsheet';
import { createServiceContext } from '../../src/local/emulator/state';
import type { EmulatorOptions } from '../../src/local/emulator/types';
import { Workbook } from '../../src/local/emulator/workbook';
import { DIST, tempDir } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';
import { outboxMessages, sentRows } from '../helpers/sent';
import { callEntry, entryValue, fireEntryTrigger } from '../../src/local/emulator/entry-call';
import type { EntryArgs, EntryName } from '../../src/addon/bridge';

// Both are organisers of the sample event (its Event tab lists both).
const ORGANISER_A = 'organiser@example.go.th';
const ORGANISER_B = 'protocol@example.go.th';
const PREPARE_RUN = new Date('2026-12-03T09:10:00+07:00');

interface Event {
  file: string;
  id: string;
  outbox: string;
}

/** Two copies of the sample event in one new folder, each with a spreadsheet id of its own. */
async function twoEvents(): Promise<{ folder: string; a: Event; b: Event }> {
  const folder = tempDir('lodesk-project-');
  const { file: master } = sampleCopy();
  const make = async (name: string, newId: boolean): Promise<Event> => {
    const file = path.join(folder, `${name}.xlsx`);
    copyFileSync(master, file);
    const wb = await Workbook.load(file);
    if (newId) {
      // A copy of a file keeps its id; a spreadsheet of its own gets a new one.
      wb.setMeta('id', null);
      void wb.id;
      await wb.save(file);
    }
    return { file, id: wb.id, outbox: path.join(folder, `outbox-${name}`) };
  };
  const a = await make('a', false);
  const b = await make('b', true);
  expect(a.id).not.toBe(b.id);
  return { folder, a, b };
}

function options(ev: Event, user: string, over: Partial<RunnerOptions> = {}): RunnerOptions {
  return { workbookPath: ev.file, user, outboxDir: ev.outbox, docsDir: path.join(path.dirname(ev.file), 'docs'), distDir: DIST, ...over };
}

const emulator = (ev: Event, user: string, over: Partial<RunnerOptions> = {}) => new Emulator(options(ev, user, over));

/** A service context as a menu execution on that spreadsheet would have it. */
const contextOn = (ev: Event, user: string, over: Partial<EmulatorOptions> = {}) =>
  createServiceContext({ ...options(ev, user), ...over }, { documentId: ev.id });

const userProperties = (ev: Event, user: string) => createPropertiesService(contextOn(ev, user)).getUserProperties().getProperties();

/** The reminders state the add-on keeps on the spreadsheet (developer metadata). */
async function remindersState(ev: Event): Promise<{ on?: boolean; owner?: string; triggerId?: string; lastRunAt?: string }> {
  const wb = await Workbook.load(ev.file);
  const ss = createSpreadsheetApp({ workbook: wb, ui: emptyUi(), activeSpreadsheet: true }).getActiveSpreadsheet()!;
  const entry = ss.getDeveloperMetadata().find((m) => m.getKey() === 'lodesk.reminders');
  return entry ? JSON.parse(entry.getValue()!) : {};
}

async function mustCall<K extends EntryName>(emu: Emulator, fn: K, args: EntryArgs<K>) {
  const r = await callEntry(emu, fn, args);
  expect(r.error).toBeUndefined();
  return entryValue(r);
}

describe('two spreadsheets on one add-on project', () => {
  // The sample is built once per file (lo-desk init), here rather than inside the first test's time.
  beforeAll(() => void sampleCopy());

  describe('two organisers, each with reminders on for their event', () => {
    let folder = '';
    let a: Event;
    let b: Event;
    let triggerA: TriggerRecord;
    let triggerB: TriggerRecord;

    beforeAll(async () => {
      ({ folder, a, b } = await twoEvents());
      await mustCall(emulator(a, ORGANISER_A), 'turnRemindersOn', []);
      await mustCall(emulator(b, ORGANISER_B), 'turnRemindersOn', []);
      [triggerA] = await emulator(a, ORGANISER_A).installedTriggers();
      [triggerB] = await emulator(b, ORGANISER_B).installedTriggers();
    });

    it('has one trigger per event, found from its own spreadsheet, named in its own organiser\'s user properties', async () => {
      expect(existsSync(path.join(folder, '.lodesk-google'))).toBe(true);
      // One triggers file for the project.
      const all = readTriggers(contextOn(a, ORGANISER_A));
      expect(all.map((t) => [t.user, t.documentId]).sort()).toEqual([[ORGANISER_A, a.id], [ORGANISER_B, b.id]].sort());
      expect(triggerA.documentId).toBe(a.id);
      expect(triggerB.documentId).toBe(b.id);
      expect((await remindersState(a)).triggerId).toBe(triggerA.id);
      expect((await remindersState(b)).triggerId).toBe(triggerB.id);
      expect(userProperties(a, ORGANISER_A)).toMatchObject({ [`lodesk.trigger.${triggerA.id}`]: a.id });
      expect(userProperties(b, ORGANISER_B)).toMatchObject({ [`lodesk.trigger.${triggerB.id}`]: b.id });
      expect(JSON.stringify(userProperties(a, ORGANISER_A))).not.toContain(b.id);
      expect(JSON.stringify(userProperties(b, ORGANISER_B))).not.toContain(a.id);
    });

    it('A\'s trigger sends A\'s messages only; its id in B\'s organiser\'s run sends nothing', async () => {
      const runA = await fireEntryTrigger(emulator(a, ORGANISER_A), 'runReminders', triggerA, PREPARE_RUN);
      expect(runA.error).toBeUndefined();
      const sentA = entryValue(runA).sent;
      expect(sentA).toBeGreaterThan(0);
      expect(await outboxMessages(a.outbox)).toHaveLength(sentA);
      expect((await sentRows(a.file)).filter((r) => r.status === 'sent')).toHaveLength(sentA);
      expect(await sentRows(b.file)).toEqual([]);
      expect((await remindersState(b)).lastRunAt).toBeUndefined();
      const foreign = await emulator(b, ORGANISER_B).fireTrigger({ ...triggerB, id: triggerA.id }, PREPARE_RUN);
      expect(foreign.value).toMatchObject({ sent: 0, note: 'this trigger belongs to no event: nothing sent' });
      expect(await sentRows(b.file)).toEqual([]);
      expect(await outboxMessages(b.outbox)).toEqual([]);
    });

    it('turning A\'s reminders off removes A\'s trigger only: B\'s still runs and sends B\'s messages', async () => {
      const inOutboxA = (await outboxMessages(a.outbox)).length;
      await mustCall(emulator(a, ORGANISER_A), 'turnRemindersOff', []);
      expect(await emulator(a, ORGANISER_A).installedTriggers()).toEqual([]);
      expect(await emulator(b, ORGANISER_B).installedTriggers()).toEqual([triggerB]);
      expect(await remindersState(b)).toMatchObject({ on: true, owner: ORGANISER_B });
      const runB = await fireEntryTrigger(emulator(b, ORGANISER_B), 'runReminders', triggerB, PREPARE_RUN);
      const sentB = entryValue(runB).sent;
      expect(sentB).toBeGreaterThan(0);
      expect((await sentRows(b.file)).filter((r) => r.status === 'sent')).toHaveLength(sentB);
      expect(await outboxMessages(b.outbox)).toHaveLength(sentB);
      expect(await outboxMessages(a.outbox)).toHaveLength(inOutboxA);
    });
  });

  it('one organiser of both events: each of their two triggers works on its own spreadsheet', async () => {
    const { a, b } = await twoEvents();
    await mustCall(emulator(a, ORGANISER_A), 'turnRemindersOn', []);
    // A second time-driven trigger for the same user is allowed: it is on another document.
    await mustCall(emulator(b, ORGANISER_A), 'turnRemindersOn', []);
    const [triggerA] = await emulator(a, ORGANISER_A).installedTriggers();
    const [triggerB] = await emulator(b, ORGANISER_A).installedTriggers();
    expect(triggerA.id).not.toBe(triggerB.id);
    expect(userProperties(a, ORGANISER_A)).toMatchObject({ [`lodesk.trigger.${triggerA.id}`]: a.id, [`lodesk.trigger.${triggerB.id}`]: b.id });
    // The spreadsheet the organiser used last is B; A's trigger still works on A, and only on A.
    expect(userProperties(a, ORGANISER_A)).toMatchObject({ 'lodesk.spreadsheet_id': b.id });
    const run = await fireEntryTrigger(emulator(a, ORGANISER_A), 'runReminders', triggerA, PREPARE_RUN);
    expect(entryValue(run).sent).toBeGreaterThan(0);
    expect((await sentRows(a.file)).filter((r) => r.status === 'sent')).toHaveLength(entryValue(run).sent);
    expect(await sentRows(b.file)).toEqual([]);
    expect(await outboxMessages(b.outbox)).toEqual([]);
    expect(await remindersState(b)).toMatchObject({ on: true, triggerId: triggerB.id });
  });

  it('has one script lock and one script-property store for both, and a document lock and properties for each', async () => {
    const { a, b } = await twoEvents();
    const onA = contextOn(a, ORGANISER_A);
    const onB = contextOn(b, ORGANISER_B);

    createPropertiesService(onA).getScriptProperties().setProperty('lodesk.shared', 'from A');
    expect(createPropertiesService(onB).getScriptProperties().getProperty('lodesk.shared')).toBe('from A');
    createPropertiesService(onA).getDocumentProperties()!.setProperty('lodesk.docs.folder', 'folder of A');
    expect(createPropertiesService(onB).getDocumentProperties()!.getProperty('lodesk.docs.folder')).toBeNull();
    expect(createPropertiesService(contextOn(a, ORGANISER_B)).getDocumentProperties()!.getProperty('lodesk.docs.folder')).toBe('folder of A');

    const locksA = createLockService(onA);
    const locksB = createLockService(onB);
    try {
      expect(locksA.getScriptLock().tryLock(0)).toBe(true);
      // Held by an execution on A: one on B waits for the same lock.
      expect(locksB.getScriptLock().tryLock(0)).toBe(false);
      // Each spreadsheet's document lock is its own.
      expect(locksA.getDocumentLock()!.tryLock(0)).toBe(true);
      expect(locksB.getDocumentLock()!.tryLock(0)).toBe(true);
      expect(createLockService(contextOn(a, ORGANISER_B)).getDocumentLock()!.tryLock(0)).toBe(false);
    } finally {
      locksA.releaseAll();
      locksB.releaseAll();
    }
    expect(createLockService(onB).getScriptLock().tryLock(0)).toBe(true);
    // A time-driven trigger or a web app has no containing document: no document lock or properties.
    for (const execution of ['trigger', 'webapp'] as const) {
      const ctx = createServiceContext({ ...options(a, ORGANISER_A), execution }, { documentId: a.id });
      expect(createLockService(ctx).getDocumentLock()).toBeNull();
      expect(createPropertiesService(ctx).getDocumentProperties()).toBeNull();
    }
  });

  it('counts the documents a user creates a day across both spreadsheets (consumer 250, Workspace more)', async () => {
    const { a, b } = await twoEvents();
    mkdirSync(path.join(path.dirname(a.file), 'docs'), { recursive: true });
    // 248 documents made today by the organiser, half from each event: one by DocumentApp.create on each,
    // the rest counted straight into the same day's quota (as 123 creates each would count them).
    for (const ev of [a, b]) {
      const ctx = contextOn(ev, ORGANISER_A);
      createDocumentApp(ctx).create('Earlier document');
      spendToday(ctx, 'documents_created', 123);
    }
    // One count for the user, whichever spreadsheet asks.
    for (const ev of [a, b]) expect(usedToday(contextOn(ev, ORGANISER_A), 'documents_created')).toBe(248);
    // On A, the bundle's generateDocuments makes two more (250); Google refuses the third, and the run says the rest wait for tomorrow.
    const limited = await emulator(a, ORGANISER_A, { account: 'consumer' }).call('generateDocuments', ['lo_brief', 3]);
    expect(limited.error).toBeUndefined();
    const outcome = limited.value as { written: number; waiting_for_tomorrow: number; total: number };
    expect(outcome.written).toBe(2);
    expect(outcome.waiting_for_tomorrow).toBe(outcome.total - 2);
    expect(usedToday(contextOn(a, ORGANISER_A), 'documents_created')).toBe(250);
    expect(DOCUMENTS_EXCEEDED).toBe('Service invoked too many times for one day: docs create.');
    // Another user's quota is their own.
    const other = await emulator(b, ORGANISER_B, { account: 'consumer' }).call('generateDocuments', [null, 1]);
    expect(other.error).toBeUndefined();
    expect(other.value).toMatchObject({ written: 1 });
    // A Workspace account may create more a day: the same user goes on, on B.
    const workspace = await emulator(b, ORGANISER_A, { account: 'workspace' }).call('generateDocuments', [null, 3]);
    expect(workspace.error).toBeUndefined();
    expect(workspace.value).toMatchObject({ written: 3 });
    // Each event keeps its documents folder in its own document properties.
    const folderOf = (ev: Event) => createPropertiesService(contextOn(ev, ORGANISER_A)).getDocumentProperties()!.getProperty('lodesk.docs.folder');
    expect(folderOf(a)).toBeTruthy();
    expect(folderOf(b)).toBeTruthy();
    expect(folderOf(a)).not.toBe(folderOf(b));
  });
});
