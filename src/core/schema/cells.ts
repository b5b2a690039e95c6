/**
 * The pieces each column type's zod schema (cell-types.ts) reads a cell with, from
 * what getValues() gives (string, number, boolean, Date or ''), and `readCell`,
 * which runs a column's schema on one cell. Never throws.
 */
import { cleanText, foldText, headerKey } from '../text';
import { daysInMonth, instantToWall, isoDateOf, formatWall, type WallParts } from '../time/zones';
import type { MessageKey, Params } from '../i18n';
import type { ColumnSpec } from './types';

/** What reading a cell gave. */
export type CellRead =
  | { kind: 'empty' }
  | { kind: 'formula_error'; text: string }
  | { kind: 'value'; value: unknown; notes?: CellNote[] }
  | { kind: 'invalid'; message: MessageKey; params: Params; severity?: 'error' | 'warning' };

/** Something worth telling about a value that was read fine. */
interface CellNote {
  code: 'be_year' | 'invalid_value';
  message: MessageKey;
  params: Params;
  severity: 'info' | 'warning' | 'error';
}

/** A date or date-time as read, before it is placed in a zone. */
export interface WallRead {
  parts: WallParts;
  hasTime: boolean;
}

/** What a column's cell schema is given: the cell, the zones to read it in and, for enums, their labels. */
export interface CellInput {
  raw: unknown;
  ctx: CellContext;
  /** Enum columns: value and labels → value. Without it an enum cell matches nothing (see readCell). */
  enums?: EnumIndex;
}

/** A cell read fine: its value and anything worth telling about it. */
export interface CellValue<T> {
  value: T;
  notes?: CellNote[];
}

export interface CellContext {
  /** The spreadsheet's zone, in which Date cells show their wall time. */
  sheetZone: string;
  /** The event's zone, for event-local date-times. */
  eventZone: string;
}

export const EMPTY: CellRead = { kind: 'empty' };

/** Date objects from another realm (Apps Script emulator in node:vm) fail instanceof. */
export function isDateObject(v: unknown): v is Date {
  if (typeof v !== 'object' || v === null) return false;
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}

const BLANK = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/;

export function isBlankCell(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && BLANK.test(v));
}

