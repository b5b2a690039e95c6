import { planReminders } from '../../../src/core/reminders';
import { bkk, minutes, zt } from '../fixtures/model';
import { dueKeys, model, sentRows } from '../fixtures/reminders';

const BRIEF_LO3 = 'arrival_brief:G012:TG641:2026-12-06:lo:LO3';
const BRIEF_LO4 = 'arrival_brief:G012:TG641:2026-12-06:lo:LO4';
const CALL_LO3 = 'airport_call:G012:TG641:2026-12-06:lo:LO3';
// G012 lands 2026-12-06 15:30 Bangkok: brief due 24 h before.
const briefDue = bkk('2026-12-05 15:30');

// G012 lands 15:30; the LO must be there at 14:30 (60 min lead) and leave at 12:30 (120 min travel).
const leave = bkk('2026-12-06 12:30');

describe('arrival_brief: due 24 h before landing, useful until the LO must leave for the airport', () => {
  test('one minute before due: nothing', () => {
    expect(dueKeys(model(), minutes(briefDue, -1))).not.toContain(BRIEF_LO3);
  });

  test('at due: to the primary and the backup LO, useful until the LO leaves, not late', () => {
    const res = planReminders(model(), briefDue);
    const briefs = res.due.filter((p) => p.kind === 'arrival_brief');
    expect(briefs.map((p) => p.key).sort()).toEqual([BRIEF_LO3, BRIEF_LO4]);
    const p = briefs.find((b) => b.key === BRIEF_LO3)!;
    expect(p.recipient).toBe('lo3@example.org');
    expect(p.due.toISOString()).toBe(briefDue.toISOString());
    expect(p.until.toISOString()).toBe(leave.toISOString());
    expect(p.late).toBe(false);
    expect(p.retry).toBeUndefined();
  });

  test('59 minutes after due: on time; 60 minutes after: still sent, marked late', () => {
    expect(planReminders(model(), minutes(briefDue, 59)).due.find((p) => p.key === BRIEF_LO3)?.late).toBe(false);
    expect(planReminders(model(), minutes(briefDue, 60)).due.find((p) => p.key === BRIEF_LO3)?.late).toBe(true);
  });

  test('turned on at 06:05 on the arrival day: the brief still goes (late), and the airport call after it', () => {
    const early = planReminders(model(), bkk('2026-12-06 06:05'));
    expect(early.due.find((p) => p.key === BRIEF_LO3)?.late).toBe(true);
    expect(early.due.map((p) => p.key)).not.toContain(CALL_LO3);
    expect(dueKeys(model(), bkk('2026-12-06 12:29'))).toContain(BRIEF_LO3);
  });

  test('once the LO must leave: never, and the digest is told the trigger did not run', () => {
    const res = planReminders(model(), leave);
    expect(res.due.map((p) => p.key)).not.toContain(BRIEF_LO3);
    expect(res.skipped).toContainEqual(expect.objectContaining({ key: BRIEF_LO3, reason: 'trigger_not_run' }));
    // Said for a day, then no more.
    expect(planReminders(model(), minutes(leave, 24 * 60)).skipped.map((s) => s.key)).not.toContain(BRIEF_LO3);
  });

  test('missed while reminders were off: the digest says so', () => {
    const onPeriods = [{ on: bkk('2026-12-01 09:00'), off: bkk('2026-12-05 12:00') }, { on: bkk('2026-12-06 13:00') }];
    const res = planReminders(model(), bkk('2026-12-06 13:10'), { onPeriods });
    expect(res.skipped).toContainEqual(expect.objectContaining({ key: BRIEF_LO3, reason: 'reminders_off' }));
    // On for part of the span: the trigger did not run.
    const partly = [{ on: bkk('2026-12-06 10:00') }];
    expect(planReminders(model(), bkk('2026-12-06 13:10'), { onPeriods: partly }).skipped)
      .toContainEqual(expect.objectContaining({ key: BRIEF_LO3, reason: 'trigger_not_run' }));
  });

  test('the same instant twice with the first run recorded: nothing new', () => {
    const m = model();
    const now = minutes(briefDue, 10);
    const first = planReminders(m, now);
    expect(first.due.filter((p) => p.kind === 'arrival_brief').map((p) => p.key)).toEqual([BRIEF_LO3, BRIEF_LO4]);
    m.sent.push(...sentRows(first.due, 'sent', now));
    expect(planReminders(m, now).due).toEqual([]);
    expect(planReminders(m, minutes(now, 30)).due).toEqual([]);
  });
});

