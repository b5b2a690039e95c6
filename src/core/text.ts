/**
 * Small text helpers shared by parsing, validation and anything that writes cells.
 * Regexes live at module level so that per-cell work never compiles one.
 */

// Spaces that paste from Word, PDFs, LINE and Thai keyboards bring along.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\n\v\f]/g;
// Invisible characters that only cause mismatches (zero-width, BOM, soft hyphen).
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const THAI_DIGITS = /[\u0e50-\u0e59]/g;
const MULTI_SPACE = / {2,}/g;

// Most cells need no cleaning; one test of this decides it.
const NEEDS_CLEAN = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad\t\r\n\v\f]| {2}|^ | $/;
const NEEDS_FOLD = /[\uff01-\uff5e\u0e50-\u0e59]/;

/** Replaces odd spaces by plain ones, drops invisible characters and trims. Keeps inner text as typed. */
export function cleanText(s: string): string {
  if (!NEEDS_CLEAN.test(s)) return s;
  return s.replace(INVISIBLES, '').replace(ODD_SPACES, ' ').replace(MULTI_SPACE, ' ').trim();
}

/**
 * Like cleanText, and also folds full-width ASCII and Thai digits to plain ASCII.
 * Use it before reading a value as a number, date, time, code or address, never on free text.
 */
export function foldText(s: string): string {
  if (!NEEDS_FOLD.test(s)) return cleanText(s);
  return cleanText(
    s
      .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(THAI_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0e50 + 48)),
  );
}

const HEADER_NOISE = /[\s_\-\u00a0\u3000*]/g;

/**
 * The form in which headers, setting keys and tab names are compared:
 * case, spaces, `_`, `-` (and the `*` some people add to mark required columns) ignored.
 */
export function headerKey(s: string): string {
  return foldText(s).replace(HEADER_NOISE, '').toLowerCase();
}

const FORMULA_START = /^[=+\-@]/;

/**
 * Text from users written into a cell must not become a formula: a leading
 * `=`, `+`, `-` or `@` gets an apostrophe in front, which Sheets shows as plain text.
 * Also applies when odd leading spaces hide the character.
 */
export function neutraliseCellText(s: string): string {
  if (typeof s !== 'string') return s;
  const probe = s.replace(INVISIBLES, '').replace(/^[\s\u00a0\u3000]+/, '');
  return FORMULA_START.test(probe) || FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * The text as its author typed it: the apostrophe neutraliseCellText put in
 * front, where the sheet kept it as part of the text (a plain-text cell does),
 * taken off again, so nobody ever sees the protection.
 */
export function textAsTyped(s: string): string {
  return s.startsWith("'") && neutraliseCellText(s.slice(1)) === s ? s.slice(1) : s;
}

const QUOTED = (v: unknown) => typeof v === 'string' && v.startsWith("'");

/** textAsTyped over every string of a tab's values, as read from the sheet (a row with no such string is kept as it is, not copied). */
export function valuesAsTyped(rows: unknown[][]): unknown[][] {
  return rows.map((r) => (r.some(QUOTED) ? r.map((v) => (QUOTED(v) ? textAsTyped(v as string) : v)) : r));
}

/** Neutralises every string of a 2D array of cell values, for a batched setValues. */
export function neutraliseRows(rows: unknown[][]): unknown[][] {
  return rows.map((r) => r.map((v) => (typeof v === 'string' ? neutraliseCellText(v) : v)));
}

const SPREADSHEET_ERRORS = new Set([
  '#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!', '#CALC!', '#LOADING...',
]);

const ERROR_SHAPE = /^#[A-Z/0!?.]+[!?]$/;

/** True when the cell shows a spreadsheet error, as getValues returns it. */
export function isErrorText(s: string): boolean {
  if (s.indexOf('#') < 0) return false;
  const t = s.trim().toUpperCase();
  return t.length > 1 && t[0] === '#' && (SPREADSHEET_ERRORS.has(t) || ERROR_SHAPE.test(t));
}

/** Column letter(s) of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = Math.floor(index) + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Fills {name} placeholders; unknown names are left visible so a gap is noticed, not hidden. */
export function fillPlaceholders(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m,
  );
}
export const PLACEHOLDER = /\{([a-zA-Z0-9_]+)\}/g;

const HTML_SPECIALS = /[&<>"']/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values (email bodies have no sandbox). */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(HTML_SPECIALS, (c) => HTML_ENTITIES[c]);
}

// Line and paragraph separators too: some mail clients treat them as header breaks.
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029\v\f]+/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** One line of text for an email header (subject, sender name): breaks become spaces, control characters go. */
export function oneLine(s: unknown): string {
  return String(s ?? '').replace(LINE_BREAKS, ' ').replace(CONTROL, '').replace(/\s{2,}/g, ' ').trim();
}

/** The parts that hold text, joined: "Dr. · Kenji" without empty pieces. */
export function joinNonEmpty(parts: (string | undefined)[], sep: string): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(sep);
}
