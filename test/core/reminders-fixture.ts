/**
 * A small event as a parsed model, for the reminder tests. Times are written as
 * wall time in a named zone, like the sheet: flights in their airports' zones,
 * pickups and programme in Bangkok.
 *
 * G012 Alice Smith: LHR 5 Dec 21:00 (London) → BKK 6 Dec 15:30; back 10 Dec 23:55.
 *   LO3 primary (English), LO4 backup (Thai). Medical and dietary notes set.
 * G020 Niran Chai: CNX → BKK landing 7 Dec 00:30 (just after midnight). LO5 (Thai + English).
 */
import type {
  EventModel, Flight, Guest, Lo, ProgrammeItem, SentRecord, Transfer, ZonedTime,
} from '../../src/core/model';
import { planReminders } from '../../src/core/reminders';
import type { PlannedMessage, PlanOptions } from '../../src/core/reminders';
import { asZone, zonedTime } from '../../src/core/time/zones';
import { DEFAULT_ZONE } from '../../src/core/schema/contract';

const BKK = 'Asia/Bangkok';

/** "2026-12-06 15:30" in a zone. */
export function zt(wall: string, zone = BKK): ZonedTime {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(wall);
  if (!m) throw new Error(`bad wall time ${wall}`);
  return zonedTime({ year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5] }, asZone(zone)!);
}

/** The instant Bangkok clocks show that wall time. */
export function bkk(wall: string): Date {
  return zt(wall).at;
}

export function minutes(at: Date, n: number): Date {
  return new Date(at.getTime() + n * 60_000);
}

let row = 2;
const r = () => row++;

export function guest(p: Partial<Guest> & { guest_id: string }): Guest {
  return { row: r(), given_name: 'Given', family_name: 'Family', languages: ['en'], ...p };
}

export function flight(p: Partial<Flight> & Pick<Flight, 'guest_id' | 'direction' | 'flight_no'>): Flight {
  return { row: r(), from_airport: 'LHR', to_airport: 'BKK', status: 'scheduled', ...p };
}

export function lo(p: Partial<Lo> & { lo_id: string }): Lo {
  return { row: r(), name: `Officer ${p.lo_id}`, email: `${p.lo_id.toLowerCase()}@example.org`, phone: '081 234 5678', languages: ['en'], ...p };
}

