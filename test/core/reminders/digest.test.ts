import { planReminders } from '../../../src/core/reminders';
import { assignment, bkk, flight, guest, lo, zt } from '../fixtures/model';
import { model } from '../fixtures/reminders';

const digestOf = (res: ReturnType<typeof planReminders>) => res.due.find((p) => p.kind === 'organiser_digest' && p.recipient === 'org@example.org')!;

/** A model with each kind of bad input the issue names. */
function troubled() {
  const m = model();
  // A guest with no flights and no LO.
  m.guests.push(guest('G030', { given_name: 'Nofl', family_name: 'Ights' }));
  // A guest whose arrival airport code is unknown (times unreadable), with an LO.
  m.guests.push(guest('G040', { given_name: 'Unk', family_name: 'Nown', hotel_id: 'H1', room_no: '9' }));
  m.flights.push(flight('G040', 'arrival', { flight_no: 'ZZ 1', from_airport: 'XQZ', to_airport: 'BKK', depart: undefined, arrive: undefined }));
  m.flights.push(flight('G040', 'departure', { flight_no: 'ZZ 2', from_airport: 'BKK', to_airport: 'SIN', depart: zt('2026-12-09 10:00'), arrive: zt('2026-12-09 13:30', 'Asia/Singapore') }));
  m.assignments.push(assignment('G040', 'LO5', { row: 900 }));
  // LO3 loses their address; LO4's cell holds two.
  m.los[0].email = '';
  m.los[1].email = 'somchai@example.org, boss@example.org';
  m.sent.push(
    { row: 901, key: 'arrival_brief:GX:AA1:2026-12-05:lo:LO9', kind: 'arrival_brief', recipient: 'lo9@example.org', subject: 's', fingerprint: '', status: 'uncertain', at: bkk('2026-12-05 10:00') },
    { row: 902, key: 'prepare:lo:LO8', kind: 'prepare', recipient: 'lo8@example.org', subject: 's', fingerprint: '', status: 'failed', at: bkk('2026-12-05 11:00'), reason: 'Invalid email: lo8@example.org' },
    { row: 903, key: 'prepare:lo:LO7', kind: 'prepare', recipient: 'lo7@example.org', subject: 's', fingerprint: '', status: 'deferred', at: bkk('2026-12-05 12:00') },
    { row: 904, key: 'prepare:lo:LO6', kind: 'prepare', recipient: 'lo6@example.org', subject: 's', fingerprint: '', status: 'sent', at: bkk('2026-12-05 20:00') },
  );
  return m;
}

describe('bad input becomes skipped entries, never a message on wrong data', () => {
  test('guest without flights, unknown airport, LO without email, invalid address', () => {
    const res = planReminders(troubled(), bkk('2026-12-05 15:30'));
    const reasons = res.skipped.map((s) => `${s.key} ${s.reason}`);
    expect(reasons).toEqual(expect.arrayContaining([
      'arrival_brief:G030 no_arrival_flight',
      'departure_prep:G030 no_departure_flight',
      'daily_confirm:G030 stay_dates_unknown',
      'arrival_brief:G040 arrival_time_unknown',
      'arrival_brief:G012:TG641:2026-12-06:lo:LO3 lo_without_email',
      'arrival_brief:G012:TG641:2026-12-06:lo:LO4 invalid_address',
    ]));
    expect(res.skipped.find((s) => s.reason === 'invalid_address')!.detail).toBe('somchai@example.org, boss@example.org');
    // Nothing is built for G040's arrival, nor for LO3/LO4.
    expect(res.due.filter((p) => p.key.includes('G040') || p.lo_id === 'LO3' || p.lo_id === 'LO4')).toEqual([]);
    for (const p of res.due) expect(p.recipient).toMatch(/^[^\s,;]+@[^\s,;]+$/);
  });

  test('no organiser address: the digest is skipped with that reason', () => {
    const m = model();
    m.event.organiser_emails = [];
    const res = planReminders(m, bkk('2026-12-06 08:00'));
    expect(res.due.filter((p) => p.kind === 'organiser_digest')).toEqual([]);
    expect(res.skipped).toContainEqual(expect.objectContaining({ key: 'organiser_digest:2026-12-06', reason: 'no_organiser_email' }));
  });

  test('an unknown LO id in Assignments is reported, not mailed', () => {
    const m = model();
    m.assignments.push(assignment('G012', 'LO99', { row: 950, role: 'backup' }));
    const res = planReminders(m, bkk('2026-12-05 15:30'));
    expect(res.skipped).toContainEqual(expect.objectContaining({ key: 'arrival_brief:G012:TG641:2026-12-06:lo:LO99', reason: 'unknown_lo' }));
  });

});

