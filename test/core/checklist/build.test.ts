import {
  buildChecklist, customItemId, type GuestChecklist,
} from '../../../src/core/checklist';
import { indexModel } from '../../../src/core/model-index';
import type { ChecklistTick } from '../../../src/core/model';
import { sampleModel } from '../fixtures/checklist';
import { bkk, tick } from '../fixtures/model';

const EARLY = new Date('2026-11-01T00:00:00Z');

function item(c: GuestChecklist, id: string) {
  const it = c.items.find((i) => i.id === id);
  if (!it) throw new Error(`no item ${id}`);
  return it;
}

/** Nok's tick of one of G1's arrival items. */
function nokTick(itemId: string, extra: Partial<ChecklistTick> = {}): ChecklistTick {
  return tick('G1', itemId, {
    phase: 'arrival', done_by: 'nok@example.org', done_at: new Date('2026-12-06T08:00:00Z'), ...extra,
  });
}

describe('items the data ticks', () => {
  test('a recorded room number ticks the room item and says which room; removing it reopens the item', () => {
    const m = sampleModel();
    let it = item(buildChecklist(m, 'G1', EARLY), 'room_number_noted');
    expect(it.status).toBe('auto');
    expect(it.auto?.fact).toBe('room');
    expect(it.auto?.params.room).toBe('1204');
    expect(it.auto?.text.en).toBe('room 1204 recorded');
    expect(it.auto?.text.th).toContain('1204');

    m.guests[0].room_no = '   ';
    it = item(buildChecklist(m, 'G1', EARLY), 'room_number_noted');
    expect(it.status).toBe('open');
    expect(it.auto).toBeUndefined();
    m.guests[0].room_no = undefined;
    expect(item(buildChecklist(m, 'G1', bkk('2026-12-07 09:00')), 'room_number_noted').status).toBe('overdue');
  });

  test('car, hotel, flights, baggage and dietary data tick their items and name the fact', () => {
    const m = sampleModel();
    const c = buildChecklist(m, 'G1', EARLY);
    const car = item(c, 'car_details');
    expect(car.status).toBe('auto');
    expect(car.auto?.text.en).toBe('car กข 1234 with driver Somchai, phone +66 81 234 5678');
    expect(item(c, 'hotel_details').auto?.params.hotel).toBe('River Hotel');
    expect(item(c, 'flights_collected').auto?.text.en).toBe('flights known: arrival TG 917, departure TG 916');
    expect(item(c, 'baggage_collected').status).toBe('auto');
    expect(item(c, 'dietary_collected').auto?.text.en).toBe('dietary need recorded: halal');
    // Nothing records medical needs, so that one waits for the LO.
    expect(item(c, 'medical_collected').status).toBe('open');
  });

  test('a car without a known vehicle, an unknown hotel or a missing departure flight proves nothing', () => {
    const m = sampleModel();
    m.transfers[0].vehicle_id = 'V404';
    m.guests[0].hotel_id = 'H404';
    m.flights = m.flights.filter((f) => f.direction === 'arrival');
    const c = buildChecklist(m, 'G1', EARLY);
    expect(item(c, 'car_details').status).toBe('open');
    expect(item(c, 'hotel_details').status).toBe('open');
    expect(item(c, 'flights_collected').status).toBe('open');
    expect(c.missing).toEqual(expect.arrayContaining(['unknown_hotel', 'no_car', 'no_departure_flight']));
  });
});

