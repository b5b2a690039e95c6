/** LOs and cars: everyone has an LO who speaks their language, and nobody is in two places at once. */
import type { Assignment, Lang, Transfer, ZonedTime } from '../model';
import { headerKey } from '../text';
import { formatDateTime } from '../time/format';
import { daysBetween, localDate, minutesBetween } from '../time/zones';
import { flightKey, type RuleContext } from './context';
import { shareLanguage } from './languages';
import { SHARED_RIDE_MINUTES, VEHICLE_MIN_GAP_MINUTES } from './margins';

export function checkLos(ctx: RuleContext): void {
  const m = ctx.model;
  const los = new Map(m.los.map((l) => [l.lo_id, l]));
  const assigned = new Set<string>();
  for (const a of m.assignments) {
    assigned.add(a.guest_id);
    const g = ctx.guests.get(a.guest_id);
    const lo = los.get(a.lo_id);
    if (g && lo && g.languages.length && lo.languages.length && !shareLanguage(g.languages, lo.languages)) {
      ctx.add('warning', 'language_mismatch', 'Assignments', a.row, 'lo_id', 'validation.language_mismatch', {
        lo: lo.lo_id, guest: g.guest_id, lo_languages: lo.languages.join(', '), guest_languages: g.languages.join(', '),
      });
    }
  }
  for (const g of m.guests) {
    if (!assigned.has(g.guest_id)) ctx.add('warning', 'no_lo', 'Guests', g.row, 'guest_id', 'validation.no_lo', { guest: g.guest_id });
  }
  checkLoDuties(ctx);
}

interface Duty {
  at: Date;
  when: ZonedTime;
  airport: string;
  flight: string;
  label: string;
  assignment: Assignment;
}

function inRange(a: Assignment, day: string): boolean {
  return (!a.from || daysBetween(a.from, day) >= 0) && (!a.to || daysBetween(day, a.to) >= 0);
}

/**
 * An LO's airport duties are the landings and take-offs of the guests they are the
 * primary LO for. Two duties closer than lo_gap_minutes are a conflict when they are
 * different flights or different airports (meeting a group off one flight is fine).
 * Sorting by time and comparing neighbours finds every such pair: between any two
 * close duties that differ, some neighbouring pair differs and is at least as close.
 */
function checkLoDuties(ctx: RuleContext): void {
  const gap = ctx.model.event.lo_gap_minutes;
  const byLo = new Map<string, Duty[]>();
  for (const a of ctx.model.assignments) {
    if (a.role !== 'primary') continue;
    const s = ctx.stays.get(a.guest_id);
    if (!s) continue;
    const list = byLo.get(a.lo_id) ?? [];
    if (s.arrival) {
      const f = s.arrival;
      if (inRange(a, localDate(f.arrive.at, ctx.zone))) {
        list.push({ at: f.arrive.at, when: f.arrive, airport: f.to_airport, flight: `${flightKey(f.flight_no)}@${f.arrive.wall.slice(0, 10)}`, label: `${f.flight_no} ${f.to_airport}`, assignment: a });
      }
    }
    if (s.departure) {
      const f = s.departure;
      if (inRange(a, localDate(f.depart.at, ctx.zone))) {
        list.push({ at: f.depart.at, when: f.depart, airport: f.from_airport, flight: `${flightKey(f.flight_no)}@${f.depart.wall.slice(0, 10)}`, label: `${f.flight_no} ${f.from_airport}`, assignment: a });
      }
    }
    if (list.length) byLo.set(a.lo_id, list);
  }
  for (const [lo, duties] of byLo) {
    if (duties.length < 2) continue;
    duties.sort((x, y) => x.at.getTime() - y.at.getTime());
    for (let i = 1; i < duties.length; i++) {
      const p = duties[i - 1];
      const d = duties[i];
      const minutes = minutesBetween(p.at, d.at);
      if (minutes >= gap || (p.airport === d.airport && p.flight === d.flight)) continue;
      ctx.add('warning', 'lo_conflict', 'Assignments', d.assignment.row, 'lo_id', 'validation.lo_conflict', {
        lo, minutes, gap,
        first: (lang: Lang) => `${p.label} ${formatDateTime(p.when.at, p.when.zone, lang, false) ?? ''}`,
        second: (lang: Lang) => `${d.label} ${formatDateTime(d.when.at, d.when.zone, lang, false) ?? ''}`,
      });
    }
  }
}

interface Trip {
  start: Date;
  place: string;
  guests: Set<string>;
  last: Transfer;
}

/**
 * A car cannot start a new trip less than VEHICLE_MIN_GAP_MINUTES after the previous
 * pickup, unless it is the same pickup shared (same place within SHARED_RIDE_MINUTES);
 * a shared trip must fit in the car's seats.
 */
export function checkVehicles(ctx: RuleContext): void {
  const seats = new Map(ctx.model.vehicles.map((v) => [v.vehicle_id, v.seats]));
  const byVehicle = new Map<string, (Transfer & { pickup: ZonedTime })[]>();
  for (const t of ctx.model.transfers) {
    if (!t.vehicle_id || !t.pickup) continue;
    const list = byVehicle.get(t.vehicle_id);
    if (list) list.push(t as Transfer & { pickup: ZonedTime });
    else byVehicle.set(t.vehicle_id, [t as Transfer & { pickup: ZonedTime }]);
  }
  for (const [vehicle, list] of byVehicle) {
    list.sort((a, b) => a.pickup.at.getTime() - b.pickup.at.getTime() || a.row - b.row);
    const cap = seats.get(vehicle);
    let trip: Trip | undefined;
    const closeTrip = (tr: Trip | undefined) => {
      if (tr && cap !== undefined && tr.guests.size > cap) {
        ctx.add('warning', 'vehicle_conflict', 'Transfers', tr.last.row, 'vehicle_id', 'validation.vehicle_conflict.seats', {
          vehicle, count: tr.guests.size, seats: cap, time: ctx.whenEvent(tr.start),
        });
      }
    };
    for (const t of list) {
      const place = headerKey(t.from_place);
      if (trip) {
        const minutes = minutesBetween(trip.start, t.pickup.at);
        if (place === trip.place && minutes <= SHARED_RIDE_MINUTES) {
          for (const g of t.guest_ids) trip.guests.add(g);
          trip.last = t;
          continue;
        }
        if (minutes < VEHICLE_MIN_GAP_MINUTES) {
          ctx.add('warning', 'vehicle_conflict', 'Transfers', t.row, 'vehicle_id', 'validation.vehicle_conflict', {
            vehicle, minutes, first: trip.last.transfer_id, second: t.transfer_id, gap: VEHICLE_MIN_GAP_MINUTES,
          });
        }
      }
      closeTrip(trip);
      trip = { start: t.pickup.at, place, guests: new Set(t.guest_ids), last: t };
    }
    closeTrip(trip);
  }
}