describe('Sent statuses', () => {
  test('failed is retried while useful, then reported as failed', () => {
    const m = model();
    const first = planReminders(m, briefDue).due.filter((p) => p.key === BRIEF_LO3);
    m.sent.push(...sentRows(first, 'failed', briefDue));
    const retry = planReminders(m, minutes(briefDue, 30)).due.find((p) => p.key === BRIEF_LO3);
    expect(retry?.retry).toBe('failed');
    expect(dueKeys(m, minutes(leave, -1))).toContain(BRIEF_LO3);
    expect(dueKeys(m, leave)).not.toContain(BRIEF_LO3);
    expect(planReminders(m, leave).skipped).toContainEqual(expect.objectContaining({ key: BRIEF_LO3, reason: 'send_failed' }));
  });

  test('uncertain and claimed are never resent, even while useful', () => {
    for (const status of ['uncertain', 'claimed', 'sent'] as const) {
      const m = model();
      const first = planReminders(m, briefDue).due.filter((p) => p.key === BRIEF_LO3);
      m.sent.push(...sentRows(first, status, briefDue));
      expect(dueKeys(m, minutes(briefDue, 5))).not.toContain(BRIEF_LO3);
      expect(planReminders(m, leave).skipped.map((s) => s.key)).not.toContain(BRIEF_LO3);
    }
  });

  test('deferred is due again in later runs until the LO must leave, then reported as the quota', () => {
    const m = model();
    const first = planReminders(m, briefDue).due.filter((p) => p.key === BRIEF_LO3);
    m.sent.push(...sentRows(first, 'deferred', briefDue));
    const later = planReminders(m, bkk('2026-12-06 09:00')).due.find((p) => p.key === BRIEF_LO3);
    expect(later?.retry).toBe('deferred');
    expect(later?.until.toISOString()).toBe(leave.toISOString());
    expect(dueKeys(m, bkk('2026-12-06 12:29'))).toContain(BRIEF_LO3);
    expect(dueKeys(m, leave)).not.toContain(BRIEF_LO3);
    expect(planReminders(m, leave).skipped).toContainEqual(expect.objectContaining({ key: BRIEF_LO3, reason: 'quota_exhausted' }));
  });

  test('a key recorded sent blocks even when a later row says failed', () => {
    const m = model();
    const first = planReminders(m, briefDue).due.filter((p) => p.key === BRIEF_LO3);
    m.sent.push(...sentRows(first, 'sent', briefDue), ...sentRows(first, 'failed', minutes(briefDue, 1)));
    expect(dueKeys(m, minutes(briefDue, 5))).not.toContain(BRIEF_LO3);
  });
});