function show(v: unknown): string {
  if (isDateObject(v)) return Number.isFinite(v.getTime()) ? v.toISOString() : 'Invalid Date';
  const s = typeof v === 'string' ? cleanText(v) : String(v);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

export function invalid(message: MessageKey, raw: unknown, extra: Params = {}, severity?: 'error' | 'warning'): CellRead {
  return { kind: 'invalid', message, params: { value: show(raw), ...extra }, ...(severity ? { severity } : {}) };
}

export function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

export const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const ID_SHAPE = /^[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}_.\-/#]*$/u;
const ISO_DT = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[ T]+|,\s*)(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?)?\s*(?:น\.|hrs?\.?|h)?$/i;
const DMY_DT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:(?:\s+|,\s*)(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?\s*(?:น\.|hrs?\.?|h)?$/i;
const TIME_ONLY = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:น\.|hrs?\.?|h)?$/i;
export const ABSOLUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
export const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
export const THOUSANDS = /(\d),(?=\d{3}(?:\D|$))/g;
const LIST_SPLIT = /[,，、;；\n]+/;
export const PHONE_EXT = /\s*(?:ext\.?|x|ต่อ|#)\s*\d{1,6}$/i;
export const PHONE_NOISE = /[\s\-().]/g;
export const PHONE_SHAPE = /^\+?\d{3,15}$/;
const EMAIL_SHAPE = /^[^\s@,;<>()"]+@[^\s@,;<>()".]+(?:\.[^\s@,;<>()".]+)+$/;
export const SPACES = / /g;
const MAILTO = /^mailto:/i;

function applyAmPm(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const pm = ampm[0].toLowerCase() === 'p';
  if (hour < 1 || hour > 12) return NaN;
  return pm ? (hour % 12) + 12 : hour % 12;
}

function checkParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return (
    mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) &&
    h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59
  );
}

/** Year rule of the contract: above 2400 is Buddhist era (−543). */
function fixYear(y: number): { year: number; be: boolean; ok: boolean } {
  const be = y > 2400;
  const year = be ? y - 543 : y;
  return { year, be, ok: year >= 1900 && year <= 2399 };
}

function beNote(raw: unknown, parts: WallParts, hasTime: boolean): CellNote {
  return {
    code: 'be_year',
    message: 'validation.be_year',
    params: { value: show(raw), date: hasTime ? formatWall(parts) : isoDateOf(parts) },
    severity: 'info',
  };
}

/**
 * Reads a date or date-time from a Date cell (wall time in the sheet's zone) or text
 * (`YYYY-MM-DD[ HH:mm]`, `DD/MM/YYYY[ HH:mm]`, Thai or full-width digits allowed).
 */
export function readWall(raw: unknown, ctx: CellContext, wantTime: boolean): CellRead {
  const badKey: MessageKey = wantTime ? 'validation.invalid.datetime' : 'validation.invalid.date';
  if (isDateObject(raw)) {
    if (!Number.isFinite(raw.getTime())) return invalid(badKey, raw);
    const w = instantToWall(raw, ctx.sheetZone);
    if (!Number.isFinite(w.year)) return invalid(badKey, raw);
    const y = fixYear(w.year);
    const label = isoDateOf(w) + (wantTime ? ` ${formatWall(w).slice(11)}` : '');
    if (!y.ok) return invalid('validation.invalid.year', label);
    const parts: WallParts = { year: y.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute };
    const read: WallRead = { parts, hasTime: true };
    return { kind: 'value', value: read, ...(y.be ? { notes: [beNote(label, parts, wantTime)] } : {}) };
  }
  if (typeof raw !== 'string') return invalid(badKey, raw);
  const s = foldText(raw);
  let m = ISO_DT.exec(s);
  let y: number, mo: number, d: number;
  if (m) {
    y = +m[1]; mo = +m[2]; d = +m[3];
  } else {
    m = DMY_DT.exec(s);
    if (!m) return invalid(badKey, raw);
    d = +m[1]; mo = +m[2]; y = +m[3];
  }
  const hasTime = m[4] !== undefined;
  const hour = hasTime ? applyAmPm(+m[4], m[7]) : 0;
  const minute = hasTime ? +m[5] : 0;
  const second = m[6] !== undefined ? +m[6] : 0;
  const fy = fixYear(y);
  if (!fy.ok) return invalid('validation.invalid.year', raw);
  if (!checkParts(fy.year, mo, d, hour, minute, second)) return invalid(badKey, raw);
  if (wantTime && !hasTime) return invalid('validation.invalid.datetime_no_time', raw);
  const parts: WallParts = { year: fy.year, month: mo, day: d, hour, minute };
  const read: WallRead = { parts, hasTime };
  return { kind: 'value', value: read, ...(fy.be ? { notes: [beNote(raw, parts, hasTime)] } : {}) };
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A time of day "HH:mm" from a Date cell, a day fraction or text. */
export function readTime(raw: unknown, ctx: CellContext): CellRead {
  if (isDateObject(raw)) {
    if (!Number.isFinite(raw.getTime())) return invalid('validation.invalid.time', raw);
    const w = instantToWall(raw, ctx.sheetZone);
    return { kind: 'value', value: `${two(w.hour)}:${two(w.minute)}` };
  }
  if (typeof raw === 'number') {
    if (!(raw >= 0 && raw < 1)) return invalid('validation.invalid.time', raw);
    const mins = Math.round(raw * 1440) % 1440;
    return { kind: 'value', value: `${two(Math.floor(mins / 60))}:${two(mins % 60)}` };
  }
  if (typeof raw !== 'string') return invalid('validation.invalid.time', raw);
  const m = TIME_ONLY.exec(foldText(raw));
  if (!m) return invalid('validation.invalid.time', raw);
  const h = applyAmPm(+m[1], m[4]);
  const mi = +m[2];
  if (!(h >= 0 && h <= 23 && mi <= 59)) return invalid('validation.invalid.time', raw);
  return { kind: 'value', value: `${two(h)}:${two(mi)}` };
}

/** Plain text of any cell, for text-like columns. */
export function cellText(raw: unknown, ctx: CellContext): string {
  if (typeof raw === 'string') return cleanText(raw);
  if (typeof raw === 'number') return Number.isFinite(raw) ? numberText(raw) : '';
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (isDateObject(raw)) {
    if (!Number.isFinite(raw.getTime())) return '';
    const w = instantToWall(raw, ctx.sheetZone);
    return w.hour === 0 && w.minute === 0 ? isoDateOf(w) : formatWall(w);
  }
  return '';
}

export function splitList(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(LIST_SPLIT)) {
    const p = cleanText(part);
    if (p) out.push(p);
  }
  return out;
}

export function readEmail(s: string, raw: unknown): CellRead {
  const e = foldText(s).replace(MAILTO, '');
  return EMAIL_SHAPE.test(e) ? { kind: 'value', value: e } : invalid('validation.invalid.email', raw);
}

export const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'x', '✓', '✔', '☑', 'ใช่', 'done', 'เสร็จ', 'เสร็จแล้ว']);
export const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'ไม่', 'ไม่ใช่', '☐']);

/** Enum lookup: value, English label or Thai label, compared like headers. */
export type EnumIndex = Map<string, string>;

export function buildEnumIndex(values: readonly string[], labels: (v: string) => string[]): EnumIndex {
  const m: EnumIndex = new Map();
  for (const v of values) {
    m.set(headerKey(v), v);
    for (const l of labels(v)) if (l && !m.has(headerKey(l))) m.set(headerKey(l), v);
  }
  return m;
}

/** Reads one cell of a column with the column's zod schema. enumIndex is required for enum columns. */
export function readCell(spec: ColumnSpec, raw: unknown, ctx: CellContext, enumIndex?: EnumIndex): CellRead {
  const input: CellInput = enumIndex ? { raw, ctx, enums: enumIndex } : { raw, ctx };
  const res = spec.cell.safeParse(input);
  if (!res.success) return problemOf(res.error.issues[0]);
  if (res.data === undefined) return EMPTY;
  const { value, notes } = res.data;
  return notes ? { kind: 'value', value, notes } : { kind: 'value', value };
}

/** The cell problem a cell schema put in its issue (cell-types.ts). */
function problemOf(issue: object | undefined): CellRead {
  const p = (issue as { params?: { problem?: CellRead } } | undefined)?.params?.problem;
  return p ?? invalid('validation.invalid.text', '');
}
