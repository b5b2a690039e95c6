/**
 * What the checklist needs to know about each guest, read from the one model index
 * (../model-index), so checklists for thousands of guests cost one scan of each tab.
 * The picks below (which flight, which car) go by sheet row on ties, so they do not
 * depend on the order the index keeps its lists in.
 */
import type { ModelIndex } from '../model-index';
import type { Flight, Guest, Hotel, HourMinute, IsoDate, Transfer, Vehicle, ZonedTime } from '../model';
import { addDays, addMinutes, localDate, startOfLocalDay, wallToInstant } from '../time/zones';
import {
  ARRIVAL_PHASE_MIN_MINUTES, DEFAULT_CHECK_OUT_TIME, DEPARTURE_PHASE_LEAD_MINUTES,
} from './rules';

/** Why a due moment or an anchor is unknown. Each has a `checklist.reason.*` text. */
export type ReasonKey =
  | 'no_arrival_flight'
  | 'arrival_time_unknown'
  | 'no_departure_flight'
  | 'departure_time_unknown'
  | 'no_arrival_date'
  | 'no_departure_date'
  | 'stay_dates_unknown'
  | 'custom_item';

export type { HourMinute };

const HH_MM = /^(\d{1,2}):(\d{2})$/;

/** "18:00" → {18, 0}; undefined when not a time of day (a hotel's check-out time, or an option). */
export function parseTimeOfDay(s: string | undefined): HourMinute | undefined {
  const m = typeof s === 'string' ? HH_MM.exec(s.trim()) : null;
  if (!m) return undefined;
  const hour = +m[1];
  const minute = +m[2];
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CarFact {
  transfer: Transfer;
  vehicle: Vehicle;
}

/** The instant at which the event zone shows that wall time on that date; undefined when the date is unusable. */
export function eventInstant(idx: ModelIndex, date: IsoDate, t: HourMinute): Date | undefined {
  const key = `${date} ${t.hour}:${t.minute}`;
  let at = idx.instantMemo.get(key);
  if (at === undefined) {
    const m = ISO_DATE.exec(date);
    if (!m) return undefined;
    at = wallToInstant({ year: +m[1], month: +m[2], day: +m[3], hour: t.hour, minute: t.minute }, idx.zone);
    idx.instantMemo.set(key, at);
  }
  return Number.isFinite(at.getTime()) ? at : undefined;
}

function startOfDay(idx: ModelIndex, date: IsoDate): Date | undefined {
  const key = `${date} start`;
  let at = idx.instantMemo.get(key);
  if (at === undefined) {
    at = startOfLocalDay(date, idx.zone);
    idx.instantMemo.set(key, at);
  }
  return Number.isFinite(at.getTime()) ? at : undefined;
}

function validIsoDate(d: string | undefined): IsoDate | undefined {
  return typeof d === 'string' && ISO_DATE.test(d) ? d : undefined;
}

function okTime(z: ZonedTime | undefined): z is ZonedTime {
  return !!z && z.at instanceof Date && Number.isFinite(z.at.getTime());
}

/** What the checklist knows about one guest. */
export interface GuestFacts {
  guest: Guest;
  arrivalFlight?: Flight;
  landing?: ZonedTime;
  /** Set when landing is unknown. */
  landingReason?: ReasonKey;
  departureFlight?: Flight;
  takeoff?: ZonedTime;
  takeoffReason?: ReasonKey;
  arrivalDay?: IsoDate;
  departureDay?: IsoDate;
  /** When arrival/departure/stay/prepare phases start; undefined when unknown. */
  arrivalStart?: Date;
  stayStart?: Date;
  departureStart?: Date;
  hotel?: Hotel;
  /** A transfer of the guest with a known car, the arrival one first. */
  car?: CarFact;
  departureTransfer?: Transfer;
  hasLo: boolean;
  flights: Flight[];
}

/** Of flights that qualify, the one `better` prefers; the earlier sheet row on a tie. */
function pick<T extends { row: number }>(rows: readonly T[], ok: (r: T) => boolean, better: (a: T, b: T) => number): T | undefined {
  let best: T | undefined;
  for (const r of rows) {
    if (!ok(r)) continue;
    const c = best ? better(r, best) : -1;
    if (c < 0 || (c === 0 && r.row < best!.row)) best = r;
  }
  return best;
}

const byRow = () => 0;

/** The last landing of the guest's live arrival flights; the first row when none has a time. */
function pickArrival(flights: Flight[]): { flight?: Flight; reason?: ReasonKey } {
  const live = (f: Flight) => f.direction === 'arrival' && f.status !== 'cancelled';
  const best = pick(flights, (f) => live(f) && okTime(f.arrive), (a, b) => b.arrive!.at.getTime() - a.arrive!.at.getTime());
  if (best) return { flight: best };
  const any = pick(flights, live, byRow);
  return any ? { flight: any, reason: 'arrival_time_unknown' } : { reason: 'no_arrival_flight' };
}

/** The first take-off of the guest's live departure flights; the first row when none has a time. */
function pickDeparture(flights: Flight[]): { flight?: Flight; reason?: ReasonKey } {
  const live = (f: Flight) => f.direction === 'departure' && f.status !== 'cancelled';
  const best = pick(flights, (f) => live(f) && okTime(f.depart), (a, b) => a.depart!.at.getTime() - b.depart!.at.getTime());
  if (best) return { flight: best };
  const any = pick(flights, live, byRow);
  return any ? { flight: any, reason: 'departure_time_unknown' } : { reason: 'no_departure_flight' };
}

function normFlightNo(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, '').toUpperCase();
}