describe('organiser digest', () => {
  test('errors, unassigned guests, readiness, overdue, problem messages and skipped ones', () => {
    const m = troubled();
    m.los.push(lo('LO6'));
    const res = planReminders(m, bkk('2026-12-06 08:00'), {
      findings: [{ severity: 'error' }, { severity: 'error' }, { severity: 'warning' }, { severity: 'info' }],
      overdue: [{ guest_id: 'G012', phase: 'before_arrival', item_id: 'hotel_details', text: 'Get the hotel details' }],
      checklistProgress: { done: 12, total: 40 },
    });
    const d = digestOf(res);
    expect(d.audience).toBe('organiser');
    expect(d.key).toBe('organiser_digest:2026-12-06:to:org@example.org');
    const f = d.facts.kind === 'organiser_digest' ? d.facts.digest : undefined;
    expect(f).toMatchObject({ errors: 2, warnings: 1, readiness: { total: 4, ready: 2 }, sentLast24h: 1 });
    expect(f!.unassigned).toEqual([{ guest_id: 'G030', name: 'Nofl Ights' }]);
    expect(f!.problems.map((p) => p.status)).toEqual(['uncertain', 'failed', 'deferred']);

    const text = d.message.text;
    expect(text).toContain('Data check: 2 errors, 1 warnings.');
    expect(text).toContain('Ready: 2 of 4 guests');
    expect(text).toContain('Checklist: 12 of 40 items done.');
    expect(text).toContain('- Nofl Ights');
    expect(text).toContain('Dr Alice Smith: Get the hotel details');
    expect(text).toMatch(/Arrival brief to lo9@example.org: uncertain, a run stopped between claiming and sending/);
    expect(text).toContain('sending failed (Invalid email: lo8@example.org)');
    expect(text).toMatch(/Preparation to lo7@example.org: deferred, the daily email quota ran out/);
    expect(text).toContain('Nofl Ights: the guest has no arrival flight');
    expect(text).toContain('Unk Nown: the arrival time is unknown');
    expect(text).toMatch(/LO Somchai Jaidee: not one valid email address: somchai@example.org, boss@example.org/);
    // People's names and local times, never LO Desk's keys or ids.
    expect(text).not.toMatch(/G0\d\d|LO\d|arrival_brief:|organiser_digest:/);
    // In the order an organiser acts on it: messages to check, missed, not built, no LO, then the data.
    const at = (s: string) => text.indexOf(s);
    expect(at('Messages to check')).toBeLessThan(at('could no longer help'));
    expect(at('could no longer help')).toBeLessThan(at('could not be built'));
    expect(at('could not be built')).toBeLessThan(at('Guests without an LO'));
    expect(at('Guests without an LO')).toBeLessThan(at('Data check'));
    // No health data in the digest.
    expect(text).not.toMatch(/Penicillin|Diabetic|halal/);
  });

  test('a Sent tab edited by hand is said in the digest, with what was put back', () => {
    const d = digestOf(planReminders(model(), bkk('2026-12-06 08:00'), { sentTabEdited: { restored: 3, corrected: 1 } }));
    expect(d.message.text).toContain('The Sent tab was edited by hand: 3 rows put back, 1 statuses set back from LO Desk\'s own record. Nothing was sent twice.');
    expect(digestOf(planReminders(model(), bkk('2026-12-06 08:00'))).message.text).not.toContain('edited by hand');
  });

  test('without findings passed, the digest says the check was not run rather than "0 errors"', () => {
    const d = digestOf(planReminders(model(), bkk('2026-12-06 08:00')));
    expect(d.message.text).toContain('Data check: not run with this digest.');
  });

  test('a long list is cut with a count of the rest', () => {
    const m = model();
    for (let i = 0; i < 45; i++) m.guests.push(guest(`GX${i}`));
    const d = digestOf(planReminders(m, bkk('2026-12-06 08:00')));
    expect(d.message.text).toContain('Guests without an LO (45)');
    expect(d.message.text).toContain('… and 15 more.');
  });
});
