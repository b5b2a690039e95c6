/**
 * Everything about one guest, computed once per model index and shared by every
 * feature: the checklist and the reminder planner (which flight counts, when the
 * phases start), and the LO sidebar and phone page, the documents and the reminder
 * messages (names, flights, stay, cars and drivers, LOs, programme, needs), which
 * only render these facts.
 *
 * Instants stay ZonedTimes in the zone they were typed in (each airport's own for
 * flights); formatting them is the renderer's job (../time/format).
 */
import type {
  Assignment, Dietary, Flight, Guest, Hotel, IsoDate, Lo, ProgrammeItem, Transfer, Vehicle, ZonedTime,
} from '../model';
import type { ModelIndex } from '../model-index';
import { joinNonEmpty } from '../text';
import { localDate } from '../time/zones';
import { validIsoDate } from './event-time';
import {
  carOf, departureTransferOf, phaseStarts, pickFlight, type CarFact, type TravelReason,
} from './travel';

/** The guest's names, as the pages, documents and messages write them. */
interface GuestNames {
  /** Honorific, given and family name as typed: "Dr. Kenji Yamada". */
  full: string;
  /** How the LO addresses the guest: the preferred form, else honorific and family name. */
  address: string;
}

interface StayFacts {
  hotel?: Hotel;
  room?: string;
  checkIn?: IsoDate;
  checkOut?: IsoDate;
  /** The hotel's check-in and check-out times as typed ("14:00"). */
  checkInTime?: string;
  checkOutTime?: string;
}

/** One transfer of the guest, with its car and driver when the transfer names a known vehicle. */
export interface TransferFacts {
  transfer: Transfer;
  vehicle?: Vehicle;
  plate?: string;
  driver?: string;
  driverPhone?: string;
  from: string;
  to: string;
  pickup?: ZonedTime;
  flightNo?: string;
  notes?: string;
}

/** One assignment of an LO to the guest; `lo` is missing when the assignment names an unknown LO. */
export interface LoFacts {
  assignment: Assignment;
  lo?: Lo;
  role: Assignment['role'];
  /** The dates the assignment covers; open when missing. */
  from?: IsoDate;
  to?: IsoDate;
}

/** Dietary, medical and accessibility needs, with what the guest agreed to share (see documents/need-to-know.ts). */
interface NeedFacts {
  dietary?: Dietary;
  dietaryNotes?: string;
  medicalNotes?: string;
  accessibility?: string;
  shareDietaryNotes: boolean;
  shareMedicalNotes: boolean;
  shareAccessibility: boolean;
}

export interface GuestFacts {
  guest: Guest;
  names: GuestNames;
  /** The arrival flight that counts (the last landing), and its landing; the reason when that is unknown. */
  arrivalFlight?: Flight;
  landing?: ZonedTime;
  landingReason?: TravelReason;
  /** The departure flight that counts (the first take-off), and its take-off; the reason when that is unknown. */
  departureFlight?: Flight;
  takeoff?: ZonedTime;
  takeoffReason?: TravelReason;
  /** Event-zone dates of landing and take-off, else the stay dates. */
  arrivalDay?: IsoDate;
  departureDay?: IsoDate;
  /** When the arrival, stay and departure phases start; undefined when unknown. */
  arrivalStart?: Date;
  stayStart?: Date;
  departureStart?: Date;
  hotel?: Hotel;
  stay: StayFacts;
  /** A transfer of the guest with a known car (plate and driver's phone), the arrival one first. */
  car?: CarFact;
  departureTransfer?: Transfer;
  /** Every transfer of the guest, in pickup order. */
  transfers: TransferFacts[];
  hasLo: boolean;
  /** Every assignment, primaries first, then backups (each group in sheet order). */
  los: LoFacts[];
  /** The programme items the guest attends, in start order. */
  programme: ProgrammeItem[];
  needs: NeedFacts;
  /** Every flight of the guest, in sheet order. */
  flights: Flight[];
  /** Every flight of the guest, in time order (landing for arrivals, take-off for departures). */
  flightsByTime: Flight[];
}

/** The full name as the Guests tab writes it. */
function fullName(g: Pick<Guest, 'honorific' | 'given_name' | 'family_name'>): string {
  return joinNonEmpty([g.honorific, g.given_name, g.family_name], ' ');
}

function namesOf(g: Guest): GuestNames {
  const full = fullName(g);
  return { full, address: g.preferred_address || joinNonEmpty([g.honorific, g.family_name], ' ') || full };
}

