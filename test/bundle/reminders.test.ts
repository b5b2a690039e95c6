import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { startSmtpWorker } from '../helpers/smtp-worker';
import { column, emls, emulator, PREPARE_RUN, runAt, sentRows } from '../helpers/reminder-runs';
import { sampleCopy } from '../helpers/sample';
import { callEntry, entryValue } from '../../src/local/emulator/entry-call';

describe('the reminder trigger', () => {
  /** What a run at PREPARE_RUN sends on the sample event as it ships: the reference for the tests that compare with it. */
  let prepared: { sent: number };
  beforeAll(async () => {
    const { dir, file } = sampleCopy();
    prepared = (await runAt(file, dir, PREPARE_RUN)).value;
  });

  it('sends what is due, each exactly once: the same instant again sends nothing new', async () => {
    const { dir, file } = sampleCopy();
    const first = await runAt(file, dir, PREPARE_RUN);
    expect(first.r.error).toBeUndefined();
    expect(first.value.sent).toBeGreaterThan(0);
    expect(emls(dir)).toHaveLength(first.value.sent);
    const second = await runAt(file, dir, PREPARE_RUN);
    expect(second.value.sent).toBe(0);
    expect(emls(dir)).toHaveLength(first.value.sent);
    const rows = await sentRows(file);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(first.value.sent);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    for (const r of rows) expect(r.key).not.toMatch(/row/i);
  });

  it('sends nothing before a message falls due; a run hours late still sends what helps, marked late', async () => {
    const { dir, file } = sampleCopy();
    expect((await runAt(file, dir, '2026-12-03T07:55:00+07:00')).value.sent).toBe(0);
    const late = sampleCopy();
    const afterGap = (await runAt(late.file, late.dir, '2026-12-03T11:30:00+07:00')).value;
    expect(afterGap).toMatchObject({ sent: prepared.sent, late: prepared.sent });
    const mail = await simpleParser(readFileSync(path.join(late.dir, 'outbox', emls(late.dir)[0])));
    expect(mail.text).toMatch(/Sent late: this was due|ส่งช้า/);
  });

  it('leaves "uncertain" when the run dies between claim and send, and never resends it by itself', async () => {
    const { dir, file } = sampleCopy();
    const killed = await runAt(file, dir, PREPARE_RUN, { killAt: 'MailApp.sendEmail' });
    expect(killed.r.ok).toBe(false);
    expect(emls(dir)).toHaveLength(0);
    const rows = await sentRows(file);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'uncertain')).toBe(true);
    const again = await runAt(file, dir, PREPARE_RUN);
    expect(again.value.sent).toBe(0);
    expect(emls(dir)).toHaveLength(0);
  });

  it('defers what the mail quota cannot carry, and the next run sends the rest', async () => {
    const { dir, file } = sampleCopy();
    const total = prepared.sent;
    expect(total).toBeGreaterThan(2);
    const first = await runAt(file, dir, PREPARE_RUN, { mailQuota: 2 });
    expect(first.value).toMatchObject({ sent: 2, deferred: total - 2 });
    const deferred = (await sentRows(file)).filter((r) => r.status === 'deferred');
    expect(deferred).toHaveLength(total - 2);
    for (const r of deferred) expect(r.reason).toMatch(/quota/);
    const next = await runAt(file, dir, '2026-12-03T10:05:00+07:00', { mailQuota: 100 });
    expect(next.value.sent).toBe(total - 2);
    expect(emls(dir)).toHaveLength(total);
  });

  it('sends a change notice naming the old and new time when a flight changes', async () => {
    const { dir, file } = sampleCopy();
    // The day before the first landings, arrival briefs go out.
    const brief = await runAt(file, dir, '2026-12-05T16:20:00+07:00');
    expect(brief.value.sent).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const flights = wb.getWorksheet('Flights')!;
    const flightCol = column(flights, 'Flights', 'flight_no');
    const arriveCol = column(flights, 'Flights', 'arrive_local');
    let changed = '';
    flights.eachRow((row, n) => {
      if (n > 1 && !changed && String(row.getCell(flightCol).value) === 'JL33') {
        row.getCell(arriveCol).value = new Date(Date.UTC(2026, 11, 6, 17, 40));
        changed = 'JL33';
      }
    });
    expect(changed).toBe('JL33');
    await wb.xlsx.writeFile(file);
    const before = emls(dir).length;
    const after = await runAt(file, dir, '2026-12-05T17:10:00+07:00');
    expect(after.r.error).toBeUndefined();
    const fresh = emls(dir).slice(before);
    const notices = [];
    for (const f of emls(dir)) {
      const mail = await simpleParser(readFileSync(path.join(dir, 'outbox', f)));
      if (/16:15/.test(mail.text ?? '') && /17:40/.test(mail.text ?? '')) notices.push(mail);
    }
    expect(fresh.length).toBeGreaterThan(0);
    expect(notices.length).toBeGreaterThan(0);
    expect((await sentRows(file)).some((r) => r.kind === 'change_notice')).toBe(true);
  });

  it('escapes an HTML fragment from a guest name in the message', async () => {
    const { dir, file } = sampleCopy();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const guests = wb.getWorksheet('Guests')!;
    const given = column(guests, 'Guests', 'given_name');
    guests.eachRow((row, n) => {
      if (n > 1) row.getCell(given).value = '<img src=x onerror=alert(1)>';
    });
    await wb.xlsx.writeFile(file);
    await runAt(file, dir, '2026-12-05T16:20:00+07:00');
    const all = emls(dir);
    expect(all.length).toBeGreaterThan(0);
    let seen = 0;
    for (const f of all) {
      const mail = await simpleParser(readFileSync(path.join(dir, 'outbox', f)));
      expect(mail.html || '').not.toContain('<img src=x');
      if ((mail.html || '').includes('&lt;img src=x')) seen++;
    }
    expect(seen).toBeGreaterThan(0);
  });

  // Two runs at once: test/bundle/concurrency.test.ts (with its negative control).

  it('sends nothing when called other than by its own trigger, and says why', async () => {
    const { dir, file } = sampleCopy();
    const on = await callEntry(emulator(file, dir), 'turnRemindersOn', []);
    const uid = entryValue(on).triggerId;
    const at = { now: new Date(PREPARE_RUN) };
    // From a page or the console: no event object, another trigger's id, or a menu execution with the right id.
    const calls = [
      await callEntry(emulator(file, dir, { ...at, execution: 'trigger' }), 'runReminders', []),
      await callEntry(emulator(file, dir, { ...at, execution: 'trigger' }), 'runReminders', [{ triggerUid: '123456789' }]),
      await callEntry(emulator(file, dir, { ...at, execution: 'menu', user: 'lo1@example.go.th' }), 'runReminders', [{ triggerUid: uid }]),
      // Even the trigger's owner, calling it with its id from the spreadsheet's console.
      await callEntry(emulator(file, dir, { ...at, execution: 'menu' }), 'runReminders', [{ triggerUid: uid }]),
    ];
    for (const r of calls) {
      expect(r.error).toBeUndefined();
      expect(entryValue(r).sent).toBe(0);
      expect(entryValue(r).note).toMatch(/nothing sent/);
    }
    expect(emls(dir)).toHaveLength(0);
    // The trigger itself still sends.
    expect((await emulator(file, dir, { ...at, execution: 'trigger' }).call('runReminders', [{ triggerUid: uid }])).value).toMatchObject({ sent: expect.any(Number) });
    expect(emls(dir).length).toBeGreaterThan(0);
  });

  it('stops from the next run on when another organiser turns reminders off, and keeps no event state in script properties', async () => {
    const { dir, file } = sampleCopy();
    const { r } = await runAt(file, dir, '2026-12-01T09:10:00+07:00');
    expect(r.error).toBeUndefined();
    const before = emls(dir).length;
    const off = await emulator(file, dir, { user: 'protocol@example.go.th' }).call('turnRemindersOff');
    expect(off.error).toBeUndefined();
    const hourly = async () => (await emulator(file, dir).installedTriggers()).filter((t) => t.handler === 'runReminders');
    const trig = (await hourly())[0];
    expect(trig).toBeDefined();
    const run = await emulator(file, dir).fireTrigger(trig, new Date(PREPARE_RUN));
    expect(run.value).toMatchObject({ sent: 0, note: expect.stringMatching(/off/) });
    expect(emls(dir)).toHaveLength(before);
    // The owner's trigger removed itself at that run.
    expect(await hourly()).toEqual([]);
    // Script properties are shared by every customer of the add-on: nothing of this event is there.
    let script: Record<string, string> = {};
    try {
      script = JSON.parse(readFileSync(path.join(dir, '.lodesk-google', 'project', 'script-properties.json'), 'utf8'));
    } catch {
      // No store at all: nothing written.
    }
    expect(Object.keys(script)).toEqual([]);
  });

  it('delivers to a real SMTP server', async () => {
    const server = await startSmtpWorker();
    try {
      const { dir, file } = sampleCopy();
      const { value } = await runAt(file, dir, PREPARE_RUN, { smtpUrl: `smtp://127.0.0.1:${server.port}` });
      expect(value.sent).toBeGreaterThan(0);
      expect(await server.received()).toHaveLength(value.sent);
      expect(emls(dir)).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
