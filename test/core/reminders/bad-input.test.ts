/**
 * Reminders on bad data: nothing is built on it, and the digest is told what
 * could not go and why. Through the parser, as the sheet would give it.
 */
import { planReminders } from '../../../src/core/reminders';
import { bkk } from '../fixtures/model';
import { sampleEventModel } from '../fixtures/sample-event';

// G01 (LO01) lands at 16:15 on the 6th: its arrival brief falls due at 16:15 on the 5th.
const BRIEF_TIME = bkk('2026-12-05 16:20');

describe('reminders given bad input', () => {
  test('a flight typed without its number: no brief or call is built for that guest, and the digest is told why', () => {
    const m = sampleEventModel((tab, rows) => {
      if (tab === 'Flights') for (const r of rows) if (r.guest_id === 'G01' && r.direction === 'arrival') r.flight_no = '';
    });
    const plan = planReminders(m, BRIEF_TIME);
    expect(plan.due.filter((p) => p.key.includes(':G01:'))).toEqual([]);
    expect(plan.skipped).toContainEqual(expect.objectContaining({ kind: 'arrival_brief', guest_id: 'G01', reason: 'no_arrival_flight' }));
    // The other guest on the same flight still gets theirs.
    expect(plan.due.map((p) => p.key)).toContain('arrival_brief:G02:JL33:2026-12-06:lo:LO01');
  });

  test('an unknown airport code: the time cannot be placed, so nothing is built on it', () => {
    const m = sampleEventModel((tab, rows) => {
      if (tab === 'Flights') for (const r of rows) if (r.guest_id === 'G01' && r.direction === 'arrival') r.to_airport = 'QQQ';
    });
    const plan = planReminders(m, BRIEF_TIME);
    expect(plan.due.filter((p) => p.key.includes(':G01:'))).toEqual([]);
    expect(plan.skipped).toContainEqual(expect.objectContaining({ kind: 'arrival_brief', guest_id: 'G01', reason: 'arrival_time_unknown' }));
  });

  test('an LO without a valid email: nothing is mailed to a guess, the digest names the address', () => {
    const m = sampleEventModel((tab, rows) => {
      if (tab === 'LOs') for (const r of rows) if (r.lo_id === 'LO01') r.email = 'somchai at example dot go dot th';
    });
    const plan = planReminders(m, BRIEF_TIME);
    expect(plan.due.filter((p) => p.lo_id === 'LO01')).toEqual([]);
    expect(plan.skipped).toContainEqual(expect.objectContaining({ lo_id: 'LO01', reason: 'invalid_address', detail: 'somchai at example dot go dot th' }));
  });
});
