import { buildChecklist, type GuestChecklist } from '../../../src/core/checklist';
import { instantToWall, formatWall } from '../../../src/core/time/zones';
import { sampleModel } from '../fixtures/checklist';
import { arrival, bkk, departure, guest, transfer, zt } from '../fixtures/model';

const NOW = new Date('2026-11-01T00:00:00Z');

function item(c: GuestChecklist, id: string) {
  const it = c.items.find((i) => i.id === id);
  if (!it) throw new Error(`no item ${id} in ${c.items.map((i) => i.id).join(', ')}`);
  return it;
}

function wallIn(at: Date | undefined, zone: string): string {
  if (!at) throw new Error('no due moment');
  return formatWall(instantToWall(at, zone));
}

describe('due moments', () => {
  test('airport call is airport_lead_minutes before landing, in the airport zone', () => {
    const m = sampleModel();
    const c = buildChecklist(m, 'G1', NOW);
    const it = item(c, 'at_airport_early');
    expect(it.due).toEqual(bkk('2026-12-06 13:35'));
    expect(it.dueZone).toBe('Asia/Bangkok');

    m.event.airport_lead_minutes = 90;
    expect(item(buildChecklist(m, 'G1', NOW), 'at_airport_early').due).toEqual(bkk('2026-12-06 13:05'));
  });

  test('a landing at 00:30 Bangkok gives an airport call at 23:30 the previous local day', () => {
    const m = sampleModel();
    m.flights[0] = arrival('G1', '2026-12-07 00:30');
    const c = buildChecklist(m, 'G1', NOW);
    const it = item(c, 'at_airport_early');
    expect(wallIn(it.due, 'Asia/Bangkok')).toBe('2026-12-06 23:30');
    expect(it.due!.toISOString()).toBe('2026-12-06T16:30:00.000Z');
    // The arrival phase starts with the airport call, not at the following midnight.
    expect(buildChecklist(m, 'G1', bkk('2026-12-06 23:40')).currentPhase).toBe('arrival');
    expect(buildChecklist(m, 'G1', bkk('2026-12-06 23:20')).currentPhase).toBe('before_arrival');
  });

  test('an airport in another zone keeps its own zone for the call', () => {
    const m = sampleModel();
    m.flights[0] = arrival('G1', '2026-12-06 14:35', { to_airport: 'HND', arrive: zt('2026-12-06 14:35', 'Asia/Tokyo') });
    const it = item(buildChecklist(m, 'G1', NOW), 'at_airport_early');
    expect(it.dueZone).toBe('Asia/Tokyo');
    expect(wallIn(it.due, 'Asia/Tokyo')).toBe('2026-12-06 13:35');
  });

  test('the last landing of several legs is the one met; cancelled flights are ignored', () => {
    const m = sampleModel();
    m.flights.push(
      arrival('G1', '2026-12-06 09:00', { flight_no: 'EK 1', to_airport: 'DXB', arrive: zt('2026-12-06 09:00', 'Asia/Dubai') }),
      arrival('G1', '2026-12-06 22:00', { flight_no: 'XX 9', status: 'cancelled' }),
    );
    expect(item(buildChecklist(m, 'G1', NOW), 'at_airport_early').due).toEqual(bkk('2026-12-06 13:35'));
  });

  test('arrival items follow the landing', () => {
    const c = buildChecklist(sampleModel(), 'G1', NOW);
    expect(item(c, 'baggage_checked').due).toEqual(bkk('2026-12-06 15:20'));
    expect(item(c, 'room_number_noted').due).toEqual(bkk('2026-12-06 17:35'));
  });

  test('preparation is due at 09:00 three days before the arrival day; before-arrival at noon the day before', () => {
    const c = buildChecklist(sampleModel(), 'G1', NOW);
    expect(item(c, 'briefing_attended').due).toEqual(bkk('2026-12-03 09:00'));
    expect(item(c, 'data_passed_on').due).toEqual(bkk('2026-12-05 12:00'));
  });

  test('one confirmation each evening of the stay at 18:00 Bangkok, none on or after the departure day', () => {
    const c = buildChecklist(sampleModel(), 'G1', NOW);
    const evenings = c.items.filter((i) => i.id.startsWith('confirm_tomorrow'));
    expect(evenings.map((i) => i.id).sort()).toEqual([
      'confirm_tomorrow@2026-12-06', 'confirm_tomorrow@2026-12-07', 'confirm_tomorrow@2026-12-08',
    ]);
    expect(evenings.map((e) => wallIn(e.due, 'Asia/Bangkok')).sort()).toEqual([
      '2026-12-06 18:00', '2026-12-07 18:00', '2026-12-08 18:00',
    ]);
    for (const e of evenings) expect(e.phase).toBe('stay');
    const first = item(c, 'confirm_tomorrow@2026-12-07');
    expect(first.text.en).toContain('Mon 7 Dec 2026');
    expect(first.text.th).toContain('2569');
    expect(first.textKey).toBe('checklist.item.confirm_tomorrow');
  });

  test('the daily confirmation time comes from the settings', () => {
    const m = sampleModel();
    m.event.daily_confirm_time = { hour: 19, minute: 30 };
    const c = buildChecklist(m, 'G1', NOW);
    expect(item(c, 'confirm_tomorrow@2026-12-07').due).toEqual(bkk('2026-12-07 19:30'));
  });

  test('an evening before the landing is left out, and the departure day has none', () => {
    const m = sampleModel();
    m.flights = [arrival('G1', '2026-12-06 19:00'), departure('G1', '2026-12-08 17:00')];
    const ids = buildChecklist(m, 'G1', NOW).items.filter((i) => i.id.startsWith('confirm_tomorrow')).map((i) => i.id);
    expect(ids).toEqual(['confirm_tomorrow@2026-12-07']);
  });

  test('a flight out at 01:00 still gets the confirmation of the evening before', () => {
    const m = sampleModel();
    m.flights[1] = departure('G1', '2026-12-09 01:00');
    const c = buildChecklist(m, 'G1', NOW);
    expect(c.items.filter((i) => i.id.startsWith('confirm_tomorrow')).map((i) => i.id).sort()).toEqual([
      'confirm_tomorrow@2026-12-06', 'confirm_tomorrow@2026-12-07', 'confirm_tomorrow@2026-12-08',
    ]);
    // Departure starts 6 hours before a small-hours takeoff.
    expect(buildChecklist(m, 'G1', bkk('2026-12-08 19:30')).currentPhase).toBe('departure');
    expect(buildChecklist(m, 'G1', bkk('2026-12-08 18:30')).currentPhase).toBe('stay');
  });

  test('departure items count back from takeoff; check-out and car use the departure transfer when there is one', () => {
    const m = sampleModel();
    let c = buildChecklist(m, 'G1', NOW);
    expect(item(c, 'flight_checked').due).toEqual(bkk('2026-12-08 10:00'));
    expect(item(c, 'farewell').due).toEqual(bkk('2026-12-09 09:00'));
    expect(item(c, 'check_out').due).toEqual(bkk('2026-12-09 06:00'));
    expect(item(c, 'departure_prepared').due).toEqual(bkk('2026-12-08 18:00'));

    m.transfers.push(transfer('T2', ['G1'], {
      row: 3, vehicle_id: 'V1', pickup: zt('2026-12-09 06:45'),
      from_place: 'River Hotel', to_place: 'BKK', purpose: 'departure', flight_no: 'TG916',
    }));
    c = buildChecklist(m, 'G1', NOW);
    expect(item(c, 'check_out').due).toEqual(bkk('2026-12-09 06:45'));
    expect(item(c, 'car_to_airport').due).toEqual(bkk('2026-12-09 06:45'));
  });

  test('without flights, check-in and check-out dates stand in where they can', () => {
    const m = sampleModel();
    m.flights = [];
    const c = buildChecklist(m, 'G1', NOW);
    expect(item(c, 'at_airport_early').due).toBeUndefined();
    expect(item(c, 'at_airport_early').dueReason).toBe('no_arrival_flight');
    expect(item(c, 'briefing_attended').due).toEqual(bkk('2026-12-03 09:00'));
    expect(item(c, 'guest_briefed').due).toEqual(bkk('2026-12-07 00:00'));
    // The hotel's check-out time (11:00) on the check-out date.
    expect(item(c, 'check_out').due).toEqual(bkk('2026-12-09 11:00'));
    expect(item(c, 'farewell').dueReason).toBe('no_departure_flight');
    expect(c.items.filter((i) => i.id.startsWith('confirm_tomorrow')).map((i) => i.id).sort()).toEqual([
      'confirm_tomorrow@2026-12-06', 'confirm_tomorrow@2026-12-07', 'confirm_tomorrow@2026-12-08',
    ]);
  });

  test('an arrival flight without a usable landing time says so', () => {
    const m = sampleModel();
    m.flights[0] = arrival('G1', '2026-12-06 14:35', { arrive: undefined, to_airport: 'ZZZ' });
    const it = item(buildChecklist(m, 'G1', NOW), 'at_airport_early');
    expect(it.due).toBeUndefined();
    expect(it.dueReason).toBe('arrival_time_unknown');
    expect(it.dueReasonText?.en).toMatch(/landing time/);
  });

  test('a stay of absurd length is capped', () => {
    const m = sampleModel();
    m.guests.push(guest('G9', { check_in: '2026-01-01', check_out: '2030-01-01' }));
    const evenings = buildChecklist(m, 'G9', NOW).items.filter((i) => i.id.startsWith('confirm_tomorrow'));
    expect(evenings.length).toBe(60);
  });
});
