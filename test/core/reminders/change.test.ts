import { planReminders } from '../../../src/core/reminders';
import { decodeSentFingerprint } from '../../../src/core/reminders/snapshot';
import { bkk, vehicle, zt } from '../fixtures/model';
import { model, sentRows } from '../fixtures/reminders';

const briefDue = bkk('2026-12-05 15:30');

/** A model in which LO3 and LO4 were sent G012's arrival brief. */
function told() {
  const m = model();
  // Everything due by then went (the briefs, and the prepare messages still useful then).
  const due = planReminders(m, briefDue).due;
  m.sent.push(...sentRows(due, 'sent', briefDue));
  return m;
}

const changes = (m: ReturnType<typeof model>, now: Date) => planReminders(m, now).due.filter((p) => p.kind === 'change_notice');

describe('change_notice', () => {
  test('the brief records what it told, readably, in the fingerprint cell', () => {
    const m = told();
    const fp = decodeSentFingerprint(m.sent.find((x) => x.key === 'arrival_brief:G012:TG641:2026-12-06:lo:LO3')!.fingerprint)!;
    expect(fp.lo).toBe('LO3');
    expect(fp.s!['flight:G012:arrival'].arrive).toBe('2026-12-06 15:30 Asia/Bangkok');
    expect(fp.s!['transfer:T1'].vehicle).toBe('กข 1234');
    expect(JSON.stringify(fp)).not.toMatch(/Penicillin|halal/);
  });

  test('nothing changed: no notice', () => {
    expect(changes(told(), bkk('2026-12-05 20:00'))).toEqual([]);
  });

  test('a changed landing time names the old and the new time, to each LO told', () => {
    const m = told();
    m.flights[0].arrive = zt('2026-12-06 17:05');
    const now = bkk('2026-12-05 20:00');
    const notices = changes(m, now);
    expect(notices.map((p) => p.lo_id).sort()).toEqual(['LO3', 'LO4']);
    const en = notices.find((p) => p.lo_id === 'LO3')!;
    expect(en.key).toMatch(/^change_notice:[0-9a-f]{8}:lo:LO3$/);
    expect(en.message.text).toContain('lands: Sun 6 Dec 2026 15:30 (Bangkok, UTC+7) → Sun 6 Dec 2026 17:05 (Bangkok, UTC+7)');
    expect(en.message.subject).toBe('Changed: Arrival flight TG 641 of Dr Alice Smith');
    expect(en.until.toISOString()).toBe(bkk('2026-12-06 17:05').toISOString());
    const th = notices.find((p) => p.lo_id === 'LO4')!;
    expect(th.lang).toBe('th');
    expect(th.message.text).toContain('อา. 6 ธ.ค. 2569 15:30 น. (กรุงเทพฯ, UTC+7) → อา. 6 ธ.ค. 2569 17:05 น.');

    // Once sent, the new time is what the LO knows: no further notice.
    m.sent.push(...sentRows(notices, 'sent', now));
    expect(changes(m, bkk('2026-12-05 21:00'))).toEqual([]);

    // Back to 15:30: a new notice with a new key, naming 17:05 → 15:30.
    m.flights[0].arrive = zt('2026-12-06 15:30');
    const back = changes(m, bkk('2026-12-05 22:00'));
    expect(back).toHaveLength(2);
    expect(back.map((p) => p.key)).not.toEqual(expect.arrayContaining(notices.map((p) => p.key)));
    expect(back.find((p) => p.lo_id === 'LO3')!.message.text).toContain('17:05 (Bangkok, UTC+7) → Sun 6 Dec 2026 15:30');

    // And to 17:05 again: still a fresh key (the count of what was told moves on).
    m.sent.push(...sentRows(back, 'sent', bkk('2026-12-05 22:00')));
    m.flights[0].arrive = zt('2026-12-06 17:05');
    const again = changes(m, bkk('2026-12-05 23:00'));
    expect(again).toHaveLength(2);
    for (const p of again) expect(m.sent.map((s) => s.key)).not.toContain(p.key);
  });

  test('a flight change names the flight and what it now breaks: the 16:15 pickup is before the new 17:05 landing', () => {
    const m = told();
    m.flights[0].arrive = zt('2026-12-06 17:05');
    const en = changes(m, bkk('2026-12-05 20:00')).find((p) => p.lo_id === 'LO3')!;
    expect(en.message.subject).toBe('Changed: Arrival flight TG 641 of Dr Alice Smith');
    expect(en.message.text).toContain(
      'The pickup at Sun 6 Dec 2026 16:15 (Bangkok, UTC+7) (BKK airport → Riverside Grand) is now before the landing at Sun 6 Dec 2026 17:05 (Bangkok, UTC+7).',
    );
    // Landing earlier than the pickup breaks nothing: no such line.
    const fine = told();
    fine.flights[0].arrive = zt('2026-12-06 15:00');
    const ok = changes(fine, bkk('2026-12-05 20:00')).find((p) => p.lo_id === 'LO3')!;
    expect(ok.message.text).not.toContain('is now before the landing');
  });

  test('a departure moved earlier: the pickup now leaves too little time before take-off', () => {
    const m = model();
    // LO3 was told G012's departure (TG 640, 23:55 on the 10th; pickup 20:30) by the departure prep.
    const prep = planReminders(m, bkk('2026-12-09 23:55')).due.filter((p) => p.key.startsWith('departure_prep:G012') && p.lo_id === 'LO3');
    expect(prep).toHaveLength(1);
    m.sent.push(...sentRows(prep, 'sent', bkk('2026-12-09 23:55')));
    m.flights[1].depart = zt('2026-12-10 22:00');
    const notice = changes(m, bkk('2026-12-10 08:00')).find((p) => p.lo_id === 'LO3')!;
    expect(notice.message.subject).toBe('Changed: Departure flight TG 640 of Dr Alice Smith');
    expect(notice.message.text).toContain('now leaves less than 3 hours before take-off at Thu 10 Dec 2026 22:00 (Bangkok, UTC+7)');
  });

  test('a failed notice is retried with the same key; the same run twice plans the same key', () => {
    const m = told();
    m.flights[0].terminal = '2';
    const a = changes(m, bkk('2026-12-05 20:00'));
    expect(changes(m, bkk('2026-12-05 20:00')).map((p) => p.key)).toEqual(a.map((p) => p.key));
    m.sent.push(...sentRows(a, 'failed'));
    const b = changes(m, bkk('2026-12-05 21:00'));
    expect(b.map((p) => p.key)).toEqual(a.map((p) => p.key));
    expect(b[0].retry).toBe('failed');
    expect(b[0].message.text).toMatch(/terminal: 1 → 2/);
  });

  test('a new car, a moved programme item and a removed transfer are named', () => {
    const m = model();
    // LO3 was told the 7 Dec programme at 18:00 on the 6th.
    const evening = planReminders(m, bkk('2026-12-06 18:00')).due.filter((p) => p.key === 'daily_confirm:2026-12-07:lo:LO3');
    expect(evening).toHaveLength(1);
    m.sent.push(...sentRows(evening, 'sent'));
    m.vehicles.push(vehicle('V2', { row: 500, plate: 'ขค 9999', driver_name: 'Wichai', driver_phone: '081 000 0000' }));
    m.transfers[1].vehicle_id = 'V2';
    m.programme[0].venue = 'QSNCC Hall B';
    const notice = changes(m, bkk('2026-12-06 19:00')).find((p) => p.lo_id === 'LO3')!;
    expect(notice.message.text).toContain('car: กข 1234 → ขค 9999');
    expect(notice.message.text).toContain('driver: Prasit → Wichai');
    expect(notice.message.text).toContain('venue: QSNCC Hall A → QSNCC Hall B');
    expect(notice.message.subject).toContain('2 changes');

    m.sent.push(...sentRows([notice], 'sent', bkk('2026-12-06 19:00')));
    m.transfers.splice(1, 1);
    const removed = changes(m, bkk('2026-12-06 20:00')).find((p) => p.lo_id === 'LO3')!;
    expect(removed.message.text).toContain('No longer in the plan.');
    expect(removed.message.text).toContain('Riverside Grand → QSNCC');
    m.sent.push(...sentRows([removed], 'sent', bkk('2026-12-06 20:00')));
    expect(changes(m, bkk('2026-12-06 21:00')).filter((p) => p.lo_id === 'LO3')).toEqual([]);
  });

  test('no notice about something already past, nor to an LO no longer assigned', () => {
    const m = told();
    m.flights[0].arrive = zt('2026-12-06 17:05');
    expect(changes(m, bkk('2026-12-06 17:05'))).toEqual([]);
    m.assignments = m.assignments.filter((a) => a.lo_id !== 'LO4');
    expect(changes(m, bkk('2026-12-05 20:00')).map((p) => p.lo_id)).toEqual(['LO3']);
  });

  test('a flight whose time can no longer be read gives a skipped entry, not a notice', () => {
    const m = told();
    m.flights[0].arrive = undefined; // unknown airport code typed over BKK
    const res = planReminders(m, bkk('2026-12-05 20:00'));
    expect(res.due.filter((p) => p.kind === 'change_notice')).toEqual([]);
    expect(res.skipped).toContainEqual(expect.objectContaining({ kind: 'change_notice', reason: 'arrival_time_unknown', lo_id: 'LO3' }));
  });

  test('a message due in the same run that tells the new value replaces the notice', () => {
    const m = model();
    const prep = planReminders(m, bkk('2026-12-03 09:00')).due.filter((p) => p.key === 'prepare:lo:LO3');
    m.sent.push(...sentRows(prep, 'sent'));
    m.flights[0].arrive = zt('2026-12-06 16:00');
    const res = planReminders(m, bkk('2026-12-05 16:00'));
    expect(res.due.map((p) => p.key)).toContain('arrival_brief:G012:TG641:2026-12-06:lo:LO3');
    expect(res.due.filter((p) => p.kind === 'change_notice' && p.lo_id === 'LO3')).toEqual([]);
  });
});
