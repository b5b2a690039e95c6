/**
 * Showing instants and dates to people: "Sun 6 Dec 2026 14:35 (Bangkok, UTC+7)" in
 * English, "อา. 6 ธ.ค. 2569 14:35 น. (กรุงเทพฯ, UTC+7)" in Thai (Buddhist-era year).
 * The one formatter of the product: the pages, the documents, the reminders and the
 * findings all write times through it.
 *
 * Invalid input (an invalid Date, a text that is not a calendar date or a time of day)
 * gives undefined: the caller decides what "to be confirmed" looks like (a document
 * writes "TBC", a page "?"), never NaN or an empty string by accident.
 *
 * The wall fields come from @date-fns/tz (TZDate) and date-fns; the words (weekday
 * and month names, the order, "น.", the Buddhist era) from the i18n strings
 * common.weekday.*, common.month.*, common.format.*.
 */
import { TZDate } from '@date-fns/tz';
import { getDay } from 'date-fns/getDay';
import { isExists } from 'date-fns/isExists';
import { lightFormat } from 'date-fns/lightFormat';
import type { IsoDate, Lang, TimeOfDay } from '../model';
import { t, tDynamic } from '../i18n';
import { CITY_TH } from './cities';
import { instantToWall, utcOffsetLabel } from './zones';

const UNDERSCORE = /_/g;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})$/;

/** The city of a zone for people: "Bangkok" / "กรุงเทพฯ"; "Los Angeles" from America/Los_Angeles. */
export function zoneCity(zone: string, lang: Lang): string {
  if (lang === 'th' && CITY_TH[zone]) return CITY_TH[zone];
  const last = zone.slice(zone.lastIndexOf('/') + 1);
  return last.replace(UNDERSCORE, ' ') || zone;
}

/** "(Bangkok, UTC+7)" / "(กรุงเทพฯ, UTC+7)": the zone as people read it at that instant. */
export function zoneLabel(at: Date, zone: string, lang: Lang): string {
  return t(lang, 'common.format.zone', { city: zoneCity(zone, lang), offset: utcOffsetLabel(at, zone) });
}

/** What a clock and a calendar in a zone show: the calendar date and "HH:mm". */
interface Wall {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
  time: string;
}

// A TZDate costs a few Intl calls; the pages and documents of a large event show
// the same few thousand minutes (flights, pickups, programme) again and again, so
// each zone's minutes are read once.
const MINUTE = 60_000;
const wallCache = new Map<string, Map<number, Wall>>();

function wallOf(at: Date, zone: string): Wall {
  let byMinute = wallCache.get(zone);
  if (!byMinute) {
    byMinute = new Map();
    wallCache.set(zone, byMinute);
  }
  const minute = Math.floor(at.getTime() / MINUTE);
  let w = byMinute.get(minute);
  if (!w) {
    const z = new TZDate(minute * MINUTE, zone);
    w = Number.isFinite(z.getTime())
      ? { year: z.getFullYear(), month: z.getMonth() + 1, day: z.getDate(), weekday: getDay(z), time: lightFormat(z, 'HH:mm') }
      : wallByParts(minute * MINUTE, zone);
    if (byMinute.size > 50_000) byMinute.clear();
    byMinute.set(minute, w);
  }
  return w;
}

// TZDate reads offsets with Intl's "longOffset", which older runtimes reject (zones.ts
// falls back to formatToParts there); the wall fields then come from zones.ts.
function wallByParts(ms: number, zone: string): Wall {
  const p = instantToWall(new Date(ms), zone);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return { year: p.year, month: p.month, day: p.day, weekday: p.weekday, time: `${two(p.hour)}:${two(p.minute)}` };
}

function valid(at: Date | undefined): at is Date {
  return Object.prototype.toString.call(at) === '[object Date]' && Number.isFinite((at as Date).getTime());
}

/** Calendar year as shown in the language (Buddhist era in Thai). */
function displayYear(year: number, lang: Lang): number {
  return lang === 'th' ? year + 543 : year;
}

function inWords(w: Omit<Wall, 'time'> & { time?: string }, lang: Lang, key: 'common.format.date' | 'common.format.datetime'): string {
  return t(lang, key, {
    weekday: tDynamic(lang, `common.weekday.${w.weekday}`),
    day: w.day,
    month: tDynamic(lang, `common.month.${w.month}`),
    year: displayYear(w.year, lang),
    time: w.time ?? '',
  });
}

/** "Sun 6 Dec 2026 14:35", followed by the zone ("(Bangkok, UTC+7)") unless `withZone` is false. */
export function formatDateTime(at: Date | undefined, zone: string, lang: Lang, withZone = true): string | undefined {
  if (!valid(at)) return undefined;
  const body = inWords(wallOf(at, zone), lang, 'common.format.datetime');
  return withZone ? `${body} ${zoneLabel(at, zone, lang)}` : body;
}

/** "14:35" / "14:35 น." in the zone, followed by the zone when `withZone` is true. */
export function formatTime(at: Date | undefined, zone: string, lang: Lang, withZone = false): string | undefined {
  if (!valid(at)) return undefined;
  const body = t(lang, 'common.format.time', { time: wallOf(at, zone).time });
  return withZone ? `${body} ${zoneLabel(at, zone, lang)}` : body;
}

/** "Sun 6 Dec 2026": the day the zone's calendars show at the instant. */
export function formatDateOf(at: Date | undefined, zone: string, lang: Lang): string | undefined {
  return valid(at) ? inWords(wallOf(at, zone), lang, 'common.format.date') : undefined;
}

/** A calendar date "2026-12-06" for people: "Sun 6 Dec 2026" / "อา. 6 ธ.ค. 2569". */
export function formatDate(iso: IsoDate | undefined, lang: Lang): string | undefined {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return undefined;
  const year = +m[1], month = +m[2], day = +m[3];
  if (!isExists(year, month - 1, day)) return undefined;
  const local = new Date(2000, 0, 1);
  local.setFullYear(year, month - 1, day);
  return inWords({ year, month, day, weekday: getDay(local) }, lang, 'common.format.date');
}

/** "14:00" / "14:00 น." for a typed time of day (a hotel's check-in time). */
export function formatTimeOfDay(hhmm: TimeOfDay | undefined, lang: Lang): string | undefined {
  const m = hhmm ? TIME_OF_DAY.exec(hhmm.trim()) : null;
  if (!m || +m[1] > 23 || +m[2] > 59) return undefined;
  return t(lang, 'common.format.time', { time: lightFormat(new Date(2000, 0, 1, +m[1], +m[2]), 'HH:mm') });
}
