/**
 * Instants of the event's calendar: a date and a time of day in the event's zone,
 * memoised on the model index (guests share dates, so this saves most zone lookups).
 */
import type { HourMinute, IsoDate, ZonedTime } from '../model';
import type { ModelIndex } from '../model-index';
import { startOfLocalDay, wallToInstant } from '../time/zones';

const HH_MM = /^(\d{1,2}):(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "18:00" → {18, 0}; undefined when not a time of day (a hotel's check-out time, or an option). */
export function parseTimeOfDay(s: string | undefined): HourMinute | undefined {
  const m = typeof s === 'string' ? HH_MM.exec(s.trim()) : null;
  if (!m) return undefined;
  const hour = +m[1];
  const minute = +m[2];
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

/** The instant at which the event zone shows that wall time on that date; undefined when the date is unusable. */
export function eventInstant(idx: ModelIndex, date: IsoDate, t: HourMinute): Date | undefined {
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

/** The instant the date starts in the event zone; undefined when the date is unusable. */
export function startOfDay(idx: ModelIndex, date: IsoDate): Date | undefined {
  const key = `${date} start`;
  let at = idx.instantMemo.get(key);
  if (at === undefined) {
    at = startOfLocalDay(date, idx.zone);
    idx.instantMemo.set(key, at);
  }
  return Number.isFinite(at.getTime()) ? at : undefined;
}

/** The text when it is an ISO date. */
export function validIsoDate(d: string | undefined): IsoDate | undefined {
  return typeof d === 'string' && ISO_DATE.test(d) ? d : undefined;
}

/** A zoned time with a valid instant. */
export function okTime(z: ZonedTime | undefined): z is ZonedTime {
  return !!z && z.at instanceof Date && Number.isFinite(z.at.getTime());
}