describe('airport_call', () => {
  test('due at 12:30 (when the LO must leave) to the primary LO only, useful until 14:30 ("be there")', () => {
    expect(dueKeys(model(), bkk('2026-12-06 12:29'))).not.toContain(CALL_LO3);
    const res = planReminders(model(), bkk('2026-12-06 12:30'));
    const calls = res.due.filter((p) => p.kind === 'airport_call');
    expect(calls.map((p) => p.key)).toEqual([CALL_LO3]);
    expect(calls[0].message.text).toContain('Sun 6 Dec 2026 14:30 (Bangkok, UTC+7)');
    expect(calls[0].until.toISOString()).toBe(bkk('2026-12-06 14:30').toISOString());
    expect(dueKeys(model(), bkk('2026-12-06 14:29'))).toContain(CALL_LO3);
    expect(dueKeys(model(), bkk('2026-12-06 14:30'))).not.toContain(CALL_LO3);
  });

  test('a run 90 minutes after the last one still sends it, late', () => {
    const res = planReminders(model(), bkk('2026-12-06 13:40'));
    expect(res.due.find((p) => p.key === CALL_LO3)?.late).toBe(true);
  });

  test('a deferred call is not sent once the LO should be at the airport', () => {
    const m = model();
    const first = planReminders(m, bkk('2026-12-06 12:30')).due.filter((p) => p.key === CALL_LO3);
    m.sent.push(...sentRows(first, 'deferred'));
    expect(dueKeys(m, bkk('2026-12-06 14:00'))).toContain(CALL_LO3);
    expect(dueKeys(m, bkk('2026-12-06 14:30'))).not.toContain(CALL_LO3);
  });
});

describe('dates around midnight in Bangkok', () => {
  test('a flight landing at 00:30 is keyed by its local date, not the UTC one', () => {
    // G020 lands 2026-12-07 00:30 Bangkok = 2026-12-06 17:30 UTC; brief due 2026-12-06 00:30 Bangkok.
    const now = bkk('2026-12-06 00:30');
    expect(now.toISOString()).toBe('2026-12-05T17:30:00.000Z');
    expect(dueKeys(model(), minutes(now, -1))).not.toContain('arrival_brief:G020:TG117:2026-12-07:lo:LO5');
    expect(dueKeys(model(), now)).toContain('arrival_brief:G020:TG117:2026-12-07:lo:LO5');
  });

  test('a daily confirmation at 23:30 is still due at 00:10, for the right tomorrow', () => {
    const m = model();
    m.event.daily_confirm_time = { hour: 23, minute: 30 };
    expect(dueKeys(m, bkk('2026-12-06 23:29'))).not.toContain('daily_confirm:2026-12-07:lo:LO3');
    expect(dueKeys(m, bkk('2026-12-06 23:30'))).toContain('daily_confirm:2026-12-07:lo:LO3');
    const after = dueKeys(m, bkk('2026-12-07 00:10'));
    expect(after).toContain('daily_confirm:2026-12-07:lo:LO3');
    expect(after).not.toContain('daily_confirm:2026-12-08:lo:LO3');
    // Useful until the first thing booked that day: the 08:15 pickup.
    expect(dueKeys(m, bkk('2026-12-07 08:14'))).toContain('daily_confirm:2026-12-07:lo:LO3');
    expect(dueKeys(m, bkk('2026-12-07 08:15'))).not.toContain('daily_confirm:2026-12-07:lo:LO3');
  });

  test('a flight that lands the next day local: key and due from the arrival side', () => {
    // G012 leaves London on 5 Dec 21:00 and lands in Bangkok on 6 Dec 15:30.
    const brief = planReminders(model(), briefDue).due.find((p) => p.key === BRIEF_LO3)!;
    expect(brief.key).toContain(':2026-12-06:');
    expect(brief.message.text).toContain('Sat 5 Dec 2026 21:00 (London, UTC)');
    expect(brief.message.text).toContain('Sun 6 Dec 2026 15:30 (Bangkok, UTC+7)');
  });
});

