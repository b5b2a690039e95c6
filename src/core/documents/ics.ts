/**
 * A compact RFC 5545 writer: just what LO calendars need (VCALENDAR of VEVENTs,
 * UTC or all-day times). Hand-written because ical-generator adds ~36 KB to the
 * Apps Script bundle and measures line lengths with TextEncoder, which Apps
 * Script does not provide.
 */

export interface IcsEvent {
  /** Globally unique and stable across runs: the same duty keeps its UID, so a re-import updates it. */
  uid: string;
  /** Timed event (UTC) … */
  start?: Date;
  end?: Date;
  /** … or an all-day event on this date ("2026-12-06") when the time is not known. */
  allDay?: string;
  summary: string;
  description?: string;
  location?: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  sequence?: number;
}

export interface IcsCalendar {
  name: string;
  /** IANA zone, as a display hint for clients (times themselves are UTC). */
  zone?: string;
  events: IcsEvent[];
  /** DTSTAMP of every event: when this file was made. */
  now: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // Other control characters are not allowed in TEXT.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (continuations start with one space), never inside a character. */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > limit) {
      out += `${CRLF} `;
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    out += ch;
    octets += n;
  }
  return out;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 20261206T073500Z */
function utcStamp(d: Date): string {
  if (!Number.isFinite(d.getTime())) throw new Error('iCalendar: an event time is not a valid date');
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
}

function dateValue(iso: string): string {
  return iso.replace(/-/g, '');
}

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const x = new Date(Date.UTC(y, m - 1, d + 1));
  return `${x.getUTCFullYear()}${two(x.getUTCMonth() + 1)}${two(x.getUTCDate())}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function eventLines(e: IcsEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`];
  if (e.allDay !== undefined) {
    if (!ISO_DATE.test(e.allDay)) throw new Error(`iCalendar: "${e.allDay}" is not a date (YYYY-MM-DD)`);
    lines.push(`DTSTART;VALUE=DATE:${dateValue(e.allDay)}`, `DTEND;VALUE=DATE:${nextDay(e.allDay)}`);
  } else {
    if (!e.start) throw new Error(`iCalendar: event ${e.uid} has neither a start time nor a date`);
    lines.push(`DTSTART:${utcStamp(e.start)}`);
    if (e.end && e.end.getTime() > e.start.getTime()) lines.push(`DTEND:${utcStamp(e.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.status) lines.push(`STATUS:${e.status}`);
  lines.push(`SEQUENCE:${Math.max(0, Math.floor(e.sequence ?? 0))}`, 'END:VEVENT');
  return lines;
}

export function writeIcs(cal: IcsCalendar): string {
  const stamp = utcStamp(cal.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//LO Desk//LO calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(cal.name)}`,
    `X-WR-CALNAME:${escapeText(cal.name)}`,
  ];
  if (cal.zone) lines.push(`X-WR-TIMEZONE:${escapeText(cal.zone)}`);
  for (const e of cal.events) lines.push(...eventLines(e, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
