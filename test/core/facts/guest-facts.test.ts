import type { EventModel } from '../../../src/core/model';
import { indexModel } from '../../../src/core/model-index';
import { covers, guestFacts, losOn } from '../../../src/core/facts/guest-facts';
import { arrival, bkk, departure, emptyModel, flight, guest, lo, zt } from '../fixtures/model';

/**
 * G1 lands twice (the later landing counts), leaves on TG 916 from Bangkok with a
 * Tokyo leg; stays at H1; two transfers (the departure one has no car); a primary and
 * a backup LO, the backup only on the 8th; one "all" item and one for another delegation.
 */
function event(): EventModel {
  const m = emptyModel({ airport_lead_minutes: 90 });
  m.guests.push(guest('G1', {
    honorific: 'Dr.', given_name: 'Kenji', family_name: 'Yamada', delegation: 'JPN',
    hotel_id: 'H1', room_no: '1204', check_in: '2026-12-06', check_out: '2026-12-09',
    dietary: 'halal', dietary_notes: 'no gelatine', share_dietary_notes: true, medical_notes: 'asthma', accessibility: 'wheelchair',
  }));
  m.guests.push(guest('G2', { row: 3, given_name: 'Bo', family_name: 'Lee', preferred_address: 'Minister Lee', delegation: 'KOR' }));
  m.flights.push(
    arrival('G1', '2026-12-06 14:35', { row: 2, flight_no: 'TG 641', depart: zt('2026-12-06 09:00', 'Asia/Tokyo') }),
    arrival('G1', '2026-12-05 22:00', { row: 4, flight_no: 'NH 877' }),
    departure('G1', '2026-12-09 10:00', { row: 3 }),
    flight('G1', 'departure', { row: 5, flight_no: 'JL 31', status: 'cancelled', depart: zt('2026-12-09 08:00') }),
  );
  m.hotels.push({ row: 2, hotel_id: 'H1', name: 'River Hotel', check_in_time: '14:00', check_out_time: '11:00' });
  m.vehicles.push({ row: 2, vehicle_id: 'V1', plate: 'กข 1234', driver_name: 'Somchai', driver_phone: '+66 81 234 5678' });
  m.transfers.push(
    { row: 2, transfer_id: 'T2', guest_ids: ['G1'], pickup: zt('2026-12-09 06:45'), from_place: 'River Hotel', to_place: 'BKK', purpose: 'departure', flight_no: 'TG916' },
    { row: 3, transfer_id: 'T1', guest_ids: ['G1', 'G2'], vehicle_id: 'V1', pickup: zt('2026-12-06 15:30'), from_place: 'BKK', to_place: 'River Hotel', purpose: 'arrival', notes: 'sign at gate 3' },
  );
  m.los.push(lo('L1', { name: 'Nok' }), lo('L2', { row: 3, name: 'Dao' }));
  m.assignments.push(
    { row: 2, guest_id: 'G1', lo_id: 'L2', role: 'backup', from: '2026-12-08', to: '2026-12-08' },
    { row: 3, guest_id: 'G1', lo_id: 'L1', role: 'primary' },
    { row: 4, guest_id: 'G1', lo_id: 'L9', role: 'backup' },
  );
  m.programme.push(
    { row: 2, item_id: 'P2', starts: zt('2026-12-07 19:00'), title: 'Gala dinner', venue: 'Ballroom', kind: 'official', audience: ['all'] },
    { row: 3, item_id: 'P1', starts: zt('2026-12-07 09:00'), title: 'Opening', venue: 'Hall A', kind: 'official', audience: ['KOR'] },
    { row: 4, item_id: 'P3', starts: zt('2026-12-07 08:00'), title: 'Breakfast', venue: 'Café', kind: 'private', audience: ['JPN', 'G2'] },
  );
  return m;
}

