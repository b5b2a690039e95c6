import {
  formatDate, formatDateOf, formatDateTime, formatTime, formatTimeOfDay, zoneCity, zoneLabel,
} from '../../../src/core/time/format';

describe('formatDateTime: an instant as people in a zone read it', () => {
  const at = new Date('2026-12-06T07:35:00Z');

  test('English, the zone named with its city and offset', () => {
    expect(formatDateTime(at, 'Asia/Bangkok', 'en')).toBe('Sun 6 Dec 2026 14:35 (Bangkok, UTC+7)');
    expect(formatDateTime(at, 'America/Los_Angeles', 'en')).toBe('Sat 5 Dec 2026 23:35 (Los Angeles, UTC-8)');
    expect(formatDateTime(at, 'Asia/Kolkata', 'en')).toBe('Sun 6 Dec 2026 13:05 (Kolkata, UTC+5:30)');
    expect(formatDateTime(at, 'Asia/Bangkok', 'en', false)).toBe('Sun 6 Dec 2026 14:35');
  });

  test('Thai: Buddhist-era year (2026 → 2569), Thai names, "น." after the time', () => {
    expect(formatDateTime(at, 'Asia/Bangkok', 'th')).toBe('อา. 6 ธ.ค. 2569 14:35 น. (กรุงเทพฯ, UTC+7)');
    expect(formatDateTime(at, 'Asia/Tokyo', 'th', false)).toBe('อา. 6 ธ.ค. 2569 16:35 น.');
    // New Year's Eve in Bangkok is already 2027 (2570 BE) in Tokyo.
    expect(formatDateTime(new Date('2026-12-31T15:30:00Z'), 'Asia/Tokyo', 'th', false)).toBe('ศ. 1 ม.ค. 2570 00:30 น.');
  });

  test('daylight saving: the wall time and the offset follow the zone on each side of the change', () => {
    // Europe/London springs forward on Sun 29 Mar 2026 at 01:00 UTC.
    expect(formatDateTime(new Date('2026-03-29T00:59:00Z'), 'Europe/London', 'en')).toBe('Sun 29 Mar 2026 00:59 (London, UTC)');
    expect(formatDateTime(new Date('2026-03-29T01:00:00Z'), 'Europe/London', 'en')).toBe('Sun 29 Mar 2026 02:00 (London, UTC+1)');
    // New York falls back on Sun 1 Nov 2026: 01:30 happens twice, told apart by the offset.
    expect(formatDateTime(new Date('2026-11-01T05:30:00Z'), 'America/New_York', 'en')).toBe('Sun 1 Nov 2026 01:30 (New York, UTC-4)');
    expect(formatDateTime(new Date('2026-11-01T06:30:00Z'), 'America/New_York', 'en')).toBe('Sun 1 Nov 2026 01:30 (New York, UTC-5)');
    // Southern hemisphere: Sydney is on daylight time in December.
    expect(formatDateTime(at, 'Australia/Sydney', 'en')).toBe('Sun 6 Dec 2026 18:35 (Sydney, UTC+11)');
  });

  test('the same instant asked again in another zone is not served from the first zone', () => {
    expect(formatTime(at, 'Asia/Bangkok', 'en')).toBe('14:35');
    expect(formatTime(at, 'Asia/Tokyo', 'en')).toBe('16:35');
    expect(formatTime(at, 'Asia/Bangkok', 'en')).toBe('14:35');
  });

  test('invalid input gives undefined, never NaN or a crash', () => {
    expect(formatDateTime(new Date(NaN), 'Asia/Bangkok', 'en')).toBeUndefined();
    expect(formatDateTime(undefined, 'Asia/Bangkok', 'en')).toBeUndefined();
    expect(formatTime(new Date(NaN), 'Asia/Bangkok', 'th')).toBeUndefined();
    expect(formatDateOf(new Date(NaN), 'Asia/Bangkok', 'en')).toBeUndefined();
    expect(formatDateTime('2026-12-06' as unknown as Date, 'Asia/Bangkok', 'en')).toBeUndefined();
  });
});

describe('formatTime and formatDateOf', () => {
  const at = new Date('2026-12-06T17:05:00Z');
  test('a time of day, optionally with the zone; the day the zone shows', () => {
    expect(formatTime(at, 'Asia/Bangkok', 'en')).toBe('00:05');
    expect(formatTime(at, 'Asia/Bangkok', 'th')).toBe('00:05 น.');
    expect(formatTime(at, 'Asia/Tokyo', 'en', true)).toBe('02:05 (Tokyo, UTC+9)');
    expect(formatDateOf(at, 'Asia/Bangkok', 'en')).toBe('Mon 7 Dec 2026');
    expect(formatDateOf(at, 'Europe/Paris', 'th')).toBe('อา. 6 ธ.ค. 2569');
  });
});

describe('formatDate: a calendar date', () => {
  test('in words, Thai with the Buddhist-era year', () => {
    expect(formatDate('2026-12-31', 'en')).toBe('Thu 31 Dec 2026');
    expect(formatDate('2026-12-31', 'th')).toBe('พฤ. 31 ธ.ค. 2569');
    expect(formatDate('2028-02-29', 'en')).toBe('Tue 29 Feb 2028');
  });
  test('a text that is not a calendar date gives undefined', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '6 Dec 2026', '', undefined]) expect(formatDate(bad, 'en')).toBeUndefined();
  });
});

describe('formatTimeOfDay: a typed time of day', () => {
  test('normalised to HH:mm, "น." in Thai', () => {
    expect(formatTimeOfDay('9:05', 'en')).toBe('09:05');
    expect(formatTimeOfDay(' 14:00 ', 'th')).toBe('14:00 น.');
  });
  test('out of range or not a time gives undefined', () => {
    for (const bad of ['24:00', '12:60', 'noon', '', undefined]) expect(formatTimeOfDay(bad, 'en')).toBeUndefined();
  });
});

describe('zone names', () => {
  test('the city of a zone, in Thai when we have it', () => {
    expect(zoneCity('Asia/Bangkok', 'th')).toBe('กรุงเทพฯ');
    expect(zoneCity('America/Los_Angeles', 'en')).toBe('Los Angeles');
    expect(zoneCity('America/Argentina/Ushuaia', 'th')).toBe('Ushuaia');
    expect(zoneLabel(new Date('2026-07-01T00:00:00Z'), 'Europe/London', 'en')).toBe('(London, UTC+1)');
  });
});
