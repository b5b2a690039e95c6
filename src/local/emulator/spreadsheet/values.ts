/**
 * Cell values between Apps Script and xlsx.
 *
 * exceljs hands date cells over as a Date whose UTC fields are the wall-clock
 * time the cell shows. Apps Script reads that wall-clock time in the
 * spreadsheet's time zone, so every date crossing the boundary is shifted.
 */
import { TZDate } from '@date-fns/tz';
import type { Cell, CellValue } from 'exceljs';

export const MAX_CELL_CHARS = 50000;

/** The instant a wall-clock time (given as exceljs's UTC-field Date) means in `tz`. */
export function wallClockToInstant(wall: Date, tz: string): Date {
  const z = new TZDate(
    wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(),
    wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds(),
    tz,
  );
  return new Date(z.getTime());
}

/** The wall-clock time of an instant in `tz`, as exceljs wants it (UTC fields). */
export function instantToWallClock(instant: Date, tz: string): Date {
  const z = new TZDate(instant.getTime(), tz);
  return new Date(Date.UTC(
    z.getFullYear(), z.getMonth(), z.getDate(),
    z.getHours(), z.getMinutes(), z.getSeconds(), z.getMilliseconds(),
  ));
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** True for number formats that show a date or a time. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === 'General' || fmt === '@') return false;
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !isDate(v) && !Array.isArray(v);
}

function richToText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isPlainObject(v) && Array.isArray(v.richText)) {
    return (v.richText as { text: string }[]).map((t) => t.text).join('');
  }
  return v == null ? '' : String(v);
}

/** The value Apps Script's getValues returns for a raw exceljs cell value. */
function toScriptValue(v: CellValue | undefined, numFmt: string | undefined, tz: string): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    // A number in a date-formatted cell is a date to Sheets (exceljs only converts on load).
    return isDateFormat(numFmt) ? wallClockToInstant(excelSerialToDate(v), tz) : v;
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return wallClockToInstant(v, tz);
  if (isPlainObject(v)) {
    if (typeof v.error === 'string') return v.error;
    if (Array.isArray(v.richText)) return richToText(v);
    if ('hyperlink' in v) return richToText(v.text);
    if ('formula' in v || 'sharedFormula' in v) {
      const r = v.result as unknown;
      if (r === undefined || r === null) return '';
      if (typeof r === 'number' && isDateFormat(numFmt)) {
        return wallClockToInstant(excelSerialToDate(r), tz);
      }
      return toScriptValue(r as CellValue, numFmt, tz);
    }
  }
  return String(v);
}

export function excelSerialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

/** Reads one cell as getValues does (merged cells other than the top-left read as ''). */
export function readCellValue(cell: Cell | undefined, tz: string): unknown {
  if (!cell) return '';
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return toScriptValue(cell.value, cell.numFmt, tz);
}

export function readCellFormula(cell: Cell | undefined): string {
  if (!cell) return '';
  const v = cell.value as unknown;
  if (isPlainObject(v) && ('formula' in v || 'sharedFormula' in v)) {
    const f = cell.formula;
    return f ? `=${f}` : '';
  }
  return '';
}

/** What setValue/setValues will store in one cell. */
export type CellInput =
  | { kind: 'clear' }
  | { kind: 'value'; value: CellValue; dateFormat?: string; numberFormat?: string }
  | { kind: 'formula'; formula: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function validWallClock(y: number, mo: number, d: number, h: number, mi: number, s: number): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** Parses typed date text the way Sheets recognises it; null when it is not a date. */
function parseDateText(text: string, locale: string): { wall: Date; format: string } | null {
  let m = ISO_DATE.exec(text);
  let y: number, mo: number, d: number;
  let datePattern: string;
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    datePattern = 'yyyy-mm-dd';
  } else {
    m = SLASH_DATE.exec(text);
    if (!m) return null;
    // Sheets reads slash dates in the spreadsheet locale's order: month first in en_US.
    const monthFirst = /^en_US$/i.test(locale);
    y = Number(m[3]);
    mo = Number(monthFirst ? m[1] : m[2]);
    d = Number(monthFirst ? m[2] : m[1]);
    datePattern = monthFirst ? 'm/d/yyyy' : 'd/m/yyyy';
  }
  const hasTime = m[4] !== undefined;
  const hasSeconds = m[6] !== undefined;
  const wall = validWallClock(y, mo, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  if (!wall) return null;
  const format = hasTime ? `${datePattern} hh:mm${hasSeconds ? ':ss' : ''}` : datePattern;
  return { wall, format };
}

/** The xlsx date format given to a cell that receives a Date and has none. */
function defaultDateFormat(wall: Date): string {
  const midnight = wall.getUTCHours() === 0 && wall.getUTCMinutes() === 0
    && wall.getUTCSeconds() === 0 && wall.getUTCMilliseconds() === 0;
  return midnight ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
}

/**
 * Interprets one value as Sheets treats a value written by setValue(s): text is
 * parsed like typed input unless the cell is formatted as plain text ('@').
 */
export function interpretInput(
  v: unknown, opts: { plainText: boolean; tz: string; locale: string; where: string },
): CellInput {
  if (v === null || v === undefined || v === '') return { kind: 'clear' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'value', value: String(v) };
    return { kind: 'value', value: v };
  }
  if (typeof v === 'boolean') return { kind: 'value', value: v };
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) return { kind: 'value', value: 'Invalid Date' };
    const wall = instantToWallClock(v, opts.tz);
    return { kind: 'value', value: wall, dateFormat: defaultDateFormat(wall) };
  }
  if (typeof v === 'string') {
    if (v.length > MAX_CELL_CHARS) {
      throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
    }
    if (opts.plainText) return { kind: 'value', value: v };
    if (v.startsWith('=') && v.length > 1) return { kind: 'formula', formula: v.slice(1) };
    if (v.startsWith("'")) {
      const rest = v.slice(1);
      return rest === '' ? { kind: 'clear' } : { kind: 'value', value: rest };
    }
    const t = v.trim();
    if (NUMBER.test(t)) return { kind: 'value', value: Number(t) };
    const pct = PERCENT.exec(t);
    if (pct) {
      const decimals = (pct[1].split('.')[1] ?? '').length;
      return {
        kind: 'value',
        value: Number(pct[1]) / 100,
        numberFormat: decimals ? `0.${'0'.repeat(decimals)}%` : '0%',
      };
    }
    if (/^true$/i.test(t)) return { kind: 'value', value: true };
    if (/^false$/i.test(t)) return { kind: 'value', value: false };
    const date = parseDateText(t, opts.locale);
    if (date) return { kind: 'value', value: date.wall, dateFormat: date.format };
    return { kind: 'value', value: v };
  }
  if (typeof v === 'bigint') return { kind: 'value', value: Number(v) };
  throw new Error(
    `Cannot write a value of type ${Array.isArray(v) ? 'array' : typeof v} into a cell (${opts.where}): `
    + 'use a string, number, boolean or Date.',
  );
}
