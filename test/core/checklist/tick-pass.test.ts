/**
 * Tick passes (src/core/checklist/tick-pass.ts): a pass reads back only with
 * its own signature and before it expires; it covers only its caller, its
 * spreadsheet, its guest and its items, and only a request that sends a note;
 * the row it makes puts each value in the column the pass says, done_at as a
 * serial number in the spreadsheet's zone; and a header row that moved is seen.
 */
import { createHmac } from 'node:crypto';
import { checkTickShape, isTickError, type TickShape } from '../../../src/core/checklist/tick-request';
import {
  encodePass, headersStillMatch, makePass, passCovers, passRow, PASS_LIFETIME_MS, readPass, type PassInput, type TickPass,
} from '../../../src/core/checklist/tick-pass';
import { serialToDate } from '../../../src/core/schema/serials';

const sign = (key: string) => (text: string) => createHmac('sha256', key).update(text).digest('base64url');
const NOW = new Date('2026-12-05T09:20:00Z');
const COLUMNS = { guest_id: 2, phase: 3, item_id: 4, done: 0, done_by: 5, done_at: 6, note: 8 };

function input(over: Partial<PassInput> = {}): PassInput {
  return {
    spreadsheetId: 'SS1', email: 'lo1@example.go.th', guestId: 'G01', now: NOW, zone: 'Asia/Bangkok', eventZone: 'Asia/Bangkok',
    checklist: { sheetId: 7, name: 'Checklist', layout: { columns: COLUMNS, width: 10 } },
    items: [{ phase: 'prepare', item_id: 'briefing_attended' }, { phase: 'stay', item_id: 'confirm_tomorrow@2026-12-06' }],
    ...over,
  };
}

function shape(over: Record<string, unknown> = {}): TickShape {
  const s = checkTickShape({ guestId: 'G01', phase: 'prepare', itemId: 'briefing_attended', done: true, note: ' ok ', ...over });
  if (isTickError(s)) throw new Error(s.error);
  return s;
}

const pass = () => makePass(input()) as TickPass;

describe('tick passes', () => {
  test('are made only for a Checklist tab with every LO Desk column', () => {
    expect(makePass(input({ checklist: null }))).toBeNull();
    const { note: _dropped, ...partial } = COLUMNS;
    expect(makePass(input({ checklist: { sheetId: 7, name: 'Checklist', layout: { columns: partial, width: 10 } } }))).toBeNull();
    const p = pass();
    expect(p.t).toEqual({ id: 7, name: 'Checklist', cols: [2, 3, 4, 0, 5, 6, 8] });
    expect(p.x).toBe(NOW.getTime() + PASS_LIFETIME_MS);
    expect(p.i).toEqual(['prepare:briefing_attended', 'stay:confirm_tomorrow@2026-12-06']);
  });

  test('read back with their own key, before they expire, and in no other case', () => {
    const token = encodePass(pass(), sign('k1'));
    expect(readPass(token, sign('k1'), NOW)).toEqual({ pass: pass() });
    expect(readPass(token, sign('k2'), NOW)).toEqual({ reason: 'signature' });
    expect(readPass(token, sign('k1'), new Date(NOW.getTime() + PASS_LIFETIME_MS))).toEqual({ reason: 'expired' });
    // Any change to what was signed breaks the signature: a guest swapped in, an item added.
    expect(readPass(token.replace('"G01"', '"G02"'), sign('k1'), NOW)).toEqual({ reason: 'signature' });
    expect(readPass(token.replace('"i":[', '"i":["prepare:x",'), sign('k1'), NOW)).toEqual({ reason: 'signature' });
    expect(readPass(undefined, sign('k1'), NOW)).toEqual({ reason: 'absent' });
    expect(readPass(42, sign('k1'), NOW)).toEqual({ reason: 'malformed' });
    expect(readPass('no-dot', sign('k1'), NOW)).toEqual({ reason: 'malformed' });
    // Signed but not a pass (a key that signed something else must not make one).
    const other = `${sign('k1')('{"v":1}')}.{"v":1}`;
    expect(readPass(other, sign('k1'), NOW)).toEqual({ reason: 'malformed' });
  });

  test('cover their caller, spreadsheet, guest and items only, and only a request that sends a note', () => {
    const p = pass();
    expect(passCovers(p, shape(), 'lo1@example.go.th', 'SS1')).toBe(true);
    expect(passCovers(p, shape({ phase: 'stay', itemId: 'confirm_tomorrow@2026-12-06' }), 'lo1@example.go.th', 'SS1')).toBe(true);
    expect(passCovers(p, shape(), 'lo2@example.go.th', 'SS1')).toBe(false);
    expect(passCovers(p, shape(), 'lo1@example.go.th', 'SS2')).toBe(false);
    expect(passCovers(p, shape({ guestId: 'G02' }), 'lo1@example.go.th', 'SS1')).toBe(false);
    expect(passCovers(p, shape({ itemId: 'teams_met' }), 'lo1@example.go.th', 'SS1')).toBe(false);
    // The item in another phase than the pass's.
    expect(passCovers(p, shape({ phase: 'stay' }), 'lo1@example.go.th', 'SS1')).toBe(false);
    // No note sent means "keep the recorded one", which only the full path knows.
    expect(passCovers(p, shape({ note: undefined }), 'lo1@example.go.th', 'SS1')).toBe(false);
  });

  test('make a row with each value in its column, text as text and done_at as a date-time serial in the spreadsheet zone', () => {
    const row = passRow(pass(), shape({ note: '=HYPERLINK("x")', done: false }), 'lo1@example.go.th', NOW);
    expect(row).toHaveLength(9);
    expect(row[2]).toEqual({ userEnteredValue: { stringValue: 'G01' } });
    expect(row[3]).toEqual({ userEnteredValue: { stringValue: 'prepare' } });
    expect(row[4]).toEqual({ userEnteredValue: { stringValue: 'briefing_attended' } });
    expect(row[0]).toEqual({ userEnteredValue: { boolValue: false } });
    expect(row[5]).toEqual({ userEnteredValue: { stringValue: 'lo1@example.go.th' } });
    expect(row[8]).toEqual({ userEnteredValue: { stringValue: '=HYPERLINK("x")' } });
    const at = row[6].userEnteredValue as { numberValue: number };
    expect(serialToDate(at.numberValue, 'Asia/Bangkok').getTime()).toBe(NOW.getTime());
    expect(row[6].userEnteredFormat?.numberFormat.type).toBe('DATE_TIME');
    // A user's column between LO Desk's gets nothing.
    expect(row[1]).toEqual({});
    expect(row[7]).toEqual({});
    // No note: the note's cell is left empty, not written as ''.
    expect(passRow(pass(), shape({ note: '' }), 'lo1@example.go.th', NOW)[8]).toEqual({});
  });

  test('see a header row whose columns moved', () => {
    const header = ['done', 'mine', 'guest_id', 'phase', 'item_id', 'done_by', 'done_at', 'other', 'note'];
    expect(headersStillMatch(pass(), header)).toBe(true);
    // Thai or English labels match as the parser matches them.
    expect(headersStillMatch(pass(), header.map((h) => h.toUpperCase()))).toBe(true);
    expect(headersStillMatch(pass(), ['mine', ...header])).toBe(false);
    expect(headersStillMatch(pass(), header.slice(0, 8))).toBe(false);
  });
});
