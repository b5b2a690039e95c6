/**
 * Thin wrappers over the shared people-facing formatter (../time/format) that
 * return undefined for an invalid input, so the caller decides what "to be
 * confirmed" looks like instead of printing NaN or an empty string.
 */
import type { IsoDate, Lang, TimeOfDay } from '../model';
import { t } from '../i18n';
import { formatInstant, formatIsoDate, zoneCity } from '../time/format';
import { utcOffsetLabel, type Zone } from '../time/zones';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "Sun 6 Dec 2026" / "อา. 6 ธ.ค. 2569". */
export function formatDate(iso: IsoDate | undefined, lang: Lang): string | undefined {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return undefined;
  const probe = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (probe.getUTCMonth() !== +m[2] - 1) return undefined;
  return formatIsoDate(iso!, lang);
}

/** "14:00" / "14:00 น." for a typed time of day (hotel check-in times). */
export function formatTimeOfDay(hhmm: TimeOfDay | undefined, lang: Lang): string | undefined {
  const m = hhmm ? TIME.exec(hhmm.trim()) : null;
  if (!m || +m[1] > 23 || +m[2] > 59) return undefined;
  return t(lang, 'common.format.time', { time: `${pad2(+m[1])}:${m[2]}` });
}

/** "(Bangkok, UTC+7)" / "(กรุงเทพฯ, UTC+7)". */
export function zoneLabel(at: Date, zone: Zone, lang: Lang): string {
  return t(lang, 'common.format.zone', { city: zoneCity(zone, lang), offset: utcOffsetLabel(at, zone) });
}

function valid(at: Date | undefined): at is Date {
  return at instanceof Date && Number.isFinite(at.getTime());
}

/** "Sun 6 Dec 2026 14:35", plus the zone when asked. */
export function formatDateTime(at: Date | undefined, zone: Zone, lang: Lang, withZone = true): string | undefined {
  return valid(at) ? formatInstant(at, zone, lang, { zone: withZone }) : undefined;
}

/** "14:35" / "14:35 น.", plus the zone when asked. */
export function formatTime(at: Date | undefined, zone: Zone, lang: Lang, withZone = false): string | undefined {
  return valid(at) ? formatInstant(at, zone, lang, { zone: withZone, timeOnly: true }) : undefined;
}
