import ICAL from 'ical.js';
import { buildCalendar, buildCalendars } from '../../../src/core/documents';
import { escapeText, foldLine } from '../../../src/core/documents/ics';
import { docModel } from '../fixtures/documents';
import { assignment } from '../fixtures/model';

const NOW = new Date('2026-11-20T03:00:00Z');
const LATER = new Date('2026-11-25T09:30:00Z');

function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location,
      start: e.startDate,
      end: e.endDate,
      status: v.getFirstPropertyValue('status'),
      sequence: e.sequence,
    };
  });
}

describe('buildCalendar', () => {
  const ics = buildCalendar(docModel('en'), 'LO01', NOW);
  const events = parse(ics);

  test('is a VCALENDAR that ical.js reads, with CRLF lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(events).toHaveLength(9);
    expect(ics).toContain('DTSTAMP:20261120T030000Z');
  });

  test('holds the duties of the guests the LO is primary for, with UIDs from ids', () => {
    expect(events.map((e) => e.uid)).toEqual([
      'arrival-G001-TG641@lo-desk',
      'arrival-G004-KE651@lo-desk',
      'programme-P1-LO01@lo-desk',
      'programme-P2-LO01@lo-desk',
      'programme-P4-LO01@lo-desk',
      'programme-P3-LO01@lo-desk',
      'programme-P5-LO01@lo-desk',
      'departure-G001-TG640@lo-desk',
      'departure-G004-KE652@lo-desk',
    ]);
    // G002 (LO01 is only the backup) and G003 (no LO) are not LO01's duties.
    expect(ics).not.toContain('García');
    expect(ics).not.toContain('Khan');
  });

  test('times are exact UTC instants: the pickup starts the airport lead before landing', () => {
    const arr = events.find((e) => e.uid === 'arrival-G001-TG641@lo-desk')!;
    expect(arr.start.isDate).toBe(false);
    expect(arr.start.toJSDate().toISOString()).toBe('2026-12-06T07:30:00.000Z'); // 15:30 Bangkok − 60 min
    expect(arr.end.toJSDate().toISOString()).toBe('2026-12-06T09:30:00.000Z');
    expect(arr.summary).toBe('Airport pickup: H.E. Taro Yamada, TG 641');
    expect(arr.description).toContain('Sun 6 Dec 2026 15:30 (Bangkok, UTC+7)');
    expect(arr.description).toContain('กข 1234 กรุงเทพมหานคร (Van), Prasert Boonma 081 555 1212');
    expect(arr.location).toBe('BKK 1');
    const dep = events.find((e) => e.uid === 'departure-G001-TG640@lo-desk')!;
    expect(dep.start.toJSDate().toISOString()).toBe('2026-12-10T12:00:00.000Z'); // the 19:00 pickup
    expect(dep.end.toJSDate().toISOString()).toBe('2026-12-10T15:00:00.000Z'); // 22:00 take-off
    const p1 = events.find((e) => e.uid === 'programme-P1-LO01@lo-desk')!;
    expect(p1.location).toBe('QSNCC Hall A');
    expect(p1.description).toContain('Your guests: H.E. Taro Yamada, Mr Min-ho Lee');
  });

  test('a duty whose time is unknown becomes an all-day event on the stay date, marked', () => {
    const dep = events.find((e) => e.uid === 'departure-G004-KE652@lo-desk')!;
    expect(dep.start.isDate).toBe(true);
    expect(dep.start.toString()).toBe('2026-12-09');
    expect(dep.summary).toContain('(time to be confirmed)');
  });

  test('re-building later keeps every UID and changes only DTSTAMP and SEQUENCE', () => {
    const again = buildCalendar(docModel('en'), 'LO01', LATER);
    expect(parse(again).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    const strip = (s: string) => s.replace(/\r\n /g, '').split('\r\n').filter((l) => !/^(DTSTAMP|SEQUENCE):/.test(l));
    expect(strip(again)).toEqual(strip(ics));
    // SEQUENCE counts minutes: LATER is 5 days 6½ hours after NOW.
    expect(parse(again)[0].sequence - events[0].sequence).toBe(7590);
  });

  test('a cancelled flight stays in the file as CANCELLED, so an import removes it', () => {
    const m = docModel('en');
    m.flights[0].status = 'cancelled';
    const e = parse(buildCalendar(m, 'LO01', NOW)).find((x) => x.uid === 'arrival-G001-TG641@lo-desk')!;
    expect(e.status).toBe('CANCELLED');
  });

  test('assignment periods decide whose calendar a duty is in', () => {
    const m = docModel('en');
    m.assignments[0].to = '2026-12-08'; // LO01 hands G001 over after the 8th …
    m.assignments.push(assignment('G001', 'LO03', { row: 9, from: '2026-12-09' })); // … to LO03
    const lo1 = parse(buildCalendar(m, 'LO01', NOW)).map((e) => e.uid);
    const lo3 = parse(buildCalendar(m, 'LO03', NOW)).map((e) => e.uid);
    expect(lo1).toContain('arrival-G001-TG641@lo-desk');
    expect(lo1).not.toContain('departure-G001-TG640@lo-desk');
    expect(lo3).toEqual(['departure-G001-TG640@lo-desk']);
  });

  test('Thai event: Thai words, long Thai text folded and read back whole', () => {
    const m = docModel('th');
    m.programme[0].notes = 'หมายเหตุ; ยาว, มาก\nบรรทัดใหม่ '.repeat(12);
    const th = buildCalendar(m, 'LO01', NOW);
    for (const line of th.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const e = parse(th).find((x) => x.uid === 'programme-P1-LO01@lo-desk')!;
    expect(e.summary).toBe('พิธีเปิด');
    expect(e.description).toContain(m.programme[0].notes!.trim());
    expect(parse(th)[0].summary).toBe('รับที่สนามบิน: H.E. Taro Yamada TG 641');
  });

  test('an unknown LO id is a clear error', () => {
    expect(() => buildCalendar(docModel('en'), 'LO99', NOW)).toThrow('No LO with id "LO99"');
  });

  test('buildCalendars: one file per LO; fingerprint ignores the build time', () => {
    const a = buildCalendars(docModel('en'), NOW);
    const b = buildCalendars(docModel('en'), LATER);
    expect(a.map((f) => f.key)).toEqual(['lo_calendar:LO01', 'lo_calendar:LO02', 'lo_calendar:LO03']);
    expect(a.map((f) => f.fingerprint)).toEqual(b.map((f) => f.fingerprint));
    expect(a[0].fileName).toBe('lo-calendar-LO01.ics');
    expect(a[0].missing).toEqual([]);
    const m = docModel('en');
    m.flights[5].arrive = undefined; // G004 KE 651 landing time unknown …
    m.guests[3].check_in = undefined; // … and no check-in date either
    const c = buildCalendars(m, NOW);
    expect(c[0].fingerprint).not.toBe(a[0].fingerprint);
    expect(c[1].fingerprint).toBe(a[1].fingerprint);
    expect(c[0].missing).toEqual(['Not in the calendar because its date is unknown: Airport pickup: Mr Min-ho Lee, KE 651 (time to be confirmed)']);
  });
});

describe('ics text helpers', () => {
  test('escapeText escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  test('foldLine never splits a character and keeps 75 octets per line', () => {
    const line = `DESCRIPTION:${'ก'.repeat(40)}😀${'x'.repeat(80)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toMatch(/\uFFFD/);
  });
});
