/**
 * Utilities.formatDate: java.text.SimpleDateFormat patterns (Apps Script is
 * Java underneath), not Node's or date-fns' conventions.
 */
import { TZDate, tzName, tzOffset } from '@date-fns/tz';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's short names where Intl only has "GMT+7" (Java's zone data names them). */
const JAVA_SHORT_NAMES: Record<string, string> = {
  'Asia/Bangkok': 'ICT',
  'Asia/Ho_Chi_Minh': 'ICT',
  'Asia/Saigon': 'ICT',
  'Asia/Phnom_Penh': 'ICT',
  'Asia/Vientiane': 'ICT',
  'Asia/Jakarta': 'WIB',
  'Asia/Singapore': 'SGT',
  'Asia/Kuala_Lumpur': 'MYT',
  'Asia/Manila': 'PST',
  'Asia/Yangon': 'MMT',
  'Asia/Tokyo': 'JST',
  'Asia/Seoul': 'KST',
  'Asia/Shanghai': 'CST',
  'Asia/Hong_Kong': 'HKT',
  'Asia/Kolkata': 'IST',
  'Asia/Dubai': 'GST',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  GMT: 'GMT',
  'Etc/GMT': 'GMT',
};

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function signature(args: unknown[]): string {
  const kind = (v: unknown) =>
    v === null || v === undefined ? 'null' : Object.prototype.toString.call(v) === '[object Date]' ? 'Date' : typeof v === 'string' ? 'String' : typeof v === 'number' ? 'number' : 'Object';
  return args.map(kind).join(',');
}

/** Formats `date` in `timeZone` with a SimpleDateFormat pattern, as Utilities.formatDate does. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]' || typeof timeZone !== 'string' || typeof pattern !== 'string') {
    throw new Error(`The parameters (${signature([date, timeZone, pattern])}) don't match the method signature for Utilities.formatDate.`);
  }
  if (Number.isNaN(date.getTime())) throw new Error('Invalid argument: date (an invalid Date)');
  // Java's TimeZone.getTimeZone falls back to GMT for an id it does not know; Apps Script inherits that.
  let zone = timeZone;
  let offset = tzOffset(zone, date);
  if (Number.isNaN(offset)) {
    zone = 'UTC';
    offset = 0;
  }
  const t = new TZDate(date.getTime(), zone);
  const year = t.getFullYear();
  const month = t.getMonth();
  const day = t.getDate();
  const hour = t.getHours();
  const minute = t.getMinutes();
  const second = t.getSeconds();
  const ms = t.getMilliseconds();
  const weekday = t.getDay();
  const startOfYear = Date.UTC(year, 0, 1);
  const dayOfYear = Math.floor((Date.UTC(year, month, day) - startOfYear) / 86400000) + 1;

  const field = (letter: string, n: number): string => {
    switch (letter) {
      case 'G':
        return year > 0 ? 'AD' : 'BC';
      case 'y':
      case 'Y':
        return n === 2 ? pad(year % 100, 2) : pad(year, n);
      case 'M':
      case 'L':
        if (n >= 4) return MONTHS[month];
        if (n === 3) return MONTHS[month].slice(0, 3);
        return pad(month + 1, n);
      case 'd':
        return pad(day, n);
      case 'D':
        return pad(dayOfYear, n);
      case 'E':
        return n >= 4 ? DAYS[weekday] : DAYS[weekday].slice(0, 3);
      case 'u':
        return pad(weekday === 0 ? 7 : weekday, n);
      case 'a':
        return hour < 12 ? 'AM' : 'PM';
      case 'H':
        return pad(hour, n);
      case 'k':
        return pad(hour === 0 ? 24 : hour, n);
      case 'K':
        return pad(hour % 12, n);
      case 'h':
        return pad(hour % 12 === 0 ? 12 : hour % 12, n);
      case 'm':
        return pad(minute, n);
      case 's':
        return pad(second, n);
      case 'S':
        return pad(ms, n);
      case 'z':
        if (zone === 'UTC' && timeZone !== 'UTC' && timeZone !== 'Etc/UTC') return n >= 4 ? 'Greenwich Mean Time' : 'GMT';
        if (n >= 4) return tzName(zone, date, 'long');
        return JAVA_SHORT_NAMES[zone] ?? tzName(zone, date, 'short');
      case 'Z':
        return offsetText(offset, 'Z');
      case 'X':
        return offsetText(offset, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
      default:
        throw new Error(`Illegal pattern character '${letter}'`);
    }
  };

  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // '' inside a quoted run is one quote, as in Java.
      let j = i + 1;
      let literal = '';
      for (;;) {
        const close = pattern.indexOf("'", j);
        if (close < 0) throw new Error(`Unterminated quote in date pattern: ${pattern}`);
        literal += pattern.slice(j, close);
        if (pattern[close + 1] === "'") {
          literal += "'";
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      out += literal;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n++;
      out += field(c, n);
      i += n;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
