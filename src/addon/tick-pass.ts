/**
 * Tick passes on the Apps Script side (the pass itself: src/core/checklist/tick-pass.ts):
 * the per-user key that signs them, the passes a page view carries, and the
 * tick that brings one. That tick is one Sheets API batchUpdate: it appends
 * the row and returns the Checklist's header row as it stands after the
 * append, in the same request. A header that no longer matches the pass (a
 * column inserted or moved since the page was loaded) means the row went to
 * the wrong columns: it is cleared again and the tick takes the full path.
 *
 * The key is a user property: the phone page (a web app) has no document
 * store, and per user is what a pass needs (it is only ever checked in that
 * user's own executions). One key per user, whatever the number of events.
 */
import { encodePass, headersStillMatch, makePass, passCovers, passRow, readPass, type Sign, type TickPass } from '../core/checklist/tick-pass';
import { checkTickShape, isTickError } from '../core/checklist/tick-request';
import type { ParsedWorkbook } from '../core/schema/parse';
import type { GuestCardView } from '../core/views/types';
import { normaliseEmail } from '../core/views/access';
import { SPREADSHEET_ID_PROPERTY, setUserProperty_, userProperty_ } from './access';
import { quotedSheet_, sheetsApi_ } from './sheets/sheets-api';

const PASS_KEY_PROPERTY = 'lodesk.pass_key';

function signer_(key: string): Sign {
  return (text) => Utilities.base64EncodeWebSafe(Utilities.computeHmacSha256Signature(text, key));
}

/** The caller's signing key, made the first time (two random UUIDs: 244 random bits); null when the store cannot be used. */
function passKey_(): string | null {
  try {
    const key = userProperty_(PASS_KEY_PROPERTY);
    if (key) return key;
    const made = `${Utilities.getUuid()}${Utilities.getUuid()}`;
    setUserProperty_(PASS_KEY_PROPERTY, made);
    return made;
  } catch {
    return null;
  }
}

export interface PassContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  parsed: ParsedWorkbook;
  /** The spreadsheet's time zone (the read's). */
  timeZone: string;
  /** The caller, as resolveCaller gives it. */
  email: string;
  now: Date;
}

/** The Checklist tab as a pass records it, or null when there is none. */
function checklistTarget_(c: PassContext): Parameters<typeof makePass>[0]['checklist'] {
  const layout = c.parsed.layout.Checklist;
  if (!layout?.sheetName) return null;
  const sheet = c.ss.getSheetByName(layout.sheetName);
  return sheet ? { sheetId: sheet.getSheetId(), name: layout.sheetName, layout } : null;
}

/**
 * Puts a tick pass on every card with a checklist (a page's later ticks then
 * need no read). Leaves the cards as they are when no pass can be made: their
 * ticks take the full path.
 */
export function addPasses_(cards: Pick<GuestCardView, 'guest_id' | 'checklist' | 'tickPass'>[], c: PassContext): void {
  const withItems = cards.filter((card) => card.checklist.some((p) => p.items.some((i) => !i.auto)));
  if (!withItems.length) return;
  const target = checklistTarget_(c);
  if (!target) return;
  const key = passKey_();
  if (!key) return;
  const sign = signer_(key);
  const spreadsheetId = c.ss.getId();
  for (const card of withItems) {
    const pass = makePass({
      spreadsheetId, email: c.email, guestId: card.guest_id, now: c.now, zone: c.timeZone,
      eventZone: c.parsed.model.event.time_zone, checklist: target,
      items: card.checklist.flatMap((p) => p.items.filter((i) => !i.auto)),
    });
    if (pass) card.tickPass = encodePass(pass, sign);
  }
}

/** The header row the batchUpdate's answer carries (its only response range). */
function answeredHeader(res: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse): unknown[] {
  const row = res.updatedSpreadsheet?.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values ?? [];
  return row.map((cell) => {
    const v = cell.userEnteredValue;
    return v?.stringValue ?? v?.numberValue ?? v?.boolValue ?? '';
  });
}

/**
 * Saves the tick in one write when the request brings a pass that covers it;
 * the pass when saved. Null (nothing of it left in the sheet) sends the tick
 * down the full path: no pass or not this one, the API refused, or the
 * columns moved since the pass was made.
 */
export function tickWithPass_(obj: Record<string, unknown>, email: string, now: Date): TickPass | null {
  if (obj.pass === undefined || obj.pass === null) return null;
  const req = checkTickShape(obj);
  const api = sheetsApi_();
  if (isTickError(req) || !api?.Spreadsheets) return null;
  let key: string | null;
  try {
    key = userProperty_(PASS_KEY_PROPERTY);
  } catch {
    return null;
  }
  if (!key) return null;
  const check = readPass(obj.pass, signer_(key), now);
  if (!('pass' in check)) return null;
  const pass = check.pass;
  const active = SpreadsheetApp.getActiveSpreadsheet();
  const spreadsheetId = active ? active.getId() : (userProperty_(SPREADSHEET_ID_PROPERTY) ?? '');
  if (!passCovers(pass, req, normaliseEmail(email), spreadsheetId)) return null;
  const row = passRow(pass, req, pass.e, now);
  let header: unknown[];
  try {
    const res = api.Spreadsheets.batchUpdate(
      {
        requests: [{ appendCells: { sheetId: pass.t.id, rows: [{ values: row }], fields: 'userEnteredValue,userEnteredFormat.numberFormat' } }],
        includeSpreadsheetInResponse: true,
        responseRanges: [`${quotedSheet_(pass.t.name)}!1:1`],
        responseIncludeGridData: true,
      },
      pass.s,
    );
    header = answeredHeader(res);
  } catch {
    // A batch is applied whole or not at all: nothing was written.
    return null;
  }
  if (headersStillMatch(pass, header)) return pass;
  clearMisplacedRow_(active ?? SpreadsheetApp.openById(pass.s), pass, row);
  return null;
}

/**
 * Clears the row just appended in the wrong columns: the last row holding
 * exactly what was written, at the columns it was written to, and nothing
 * else (an appended row was empty before).
 */
function clearMisplacedRow_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, pass: TickPass, row: ReturnType<typeof passRow>): void {
  // By name, then its id: one call each, not one per sheet (the batch just wrote to this sheet under this name).
  const sheet = ss.getSheetByName(pass.t.name);
  if (!sheet || sheet.getSheetId() !== pass.t.id) return;
  const values = sheet.getDataRange().getValues();
  const written = row.map((cell) => {
    const v = cell.userEnteredValue as Record<string, unknown> | undefined;
    return v ? (v.stringValue ?? v.boolValue ?? v.numberValue) : undefined;
  });
  for (let r = values.length - 1; r >= 1; r--) {
    const cells = values[r];
    const same = written.every((w, c) => {
      const v = cells[c] ?? '';
      if (w === undefined) return v === '';
      if (typeof w === 'number') return Object.prototype.toString.call(v) === '[object Date]' || typeof v === 'number';
      return v === w;
    });
    if (!same || cells.slice(written.length).some((v) => v !== '')) continue;
    sheet.getRange(r + 1, 1, 1, written.length).clearContent();
    return;
  }
}
