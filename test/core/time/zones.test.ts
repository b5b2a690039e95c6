import {
  addDays, addMinutes, asZone, daysBetween, instantToWall, isValidZone, localDate, minutesBetween,
  offsetMinutes, rewallDate, utcOffsetLabel, wallToInstant, zoneForAirport, zonedTime, airportCount,
} from '../../../src/core/time';

const iso = (d: Date) => d.toISOString();

describe('airports', () => {
  test('IATA codes map to IANA zones, case and width folded', () => {
    expect(zoneForAirport('BKK')).toBe('Asia/Bangkok');
    expect(zoneForAirport('dmk')).toBe('Asia/Bangkok');
    expect(zoneForAirport(' ＮＲＴ ')).toBe('Asia/Tokyo');
    expect(zoneForAirport('LAX')).toBe('America/Los_Angeles');
    expect(zoneForAirport('AKL')).toBe('Pacific/Auckland');
    expect(zoneForAirport('HNL')).toBe('Pacific/Honolulu');
    expect(zoneForAirport('QQX')).toBeUndefined();
    expect(zoneForAirport('BK')).toBeUndefined();
    expect(airportCount()).toBeGreaterThan(5000);
  });

  test('every zone in the table is one the runtime knows', () => {
    const zones = new Set<string>();
    for (const code of ['BKK', 'NRT', 'LAX', 'LHR', 'CDG', 'SYD', 'DEL', 'KTM', 'GRU', 'JNB', 'DXB', 'SIN']) zones.add(zoneForAirport(code)!);
    for (const z of zones) expect(isValidZone(z)).toBe(true);
  });
});

describe('wall time ↔ instant', () => {
  test('Bangkok wall time across midnight', () => {
    const at = wallToInstant({ year: 2026, month: 12, day: 7, hour: 0, minute: 30 }, 'Asia/Bangkok');
    expect(iso(at)).toBe('2026-12-06T17:30:00.000Z');
    expect(localDate(at, 'Asia/Bangkok')).toBe('2026-12-07');
    expect(localDate(at, 'UTC')).toBe('2026-12-06');
  });

  test('across the date line: Auckland is a day ahead of Honolulu at the same instant', () => {
    const at = wallToInstant({ year: 2026, month: 12, day: 7, hour: 9, minute: 0 }, 'Pacific/Auckland');
    expect(iso(at)).toBe('2026-12-06T20:00:00.000Z'); // NZDT, UTC+13
    const hnl = instantToWall(at, 'Pacific/Honolulu');
    expect([hnl.year, hnl.month, hnl.day, hnl.hour]).toEqual([2026, 12, 6, 10]);
    expect(localDate(at, 'Pacific/Auckland')).toBe('2026-12-07');
    expect(localDate(at, 'Pacific/Honolulu')).toBe('2026-12-06');
  });

  test('Tokyo → Los Angeles: arrival wall time earlier than departure, instant later', () => {
    const dep = zonedTime({ year: 2026, month: 12, day: 6, hour: 17, minute: 0 }, asZone('Asia/Tokyo')!);
    const arr = zonedTime({ year: 2026, month: 12, day: 6, hour: 10, minute: 30 }, asZone('America/Los_Angeles')!);
    expect(minutesBetween(dep.at, arr.at)).toBe(10 * 60 + 30);
    expect(dep.wall).toBe('2026-12-06 17:00');
  });

  test('daylight saving: gap moves forward, overlap takes the earlier instant', () => {
    const gap = wallToInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York');
    expect(iso(gap)).toBe('2026-03-08T07:30:00.000Z'); // shown as 03:30 EDT
    const overlap = wallToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York');
    expect(iso(overlap)).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT, the first of the two
    const summer = wallToInstant({ year: 2026, month: 7, day: 1, hour: 12, minute: 0 }, 'Europe/London');
    expect(iso(summer)).toBe('2026-07-01T11:00:00.000Z');
    expect(offsetMinutes('Asia/Kathmandu', summer)).toBe(345);
  });

  test('a Date cell read in the spreadsheet zone is re-read as airport wall time without shifting', () => {
    // Sheets in Bangkok gives "2026-12-06 17:00" as the instant 10:00 UTC.
    const cell = new Date('2026-12-06T10:00:00Z');
    const tokyo = rewallDate(cell, 'Asia/Bangkok', 'Asia/Tokyo');
    expect(iso(tokyo)).toBe('2026-12-06T08:00:00.000Z'); // 17:00 in Tokyo
    const w = instantToWall(tokyo, 'Asia/Tokyo');
    expect([w.hour, w.minute]).toEqual([17, 0]);
  });

  test('minutes and days arithmetic', () => {
    const a = new Date('2026-12-31T23:30:00Z');
    expect(iso(addMinutes(a, 45))).toBe('2027-01-01T00:15:00.000Z');
    expect(minutesBetween(a, addMinutes(a, -90))).toBe(-90);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-06', '2026-12-10')).toBe(4);
    expect(daysBetween('2026-12-10', '2026-12-06')).toBe(-4);
  });

  test('unknown zones are refused, offsets labelled', () => {
    expect(isValidZone('Mars/Olympus')).toBe(false);
    expect(isValidZone('')).toBe(false);
    const at = new Date('2026-12-06T00:00:00Z');
    expect(utcOffsetLabel(at, 'Asia/Bangkok')).toBe('UTC+7');
    expect(utcOffsetLabel(at, 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(utcOffsetLabel(at, 'America/Los_Angeles')).toBe('UTC-8');
    expect(utcOffsetLabel(at, 'UTC')).toBe('UTC');
  });
});
