/**
 * A small event for the checklist tests, built in code so each test can bend one fact.
 * Bangkok is UTC+7 all year, so "14:35 Bangkok" is 07:35Z.
 */
import type { EventModel, Flight, Guest, ZonedTime } from '../../src/core/model';
import { asZone, wallToInstant } from '../../src/core/time/zones';
import { DEFAULT_ZONE } from '../../src/core/schema/contract';

/** "2026-12-06 14:35" in a zone → ZonedTime. */
export function zt(wall: string, zone: string = 'Asia/Bangkok'): ZonedTime {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(wall);
  if (!m) throw new Error(`bad wall time in test: ${wall}`);
  const at = wallToInstant({ year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5] }, zone);
  return { at, zone: asZone(zone)!, wall };
}

/** The instant of a Bangkok wall time. */
export function bkk(wall: string): Date {
  return zt(wall).at;
}

export function guest(id: string, extra: Partial<Guest> = {}): Guest {
  return { row: 2, guest_id: id, given_name: 'Ana', family_name: 'Silva', languages: ['en'], ...extra };
}

export function arrival(guestId: string, wall: string, extra: Partial<Flight> = {}): Flight {
  return {
    row: 2, guest_id: guestId, direction: 'arrival', flight_no: 'TG 917', from_airport: 'LHR', to_airport: 'BKK',
    arrive: zt(wall), status: 'scheduled', ...extra,
  };
}

export function departure(guestId: string, wall: string, extra: Partial<Flight> = {}): Flight {
  return {
    row: 3, guest_id: guestId, direction: 'departure', flight_no: 'TG 916', from_airport: 'BKK', to_airport: 'LHR',
    depart: zt(wall), status: 'scheduled', ...extra,
  };
}

export function emptyModel(): EventModel {
  return {
    event: {
      event_name: 'Test meeting', time_zone: DEFAULT_ZONE, language: 'en', organiser_emails: [],
      airport_lead_minutes: 60, daily_confirm_time: { hour: 18, minute: 0 }, digest_time: { hour: 8, minute: 0 }, lo_gap_minutes: 120, extra: {},
    },
    guests: [], flights: [], los: [], assignments: [], hotels: [], vehicles: [], transfers: [],
    programme: [], contacts: [], checklist: [], checklistItems: [], sent: [], documents: [],
  };
}

/**
 * G1: lands Sun 6 Dec 2026 14:35 Bangkok, leaves Wed 9 Dec 10:00; hotel H1, room 1204,
 * car V1 on the arrival transfer, LO L1. G2: only a name.
 */
export function sampleModel(): EventModel {
  const m = emptyModel();
  m.guests.push(
    guest('G1', { hotel_id: 'H1', room_no: '1204', dietary: 'halal', check_in: '2026-12-06', check_out: '2026-12-09' }),
    guest('G2', { row: 3, given_name: 'Bo', family_name: 'Lee' }),
  );
  m.flights.push(arrival('G1', '2026-12-06 14:35', { baggage: '2 pieces' }), departure('G1', '2026-12-09 10:00'));
  m.hotels.push({ row: 2, hotel_id: 'H1', name: 'River Hotel', check_out_time: '11:00' });
  m.vehicles.push({ row: 2, vehicle_id: 'V1', plate: 'กข 1234', driver_name: 'Somchai', driver_phone: '+66 81 234 5678' });
  m.transfers.push({
    row: 2, transfer_id: 'T1', guest_ids: ['G1'], vehicle_id: 'V1', pickup: zt('2026-12-06 15:30'),
    from_place: 'BKK', to_place: 'River Hotel', purpose: 'arrival',
  });
  m.los.push({ row: 2, lo_id: 'L1', name: 'Nok', email: 'nok@example.org', phone: '+66 81 000 0000', languages: ['en'] });
  m.assignments.push({ row: 2, guest_id: 'G1', lo_id: 'L1', role: 'primary' });
  return m;
}