describe('ticks', () => {
  test('a tick makes an item done and carries who, when and the note', () => {
    const m = sampleModel();
    m.checklist.push(nokTick('at_airport_early', { note: 'Gate 3' }));
    const it = item(buildChecklist(m, 'G1', bkk('2026-12-07 09:00')), 'at_airport_early');
    expect(it.status).toBe('done');
    expect(it.tick).toEqual({ done: true, by: 'nok@example.org', at: new Date('2026-12-06T08:00:00Z'), note: 'Gate 3', row: 2 });
  });

  test('of several rows for one item the latest tick counts', () => {
    const m = sampleModel();
    m.checklist.push(
      nokTick('at_airport_early', { row: 5, done: true, done_at: new Date('2026-12-06T08:00:00Z') }),
      nokTick('at_airport_early', { row: 3, done: false, done_at: new Date('2026-12-06T09:00:00Z') }),
    );
    const it = item(buildChecklist(m, 'G1', bkk('2026-12-07 09:00')), 'at_airport_early');
    expect(it.status).toBe('overdue');
    expect(it.tick?.done).toBe(false);
  });

  test('ticks of another guest do not count', () => {
    const m = sampleModel();
    m.checklist.push(nokTick('at_airport_early', { guest_id: 'G2' }));
    expect(item(buildChecklist(m, 'G1', bkk('2026-12-07 09:00')), 'at_airport_early').status).toBe('overdue');
  });
});

describe('overdue and open', () => {
  const call = bkk('2026-12-06 13:35');
  test('an item is open at its due instant and overdue one millisecond after', () => {
    const m = sampleModel();
    expect(item(buildChecklist(m, 'G1', call), 'at_airport_early').status).toBe('open');
    expect(item(buildChecklist(m, 'G1', new Date(call.getTime() + 1)), 'at_airport_early').status).toBe('overdue');
    expect(item(buildChecklist(m, 'G1', new Date(call.getTime() - 1)), 'at_airport_early').status).toBe('open');
  });

  test('an item with no due moment is never overdue', () => {
    const m = sampleModel();
    m.flights = [];
    expect(item(buildChecklist(m, 'G1', new Date('2030-01-01T00:00:00Z')), 'at_airport_early').status).toBe('open');
  });
});

describe('current phase', () => {
  const cases: Array<[string, string]> = [
    ['2026-11-20 10:00', 'prepare'],
    ['2026-12-03 08:59', 'prepare'],
    ['2026-12-03 09:00', 'before_arrival'],
    ['2026-12-05 23:59', 'before_arrival'],
    ['2026-12-06 00:00', 'arrival'],
    ['2026-12-06 20:00', 'arrival'],
    ['2026-12-07 00:00', 'stay'],
    ['2026-12-08 23:59', 'stay'],
    ['2026-12-09 00:00', 'departure'],
    ['2026-12-20 00:00', 'departure'],
  ];
  test.each(cases)('at %s Bangkok the guest is in %s', (wall, phase) => {
    expect(buildChecklist(sampleModel(), 'G1', bkk(wall)).currentPhase).toBe(phase);
  });

  test('a late landing keeps the arrival phase for six hours past midnight', () => {
    const m = sampleModel();
    m.flights[0].arrive = { ...m.flights[0].arrive!, at: bkk('2026-12-06 22:00'), wall: '2026-12-06 22:00' };
    expect(buildChecklist(m, 'G1', bkk('2026-12-07 03:00')).currentPhase).toBe('arrival');
    expect(buildChecklist(m, 'G1', bkk('2026-12-07 04:00')).currentPhase).toBe('stay');
  });
});

