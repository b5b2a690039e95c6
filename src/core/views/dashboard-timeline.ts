/**
 * The dashboard's timeline: arrivals and departures by hour at each airport of
 * the event's zone, with the LOs covering the guests of each hour, so an
 * organiser sees crowded hours and gaps at a glance. Pure; built from guest facts.
 *
 * An hour is *crowded* when it holds more guests than LOs covering them (an LO
 * would have to meet two guests at once); it has a *gap* when a guest in it has
 * no LO covering that day. Only hours with a flight are sent (the page draws the
 * empty ones), so the payload grows with flights, not with days × 24.
 */
import type { Flight, Lang } from '../model';
import type { ModelIndex } from '../model-index';
import { t } from '../i18n';
import { guestFacts, losOn } from '../facts/guest-facts';
import { addDays, instantToWall, localDate } from '../time/zones';
import { formatDate } from '../time/format';
import type { TimelineAirport, TimelineDayGrid, TimelineHour } from './types';

interface HourAcc {
  arrivals: number;
  departures: number;
  guests: Set<string>;
  los: Set<number>;
  uncovered: Set<string>;
}

/** The flight's moment and airport when both are in the event's zone; otherwise the timeline skips it. */
function localMoment(fl: Flight, zone: string): { at: Date; airport: string } | undefined {
  const m = fl.direction === 'arrival' ? fl.arrive : fl.depart;
  const airport = (fl.direction === 'arrival' ? fl.to_airport : fl.from_airport)?.trim().toUpperCase();
  if (!m || !airport || m.zone !== zone || fl.status === 'cancelled') return undefined;
  return { at: m.at, airport };
}

function dayTitle(lang: Lang, date: string, today: string): string {
  const d = formatDate(date, lang) ?? date;
  if (date === today) return t(lang, 'ui.dash.today', { date: d });
  if (date === addDays(today, 1)) return t(lang, 'ui.dash.tomorrow', { date: d });
  return d;
}

/**
 * Every day with a flight of a listed guest at an event-zone airport, in date
 * order; within it each airport (alphabetical) with its busy hours. `loIndex`
 * maps an LO id to its place in the view's LO list (the page shows names).
 */
export function hourTimeline(
  index: ModelIndex, guestIds: ReadonlySet<string>, loIndex: ReadonlyMap<string, number>, lang: Lang, now: Date,
): TimelineDayGrid[] {
  const zone = index.model.event.time_zone;
  const days = new Map<string, Map<string, Map<number, HourAcc>>>();
  for (const fl of index.model.flights) {
    if (!guestIds.has(fl.guest_id)) continue;
    const g = index.guestsById.get(fl.guest_id);
    const m = localMoment(fl, zone);
    if (!g || !m) continue;
    const date = localDate(m.at, zone);
    const hour = instantToWall(m.at, zone).hour;
    const airports = days.get(date) ?? days.set(date, new Map()).get(date)!;
    const hours = airports.get(m.airport) ?? airports.set(m.airport, new Map()).get(m.airport)!;
    let acc = hours.get(hour);
    if (!acc) {
      acc = { arrivals: 0, departures: 0, guests: new Set(), los: new Set(), uncovered: new Set() };
      hours.set(hour, acc);
    }
    if (fl.direction === 'arrival') acc.arrivals++;
    else acc.departures++;
    acc.guests.add(g.guest_id);
    const covering = losOn(guestFacts(index, g), date);
    if (!covering.length) acc.uncovered.add(g.guest_id);
    for (const l of covering) {
      const i = loIndex.get(l.lo.lo_id);
      if (i !== undefined) acc.los.add(i);
    }
  }
  const today = localDate(now, zone);
  return [...days.keys()].sort().map((date) => {
    const airports: TimelineAirport[] = [...days.get(date)!.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, hours]) => ({
        code,
        hours: [...hours.entries()]
          .sort(([a], [b]) => a - b)
          .map(([hour, acc]): TimelineHour => {
            const los = [...acc.los].sort((a, b) => a - b);
            const out: TimelineHour = { hour, arrivals: acc.arrivals, departures: acc.departures, los };
            if (acc.uncovered.size) out.uncovered = acc.uncovered.size;
            if (acc.guests.size > los.length && los.length > 0) out.crowded = true;
            return out;
          }),
      }));
    return { date, title: dayTitle(lang, date, today), today: date === today, airports };
  });
}
