/**
 * What decides that a reminder went (LO Desk's hidden record, not the Sent
 * tab people edit), one email per recipient per run, the quota spent on the
 * most urgent first, and "Send due reminders now" — on the built bundle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { emls, emulator, folderCopy, ORGANISER, PREPARE_RUN, runAt, sentRows } from '../helpers/reminder-runs';
import { sampleCopy } from '../helpers/sample';
import { callEntry, entryValue } from '../../src/local/emulator/entry-call';

const RECORD = 'LO Desk record (do not edit)';
// The day before the first landings: each LO's prepare (still useful until the first landing) and arrival briefs.
const BRIEF_RUN = '2026-12-05T16:20:00+07:00';

async function mails(dir: string) {
  return Promise.all(emls(dir).map(async (f) => simpleParser(readFileSync(path.join(dir, 'outbox', f)))));
}

describe('LO Desk\'s record of what was sent', () => {
  /** The sample event after a run at PREPARE_RUN (both tests start there: each on a copy of the folder). */
  let ran: { dir: string; first: { sent: number; emails: number } };
  beforeAll(async () => {
    const { dir, file } = sampleCopy();
    ran = { dir, first: (await runAt(file, dir, PREPARE_RUN)).value };
  });

  it('a Sent tab with rows deleted and junk typed in never causes a resend; the tab is put back, the junk kept', async () => {
    const { dir, file } = folderCopy(ran.dir);
    const first = { value: ran.first };
    const sent = first.value.sent;
    expect(sent).toBe((await sentRows(file)).length);
    expect(sent).toBeGreaterThan(3);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet(RECORD)?.state).toBe('hidden');
    const tab = wb.getWorksheet('Sent')!;
    // Every row deleted by hand (cleared, as a person selecting the rows and deleting them leaves them), junk typed in.
    for (let r = 2; r <= tab.rowCount; r++) tab.getRow(r).values = [];
    tab.getRow(2).values = ['my own note', 'not a kind'];
    await wb.xlsx.writeFile(file);

    const again = await runAt(file, dir, PREPARE_RUN);
    expect(again.value).toMatchObject({ sent: 0, sentTabEdits: { restored: sent, corrected: 0 } });
    expect(emls(dir)).toHaveLength(first.value.emails);
    const rows = await sentRows(file);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(sent);
    expect(rows.map((r) => r.key)).toContain('my own note');
  });

  it('a status changed by hand is set back, and does not make the message go again', async () => {
    const { dir, file } = folderCopy(ran.dir);
    const first = { value: ran.first };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const tab = wb.getWorksheet('Sent')!;
    tab.getRow(2).getCell(6).value = 'failed';
    await wb.xlsx.writeFile(file);
    const again = await runAt(file, dir, PREPARE_RUN);
    expect(again.value).toMatchObject({ sent: 0, sentTabEdits: { restored: 0, corrected: 1 } });
    expect(emls(dir)).toHaveLength(first.value.emails);
    expect((await sentRows(file)).every((r) => r.status === 'sent')).toBe(true);
  });
});

describe('one email per recipient per run', () => {
  it('items due for one LO in the same run are sections of one message, the most urgent first', async () => {
    const { dir, file } = sampleCopy();
    const run = (await runAt(file, dir, BRIEF_RUN)).value;
    const rows = (await sentRows(file)).filter((r) => r.status === 'sent');
    expect(run.sent).toBe(rows.length);
    const all = await mails(dir);
    expect(all).toHaveLength(run.emails);
    const recipients = all.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0].address);
    expect(new Set(recipients).size).toBe(all.length);
    expect(run.emails).toBeLessThan(run.sent);
    const combined = all.find((m) => /\+\d+ more|และอีก \d+ เรื่อง/.test(m.subject ?? ''));
    expect(combined).toBeDefined();
    // Each item is a section headed by its own subject; the envelope's subject starts with the first.
    const sections = [...(combined!.html || '').matchAll(/<h3[^>]*>([^<]*)<\/h3>/g)].map((x) => x[1]);
    expect(sections.length).toBeGreaterThan(1);
    expect(combined!.subject!.startsWith(sections[0].replace(/&amp;/g, '&'))).toBe(true);
  });

  it('with room for one recipient, the most urgent goes and the rest wait, recorded with the reason', async () => {
    const { dir, file } = sampleCopy();
    // The morning's digest and the prepare messages have gone; by the afternoon the arrival briefs are due.
    const morning = (await runAt(file, dir, '2026-12-05T08:10:00+07:00')).value;
    const before = emls(dir);
    // The quota is the day's: what the morning used, plus room for one more recipient.
    const run = (await runAt(file, dir, BRIEF_RUN, { mailQuota: morning.emails + 1 })).value;
    expect(run.emails).toBe(1);
    const file1 = emls(dir).filter((f) => !before.includes(f));
    expect(file1).toHaveLength(1);
    const mail = await simpleParser(readFileSync(path.join(dir, 'outbox', file1[0])));
    // Of the briefs due since the morning, LO07's guest lands first (Don Mueang, 11:10 on the 6th): LO07 must leave first.
    expect((Array.isArray(mail.to) ? mail.to[0] : mail.to)!.value[0].address).toBe('lo.thanakorn@example.go.th');
    const deferred = (await sentRows(file)).filter((r) => r.status === 'deferred');
    expect(deferred).toHaveLength(run.deferred);
    expect(run.deferred).toBeGreaterThan(0);
    for (const r of deferred) expect(r.reason).toMatch(/quota/);
  });
});

describe('Send due reminders now', () => {
  it('sends what the next hourly run would, once; the trigger after it sends nothing new', async () => {
    const { dir, file } = sampleCopy();
    const on = await callEntry(emulator(file, dir), 'turnRemindersOn', []);
    const uid = entryValue(on).triggerId;
    const menu = await callEntry(emulator(file, dir, { now: new Date(PREPARE_RUN), execution: 'menu' }), 'sendDueRemindersNow', []);
    expect(menu.error).toBeUndefined();
    const now = entryValue(menu);
    expect(now.sent).toBeGreaterThan(0);
    expect(emls(dir)).toHaveLength(now.emails);
    const trig = await callEntry(emulator(file, dir, { now: new Date(PREPARE_RUN), activeSpreadsheet: false }), 'runReminders', [{ triggerUid: uid }]);
    expect(entryValue(trig).sent).toBe(0);
    expect(emls(dir)).toHaveLength(now.emails);
  });

  it('sends nothing while reminders are off, and says so', async () => {
    const { dir, file } = sampleCopy();
    const r = await callEntry(emulator(file, dir, { now: new Date(PREPARE_RUN), execution: 'menu', user: ORGANISER }), 'sendDueRemindersNow', []);
    expect(r.error).toBeUndefined();
    expect(entryValue(r)).toMatchObject({ sent: 0, note: 'reminders are off: nothing sent' });
    expect(emls(dir)).toHaveLength(0);
  });
});
