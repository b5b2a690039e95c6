/**
 * Which flight, car and transfer count for a guest, and when the checklist's phases
 * start. The picks go by sheet row on ties, so they do not depend on the order the
 * model index keeps its lists in.
 */
import type { Flight, IsoDate, Transfer, Vehicle, ZonedTime } from '../model';
import type { ModelIndex } from '../model-index';
import { ARRIVAL_PHASE_MIN_MINUTES, DEPARTURE_PHASE_LEAD_MINUTES } from '../checklist/rules';
import { addDays, addMinutes } from '../time/zones';
import { okTime, startOfDay } from './event-time';

/** Why a landing or take-off is unknown. Each has a `checklist.reason.*` text. */
export type TravelReason = 'no_arrival_flight' | 'arrival_time_unknown' | 'no_departure_flight' | 'departure_time_unknown';

export interface CarFact {
  transfer: Transfer;
  vehicle: Vehicle;
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

const LEGS = {
  // An arrival counts by its last landing, a departure by its first take-off.
  arrival: { at: (f: Flight) => f.arrive, later: 1, unknown: 'arrival_time_unknown', none: 'no_arrival_flight' },
  departure: { at: (f: Flight) => f.depart, later: -1, unknown: 'departure_time_unknown', none: 'no_departure_flight' },
} as const;

/** The guest's live flight that counts in that direction; the first row, with the reason, when none has a time. */
export function pickFlight(flights: Flight[], direction: Flight['direction']): { flight?: Flight; reason?: TravelReason } {
  const leg = LEGS[direction];
  const live = (f: Flight) => f.direction === direction && f.status !== 'cancelled';
  const best = pick(flights, (f) => live(f) && okTime(leg.at(f)), (a, b) => leg.later * (leg.at(b)!.at.getTime() - leg.at(a)!.at.getTime()));
  if (best) return { flight: best };
  const any = pick(flights, live, byRow);
  return any ? { flight: any, reason: leg.unknown } : { reason: leg.none };
}

function normFlightNo(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, '').toUpperCase();
}

/** A transfer with a car whose plate and driver's phone are known: an arrival one first, else the first row. */
export function carOf(idx: ModelIndex, transfers: Transfer[]): CarFact | undefined {
  const vehicleOf = (t: Transfer) => (t.vehicle_id ? idx.vehiclesById.get(t.vehicle_id) : undefined);
  const withCar = (t: Transfer) => {
    const v = vehicleOf(t);
    return !!v?.plate && !!v.driver_phone;
  };
  const transfer = pick(transfers, (t) => withCar(t) && t.purpose === 'arrival', byRow) ?? pick(transfers, withCar, byRow);
  return transfer ? { transfer, vehicle: vehicleOf(transfer)! } : undefined;
}

/** The departure transfer for the flight (by flight number), else the one with the latest pickup, else the first row. */
export function departureTransferOf(transfers: Transfer[], flight: Flight | undefined): Transfer | undefined {
  const isDeparture = (t: Transfer) => t.purpose === 'departure';
  const no = normFlightNo(flight?.flight_no);
  const byFlight = no ? pick(transfers, (t) => isDeparture(t) && normFlightNo(t.flight_no) === no, byRow) : undefined;
  // Otherwise the latest pickup: an earlier one is more likely a leftover from a changed plan.
  return byFlight
    ?? pick(transfers, (t) => isDeparture(t) && okTime(t.pickup), (a, b) => b.pickup!.at.getTime() - a.pickup!.at.getTime())
    ?? pick(transfers, isDeparture, byRow);
}

export interface PhaseStarts {
  arrivalStart?: Date;
  stayStart?: Date;
  departureStart?: Date;
}

/**
 * When the arrival, stay and departure phases start: arrival at the start of the
 * arrival day (or the airport call when earlier), stay at the next midnight but at
 * least ARRIVAL_PHASE_MIN_MINUTES after landing, departure at the start of the
 * departure day (or DEPARTURE_PHASE_LEAD_MINUTES before take-off when earlier).
 */
export function phaseStarts(
  idx: ModelIndex, arrivalDay: IsoDate | undefined, landing: ZonedTime | undefined,
  departureDay: IsoDate | undefined, takeoff: ZonedTime | undefined,
): PhaseStarts {
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
  return { arrivalStart, stayStart, departureStart };
}
