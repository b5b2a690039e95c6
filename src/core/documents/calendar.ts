/**
 * lo_calendar: one .ics per LO with their duties — airport pickups, the programme
 * items their guests attend, and departures — for the guests they are the primary
 * LO of on that day (assignment from/to respected).
 *
 * Times are written in UTC ("…Z"), not with TZID: a TZID must come with a
 * VTIMEZONE block describing the zone's rules, which would mean shipping zone
 * rules into the bundle; UTC instants are exact and every calendar shows them in
 * the reader's own zone (the event's zone is named in X-WR-TIMEZONE and in each
 * description).
 *
 * UIDs come from ids only ("arrival-G012-TG641@lo-desk"), so importing a newer
 * file updates events instead of duplicating them. SEQUENCE is the minutes since
 * 2024 at which the file was made: the file is only rewritten when its
 * fingerprint changes, so SEQUENCE grows exactly when the LO needs an update.
 */
import type { EventModel, Flight, Guest, IsoDate, Lo, ProgrammeItem, Transfer } from '../model';
import { addMinutes } from '../time/zones';
import { guestName, documentContext, losOf, type DocContext } from './context';
import { eventDate } from '../model-index';
import { hash64, DOC_FORMAT_VERSION } from './fingerprint';
import { guestsOfLo } from './lo-brief';
import { carsOf } from './parts';
import { guestFacts } from '../facts/guest-facts';
import { normFlightNo } from './movements';
import { has, type Phrasebook, phrasebookOf } from './phrasebook';
import { writeIcs, type IcsEvent } from './ics';

const UID_DOMAIN = 'lo-desk';
/** How long after landing the airport duty lasts (meeting, baggage, to the car). */
const ARRIVAL_DUTY_MINUTES = 60;
/** When no departure transfer is known, the LO is with the guest this long before take-off. */
const DEPARTURE_DUTY_MINUTES = 180;
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/** One duty, before it becomes a VEVENT. `start` absent and `date` set: time to be confirmed. */
interface Duty {
  uid: string;
  kind: 'arrival' | 'programme' | 'departure';
  start?: Date;
  end?: Date;
  date?: IsoDate;
  summary: string;
  description: string;
  location: string;
  cancelled: boolean;
}

export interface CalendarFile {
  kind: 'lo_calendar';
  key: string;
  title: string;
  subject: string;
  /** File name to save the .ics under. */
  fileName: string;
  ics: string;
  /** Over the duties only (not DTSTAMP/SEQUENCE): unchanged model, unchanged fingerprint. */
  fingerprint: string;
  /** Duties left out because neither their time nor their date is known, in words. */
  missing: string[];
}

/** Ids as UID parts: letters, digits, '.', '_' and '-' kept; anything else becomes '_'. */
function uidPart(s: string): string {
  return s.trim().replace(/[^A-Za-z0-9._-]/g, '_') || '_';
}

function dutyUid(...parts: string[]): string {
  return `${parts.map(uidPart).join('-')}@${UID_DOMAIN}`;
}

/** Duties go to the primary LO of that day only: a backup's calendar would otherwise be double-booked. */
function covering(ctx: DocContext, lo: Lo, guestId: string, date: IsoDate | undefined): boolean {
  return losOf(ctx, guestId, date).some((r) => r.lo === lo && r.role === 'primary');
}

function lines(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n');
}

function transferFor(ctx: DocContext, g: Guest, f: Flight): Transfer | undefined {
  const no = normFlightNo(f.flight_no);
  const day = eventDate(ctx.index, f.direction === 'arrival' ? f.arrive?.at : f.depart?.at);
  const list = guestFacts(ctx.index, g).transfers.map((x) => x.transfer).filter((tr) => tr.purpose === f.direction || !tr.purpose);
  return list.find((tr) => has(tr.flight_no) && normFlightNo(tr.flight_no) === no)
    ?? list.find((tr) => !has(tr.flight_no) && !!day && eventDate(ctx.index, tr.pickup?.at) === day);
}

function flightDuty(say: Phrasebook, ctx: DocContext, g: Guest, f: Flight): Duty {
  const arrival = f.direction === 'arrival';
  const lead = ctx.index.model.event.airport_lead_minutes;
  const tr = transferFor(ctx, g, f);
  const car = carsOf(say, ctx, tr ? [tr] : []);
  const { hotel } = guestFacts(ctx.index, g);
  const name = guestName(ctx, g);
  let start: Date | undefined;
  let end: Date | undefined;
  if (arrival && f.arrive) {
    start = addMinutes(f.arrive.at, -(Number.isFinite(lead) ? lead : 60));
    end = addMinutes(f.arrive.at, ARRIVAL_DUTY_MINUTES);
  } else if (!arrival && f.depart) {
    start = tr?.pickup?.at ?? addMinutes(f.depart.at, -DEPARTURE_DUTY_MINUTES);
    end = f.depart.at;
  }
  const date = start ? undefined : arrival ? g.check_in : g.check_out;
  const tbc = start ? '' : ` ${say.s('cal.timeTbc')}`;
  return {
    uid: dutyUid(f.direction, g.guest_id, normFlightNo(f.flight_no)),
    kind: f.direction,
    start, end, date,
    summary: say.s(arrival ? 'cal.arrival' : 'cal.departure', { guest: name, flight: f.flight_no }) + tbc,
    description: lines(
      arrival
        ? say.s('cal.lands', { flight: f.flight_no, from: say.or(f.from_airport), time: say.zoned(f.arrive) })
        : say.s('cal.takesOff', { flight: f.flight_no, to: say.or(f.to_airport), time: say.zoned(f.depart) }),
      `${say.label('terminal')}: ${say.or(f.terminal)}`,
      tr && `${say.label('pickup')}: ${say.eventDateTime(tr.pickup?.at)}, ${say.or(tr.from_place)} → ${say.or(tr.to_place)}`,
      `${say.label('car')}: ${car.vehicle}, ${car.driver}`,
      `${say.label('hotel')}: ${hotel ? hotel.name : say.tbc}, ${say.s('room')} ${say.or(g.room_no)}`,
      `${say.label('phone')}: ${say.or(g.phone)}`,
      f.status === 'changed' && say.s('changedMark'),
    ),
    location: arrival
      ? [f.to_airport, f.terminal].filter(has).join(' ')
      : tr?.from_place ?? [f.from_airport, f.terminal].filter(has).join(' '),
    cancelled: f.status === 'cancelled',
  };
}

