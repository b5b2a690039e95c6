/**
 * Utilities, Blob and Logger.
 *
 * Apps Script is Java underneath: byte arrays are signed (-128..127) and
 * formatDate takes java.text.SimpleDateFormat patterns, so both are
 * reproduced here rather than Node's or date-fns' conventions.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { TZDate, tzName, tzOffset } from '@date-fns/tz';
import { sleepSync } from './lock';
import type { ServiceContext } from './state';

export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;

export const MacAlgorithm = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const;

export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

const NODE_HASH: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** Node bytes → Apps Script's signed Java bytes. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

/** A string in the given Apps Script charset, or a (signed or unsigned) byte array, as Node bytes. */
export function toBuffer(data: unknown, charset: string = Charset.UTF_8, what = 'data'): Buffer {
  if (typeof data === 'string') {
    if (charset === Charset.US_ASCII) return Buffer.from(data.replace(/[^\x00-\x7f]/g, '?'), 'latin1');
    if (charset !== Charset.UTF_8) throw new Error(`Invalid argument: charset (${String(charset)})`);
    return Buffer.from(data, 'utf8');
  }
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data) && data.every((b) => Number.isInteger(b) && b >= -128 && b <= 255)) {
    return Buffer.from(data.map((b: number) => b & 0xff));
  }
  throw new Error(`Invalid argument: ${what} (expected a string or an array of bytes)`);
}

export class Blob {
  readonly gasType = 'Blob';

  constructor(
    private data: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {}

  getBytes(): number[] {
    return toSignedBytes(this.data);
  }

  /** Host-side access for services that write the blob out (mail attachments, Drive files). */
  _buffer(): Buffer {
    return this.data;
  }

  getDataAsString(charset?: string): string {
    return charset === Charset.US_ASCII ? this.data.toString('latin1') : this.data.toString('utf8');
  }

  setDataFromString(s: string, charset?: string): Blob {
    this.data = toBuffer(String(s), charset ?? Charset.UTF_8);
    return this;
  }

  setBytes(bytes: number[]): Blob {
    this.data = toBuffer(bytes, Charset.UTF_8, 'bytes');
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): Blob {
    this.name = name;
    return this;
  }

  isGoogleType(): boolean {
    return false;
  }

  copyBlob(): Blob {
    return new Blob(Buffer.from(this.data), this.contentType, this.name);
  }

  getAs(contentType: string): Blob {
    if (contentType === this.contentType) return this.copyBlob();
    throw new Error(`Converting from ${this.contentType ?? 'unknown'} to ${contentType} is not supported.`);
  }
}

/** Anything the bundle may hand over as a blob: ours, or an object that behaves like one. */
export interface BlobLike {
  getBytes(): number[];
  getContentType?(): string | null;
  getName?(): string | null;
}

export function blobBuffer(b: BlobLike): Buffer {
  return b instanceof Blob ? b._buffer() : toBuffer(b.getBytes(), Charset.UTF_8, 'blob');
}

// ---------------------------------------------------------------------------
// formatDate: java.text.SimpleDateFormat patterns

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

// ---------------------------------------------------------------------------

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const B64_WEB = /^[A-Za-z0-9_-]*={0,2}$/;

export class Utilities {
  readonly gasType = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  getUuid(): string {
    return randomUUID();
  }

  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds) || milliseconds < 0 || milliseconds > 300000) {
      throw new Error('Invalid argument: milliseconds (0 to 300000)');
    }
    sleepSync(milliseconds);
  }

  computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
    const name = NODE_HASH[String(algorithm)];
    if (!name) throw new Error(`Invalid argument: algorithm (${String(algorithm)} is not supported here)`);
    return toSignedBytes(createHash(name).update(toBuffer(value, charset ?? Charset.UTF_8, 'value')).digest());
  }

  computeHmacSignature(algorithm: string, value: string | number[], key: string | number[], charset?: string): number[] {
    const name = NODE_HASH[String(algorithm).replace(/^HMAC_/, '')];
    if (!name || !String(algorithm).startsWith('HMAC_')) throw new Error(`Invalid argument: algorithm (${String(algorithm)})`);
    const cs = charset ?? Charset.UTF_8;
    return toSignedBytes(createHmac(name, toBuffer(key, cs, 'key')).update(toBuffer(value, cs, 'value')).digest());
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: string): number[] {
    return this.computeHmacSignature(MacAlgorithm.HMAC_SHA_256, value, key, charset);
  }

  base64Encode(data: string | number[], charset?: string): string {
    return toBuffer(data, charset ?? Charset.UTF_8).toString('base64');
  }

  /** Web-safe alphabet, padding kept (as Java's URL-safe encoder does). */
  base64EncodeWebSafe(data: string | number[], charset?: string): string {
    return toBuffer(data, charset ?? Charset.UTF_8).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    const s = String(encoded).replace(/\s+/g, '');
    if (!B64.test(s)) throw new Error('Could not decode string.');
    return toSignedBytes(Buffer.from(s, 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    const s = String(encoded).replace(/\s+/g, '');
    if (!B64_WEB.test(s)) throw new Error('Could not decode string.');
    return toSignedBytes(Buffer.from(s, 'base64url'));
  }

  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    const buf = data === undefined || data === null ? Buffer.alloc(0) : toBuffer(data);
    return new Blob(buf, contentType ?? null, name ?? null);
  }
}

export function createUtilities(_ctx?: ServiceContext): Utilities {
  return new Utilities();
}

/** Apps Script's Logger.log(format, values...) understands Java's %s-style placeholders. */
function formatLog(args: unknown[]): string {
  const show = (v: unknown) => (typeof v === 'object' && v !== null && !(v instanceof Date) ? JSON.stringify(v) : String(v));
  if (args.length > 1 && typeof args[0] === 'string' && /%[sdfo%]/.test(args[0])) {
    let i = 1;
    return args[0].replace(/%(\d*\.?\d*)([sdfo%])/g, (all, _w, kind) => {
      if (kind === '%') return '%';
      if (i >= args.length) return all;
      return show(args[i++]);
    });
  }
  return args.map(show).join(' ');
}

export class Logger {
  readonly gasType = 'Logger';
  private readonly lines: string[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  log(...args: unknown[]): Logger {
    const line = formatLog(args);
    this.lines.push(line);
    if (this.ctx.options.verbose) process.stderr.write(`[Logger] ${line}\n`);
    return this;
  }

  getLog(): string {
    return this.lines.length ? `${this.lines.join('\n')}\n` : '';
  }

  clear(): void {
    this.lines.length = 0;
  }
}

export function createLogger(ctx: ServiceContext): Logger {
  return new Logger(ctx);
}