describe('other kinds', () => {
  test('prepare: 09:00 three days before the first landing, once per LO', () => {
    expect(dueKeys(model(), bkk('2026-12-03 08:59'))).not.toContain('prepare:lo:LO3');
    const keys = dueKeys(model(), bkk('2026-12-03 09:00'));
    expect(keys).toEqual(expect.arrayContaining(['prepare:lo:LO3', 'prepare:lo:LO4']));
    expect(keys).not.toContain('prepare:lo:LO5'); // G020 lands on the 7th: the 4th
    expect(dueKeys(model(), bkk('2026-12-04 09:00'))).toContain('prepare:lo:LO5');
  });

  test('daily_confirm each evening of the stay, not the evening before departure day + 1', () => {
    const at = (d: string) => dueKeys(model(), bkk(`${d} 18:00`)).filter((k) => k.startsWith('daily_confirm:') && k.endsWith(':lo:LO3'));
    expect(at('2026-12-05')).toEqual([]);
    expect(at('2026-12-06')).toEqual(['daily_confirm:2026-12-07:lo:LO3']);
    expect(at('2026-12-09')).toEqual(['daily_confirm:2026-12-10:lo:LO3']);
    // The departure day's confirmation (told on the 9th) is still useful at 18:00 on the 10th, until the 20:30 pickup;
    // there is none for the 11th.
    expect(at('2026-12-10')).toEqual(['daily_confirm:2026-12-10:lo:LO3']);
  });

  test('departure_prep 24 h before takeoff', () => {
    const key = 'departure_prep:G012:TG640:2026-12-10:lo:LO3';
    expect(dueKeys(model(), bkk('2026-12-09 23:54'))).not.toContain(key);
    expect(dueKeys(model(), bkk('2026-12-09 23:55'))).toContain(key);
    // Useful until the car comes for the airport (T3, 20:30).
    expect(dueKeys(model(), bkk('2026-12-10 20:29'))).toContain(key);
    expect(dueKeys(model(), bkk('2026-12-10 20:30'))).not.toContain(key);
  });

  test('organiser_digest at digest_time to each organiser, once a day', () => {
    const m = model();
    const keys = dueKeys(m, bkk('2026-12-06 08:00'));
    expect(keys.filter((k) => k.startsWith('organiser_digest:'))).toEqual([
      'organiser_digest:2026-12-06:to:desk@example.org',
      'organiser_digest:2026-12-06:to:org@example.org',
    ]);
    expect(dueKeys(m, bkk('2026-12-06 07:59')).some((k) => k.startsWith('organiser_digest:2026-12-06'))).toBe(false);
    // Useful until the end of its day, late after an hour.
    expect(planReminders(m, bkk('2026-12-06 23:59')).due.find((p) => p.key === 'organiser_digest:2026-12-06:to:org@example.org')?.late).toBe(true);
    expect(dueKeys(m, bkk('2026-12-07 00:00')).some((k) => k.startsWith('organiser_digest:2026-12-06'))).toBe(false);
    // The day after the last departure is the last digest.
    expect(dueKeys(m, bkk('2026-12-11 08:00'))).toContain('organiser_digest:2026-12-11:to:org@example.org');
    expect(dueKeys(m, bkk('2026-12-12 08:00')).some((k) => k.startsWith('organiser_digest:'))).toBe(false);
  });

  test('due messages are ordered by urgency and keys never hold row numbers', () => {
    const m = model();
    const res = planReminders(m, bkk('2026-12-06 08:00'), { travelMinutes: 20 * 60 });
    const untils = res.due.map((p) => p.until.getTime());
    expect(untils).toEqual(untils.slice().sort((a, b) => a - b));
    // Moving rows around does not change any key.
    const moved = model();
    for (const list of [moved.guests, moved.flights, moved.assignments, moved.los]) for (const x of list) x.row += 100;
    expect(dueKeys(moved, bkk('2026-12-06 08:00'), { travelMinutes: 20 * 60 })).toEqual(res.due.map((p) => p.key));
  });

  test('an invalid instant is refused with a clear message', () => {
    expect(() => planReminders(model(), new Date('nope'))).toThrow(/now/);
  });

  test('a flight changed to land a day later moves its brief', () => {
    const m = model();
    m.flights[0].arrive = zt('2026-12-07 15:30');
    expect(dueKeys(m, briefDue)).not.toContain(BRIEF_LO3);
    expect(dueKeys(m, bkk('2026-12-06 15:30'))).toContain('arrival_brief:G012:TG641:2026-12-07:lo:LO3');
  });
});
