/**
 * Wall-clock time in IANA zones. Offsets come from @date-fns/tz (which asks the
 * runtime's Intl data), cached per quarter hour; wall fields are plain arithmetic on
 * UTC fields, which is much faster than building zoned Date objects per cell (parsing
 * reads every flight and pickup cell through here). Minute arithmetic is date-fns;
 * calendar days are UTC day numbers.
 */
import { tzOffset } from '@date-fns/tz';
import { addMinutes as dfAddMinutes } from 'date-fns/addMinutes';
import { differenceInMinutes } from 'date-fns/differenceInMinutes';
import type { IsoDate, ZonedTime } from '../model';

/** Wall-clock fields. month is 1-12. */
export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

export interface WallPartsWithWeekday extends WallParts {
  /** 0 = Sunday. */
  weekday: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const HALF_DAY = DAY / 2;

const zoneOk = new Map<string, boolean>();

/** An IANA zone name the runtime knows: made only by `asZone`, so holding one means it was checked. */
export type Zone = string & { readonly __zone: unique symbol };

/** The zone, checked; undefined when the runtime does not know it. */
export function asZone(zone: unknown): Zone | undefined {
  return typeof zone === 'string' && isValidZone(zone) ? (zone as Zone) : undefined;
}

/** True when the runtime knows the IANA zone (e.g. "Asia/Bangkok"). */
export function isValidZone(zone: string): zone is Zone {
  if (typeof zone !== 'string' || zone === '') return false;
  let ok = zoneOk.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone }).format(0);
      ok = Number.isFinite(offsetMinutes(zone, new Date(0)));
    } catch {
      ok = false;
    }
    zoneOk.set(zone, ok);
  }
  return ok;
}

// Older runtimes reject timeZoneName "longOffset", which tzOffset relies on; they
// fall back to reading the wall fields with formatToParts.
let longOffsetWorks: boolean | undefined;
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetByParts(zone: string, at: Date): number {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    partsFormatters.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour === 24 ? 0 : p.hour, p.minute, p.second);
  const ms = at.getTime() - (at.getTime() % 1000);
  return Math.round((asUtc - ms) / MINUTE);
}

function offsetUncached(zone: string, at: Date): number {
  if (longOffsetWorks === undefined) longOffsetWorks = tzOffset('Asia/Tokyo', new Date(0)) === 540;
  if (longOffsetWorks) return tzOffset(zone, at);
  try {
    return offsetByParts(zone, at);
  } catch {
    return NaN;
  }
}

// Offsets only change on quarter hours (UTC), so one lookup serves a whole quarter
// hour. Asking Intl is what costs; thousands of flight times share few quarters.
const QUARTER = 15 * MINUTE;
const offsetCache = new Map<string, Map<number, number>>();

/** UTC offset in minutes of the zone at that instant (+420 for Bangkok). NaN for an unknown zone. */
export function offsetMinutes(zone: string, at: Date): number {
  return offsetAt(zone, at.getTime());
}

/** offsetMinutes at an instant given in milliseconds (no Date made on a cache hit). */
function offsetAt(zone: string, ms: number): number {
  if (!Number.isFinite(ms)) return NaN;
  let byQuarter = offsetCache.get(zone);
  if (!byQuarter) {
    byQuarter = new Map();
    offsetCache.set(zone, byQuarter);
  }
  const q = Math.floor(ms / QUARTER);
  let o = byQuarter.get(q);
  if (o === undefined) {
    o = offsetUncached(zone, new Date(q * QUARTER));
    if (byQuarter.size > 50_000) byQuarter.clear();
    byQuarter.set(q, o);
  }
  return o;
}

function wallMs(p: WallParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second ?? 0);
}

/**
 * The instant at which clocks in `zone` show the wall time. In a spring-forward gap
 * the time is read with the offset from before the gap (so 02:30 becomes 03:30);
 * in a fall-back overlap the earlier of the two instants is chosen.
 */
export function wallToInstant(p: WallParts, zone: string): Date {
  return wallMsToInstant(wallMs(p), zone);
}

/** wallToInstant for a wall-clock time given as the milliseconds of its UTC fields (to the millisecond). */
export function wallMsToInstant(local: number, zone: string): Date {
  // At most one offset change happens within a day around the wall time, so the
  // offsets half a day before and after are the only candidates.
  const before = offsetAt(zone, local - HALF_DAY);
  const after = offsetAt(zone, local + HALF_DAY);
  if (before === after) return new Date(local - before * MINUTE);
  const tBefore = local - before * MINUTE;
  const tAfter = local - after * MINUTE;
  const okBefore = offsetAt(zone, tBefore) === before;
  const okAfter = offsetAt(zone, tAfter) === after;
  if (okBefore && okAfter) return new Date(Math.min(tBefore, tAfter));
  if (okAfter) return new Date(tAfter);
  return new Date(tBefore);
}

/** Days since 1970-01-01 → that UTC calendar day's fields, made once: the wall readings of one day share them. */
interface CivilDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
  iso: IsoDate;
}
const civilDays = new Map<number, CivilDay>();
/** The largest time value a Date holds (ECMAScript TimeClip). */
const MAX_TIME = 8.64e15;

function civilDay(dayNo: number): CivilDay {
  let c = civilDays.get(dayNo);
  if (!c) {
    const d = new Date(dayNo * DAY);
    const fields = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    c = { ...fields, weekday: d.getUTCDay(), iso: isoDateOf(fields) };
    if (civilDays.size > 10_000) civilDays.clear();
    civilDays.set(dayNo, c);
  }
  return c;
}

