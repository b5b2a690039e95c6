import { matchHeaders, tabForSheetName } from '../../../src/core/schema/headers';
import { tabSpec, TABS, EVENT_HEADER } from '../../../src/core/schema/tabs';
import { headerKey } from '../../../src/core/text';
import { checkWorkbook } from '../../../src/core/validate';
import { parseWorkbook } from '../../../src/core/schema/parse';
import { reverseColumns, sheet, SHEET_ZONE, validEvent } from '../fixtures/workbook';

describe('header matching', () => {
  test('key, English or Thai label, ignoring case, spaces, _ and -', () => {
    const m = matchHeaders(tabSpec('Flights'), ['GUEST-ID', 'ขา', 'Flight No.', 'from airport', 'สนามบินปลายทาง', 'Departs (local)', 'arrive_local', 'My own column']);
    expect(m.columns).toEqual({ guest_id: 0, direction: 1, flight_no: 2, from_airport: 3, to_airport: 4, depart_local: 5, arrive_local: 6 });
    expect(m.missing).toEqual(['terminal', 'baggage', 'booking_ref', 'status']);
    expect(m.duplicates).toEqual([]);
  });

  test('a duplicated header: the first wins and the other is reported on the header row', () => {
    const wb = validEvent();
    const s = sheet(wb, 'Hotels');
    s.values[0].push('Hotel ID');
    for (const r of s.values.slice(1)) r.push('X9');
    const { findings, parsed } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(findings).toEqual([expect.objectContaining({ code: 'invalid_value', tab: 'Hotels', row: 1, column: 'hotel_id', severity: 'warning' })]);
    expect(findings[0].message_en).toContain('columns A and O');
    expect(parsed.model.hotels[0].hotel_id).toBe('H1');
  });

  test('a Thai-headed workbook in shuffled column order parses to the same model', () => {
    const base = parseWorkbook(validEvent(), { spreadsheetZone: SHEET_ZONE }).model;
    const wb = validEvent({ headers: 'th' });
    for (const tab of ['Guests', 'Flights', 'LOs', 'Transfers', 'Programme']) reverseColumns(wb, tab);
    const { findings, parsed } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(findings).toEqual([]);
    const strip = (m: typeof base) => JSON.stringify({ ...m, event: { ...m.event, language: 'x' } });
    expect(strip(parsed.model)).toBe(strip(base));
    expect(parsed.layout.Guests.columns.guest_id).toBe(sheet(wb, 'Guests').values[0].length - 1);
  });

  test('extra user columns are ignored and do not disturb the layout', () => {
    const wb = validEvent();
    const s = sheet(wb, 'LOs');
    s.values = s.values.map((r, i) => ['note of mine ' + i, ...r, i === 0 ? 'shoe size' : 42]);
    const { findings, parsed } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(findings).toEqual([]);
    expect(parsed.layout.LOs.columns.lo_id).toBe(1);
    expect(parsed.layout.LOs.width).toBe(10);
  });

  test('tab names match like headers, also by Thai name', () => {
    expect(tabForSheetName('guests')).toBe('Guests');
    expect(tabForSheetName('Checklist_Items')).toBe('Checklist items');
    expect(tabForSheetName('เที่ยวบิน')).toBe('Flights');
    expect(tabForSheetName('Budget')).toBeUndefined();
  });

  test('within a tab no two columns share a header name in any language', () => {
    for (const spec of TABS) {
      const cols = spec.layout === 'keyvalue' ? [...spec.columns, ...EVENT_HEADER] : spec.columns;
      const owner = new Map<string, string>();
      for (const c of cols) {
        for (const n of new Set([c.key, c.label.en, c.label.th].map(headerKey))) {
          expect([spec.name, n, owner.get(n) ?? c.key]).toEqual([spec.name, n, c.key]);
          owner.set(n, c.key);
        }
      }
    }
  });
});
