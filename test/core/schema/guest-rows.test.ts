import { onlyGuestRows } from '../../../src/core/schema/guest-rows';
import { parseWorkbook } from '../../../src/core/schema/parse';
import { sampleEventTabs } from '../fixtures/sample-event';

describe('onlyGuestRows', () => {
  test("blanks every other guest's rows of the guest-keyed tabs and keeps every row number", () => {
    const tabs = [
      { name: 'Guests', values: [['guest_id', 'family_name'], ['G1', 'A'], ['Ｇ２', 'B'], [' G2 ', 'C'], ['', 'no id']] },
      { name: 'Flights', values: [['flight_no', 'guest_id'], ['TG 1', 'G2'], ['TG 2', 'G1']] },
      { name: 'Hotels', values: [['hotel_id', 'name'], ['H1', 'Sala']] },
      { name: 'Mine', values: [['guest_id'], ['G1']] },
    ];
    const out = onlyGuestRows(tabs, 'G2');
    // Full-width and padded ids are read as the parser reads them; a row without an id is kept (it is a finding, not another guest).
    expect(out[0].values).toEqual([['guest_id', 'family_name'], [], ['Ｇ２', 'B'], [' G2 ', 'C'], ['', 'no id']]);
    expect(out[1].values).toEqual([['flight_no', 'guest_id'], ['TG 1', 'G2'], []]);
    expect(out[2]).toBe(tabs[2]);
    expect(out[3]).toBe(tabs[3]);
    expect(tabs[0].values[1]).toEqual(['G1', 'A']);
  });

  test('the parsed guest is the same as from the whole workbook, with the same sheet rows', () => {
    const tabs = sampleEventTabs();
    const whole = parseWorkbook(tabs, { spreadsheetZone: 'Asia/Bangkok' }).model;
    const one = parseWorkbook(onlyGuestRows(tabs, 'G02'), { spreadsheetZone: 'Asia/Bangkok' }).model;
    expect(one.guests).toEqual(whole.guests.filter((g) => g.guest_id === 'G02'));
    expect(one.flights).toEqual(whole.flights.filter((f) => f.guest_id === 'G02'));
    expect(one.assignments).toEqual(whole.assignments.filter((a) => a.guest_id === 'G02'));
    expect(one.checklist).toEqual(whole.checklist.filter((c) => c.guest_id === 'G02'));
    expect(one.flights.length).toBeGreaterThan(0);
    expect(one.los).toEqual(whole.los);
    expect(one.hotels).toEqual(whole.hotels);
  });
});
