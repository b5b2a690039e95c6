/** Flights, stays, hotel nights and programme items against each other, with time zones. */
import { headerKey } from '../text';
import { daysBetween, localDate, minutesBetween } from '../time/zones';
import { formatDate } from '../time/format';
import type { Guest, Lang } from '../model';
import type { RuleContext } from './context';
import { HOTEL_DATE_SLACK_DAYS, MAX_FLIGHT_MINUTES } from './margins';

export function checkFlightTimes(ctx: RuleContext): void {
  for (const f of ctx.model.flights) {
    if (!f.depart || !f.arrive) continue;
    const minutes = minutesBetween(f.depart.at, f.arrive.at);
    if (minutes <= 0) {
      ctx.add('error', 'time_order', 'Flights', f.row, 'arrive_local', 'validation.time_order.flight', {
        depart: ctx.when(f.depart), arrive: ctx.when(f.arrive),
      });
    } else if (minutes > MAX_FLIGHT_MINUTES) {
      ctx.add('warning', 'time_order', 'Flights', f.row, 'arrive_local', 'validation.time_order.flight_long', {
        hours: Math.round(minutes / 6) / 10, depart: ctx.when(f.depart), arrive: ctx.when(f.arrive),
      });
    }
  }
}

const isoDay = (d: string) => (lang: Lang) => formatDate(d, lang) ?? d;

export function checkStays(ctx: RuleContext): void {
  for (const s of ctx.stays.values()) {
    const g = s.guest;
    if (!s.hasArrival) ctx.add('warning', 'no_arrival_flight', 'Guests', g.row, 'guest_id', 'validation.no_arrival_flight', { guest: g.guest_id });
    if (!s.hasDeparture) ctx.add('warning', 'no_departure_flight', 'Guests', g.row, 'guest_id', 'validation.no_departure_flight', { guest: g.guest_id });
    if (s.arrival && s.departure && s.departure.depart.at.getTime() < s.arrival.arrive.at.getTime()) {
      ctx.add('error', 'time_order', 'Flights', s.departure.row, 'depart_local', 'validation.time_order.stay', {
        guest: g.guest_id, depart: ctx.when(s.departure.depart), arrive: ctx.when(s.arrival.arrive),
      });
    }
    checkHotelDates(ctx, g, s.arrival?.arrive.at, s.departure?.depart.at);
  }
}

function checkHotelDates(ctx: RuleContext, g: Guest, arrive?: Date, depart?: Date): void {
  if (g.check_in && g.check_out && daysBetween(g.check_in, g.check_out) < 0) {
    ctx.add('error', 'time_order', 'Guests', g.row, 'check_out', 'validation.time_order.hotel', {
      in: isoDay(g.check_in), out: isoDay(g.check_out),
    });
    return;
  }
  // The hotel is where the event is, so its dates are the event zone's calendar.
  if (g.check_in && arrive) {
    const day = localDate(arrive, ctx.zone);
    const early = daysBetween(g.check_in, day);
    if (!(early >= 0 && early <= HOTEL_DATE_SLACK_DAYS)) {
      ctx.add('warning', 'hotel_dates', 'Guests', g.row, 'check_in', 'validation.hotel_dates.check_in', {
        date: isoDay(g.check_in), arrival: isoDay(day),
      });
    }
  }
  if (g.check_out && depart) {
    const day = localDate(depart, ctx.zone);
    const early = daysBetween(g.check_out, day);
    if (!(early >= 0 && early <= HOTEL_DATE_SLACK_DAYS)) {
      ctx.add('warning', 'hotel_dates', 'Guests', g.row, 'check_out', 'validation.hotel_dates.check_out', {
        date: isoDay(g.check_out), departure: isoDay(day),
      });
    }
  }
}

export function checkDateRanges(ctx: RuleContext): void {
  for (const a of ctx.model.assignments) {
    if (a.from && a.to && daysBetween(a.from, a.to) < 0) {
      ctx.add('error', 'time_order', 'Assignments', a.row, 'to', 'validation.time_order.assignment', { from: isoDay(a.from), to: isoDay(a.to) });
    }
  }
  for (const p of ctx.model.programme) {
    if (p.starts && p.ends && p.ends.at.getTime() < p.starts.at.getTime()) {
      ctx.add('error', 'time_order', 'Programme', p.row, 'ends_at', 'validation.time_order.programme', {
        start: ctx.when(p.starts), end: ctx.when(p.ends),
      });
    }
  }
}

/**
 * A programme item whose audience names a guest (directly or by delegation) while
 * the guest is not in town. Items for everyone are left out: a late arrival missing
 * the opening is normal and would flood the list.
 */
export function checkProgrammeStays(ctx: RuleContext): void {
  const delegations = new Map<string, Guest[]>();
  for (const g of ctx.model.guests) {
    if (!g.delegation) continue;
    const k = headerKey(g.delegation);
    const list = delegations.get(k);
    if (list) list.push(g);
    else delegations.set(k, [g]);
  }
  for (const p of ctx.model.programme) {
    if (!p.audience.length) continue;
    const who = new Map<string, Guest>();
    for (const entry of p.audience) {
      const g = ctx.guests.get(entry);
      if (g) {
        who.set(g.guest_id, g);
        continue;
      }
      const members = delegations.get(headerKey(entry));
      if (members) for (const m of members) who.set(m.guest_id, m);
      else if (!ctx.parsed.seenIds.Guests?.has(entry)) {
        ctx.add('warning', 'unknown_ref', 'Programme', p.row, 'audience', 'validation.unknown_ref.audience', { value: entry });
      }
    }
    if (!p.starts || !p.ends) continue;
    for (const g of who.values()) {
      const s = ctx.stays.get(g.guest_id);
      if (!s?.arrival || !s.departure) continue;
      if (p.starts.at.getTime() < s.arrival.arrive.at.getTime() || p.ends.at.getTime() > s.departure.depart.at.getTime()) {
        ctx.add('warning', 'programme_outside_stay', 'Programme', p.row, 'audience', 'validation.programme_outside_stay', {
          guest: g.guest_id, start: ctx.when(p.starts), arrive: ctx.when(s.arrival.arrive), depart: ctx.when(s.departure.depart),
        });
      }
    }
  }
}