describe('guestFacts', () => {
  const m = event();
  const ix = indexModel(m);
  const f = guestFacts(ix, m.guests[0]);

  test('names: the full name as typed and the form of address', () => {
    expect(f.names).toEqual({ full: 'Dr. Kenji Yamada', address: 'Dr. Yamada' });
    expect(guestFacts(ix, m.guests[1]).names).toEqual({ full: 'Bo Lee', address: 'Minister Lee' });
  });

  test('flights: the later landing and the first live take-off count, each in its own zone', () => {
    expect(f.arrivalFlight?.flight_no).toBe('TG 641');
    expect(f.landing?.at).toEqual(bkk('2026-12-06 14:35'));
    expect(f.arrivalFlight?.depart?.zone).toBe('Asia/Tokyo');
    expect(f.landingReason).toBeUndefined();
    expect(f.departureFlight?.flight_no).toBe('TG 916');
    expect(f.takeoff?.wall).toBe('2026-12-09 10:00');
    expect(f.flights.map((x) => x.row)).toEqual([2, 3, 4, 5]);
    expect(f.flightsByTime.map((x) => x.flight_no)).toEqual(['NH 877', 'TG 641', 'JL 31', 'TG 916']);
  });

  test('without a usable flight the reason is given and the days come from the stay', () => {
    const g2 = guestFacts(ix, m.guests[1]);
    expect([g2.landingReason, g2.takeoffReason]).toEqual(['no_arrival_flight', 'no_departure_flight']);
    const m2 = event();
    m2.flights = [flight('G1', 'arrival', { row: 2 })];
    const f2 = guestFacts(indexModel(m2), m2.guests[0]);
    expect(f2.arrivalFlight?.row).toBe(2);
    expect(f2.landingReason).toBe('arrival_time_unknown');
    expect([f2.arrivalDay, f2.departureDay]).toEqual(['2026-12-06', '2026-12-09']);
  });

  test('days and phase starts: the airport call may start the arrival phase the day before', () => {
    expect([f.arrivalDay, f.departureDay]).toEqual(['2026-12-06', '2026-12-09']);
    expect(f.arrivalStart).toEqual(bkk('2026-12-06 00:00'));
    expect(f.stayStart).toEqual(bkk('2026-12-07 00:00'));
    expect(f.departureStart).toEqual(bkk('2026-12-09 00:00'));
    const m2 = event();
    m2.flights[0] = arrival('G1', '2026-12-06 01:00', { row: 2 });
    m2.flights.splice(1, 1);
    const f2 = guestFacts(indexModel(m2), m2.guests[0]);
    expect(f2.arrivalStart).toEqual(bkk('2026-12-05 23:30'));
  });

  test('stay: hotel, room, dates and the hotel times', () => {
    expect(f.stay).toEqual({
      hotel: m.hotels[0], room: '1204', checkIn: '2026-12-06', checkOut: '2026-12-09', checkInTime: '14:00', checkOutTime: '11:00',
    });
    expect(f.hotel).toBe(m.hotels[0]);
  });

  test('transfers in pickup order, each with its car, driver, places, flight and notes', () => {
    expect(f.transfers.map((t) => [t.transfer.transfer_id, t.plate, t.driver, t.driverPhone, t.from, t.to, t.pickup?.wall, t.flightNo, t.notes])).toEqual([
      ['T1', 'กข 1234', 'Somchai', '+66 81 234 5678', 'BKK', 'River Hotel', '2026-12-06 15:30', undefined, 'sign at gate 3'],
      ['T2', undefined, undefined, undefined, 'River Hotel', 'BKK', '2026-12-09 06:45', 'TG916', undefined],
    ]);
    expect(f.car?.transfer.transfer_id).toBe('T1');
    expect(f.departureTransfer?.transfer_id).toBe('T2');
  });

  test('LOs: primaries first; losOn keeps known LOs covering the date, each once', () => {
    expect(f.los.map((l) => [l.assignment.lo_id, l.role, l.lo?.name])).toEqual([
      ['L1', 'primary', 'Nok'], ['L2', 'backup', 'Dao'], ['L9', 'backup', undefined],
    ]);
    expect(f.hasLo).toBe(true);
    expect(losOn(f).map((l) => l.lo.lo_id)).toEqual(['L1', 'L2']);
    expect(losOn(f, '2026-12-07').map((l) => l.lo.lo_id)).toEqual(['L1']);
    expect(losOn(f, '2026-12-08').map((l) => l.lo.lo_id)).toEqual(['L1', 'L2']);
    expect(covers({ from: '2026-12-08' }, undefined)).toBe(true);
    expect(covers({ to: '2026-12-07' }, '2026-12-08')).toBe(false);
  });

  test('programme: the items the guest attends, in start order', () => {
    expect(f.programme.map((p) => p.item_id)).toEqual(['P3', 'P2']);
    expect(guestFacts(ix, m.guests[1]).programme.map((p) => p.item_id)).toEqual(['P3', 'P1', 'P2']);
  });

  test('needs, with what the guest agreed to share', () => {
    expect(f.needs).toEqual({
      dietary: 'halal', dietaryNotes: 'no gelatine', medicalNotes: 'asthma', accessibility: 'wheelchair',
      shareDietaryNotes: true, shareMedicalNotes: false, shareAccessibility: false,
    });
  });

  test('computed once per index: the same object again, a fresh one for a new index', () => {
    expect(guestFacts(ix, m.guests[0])).toBe(f);
    expect(guestFacts(indexModel(m), m.guests[0])).not.toBe(f);
  });
});