describe('order', () => {
  test('overdue items come first, then the current phase by due moment, then later phases', () => {
    const now = bkk('2026-12-06 14:00'); // arrival day, airport call (13:35) missed
    const c = buildChecklist(sampleModel(), 'G1', now);
    const firstNonOverdue = c.items.findIndex((i) => i.status !== 'overdue');
    expect(firstNonOverdue).toBe(10);
    expect(c.items.slice(0, firstNonOverdue).every((i) => i.status === 'overdue')).toBe(true);
    expect(c.items.slice(firstNonOverdue).some((i) => i.status === 'overdue')).toBe(false);
    const overdueDues = c.items.slice(0, firstNonOverdue).map((i) => i.due!.getTime());
    expect([...overdueDues].sort((a, b) => a - b)).toEqual(overdueDues);
    // Right after the overdue ones: the arrival phase, starting with what is due next.
    expect(c.items[firstNonOverdue].phase).toBe('arrival');
    expect(c.items[firstNonOverdue].id).toBe('baggage_checked');
    expect(c.nextId).toBe('baggage_checked');
    // The phases after arrival follow in order; the earlier ones (all done or overdue) last.
    const runs: [string, number][] = [];
    for (const it of c.items.slice(firstNonOverdue)) {
      const last = runs.at(-1);
      if (last && last[0] === it.phase) last[1]++;
      else runs.push([it.phase, 1]);
    }
    expect(runs).toEqual([['arrival', 10], ['stay', 9], ['departure', 5], ['before_arrival', 5]]);
  });

  test('phase counts add up', () => {
    const c = buildChecklist(sampleModel(), 'G1', bkk('2026-12-06 14:00'));
    const total = Object.values(c.phases).reduce((s, p) => s + p.total, 0);
    expect(total).toBe(c.items.length);
    for (const p of Object.values(c.phases)) expect(p.done + p.overdue + p.open).toBe(p.total);
    expect(c.phases.before_arrival.auto).toBe(5);
    expect(c.phases.arrival.overdue).toBe(1);
  });
});

describe("organisers' own items", () => {
  test('get a stable id from the English text, no due moment, and their own texts', () => {
    const m = sampleModel();
    m.checklistItems.push(
      { row: 2, phase: 'stay', text_en: 'Buy the guest a local SIM card', text_th: 'ซื้อซิมการ์ดให้แขก' },
      { row: 3, phase: 'prepare', text_en: 'Collect the LO badge' },
    );
    const id = customItemId('Buy the guest a local SIM card');
    expect(id).toMatch(/^custom_[0-9a-z]{7}$/);
    expect(customItemId('  buy the guest  a LOCAL sim card ')).toBe(id);
    expect(customItemId('Buy the guest a SIM card')).not.toBe(id);

    const c = buildChecklist(m, 'G1', bkk('2026-12-20 00:00'));
    const it = item(c, id);
    expect(it).toMatchObject({ phase: 'stay', custom: true, status: 'open', dueReason: 'custom_item' });
    expect(it.due).toBeUndefined();
    expect(it.text).toEqual({ en: 'Buy the guest a local SIM card', th: 'ซื้อซิมการ์ดให้แขก' });
    // Without a Thai text the English one stands in.
    expect(item(c, customItemId('Collect the LO badge')).text.th).toBe('Collect the LO badge');

    // Moving the rows keeps the ids, so ticks stay attached.
    m.checklistItems.reverse();
    m.checklist.push(nokTick(id, { phase: 'stay' }));
    expect(item(buildChecklist(m, 'G1', EARLY), id).status).toBe('done');
  });

  test('a repeated text is listed once', () => {
    const m = sampleModel();
    m.checklistItems.push(
      { row: 2, phase: 'stay', text_en: 'Same thing' },
      { row: 3, phase: 'stay', text_en: 'same  thing' },
    );
    const ids = buildChecklist(m, 'G1', EARLY).items.filter((i) => i.custom).map((i) => i.id);
    expect(ids).toEqual([customItemId('Same thing')]);
  });
});

describe('texts', () => {
  test('every built-in item has its own English and Thai text', () => {
    const c = buildChecklist(sampleModel(), 'G1', EARLY, { index: indexModel(sampleModel()) });
    const seen = new Set<string>();
    for (const it of c.items) {
      expect(it.text.en).not.toMatch(/^checklist\./);
      expect(it.text.th).not.toMatch(/^checklist\./);
      expect(it.text.th).not.toBe(it.text.en);
      expect(it.text.en).not.toMatch(/\{[a-z]+\}/);
      if (!it.id.startsWith('confirm_tomorrow')) {
        expect(seen.has(it.text.en)).toBe(false);
        seen.add(it.text.en);
      }
    }
  });
});