function programmeDuty(say: Phrasebook, ctx: DocContext, lo: Lo, item: ProgrammeItem, guests: Guest[]): Duty {
  return {
    uid: dutyUid('programme', item.item_id, lo.lo_id),
    kind: 'programme',
    start: item.starts?.at,
    end: item.ends?.at,
    summary: say.itemTitle(item),
    description: lines(
      `${say.label('venue')}: ${say.or(item.venue)}`,
      `${say.label('dress_code')}: ${say.or(item.dress_code)}`,
      `${say.s('cal.yourGuests')}: ${guests.map((x) => guestName(ctx, x)).join(', ')}`,
      has(item.notes) && `${say.label('notes')}: ${item.notes.trim()}`,
    ),
    location: say.or(item.venue),
    cancelled: false,
  };
}

/** Every duty of the LO, in time order; undated duties last. */
function loDuties(ctx: DocContext, lo: Lo): Duty[] {
  const say = phrasebookOf(ctx);
  const duties: Duty[] = [];
  const { guests } = guestsOfLo(ctx, lo.lo_id);
  const seen = new Set<string>();
  for (const { guest } of guests) {
    for (const f of guestFacts(ctx.index, guest).flightsByTime) {
      const when = f.direction === 'arrival' ? f.arrive?.at : f.depart?.at;
      const date = eventDate(ctx.index, when) ?? (f.direction === 'arrival' ? guest.check_in : guest.check_out);
      if (!covering(ctx, lo, guest.guest_id, date)) continue;
      const d = flightDuty(say, ctx, guest, f);
      // Two rows of one guest on one flight number would share a UID; the first wins.
      if (seen.has(d.uid)) continue;
      seen.add(d.uid);
      duties.push(d);
    }
  }
  for (const item of ctx.index.programme) {
    const date = eventDate(ctx.index, item.starts?.at);
    const mine = (ctx.index.attendees.get(item.item_id) ?? []).filter(
      (g) => guests.some((x) => x.guest === g) && covering(ctx, lo, g.guest_id, date),
    );
    if (mine.length) duties.push(programmeDuty(say, ctx, lo, item, mine));
  }
  const key = (d: Duty) => d.start?.getTime() ?? Number.POSITIVE_INFINITY;
  return duties.map((d, i) => ({ d, i })).sort((a, b) => key(a.d) - key(b.d) || a.i - b.i).map((x) => x.d);
}

function toEvent(d: Duty, sequence: number): IcsEvent | undefined {
  const base = {
    uid: d.uid, summary: d.summary, description: d.description, location: d.location || undefined,
    status: d.cancelled ? ('CANCELLED' as const) : ('CONFIRMED' as const), sequence,
  };
  if (d.start && Number.isFinite(d.start.getTime())) {
    const end = d.end && Number.isFinite(d.end.getTime()) ? d.end : undefined;
    return { ...base, start: d.start, end };
  }
  return d.date ? { ...base, allDay: d.date } : undefined;
}

/** Minutes since 2024-01-01 UTC: grows with every rewrite of the file. */
function sequenceAt(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000));
}

function calendarFile(ctx: DocContext, lo: Lo, now: Date): CalendarFile {
  const say = phrasebookOf(ctx);
  const duties = loDuties(ctx, lo);
  const sequence = sequenceAt(now);
  const events: IcsEvent[] = [];
  const missing: string[] = [];
  for (const d of duties) {
    const e = toEvent(d, sequence);
    if (e) events.push(e);
    else missing.push(say.s('cal.missing', { what: d.summary }));
  }
  const title = say.s('title.lo_calendar', { name: lo.name });
  const ics = writeIcs({ name: title, zone: ctx.index.zone, events, now });
  const fingerprint = `v${DOC_FORMAT_VERSION}-${hash64(JSON.stringify([title, ctx.index.zone, duties]))}`;
  return {
    kind: 'lo_calendar', key: `lo_calendar:${lo.lo_id}`, title, subject: lo.name,
    fileName: `lo-calendar-${uidPart(lo.lo_id)}.ics`, ics, fingerprint, missing,
  };
}

function findLo(ctx: DocContext, loId: string): Lo {
  const lo = ctx.index.losById.get(loId);
  if (!lo) throw new Error(`No LO with id "${loId}" in the LOs tab, so there is no calendar to make for it.`);
  return lo;
}

/** The .ics text of one LO's duties. */
export function buildCalendar(model: EventModel, loId: string, now: Date = new Date()): string {
  const ctx = documentContext(model);
  return calendarFile(ctx, findLo(ctx, loId), now).ics;
}

/** Every LO's calendar file, from one pass over the model. */
export function buildCalendars(model: EventModel, now: Date = new Date(), ctx: DocContext = documentContext(model)): CalendarFile[] {
  return [...ctx.index.losById.values()].map((lo) => calendarFile(ctx, lo, now));
}
