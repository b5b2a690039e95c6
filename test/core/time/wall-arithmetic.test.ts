/**
 * instantToWall and localDate compute wall fields by arithmetic on day numbers
 * (src/core/time/zones.ts); they must give exactly what a Date's UTC getters
 * give for the instant shifted by the zone's offset, on every kind of instant.
 */
import { instantToWall, localDate, offsetMinutes } from '../../../src/core/time/zones';

/** The reading made with a Date, as the fields are defined. */
function byDate(at: Date, zone: string) {
  const d = new Date(at.getTime() + offsetMinutes(zone, at) * 60_000);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), weekday: d.getUTCDay(),
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const ZONES = ['Asia/Bangkok', 'UTC', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Europe/London', 'Pacific/Chatham', 'America/Los_Angeles'];

describe('wall fields by arithmetic', () => {
  test('match the Date reading across years, DST changes, half- and quarter-hour zones, before 1970 and at midnight', () => {
    const instants: Date[] = [
      new Date(0), new Date(-1), new Date(1), new Date(Date.UTC(1969, 11, 31, 23, 59, 59, 999)),
      new Date(Date.UTC(1900, 0, 1, 0, 0, 0)), new Date(Date.UTC(1901, 5, 15, 12, 34, 56, 789)),
      new Date(Date.UTC(2026, 2, 29, 0, 59, 59)), new Date(Date.UTC(2026, 2, 29, 1, 0, 0)), new Date(Date.UTC(2026, 9, 25, 0, 30)),
      new Date(Date.UTC(2026, 11, 6, 16, 59, 59, 999)), new Date(Date.UTC(2026, 11, 6, 17, 0, 0)), new Date(Date.UTC(2399, 11, 31, 23, 59)),
    ];
    // Every 97 minutes and 13 seconds through 2026: all times of day and both DST changes of each zone.
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 97 * 60_000 + 13_000) instants.push(new Date(t));
    // Compared by hand and collected (one expect per instant made jest itself most of the time).
    let compared = 0;
    const wrong: string[] = [];
    for (const zone of ZONES) {
      for (const at of instants) {
        const want = byDate(at, zone);
        const got = instantToWall(at, zone);
        const date = `${pad(want.year, 4)}-${pad(want.month)}-${pad(want.day)}`;
        const same = (Object.keys(want) as (keyof typeof want)[]).every((k) => got[k] === want[k]) && Object.keys(got).length === Object.keys(want).length;
        if (!same || localDate(at, zone) !== date) wrong.push(`${zone} ${at.toISOString()}: ${JSON.stringify(got)} ${localDate(at, zone)}`);
        compared++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(40_000);
  });

  test('an invalid instant gives NaN fields, as a Date does', () => {
    const w = instantToWall(new Date(NaN), 'Asia/Bangkok');
    expect(Object.values(w).every((v) => Number.isNaN(v))).toBe(true);
    expect(Object.keys(w)).toEqual(['year', 'month', 'day', 'hour', 'minute', 'second', 'weekday']);
  });
});