/** A transfer with a car whose plate and driver's phone are known: an arrival one first, else the first row. */
function carOf(idx: ModelIndex, transfers: Transfer[]): CarFact | undefined {
  const vehicleOf = (t: Transfer) => (t.vehicle_id ? idx.vehiclesById.get(t.vehicle_id) : undefined);
  const withCar = (t: Transfer) => {
    const v = vehicleOf(t);
    return !!v?.plate && !!v.driver_phone;
  };
  const transfer = pick(transfers, (t) => withCar(t) && t.purpose === 'arrival', byRow) ?? pick(transfers, withCar, byRow);
  return transfer ? { transfer, vehicle: vehicleOf(transfer)! } : undefined;
}

/** The departure transfer for the flight (by flight number), else the one with the latest pickup, else the first row. */
function departureTransferOf(transfers: Transfer[], flight: Flight | undefined): Transfer | undefined {
  const isDeparture = (t: Transfer) => t.purpose === 'departure';
  const no = normFlightNo(flight?.flight_no);
  const byFlight = no ? pick(transfers, (t) => isDeparture(t) && normFlightNo(t.flight_no) === no, byRow) : undefined;
  // Otherwise the latest pickup: an earlier one is more likely a leftover from a changed plan.
  return byFlight
    ?? pick(transfers, (t) => isDeparture(t) && okTime(t.pickup), (a, b) => b.pickup!.at.getTime() - a.pickup!.at.getTime())
    ?? pick(transfers, isDeparture, byRow);
}

export function guestFacts(idx: ModelIndex, guest: Guest): GuestFacts {
  const flights = idx.flightsByGuest.get(guest.guest_id) ?? [];
  const transfers = idx.transfersByGuest.get(guest.guest_id) ?? [];
  const arr = pickArrival(flights);
  const dep = pickDeparture(flights);
  const landing = arr.reason ? undefined : arr.flight?.arrive;
  const takeoff = dep.reason ? undefined : dep.flight?.depart;

  const arrivalDay = landing ? localDate(landing.at, idx.zone) : validIsoDate(guest.check_in);
  const departureDay = takeoff ? localDate(takeoff.at, idx.zone) : validIsoDate(guest.check_out);

  let arrivalStart: Date | undefined;
  let stayStart: Date | undefined;
  if (arrivalDay) {
    arrivalStart = startOfDay(idx, arrivalDay);
    if (landing && arrivalStart) {
      const call = addMinutes(landing.at, -idx.model.event.airport_lead_minutes);
      if (call < arrivalStart) arrivalStart = call;
    }
    const nextMidnight = startOfDay(idx, addDays(arrivalDay, 1));
    stayStart = nextMidnight;
    if (landing && nextMidnight) {
      const minEnd = addMinutes(landing.at, ARRIVAL_PHASE_MIN_MINUTES);
      if (minEnd > nextMidnight) stayStart = minEnd;
    }
  }
  let departureStart: Date | undefined;
  if (departureDay) {
    departureStart = startOfDay(idx, departureDay);
    if (takeoff && departureStart) {
      const lead = addMinutes(takeoff.at, -DEPARTURE_PHASE_LEAD_MINUTES);
      if (lead < departureStart) departureStart = lead;
    }
  }

  const hotel = guest.hotel_id ? idx.hotelsById.get(guest.hotel_id) : undefined;
  return {
    guest,
    arrivalFlight: arr.flight,
    landing,
    landingReason: landing ? undefined : arr.reason ?? 'arrival_time_unknown',
    departureFlight: dep.flight,
    takeoff,
    takeoffReason: takeoff ? undefined : dep.reason ?? 'departure_time_unknown',
    arrivalDay,
    departureDay,
    arrivalStart,
    stayStart,
    departureStart,
    hotel,
    car: carOf(idx, transfers),
    departureTransfer: departureTransferOf(transfers, dep.flight),
    hasLo: (idx.assignmentsByGuest.get(guest.guest_id) ?? []).length > 0,
    flights: [...flights].sort((a, b) => a.row - b.row),
  };
}

/** The hotel's check-out time on the departure day, for the fallback rule. */
export function checkOutInstant(idx: ModelIndex, facts: GuestFacts): Date | undefined {
  if (!facts.departureDay) return undefined;
  const t = parseTimeOfDay(facts.hotel?.check_out_time) ?? parseTimeOfDay(DEFAULT_CHECK_OUT_TIME)!;
  return eventInstant(idx, facts.departureDay, t);
}

export { okTime, startOfDay };
