/**
 * getDisplayValues: a value rendered through its number format. Covers the
 * formats that spreadsheets of this kind use (dates, times, fixed decimals,
 * thousands separators, percentages, literal prefixes); anything else falls
 * back to the plain value, as "automatic" format does.
 */
import type { Cell, CellValue } from 'exceljs';
import { excelSerialToDate, isDate, isDateFormat } from './values';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && i + 1 < fmt.length) { cur += ch + fmt[++i]; continue; }
    if (ch === ';' && !quoted) { out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur);
  return out;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Formats a wall-clock date (UTC fields) with a spreadsheet date/time pattern. */
function formatDate(wall: Date, fmt: string): string {
  const pattern = splitSections(fmt)[0].replace(/\[\$[^\]]*\]/g, '').replace(/\[[hms]+\]/gi, (m) => m.slice(1, -1));
  const tokens: { t: string; lit?: boolean }[] = [];
  const re = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|am\/pm|A\/P|a\/p|\.0+|./gi;
  for (const m of pattern.matchAll(re)) {
    const t = m[0];
    if (t.startsWith('"')) tokens.push({ t: t.slice(1, -1), lit: true });
    else if (t.startsWith('\\')) tokens.push({ t: t.slice(1), lit: true });
    else tokens.push({ t });
  }
  const twelve = tokens.some((x) => !x.lit && /^(am\/pm|a\/p)$/i.test(x.t));
  const hours = wall.getUTCHours();
  let out = '';
  tokens.forEach((tok, i) => {
    if (tok.lit) { out += tok.t; return; }
    const low = tok.t.toLowerCase();
    const prev = tokens.slice(0, i).reverse().find((x) => !x.lit && /^[a-z]/i.test(x.t));
    const next = tokens.slice(i + 1).find((x) => !x.lit && /^[a-z]/i.test(x.t));
    const minuteContext = (prev && /^h/i.test(prev.t)) || (next && /^s/i.test(next.t));
    switch (low) {
      case 'yyyy': out += pad(wall.getUTCFullYear(), 4); break;
      case 'yy': out += pad(wall.getUTCFullYear() % 100); break;
      case 'mmmm': out += MONTHS[wall.getUTCMonth()]; break;
      case 'mmm': out += MONTHS[wall.getUTCMonth()].slice(0, 3); break;
      case 'mm': out += minuteContext ? pad(wall.getUTCMinutes()) : pad(wall.getUTCMonth() + 1); break;
      case 'm': out += minuteContext ? String(wall.getUTCMinutes()) : String(wall.getUTCMonth() + 1); break;
      case 'dddd': out += DAYS[wall.getUTCDay()]; break;
      case 'ddd': out += DAYS[wall.getUTCDay()].slice(0, 3); break;
      case 'dd': out += pad(wall.getUTCDate()); break;
      case 'd': out += String(wall.getUTCDate()); break;
      case 'hh': out += pad(twelve ? ((hours + 11) % 12) + 1 : hours); break;
      case 'h': out += String(twelve ? ((hours + 11) % 12) + 1 : hours); break;
      case 'ss': out += pad(wall.getUTCSeconds()); break;
      case 's': out += String(wall.getUTCSeconds()); break;
      case 'am/pm': out += hours < 12 ? 'AM' : 'PM'; break;
      case 'a/p': out += hours < 12 ? 'A' : 'P'; break;
      default:
        if (/^\.0+$/.test(tok.t)) {
          out += `.${pad(wall.getUTCMilliseconds(), 3).slice(0, tok.t.length - 1)}`;
        } else out += tok.t;
    }
  });
  return out;
}

function automaticNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(10)));
}

function literalText(s: string): string {
  return s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/[_*]./g, '');
}

/** Formats a number with a non-date number format. */
function formatNumber(n: number, fmt: string | undefined): string {
  if (!fmt || fmt === 'General' || fmt === '@' || /^0\.#+$/.test(fmt)) return automaticNumber(n);
  const sections = splitSections(fmt);
  let section = sections[0];
  let value = n;
  if (n < 0 && sections.length > 1 && sections[1] !== '') { section = sections[1]; value = -n; }
  if (n === 0 && sections.length > 2 && sections[2] !== '') section = sections[2];
  section = section.replace(/\[[^\]]*\]/g, '');
  const patternMatch = /([#0][#0,]*)?(\.[#0]*)?/g;
  let start = -1;
  let pattern = '';
  const masked = section.replace(/"[^"]*"|\\./g, (q) => '\u0000'.repeat(q.length));
  // The first non-empty run of digit placeholders (matchAll steps over the empty matches).
  for (const pm of masked.matchAll(patternMatch)) {
    if (pm[0] === '') continue;
    start = pm.index ?? -1;
    pattern = pm[0];
    break;
  }
  if (start < 0) return literalText(section);
  const prefix = literalText(section.slice(0, start));
  const suffix = literalText(section.slice(start + pattern.length));
  if (suffix.includes('%')) value *= 100;
  const [intPart, decPart = ''] = pattern.split('.');
  const minDec = (decPart.match(/0/g) ?? []).length;
  const maxDec = minDec + (decPart.match(/#/g) ?? []).length;
  let text = Math.abs(value).toFixed(maxDec);
  if (maxDec > minDec) {
    const [i, d = ''] = text.split('.');
    let dd = d;
    while (dd.length > minDec && dd.endsWith('0')) dd = dd.slice(0, -1);
    text = dd ? `${i}.${dd}` : i;
  }
  let [digits, decimals] = text.split('.');
  const minInt = (intPart.match(/0/g) ?? []).length;
  if (digits === '0' && minInt === 0) digits = '';
  digits = digits.padStart(minInt, '0');
  if (intPart.includes(',')) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(text) !== 0 ? '-' : '';
  return `${sign}${prefix}${digits}${decimals !== undefined ? `.${decimals}` : ''}${suffix}`;
}

function plainText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return ((v as { richText: { text: string }[] }).richText).map((t) => t.text).join('');
  }
  return v == null ? '' : String(v);
}

/** The text a cell shows. */
function displayRaw(v: CellValue | undefined, fmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    return isDateFormat(fmt) ? formatDate(excelSerialToDate(v), fmt as string) : formatNumber(v, fmt);
  }
  if (isDate(v)) return formatDate(v, isDateFormat(fmt) ? (fmt as string) : 'yyyy-mm-dd hh:mm:ss');
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === 'string') return o.error;
  if (Array.isArray(o.richText)) return plainText(o);
  if ('hyperlink' in o) return plainText(o.text);
  if ('formula' in o || 'sharedFormula' in o) {
    return o.result === undefined || o.result === null ? '' : displayRaw(o.result as CellValue, fmt);
  }
  return String(v);
}

export function displayCell(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return displayRaw(cell.value, cell.numFmt);
}
