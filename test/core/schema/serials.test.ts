import { datesFromSerials, serialToDate } from '../../../src/core/schema/serials';
import { instantToWall } from '../../../src/core/time/zones';

const BKK = 'Asia/Bangkok';

describe('serialToDate', () => {
  test('a serial is the wall-clock time it shows in the spreadsheet zone', () => {
    // 46361 is 2026-12-05; .5 is noon, shown in Bangkok: 05:00 UTC.
    expect(serialToDate(46361.5, BKK).toISOString()).toBe('2026-12-05T05:00:00.000Z');
    expect(serialToDate(46361.5, 'Europe/London').toISOString()).toBe('2026-12-05T12:00:00.000Z');
    // A time-only cell: day 0 plus the fraction, read back as that hour and minute in the same zone.
    const t = instantToWall(serialToDate(18 / 24, BKK), BKK);
    expect([t.year, t.month, t.day, t.hour, t.minute]).toEqual([1899, 12, 30, 18, 0]);
    // Seconds survive (the Checklist tab's done_at).
    expect(serialToDate(46361 + (10 * 3600 + 15 * 60 + 42) / 86400, 'UTC').toISOString()).toBe('2026-12-05T10:15:42.000Z');
  });
});

describe('datesFromSerials', () => {
  test('turns numbers of date and time columns into Dates, and nothing else; a sheet outside the contract is left as it is', () => {
    const rows = [
      ['guest_id', 'check_in', 'check_out', 'room_no', 'notes'],
      ['G1', 46361, '2026-12-07', 1204, 46361],
      ['G2', '', 46363.25, '12B', 'late'],
    ];
    const copy = JSON.parse(JSON.stringify(rows));
    const out = datesFromSerials('Guests', rows, BKK);
    expect(rows).toEqual(copy);
    expect(out[0]).toEqual(rows[0]);
    expect(out[1][1]).toEqual(serialToDate(46361, BKK));
    expect(out[1].slice(2)).toEqual(['2026-12-07', 1204, 46361]);
    expect(out[2][2]).toEqual(serialToDate(46363.25, BKK));
    expect(out[2].slice(3)).toEqual(['12B', 'late']);
    expect(datesFromSerials('Stays', rows, BKK)).toBe(rows);
    const hotels = datesFromSerials('Hotels', [['hotel_id', 'check_in_time', 'phone'], ['H1', 14 / 24, 6621234567]], BKK);
    expect(hotels[1]).toEqual(['H1', serialToDate(14 / 24, BKK), 6621234567]);
  });

  test('finds the columns by header (key, English or Thai label), wherever they are', () => {
    const out = datesFromSerials('Assignments', [
      ['notes', 'To', 'guest_id', 'from'],
      ['x', 46363, 'G1', 46361],
    ], BKK);
    expect(out[1]).toEqual(['x', serialToDate(46363, BKK), 'G1', serialToDate(46361, BKK)]);
  });

  test('the Flights tab: arrive and depart become instants; the Event tab: only settings of a time kind', () => {
    const flights = datesFromSerials('Flights', [
      ['guest_id', 'flight_no', 'depart_local', 'arrive_local'],
      ['G1', 'TG 641', 46361.25, 46361.5],
    ], BKK);
    expect(flights[1].slice(0, 2)).toEqual(['G1', 'TG 641']);
    expect((flights[1][2] as Date).toISOString()).toBe('2026-12-04T23:00:00.000Z');
    expect((flights[1][3] as Date).toISOString()).toBe('2026-12-05T05:00:00.000Z');
    const event = datesFromSerials('Event', [
      ['key', 'value'],
      ['daily_confirm_time', 0.75],
      ['airport_lead_minutes', 45],
      ['something of mine', 46361],
    ], BKK);
    const at = instantToWall(event[1][1] as Date, BKK);
    expect([at.hour, at.minute]).toEqual([18, 0]);
    expect(event.slice(2)).toEqual([['airport_lead_minutes', 45], ['something of mine', 46361]]);
  });
});
