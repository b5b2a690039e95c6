/**
 * What the checklist needs to know about each guest, gathered from the model once.
 * The index groups every tab by guest in one pass, so checklists for thousands of
 * guests cost one scan of each tab, not one per guest.
 */
import { groupModel } from '../model-index';
import type {
  Assignment, ChecklistTick, EventModel, Flight, Guest, Hotel, HourMinute, IsoDate, Transfer, Vehicle, ZonedTime,
} from '../model';
import {
  addDays, addMinutes, localDate, startOfLocalDay, wallToInstant, type Zone,
} from '../time/zones';
import { customItemsOf, type CustomItemDef } from './custom';
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

/** Everything about the event that is the same for every guest, plus the per-guest groups. */
export interface ChecklistIndex {
  /** The event's zone, minutes and times, as parsing settled them. */
  zone: Zone;
  leadMinutes: number;
  confirmTime: HourMinute;
  guestsById: Map<string, Guest>;
  flightsByGuest: Map<string, Flight[]>;
  transfersByGuest: Map<string, Transfer[]>;
  assignmentsByGuest: Map<string, Assignment[]>;
  hotelsById: Map<string, Hotel>;
  vehiclesById: Map<string, Vehicle>;
  /** guest → item id → the tick that counts (latest done_at, then latest row). */
  ticksByGuest: Map<string, Map<string, ChecklistTick>>;
  custom: CustomItemDef[];
  /** Memo of wall time → instant in the event zone; guests share dates, so this saves most zone lookups. */
  instantMemo: Map<string, Date>;
}

function laterTick(a: ChecklistTick, b: ChecklistTick): ChecklistTick {
  const ta = a.done_at ? a.done_at.getTime() : NaN;
  const tb = b.done_at ? b.done_at.getTime() : NaN;
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta > tb ? a : b;
  if (Number.isFinite(ta) !== Number.isFinite(tb)) return Number.isFinite(ta) ? a : b;
  return b.row >= a.row ? b : a;
}

/** One pass over each tab. Pass the result to buildChecklist when building several. */
export function indexModel(model: EventModel): ChecklistIndex {
  const ev = model.event;
  const groups = groupModel(model);
  const idx: ChecklistIndex = {
    zone: ev.time_zone,
    leadMinutes: ev.airport_lead_minutes,
    confirmTime: ev.daily_confirm_time,
    guestsById: groups.guestsById,
    flightsByGuest: groups.flightsByGuest,
    transfersByGuest: groups.transfersByGuest,
    assignmentsByGuest: groups.assignmentsByGuest,
    hotelsById: groups.hotelsById,
    vehiclesById: groups.vehiclesById,
    ticksByGuest: new Map(),
    custom: customItemsOf(model.checklistItems ?? []),
    instantMemo: new Map(),
  };
  for (const tick of model.checklist ?? []) {
    let byItem = idx.ticksByGuest.get(tick.guest_id);
    if (!byItem) {
      byItem = new Map();
      idx.ticksByGuest.set(tick.guest_id, byItem);
    }
    const prev = byItem.get(tick.item_id);
    byItem.set(tick.item_id, prev ? laterTick(prev, tick) : tick);
  }
  return idx;
}

/** The instant at which the event zone shows that wall time on that date; undefined when the date is unusable. */
export function eventInstant(idx: ChecklistIndex, date: IsoDate, t: HourMinute): Date | undefined {
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

function startOfDay(idx: ChecklistIndex, date: IsoDate): Date | undefined {
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

function pickArrival(flights: Flight[]): { flight?: Flight; reason?: ReasonKey } {
  let best: Flight | undefined;
  let any: Flight | undefined;
  for (const f of flights) {
    if (f.direction !== 'arrival' || f.status === 'cancelled') continue;
    any ??= f;
    if (okTime(f.arrive) && (!best || f.arrive.at.getTime() > best.arrive!.at.getTime())) best = f;
  }
  if (best) return { flight: best };
  return any ? { flight: any, reason: 'arrival_time_unknown' } : { reason: 'no_arrival_flight' };
}

function pickDeparture(flights: Flight[]): { flight?: Flight; reason?: ReasonKey } {
  let best: Flight | undefined;
  let any: Flight | undefined;
  for (const f of flights) {
    if (f.direction !== 'departure' || f.status === 'cancelled') continue;
    any ??= f;
    if (okTime(f.depart) && (!best || f.depart.at.getTime() < best.depart!.at.getTime())) best = f;
  }
  if (best) return { flight: best };
  return any ? { flight: any, reason: 'departure_time_unknown' } : { reason: 'no_departure_flight' };
}

function normFlightNo(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, '').toUpperCase();
}

function carOf(idx: ChecklistIndex, transfers: Transfer[]): CarFact | undefined {
  let fallback: CarFact | undefined;
  for (const t of transfers) {
    const vehicle = t.vehicle_id ? idx.vehiclesById.get(t.vehicle_id) : undefined;
    if (!vehicle?.plate || !vehicle.driver_phone) continue;
    if (t.purpose === 'arrival') return { transfer: t, vehicle };
    fallback ??= { transfer: t, vehicle };
  }
  return fallback;
}

function departureTransferOf(transfers: Transfer[], flight: Flight | undefined): Transfer | undefined {
  const deps = transfers.filter((t) => t.purpose === 'departure');
  if (deps.length === 0) return undefined;
  const no = normFlightNo(flight?.flight_no);
  const byFlight = no ? deps.find((t) => normFlightNo(t.flight_no) === no) : undefined;
  if (byFlight) return byFlight;
  // Otherwise the latest pickup: an earlier one is more likely a leftover from a changed plan.
  let best = deps[0];
  for (const t of deps) {
    if (okTime(t.pickup) && (!okTime(best.pickup) || t.pickup.at.getTime() > best.pickup.at.getTime())) best = t;
  }
  return best;
}

export function guestFacts(idx: ChecklistIndex, guest: Guest): GuestFacts {
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
      const call = addMinutes(landing.at, -idx.leadMinutes);
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
    flights,
  };
}

/** The hotel's check-out time on the departure day, for the fallback rule. */
export function checkOutInstant(idx: ChecklistIndex, facts: GuestFacts): Date | undefined {
  if (!facts.departureDay) return undefined;
  const t = parseTimeOfDay(facts.hotel?.check_out_time) ?? parseTimeOfDay(DEFAULT_CHECK_OUT_TIME)!;
  return eventInstant(idx, facts.departureDay, t);
}

export { okTime, startOfDay };