/**
 * The instant's wall-clock milliseconds in `zone` as a Date holds them
 * (TimeClip: whole milliseconds, toward zero), or NaN when no Date can hold them.
 */
function wallTime(at: Date, zone: string): number {
  const ms = Math.trunc(at.getTime() + offsetAt(zone, at.getTime()) * MINUTE);
  return Math.abs(ms) <= MAX_TIME ? ms : NaN;
}

/**
 * The wall-clock fields that clocks in `zone` show at the instant. Plain
 * arithmetic on the day number and the time of day, which is what a Date's
 * UTC getters give, without making a Date per cell.
 */
export function instantToWall(at: Date, zone: string): WallPartsWithWeekday {
  const ms = wallTime(at, zone);
  if (Number.isNaN(ms)) return { year: NaN, month: NaN, day: NaN, hour: NaN, minute: NaN, second: NaN, weekday: NaN };
  const dayNo = Math.floor(ms / DAY);
  const c = civilDay(dayNo);
  const rest = ms - dayNo * DAY;
  return {
    year: c.year,
    month: c.month,
    day: c.day,
    hour: Math.floor(rest / 3_600_000),
    minute: Math.floor(rest / MINUTE) % 60,
    second: Math.floor(rest / 1000) % 60,
    weekday: c.weekday,
  };
}

/**
 * A date cell's value re-read as wall time in another zone, without shifting the
 * clock: Sheets gives the cell as the instant at which the spreadsheet's zone shows
 * what was typed; a flight time typed as "14:35" must stay 14:35 at its airport.
 */
export function rewallDate(cell: Date, sheetZone: string, targetZone: string): Date {
  return wallToInstant(instantToWall(cell, sheetZone), targetZone);
}

function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

/** "2026-12-06 14:35" */
export function formatWall(p: WallParts): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2026-12-06" */
export function isoDateOf(p: Pick<WallParts, 'year' | 'month' | 'day'>): IsoDate {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** A ZonedTime for wall time in a zone. */
export function zonedTime(p: WallParts, zone: Zone): ZonedTime {
  return { at: wallToInstant(p, zone), zone, wall: formatWall(p) };
}

/** The calendar date that clocks in `zone` show at the instant. */
export function localDate(at: Date, zone: string): IsoDate {
  const ms = wallTime(at, zone);
  return Number.isNaN(ms) ? isoDateOf(instantToWall(at, zone)) : civilDay(Math.floor(ms / DAY)).iso;
}

/** "UTC+7", "UTC+5:30", "UTC-8", "UTC" */
export function utcOffsetLabel(at: Date, zone: string): string {
  const o = offsetMinutes(zone, at);
  if (!Number.isFinite(o) || o === 0) return 'UTC';
  const sign = o < 0 ? '-' : '+';
  const a = Math.abs(o);
  const h = Math.floor(a / 60);
  const m = a % 60;
  return `UTC${sign}${h}${m ? ':' + pad(m) : ''}`;
}

/** The instant `minutes` later (earlier when negative). */
export function addMinutes(at: Date, minutes: number): Date {
  return dfAddMinutes(at, minutes);
}

/** b − a in whole minutes, rounded (negative when b is earlier). */
export function minutesBetween(a: Date, b: Date): number {
  return differenceInMinutes(b, a, { roundingMethod: 'round' });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The calendar date's day number (days since 1970-01-01 in UTC), or undefined when it is not an ISO date. */
function dayNumber(d: IsoDate): number | undefined {
  const m = ISO_DATE.exec(d);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS : undefined;
}

const dayCache = new Map<string, IsoDate>();

/**
 * The calendar date n days after d ("2026-12-31" + 1 → "2027-01-01"); d itself when it is not an ISO date.
 * UTC calendar arithmetic, no formatter: the checklist calls this for every item of every guest.
 */
export function addDays(d: IsoDate, n: number): IsoDate {
  // An event has few distinct dates and the checklist asks the same sums for every guest: remembered.
  const key = `${d}|${n}`;
  let out = dayCache.get(key);
  if (out !== undefined) return out;
  const m = ISO_DATE.exec(d);
  if (!m || !Number.isFinite(n)) return d;
  const day = new Date(0);
  // The day number is truncated after adding, as Date.setDate does (date-fns addDays kept that).
  day.setUTCFullYear(+m[1], +m[2] - 1, +m[3] + n);
  out = isoDateOf({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
  if (dayCache.size > 10_000) dayCache.clear();
  dayCache.set(key, out);
  return out;
}

/** Calendar days from a to b (b − a). NaN when either is not an ISO date. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  // UTC day numbers, no Date per call: the stay rules ask this for every guest and night, and
  // date-fns differenceInCalendarDays (two zoned Dates a call) was a sixth of a page call's computing.
  const da = dayNumber(a);
  const db = dayNumber(b);
  return da !== undefined && db !== undefined ? Math.round(db - da) : NaN;
}

/** Days in a month (month 1-12), for validating typed dates. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? NaN;
}

/** The instant at which a calendar date starts in a zone. */
export function startOfLocalDay(d: IsoDate, zone: string): Date {
  const m = ISO_DATE.exec(d);
  if (!m) return new Date(NaN);
  return wallToInstant({ year: +m[1], month: +m[2], day: +m[3], hour: 0, minute: 0 }, zone);
}
