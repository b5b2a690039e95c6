/**
 * A tick pass: what lets a tick be saved in one write, without reading the
 * workbook first. A page call that has read the workbook and checked the
 * caller (the sidebar, the phone page, a guest's card) hands the page one
 * pass per guest card: signed by the server, it says who may tick which items
 * of that guest in which spreadsheet, and where the Checklist tab's columns
 * were, until when. A tick that brings a valid pass for exactly its request is
 * appended as a new Checklist row (the latest tick of an item wins, by
 * done_at); anything else (no pass, a bad or expired one, another caller,
 * another item, no note sent) takes the full path, which reads and checks
 * everything, so a pass can only make a tick faster, never let through one the
 * full path would refuse at the time the pass was made.
 *
 * Pure: signing is given as a function (HMAC-SHA256 with a per-user key in
 * the add-on, src/addon/tick-pass.ts).
 */
import { tabSpec } from '../schema/tabs';
import { matchHeaders } from '../schema/headers';
import { dateToSerial } from '../schema/serials';
import { CHECKLIST_COLUMNS, type ChecklistLayout } from './tick-write';
import type { TickShape } from './tick-request';

/** How long a pass is good for after the check that made it. */
export const PASS_LIFETIME_MS = 15 * 60 * 1000;

export interface TickPass {
  v: 1;
  /** Spreadsheet id. */
  s: string;
  /** The caller's email, as resolveCaller normalises it. */
  e: string;
  /** Guest id. */
  g: string;
  /** Expires at (epoch ms). */
  x: number;
  /** The spreadsheet's time zone: done_at is written as a serial number shown in it. */
  z: string;
  /** The event's time zone, which the page shows times in. */
  w: string;
  /** The Checklist tab when the pass was made: sheet id, name, and the 0-based column of each CHECKLIST_COLUMNS key, in that order. */
  t: { id: number; name: string; cols: number[] };
  /** "phase:item_id" of every item the caller may tick for the guest. */
  i: string[];
}

export type Sign = (text: string) => string;

export interface PassInput {
  spreadsheetId: string;
  email: string;
  guestId: string;
  now: Date;
  /** The spreadsheet's time zone. */
  zone: string;
  eventZone: string;
  checklist: { sheetId: number; name: string; layout: ChecklistLayout } | null;
  items: { phase: string; item_id: string }[];
}

/**
 * The pass for one guest card; null when a tick could not be one plain append:
 * no Checklist tab yet, or one lacking a column (the full path adds it).
 */
export function makePass(input: PassInput): TickPass | null {
  const c = input.checklist;
  if (!c) return null;
  const cols: number[] = [];
  for (const key of CHECKLIST_COLUMNS) {
    const col = c.layout.columns[key];
    if (col === undefined) return null;
    cols.push(col);
  }
  return {
    v: 1,
    s: input.spreadsheetId,
    e: input.email,
    g: input.guestId,
    x: input.now.getTime() + PASS_LIFETIME_MS,
    z: input.zone,
    w: input.eventZone,
    t: { id: c.sheetId, name: c.name, cols },
    i: input.items.map((it) => `${it.phase}:${it.item_id}`),
  };
}

/** The pass as the page carries it: signature, '.', the JSON (no '.' in a web-safe base64 signature). */
export function encodePass(pass: TickPass, sign: Sign): string {
  const json = JSON.stringify(pass);
  return `${sign(json)}.${json}`;
}

/** Compares two strings in time that does not depend on where they differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return d === 0;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function isPass(p: unknown): p is TickPass {
  if (p === null || typeof p !== 'object') return false;
  const o = p as Record<string, unknown>;
  const t = o.t as Record<string, unknown> | undefined;
  return o.v === 1 && typeof o.s === 'string' && typeof o.e === 'string' && typeof o.g === 'string' && isInt(o.x) && typeof o.z === 'string' && typeof o.w === 'string'
    && t !== null && typeof t === 'object' && isInt(t.id) && typeof t.name === 'string'
    && Array.isArray(t.cols) && t.cols.length === CHECKLIST_COLUMNS.length && t.cols.every((c) => isInt(c) && c >= 0 && c < 18278)
    && new Set(t.cols).size === t.cols.length
    && Array.isArray(o.i) && o.i.every((s) => typeof s === 'string');
}

export type PassCheck = { pass: TickPass } | { reason: 'absent' | 'malformed' | 'signature' | 'expired' };

/** The pass a page sent back, if it is one the server signed and it has not expired. */
export function readPass(token: unknown, sign: Sign, now: Date): PassCheck {
  if (token === undefined || token === null || token === '') return { reason: 'absent' };
  if (typeof token !== 'string' || token.length > 16_000) return { reason: 'malformed' };
  const dot = token.indexOf('.');
  if (dot < 1) return { reason: 'malformed' };
  const json = token.slice(dot + 1);
  if (!sameText(token.slice(0, dot), sign(json))) return { reason: 'signature' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { reason: 'malformed' };
  }
  if (!isPass(parsed)) return { reason: 'malformed' };
  if (!(parsed.x > now.getTime())) return { reason: 'expired' };
  return { pass: parsed };
}

/** True when the pass covers exactly this request, by this caller, on this spreadsheet. */
export function passCovers(pass: TickPass, req: TickShape, email: string, spreadsheetId: string): boolean {
  return pass.s === spreadsheetId && pass.e === email && pass.g === req.guestId && req.noteGiven
    && pass.i.includes(`${req.phase}:${req.itemId}`);
}

/** A cell as the Sheets API takes it (its RAW input: a string stays text, never a formula). */
export interface ApiCell {
  userEnteredValue?: { stringValue: string } | { numberValue: number } | { boolValue: boolean };
  userEnteredFormat?: { numberFormat: { type: 'DATE_TIME'; pattern: string } };
}

/** The date-time format set-up gives the Checklist's done_at column (src/core/schema/setup.ts). */
const DONE_AT_FORMAT = { type: 'DATE_TIME', pattern: 'yyyy-mm-dd hh:mm' } as const;

/**
 * The new Checklist row for the tick, as API cells from column A to the last
 * LO Desk column: the pass's columns hold the tick, the others nothing.
 */
export function passRow(pass: TickPass, req: TickShape, email: string, now: Date): ApiCell[] {
  const values: ApiCell[] = [
    { userEnteredValue: { stringValue: req.guestId } },
    { userEnteredValue: { stringValue: req.phase } },
    { userEnteredValue: { stringValue: req.itemId } },
    { userEnteredValue: { boolValue: req.done } },
    { userEnteredValue: { stringValue: email } },
    { userEnteredValue: { numberValue: dateToSerial(now, pass.z) }, userEnteredFormat: { numberFormat: DONE_AT_FORMAT } },
    req.note ? { userEnteredValue: { stringValue: req.note } } : {},
  ];
  const row: ApiCell[] = Array.from({ length: Math.max(...pass.t.cols) + 1 }, () => ({}));
  pass.t.cols.forEach((col, j) => {
    row[col] = values[j];
  });
  return row;
}

/** True when the header row still has every LO Desk column where the pass says (the row was appended where it belongs). */
export function headersStillMatch(pass: TickPass, header: readonly unknown[]): boolean {
  const { columns } = matchHeaders(tabSpec('Checklist'), header);
  return CHECKLIST_COLUMNS.every((key, j) => columns[key] === pass.t.cols[j]);
}