/** A transfer with its car and driver (also for a transfer none of whose guests is known). */
export function transferFacts(idx: ModelIndex, t: Transfer): TransferFacts {
  const vehicle = t.vehicle_id ? idx.vehiclesById.get(t.vehicle_id) : undefined;
  return {
    transfer: t, vehicle, plate: vehicle?.plate, driver: vehicle?.driver_name, driverPhone: vehicle?.driver_phone,
    from: t.from_place, to: t.to_place, pickup: t.pickup, flightNo: t.flight_no, notes: t.notes,
  };
}

function losOfGuest(idx: ModelIndex, guestId: string): LoFacts[] {
  const out = (idx.assignmentsByGuest.get(guestId) ?? []).map((a) => ({
    assignment: a, lo: idx.losById.get(a.lo_id), role: a.role, from: a.from, to: a.to,
  }));
  return out.sort((a, b) => (a.role === b.role ? 0 : a.role === 'backup' ? 1 : -1));
}

function compute(idx: ModelIndex, guest: Guest): GuestFacts {
  const flightsByTime = idx.flightsByGuest.get(guest.guest_id) ?? [];
  const transfers = idx.transfersByGuest.get(guest.guest_id) ?? [];
  const arr = pickFlight(flightsByTime, 'arrival');
  const dep = pickFlight(flightsByTime, 'departure');
  const landing = arr.reason ? undefined : arr.flight?.arrive;
  const takeoff = dep.reason ? undefined : dep.flight?.depart;
  const arrivalDay = landing ? localDate(landing.at, idx.zone) : validIsoDate(guest.check_in);
  const departureDay = takeoff ? localDate(takeoff.at, idx.zone) : validIsoDate(guest.check_out);
  const hotel = guest.hotel_id ? idx.hotelsById.get(guest.hotel_id) : undefined;
  const los = losOfGuest(idx, guest.guest_id);
  return {
    guest,
    names: namesOf(guest),
    arrivalFlight: arr.flight,
    landing,
    landingReason: landing ? undefined : arr.reason ?? 'arrival_time_unknown',
    departureFlight: dep.flight,
    takeoff,
    takeoffReason: takeoff ? undefined : dep.reason ?? 'departure_time_unknown',
    arrivalDay,
    departureDay,
    ...phaseStarts(idx, arrivalDay, landing, departureDay, takeoff),
    hotel,
    stay: {
      hotel, room: guest.room_no, checkIn: guest.check_in, checkOut: guest.check_out,
      checkInTime: hotel?.check_in_time, checkOutTime: hotel?.check_out_time,
    },
    car: carOf(idx, transfers),
    departureTransfer: departureTransferOf(transfers, dep.flight),
    transfers: transfers.map((t) => transferFacts(idx, t)),
    hasLo: los.length > 0,
    los,
    programme: idx.itemsByGuest.get(guest.guest_id) ?? [],
    needs: {
      dietary: guest.dietary, dietaryNotes: guest.dietary_notes, medicalNotes: guest.medical_notes, accessibility: guest.accessibility,
      shareDietaryNotes: !!guest.share_dietary_notes, shareMedicalNotes: !!guest.share_medical_notes, shareAccessibility: !!guest.share_accessibility,
    },
    flights: [...flightsByTime].sort((a, b) => a.row - b.row),
    flightsByTime,
  };
}

const memo = new WeakMap<ModelIndex, Map<Guest, GuestFacts>>();

/** The guest's facts, computed once per index (later calls return the same object). */
export function guestFacts(idx: ModelIndex, guest: Guest): GuestFacts {
  let byGuest = memo.get(idx);
  if (!byGuest) {
    byGuest = new Map();
    memo.set(idx, byGuest);
  }
  let f = byGuest.get(guest);
  if (!f) {
    f = compute(idx, guest);
    byGuest.set(guest, f);
  }
  return f;
}

/** Does the assignment cover that event-zone date? Missing bounds are open; no date is covered by all. */
export function covers(a: Pick<Assignment, 'from' | 'to'>, date: IsoDate | undefined): boolean {
  if (!date) return true;
  return (!a.from || a.from <= date) && (!a.to || date <= a.to);
}

/** The guest's known LOs covering the date (all when no date), each LO once, primaries first. */
export function losOn(f: GuestFacts, date?: IsoDate): (LoFacts & { lo: Lo })[] {
  const seen = new Set<string>();
  return f.los.filter((l): l is LoFacts & { lo: Lo } => {
    if (!l.lo || !covers(l, date) || seen.has(l.lo.lo_id)) return false;
    seen.add(l.lo.lo_id);
    return true;
  });
}
