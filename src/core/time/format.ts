/**
 * Showing instants to people: "Sun 6 Dec 2026 14:35 (Bangkok, UTC+7)" in English,
 * "อา. 6 ธ.ค. 2569 14:35 น. (กรุงเทพฯ, UTC+7)" in Thai (Buddhist-era year).
 */
import type { Lang } from '../model';
import { t, tDynamic } from '../i18n';
import { CITY_TH } from './cities';
import { instantToWall, utcOffsetLabel, type WallParts } from './zones';

const UNDERSCORE = /_/g;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The city of a zone for people: "Bangkok" / "กรุงเทพฯ"; "Los Angeles" from America/Los_Angeles. */
export function zoneCity(zone: string, lang: Lang): string {
  if (lang === 'th' && CITY_TH[zone]) return CITY_TH[zone];
  const last = zone.slice(zone.lastIndexOf('/') + 1);
  return last.replace(UNDERSCORE, ' ') || zone;
}

export interface FormatOptions {
  /** Append "(City, UTC+7)". Default true. */
  zone?: boolean;
  /** Date only, no time. */
  dateOnly?: boolean;
  /** Time only ("14:35" / "14:35 น."), no date. */
  timeOnly?: boolean;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Calendar year as shown in the language (Buddhist era in Thai). */
function displayYear(year: number, lang: Lang): number {
  return lang === 'th' ? year + 543 : year;
}

/** Wall parts in words, no zone: "Sun 6 Dec 2026 14:35". weekday 0 = Sunday. */
function formatParts(p: WallParts & { weekday: number }, lang: Lang, o: FormatOptions = {}): string {
  const time = `${two(p.hour)}:${two(p.minute)}`;
  if (o.timeOnly) return t(lang, 'common.format.time', { time });
  const params = {
    weekday: tDynamic(lang, `common.weekday.${p.weekday}`),
    day: p.day,
    month: tDynamic(lang, `common.month.${p.month}`),
    year: displayYear(p.year, lang),
    time,
  };
  return t(lang, o.dateOnly ? 'common.format.date' : 'common.format.datetime', params);
}

/** An instant as people in that zone read it, with the zone named. */
export function formatInstant(at: Date, zone: string, lang: Lang, o: FormatOptions = {}): string {
  if (Object.prototype.toString.call(at) !== '[object Date]' || !Number.isFinite(at.getTime())) return '';
  const body = formatParts(instantToWall(at, zone), lang, o);
  if (o.zone === false) return body;
  return `${body} ${t(lang, 'common.format.zone', { city: zoneCity(zone, lang), offset: utcOffsetLabel(at, zone) })}`;
}

/** A calendar date "2026-12-06" for people: "Sun 6 Dec 2026" / "อา. 6 ธ.ค. 2569". */
export function formatIsoDate(d: string, lang: Lang): string {
  const m = ISO_DATE.exec(d);
  if (!m) return d;
  const y = +m[1], mo = +m[2], day = +m[3];
  const weekday = new Date(Date.UTC(y, mo - 1, day)).getUTCDay();
  return formatParts({ year: y, month: mo, day, hour: 0, minute: 0, weekday }, lang, { dateOnly: true });
}