export function model(): EventModel {
  const guests: Guest[] = [
    guest({
      guest_id: 'G012', honorific: 'Dr', given_name: 'Alice', family_name: 'Smith', preferred_address: 'Dr Smith',
      position: 'Director', organisation: 'Tourism Board', country: 'UK', delegation: 'UK', languages: ['en'],
      phone: '+44 7700 900123', dietary: 'halal', dietary_notes: 'no alcohol in sauces', medical_notes: 'Penicillin allergy',
      accessibility: 'needs a wheelchair at the gate', hotel_id: 'H1', room_no: '1201', check_in: '2026-12-06', check_out: '2026-12-11',
      host_covers: 'room and breakfast',
    }),
    guest({
      guest_id: 'G020', honorific: 'Mr', given_name: 'Niran', family_name: 'Chai', languages: ['th'], delegation: 'TH',
      hotel_id: 'H1', room_no: '808', medical_notes: 'Diabetic',
    }),
  ];
  const flights: Flight[] = [
    flight({ guest_id: 'G012', direction: 'arrival', flight_no: 'TG 641', from_airport: 'LHR', to_airport: 'BKK', depart: zt('2026-12-05 21:00', 'Europe/London'), arrive: zt('2026-12-06 15:30'), terminal: '1', baggage: '2 pieces' }),
    flight({ guest_id: 'G012', direction: 'departure', flight_no: 'TG 640', from_airport: 'BKK', to_airport: 'LHR', depart: zt('2026-12-10 23:55'), arrive: zt('2026-12-11 06:00', 'Europe/London') }),
    flight({ guest_id: 'G020', direction: 'arrival', flight_no: 'TG 117', from_airport: 'CNX', to_airport: 'BKK', depart: zt('2026-12-06 23:20'), arrive: zt('2026-12-07 00:30') }),
    flight({ guest_id: 'G020', direction: 'departure', flight_no: 'TG 118', from_airport: 'BKK', to_airport: 'CNX', depart: zt('2026-12-09 10:00'), arrive: zt('2026-12-09 11:10') }),
  ];
  const transfers: Transfer[] = [
    { row: r(), transfer_id: 'T1', guest_ids: ['G012'], vehicle_id: 'V1', pickup: zt('2026-12-06 16:15'), from_place: 'BKK airport', to_place: 'Riverside Grand', purpose: 'arrival', flight_no: 'TG641' },
    { row: r(), transfer_id: 'T2', guest_ids: ['G012', 'G020'], vehicle_id: 'V1', pickup: zt('2026-12-07 08:15'), from_place: 'Riverside Grand', to_place: 'QSNCC', purpose: 'programme' },
    { row: r(), transfer_id: 'T3', guest_ids: ['G012'], vehicle_id: 'V1', pickup: zt('2026-12-10 20:30'), from_place: 'Riverside Grand', to_place: 'BKK airport', purpose: 'departure', flight_no: 'TG640' },
  ];
  const programme: ProgrammeItem[] = [
    { row: r(), item_id: 'P1', starts: zt('2026-12-07 09:00'), ends: zt('2026-12-07 12:00'), title: 'Opening session', title_th: 'พิธีเปิด', venue: 'QSNCC Hall A', dress_code: 'Lounge suit', audience: [], kind: 'official' },
    { row: r(), item_id: 'P2', starts: zt('2026-12-08 19:00'), ends: zt('2026-12-08 21:00'), title: 'UK delegation dinner', venue: 'Embassy residence', audience: ['UK'], kind: 'private' },
  ];
  return {
    event: {
      event_name: 'ATF 2026', event_name_th: 'การประชุม ATF 2569', time_zone: DEFAULT_ZONE, language: 'en',
      organiser_emails: ['org@example.org', 'desk@example.org'], reply_to: 'desk@example.org',
      airport_lead_minutes: 60, daily_confirm_time: { hour: 18, minute: 0 }, digest_time: { hour: 8, minute: 0 }, lo_gap_minutes: 120, extra: {},
    },
    guests,
    flights,
    los: [
      lo({ lo_id: 'LO3', name: 'Ann Lee', languages: ['en'] }),
      lo({ lo_id: 'LO4', name: 'Somchai Jaidee', languages: ['th'] }),
      lo({ lo_id: 'LO5', name: 'Suda Rakthai', languages: ['th', 'en'] }),
    ],
    assignments: [
      { row: r(), guest_id: 'G012', lo_id: 'LO3', role: 'primary' },
      { row: r(), guest_id: 'G012', lo_id: 'LO4', role: 'backup' },
      { row: r(), guest_id: 'G020', lo_id: 'LO5', role: 'primary' },
    ],
    hotels: [{ row: r(), hotel_id: 'H1', name: 'Riverside Grand', address: '1 Charoen Krung Rd', phone: '02 123 4567', check_in_time: '14:00', check_out_time: '12:00', wifi: 'RG-Guest', breakfast: '06:30-10:30, level 2', key_card: 'two cards' }],
    vehicles: [{ row: r(), vehicle_id: 'V1', plate: 'กข 1234', type: 'Van', driver_name: 'Prasit', driver_phone: '+66 81 555 0101' }],
    transfers,
    programme,
    contacts: [],
    checklist: [],
    checklistItems: [],
    sent: [],
    documents: [],
  };
}

/** Sent rows as the sender would write them for planned messages. */
export function sentRows(planned: PlannedMessage[], status: SentRecord['status'] = 'sent', at?: Date): SentRecord[] {
  return planned.map((p) => ({
    row: r(), key: p.key, kind: p.kind, recipient: p.recipient, subject: p.message.subject,
    fingerprint: p.fingerprint, status, at: at ?? p.due,
  }));
}

/** Plans, returning the keys only. */
export function dueKeys(m: EventModel, now: Date, opts?: PlanOptions): string[] {
  return planReminders(m, now, opts).due.map((p) => p.key);
}
