import { buildChecklist, readiness } from '../../../src/core/checklist';
import { indexModel } from '../../../src/core/model-index';
import { PHASES } from '../../../src/core/model';
import { sampleModel } from '../fixtures/checklist';
import { arrival, bkk, departure, emptyModel, guest, tick } from '../fixtures/model';

describe('readiness', () => {
  test('per guest and per phase counts match the guest checklists', () => {
    const m = sampleModel();
    m.checklist.push(
      tick('G1', 'briefing_attended', { phase: 'prepare' }),
      tick('G1', 'teams_met', { row: 3, phase: 'prepare', done: false }),
    );
    const now = bkk('2026-12-06 14:00');
    const r = readiness(m, now);
    expect(r.guests.map((g) => g.guestId)).toEqual(['G1', 'G2']);
    const g1 = r.guests[0];
    expect(g1.currentPhase).toBe('arrival');
    // 6 preparation items, one ticked, the rest past 09:00 on 3 Dec.
    expect(g1.phases.prepare).toEqual({ total: 6, done: 1, auto: 0, overdue: 5, open: 0 });
    // 8 before-arrival items, 5 proved by data (flights, baggage, dietary, hotel, car).
    expect(g1.phases.before_arrival).toEqual({ total: 8, done: 5, auto: 5, overdue: 3, open: 0 });
    expect(g1.phases.arrival.overdue).toBe(1);
    expect(g1.phases.stay.total).toBe(6 + 3);
    expect(g1.nextDue).toEqual(bkk('2026-12-06 15:20'));

    for (const g of r.guests) {
      const c = buildChecklist(m, g.guestId, now);
      expect(g.phases).toEqual(c.phases);
      expect(g.currentPhase).toBe(c.currentPhase);
    }
    const g2 = r.guests[1];
    expect(g2.all.done).toBe(0);
    expect(g2.all.overdue).toBe(0);
    for (const p of PHASES) {
      expect(r.byPhase[p].total).toBe(g1.phases[p].total + g2.phases[p].total);
      expect(r.byPhase[p].overdue).toBe(g1.phases[p].overdue + g2.phases[p].overdue);
    }
    expect(r.all.total).toBe(g1.all.total + g2.all.total);
  });

  test('an event with no guests gives zero counts', () => {
    const r = readiness(emptyModel(), new Date());
    expect(r.guests).toEqual([]);
    expect(r.all).toEqual({ total: 0, done: 0, auto: 0, overdue: 0, open: 0 });
  });

  test('reads each tab of the model once, however many guests', () => {
    const m = sampleModel();
    for (let i = 0; i < 200; i++) m.guests.push(guest(`X${i}`, { row: i + 10 }));
    const reads: Record<string, number> = {};
    for (const key of ['guests', 'flights', 'transfers', 'assignments', 'hotels', 'vehicles', 'checklist', 'checklistItems'] as const) {
      const value = m[key];
      reads[key] = 0;
      Object.defineProperty(m, key, { get: () => { reads[key] += 1; return value; } });
    }
    const r = readiness(m, bkk('2026-12-06 14:00'));
    expect(r.guests).toHaveLength(202);
    for (const [key, n] of Object.entries(reads)) expect([key, n]).toEqual([key, 1]);
  });

  test('5,000 guests with flights and ticks', () => {
    const m = emptyModel();
    for (let i = 0; i < 5000; i++) {
      const id = `G${i}`;
      const day = 1 + (i % 9);
      m.guests.push(guest(id, { row: i + 2, room_no: i % 2 ? String(100 + i) : undefined }));
      m.flights.push(arrival(id, `2026-12-0${day} 1${i % 10}:05`), departure(id, `2026-12-1${day - 1} 0${i % 10}:40`));
      m.checklist.push(tick(id, 'teams_met', { row: i + 2, phase: 'prepare' }));
    }
    const now = bkk('2026-12-06 14:00');
    const r = readiness(m, now, indexModel(m));
    expect(r.guests).toHaveLength(5000);
    expect(r.byPhase.prepare.done).toBe(5000);
    expect(r.byPhase.arrival.auto).toBe(2500);
  });
});
