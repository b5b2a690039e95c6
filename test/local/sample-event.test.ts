import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import {
  sampleEvent,
  sampleRowKey,
  sampleSheetRow,
  SAMPLE_EXPECTED_WARNINGS,
  SAMPLE_FIRST_LO,
  SAMPLE_ORGANISER,
  type SampleRow,
} from '../../src/local/sample/sample-event';
import { DIETARY, FINDING_CODES } from '../../src/core/model';
import { EVENT_HEADER, TABS, tabSpec, type ColumnSpec, type TabSpec } from '../../src/core/schema';

// The column keys of each input tab in contract order, and the required ones, from the one declaration.
const INPUT_TABS = TABS.filter((s) => !s.owned && !s.optional);
const keysOf = (s: TabSpec, only: (c: ColumnSpec) => boolean): string[] =>
  s.layout === 'keyvalue' ? EVENT_HEADER.map((c) => c.key) : s.columns.filter(only).map((c) => c.key);
const CONTRACT: Record<string, string[]> = Object.fromEntries(INPUT_TABS.map((s) => [s.name, keysOf(s, () => true)]));
const REQUIRED: Record<string, string[]> = Object.fromEntries(INPUT_TABS.map((s) => [s.name, keysOf(s, (c) => c.required)]));
const EVENT_KEYS = tabSpec('Event').columns.map((c) => c.key);

// UTC offsets in December, in minutes, of every airport the sample uses.
const OFFSET_MIN: Record<string, number> = {
  BKK: 420, DMK: 420, CNX: 420, CGK: 420, HAN: 420, VTE: 420,
  HND: 540, ICN: 540, PEK: 480, KUL: 480, SYD: 660, DEL: 330,
  DXB: 240, NBO: 180, SVO: 180, CDG: 60, FRA: 60, LHR: 0,
};
const BANGKOK = 420;
const MIN = 60_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

const wb = sampleEvent();
const tab = (name: string): SampleRow[] => {
  const t = wb.find((x) => x.tab === name);
  if (!t) throw new Error(`no tab ${name}`);
  return t.rows;
};
const s = (r: SampleRow, k: string): string => (r[k] === undefined ? '' : String(r[k]));
const list = (v: unknown): string[] => String(v ?? '').split(',').map((x) => x.trim()).filter(Boolean);

/** Year above 2400 is Buddhist era, as the contract reads it. */
const ceYear = (y: number): number => (y > 2400 ? y - 543 : y);

function parseWall(text: string): { y: number; mo: number; d: number; h: number; mi: number } {
  const m = DATE_TIME_RE.exec(text) ?? DATE_RE.exec(text);
  if (!m) throw new Error(`not a date: ${text}`);
  const [y, mo, d, h, mi] = [ceYear(+m[1]), +m[2], +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0];
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d || h > 23 || mi > 59) {
    throw new Error(`not a calendar date: ${text}`);
  }
  return { y, mo, d, h, mi };
}
/** Absolute ms of a wall time at a UTC offset. */
function instant(text: string, offsetMin: number): number {
  const w = parseWall(text);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi) - offsetMin * MIN;
}
const isoDate = (text: string): string => {
  const w = parseWall(text);
  return `${w.y}-${String(w.mo).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
};
const bangkokDate = (ms: number): string => new Date(ms + BANGKOK * MIN).toISOString().slice(0, 10);
const bangkokWall = (ms: number): string => new Date(ms + BANGKOK * MIN).toISOString().slice(0, 16).replace('T', ' ');

const guests = tab('Guests');
const flights = tab('Flights');
const los = tab('LOs');
const assignments = tab('Assignments');
const hotels = tab('Hotels');
const vehicles = tab('Vehicles');
const transfers = tab('Transfers');
const programme = tab('Programme');
const contacts = tab('Contacts');
const eventSetting = (k: string): string => s(tab('Event').find((r) => r.key === k) ?? {}, 'value');

const arrivalOf = (gid: string): SampleRow => flights.find((f) => f.guest_id === gid && f.direction === 'arrival')!;
const departureOf = (gid: string): SampleRow => flights.find((f) => f.guest_id === gid && f.direction === 'departure')!;
const landsAt = (f: SampleRow): number => instant(s(f, 'arrive_local'), OFFSET_MIN[s(f, 'to_airport')]);
const leavesAt = (f: SampleRow): number => instant(s(f, 'depart_local'), OFFSET_MIN[s(f, 'from_airport')]);
/** When an LO must be at the airport for this flight: landing for arrivals, take-off for departures. */
const dutyAt = (f: SampleRow): number => (f.direction === 'arrival' ? landsAt(f) : leavesAt(f));

const expectedKeys = (code: string): string[] =>
  SAMPLE_EXPECTED_WARNINGS.filter((w) => w.code === code).map((w) => `${w.tab}:${w.key}`).sort();

describe('sample event: shape', () => {
  it('has the ten input tabs in contract order', () => {
    expect(wb.map((t) => t.tab)).toEqual(Object.keys(CONTRACT));
  });

  it('keys every row by contract column keys and fills every required column', () => {
    for (const t of wb) {
      const allowed = new Set(CONTRACT[t.tab]);
      t.rows.forEach((row, i) => {
        for (const k of Object.keys(row)) {
          expect({ tab: t.tab, row: i, key: k, known: allowed.has(k) }).toEqual({ tab: t.tab, row: i, key: k, known: true });
        }
        for (const k of REQUIRED[t.tab]) {
          expect({ tab: t.tab, row: i, key: k, value: s(row, k).trim() !== '' }).toEqual({ tab: t.tab, row: i, key: k, value: true });
        }
      });
    }
  });

  it('gives every Event setting of the contract once, with the Bangkok defaults', () => {
    const keys = tab('Event').map((r) => s(r, 'key'));
    expect([...keys].sort()).toEqual([...EVENT_KEYS].sort());
    expect(eventSetting('time_zone')).toBe('Asia/Bangkok');
    expect(eventSetting('language')).toBe('th');
    expect(list(eventSetting('organiser_emails'))).toContain(SAMPLE_ORGANISER);
    expect(SAMPLE_ORGANISER).toBe('organiser@example.go.th');
    expect(eventSetting('event_name_th')).toMatch(/\p{Script=Thai}/u);
    expect(tab('Event').find((r) => r.key === 'lo_gap_minutes')?.value).toBe(120);
    expect(tab('Event').find((r) => r.key === 'airport_lead_minutes')?.value).toBe(60);
    expect(eventSetting('daily_confirm_time')).toMatch(/^\d{2}:\d{2}$/);
    expect(eventSetting('digest_time')).toMatch(/^\d{2}:\d{2}$/);
  });

  it('has unique ids in every id column', () => {
    const ids: [SampleRow[], string][] = [[guests, 'guest_id'], [los, 'lo_id'], [hotels, 'hotel_id'],
      [vehicles, 'vehicle_id'], [transfers, 'transfer_id'], [programme, 'item_id'], [contacts, 'role']];
    for (const [rows, k] of ids) {
      const vals = rows.map((r) => s(r, k));
      expect(new Set(vals).size).toBe(vals.length);
    }
  });

  it('returns a fresh copy on every call', () => {
    const a = sampleEvent();
    a[1].rows[0].given_name = 'changed';
    a[1].rows.pop();
    expect(sampleEvent()[1].rows).toHaveLength(guests.length);
    expect(sampleEvent()[1].rows[0].given_name).toBe(guests[0].given_name);
  });
});

describe('sample event: content', () => {
  it('has at least 20 guests from 8 or more countries, 6 LOs, 2 hotels, 6 vehicles, 3 programme days', () => {
    expect(guests.length).toBeGreaterThanOrEqual(20);
    expect(new Set(guests.map((g) => s(g, 'country'))).size).toBeGreaterThanOrEqual(8);
    expect(los.length).toBeGreaterThanOrEqual(6);
    expect(hotels).toHaveLength(2);
    expect(vehicles.length).toBeGreaterThanOrEqual(6);
    const days = new Set(programme.map((p) => s(p, 'starts_at').slice(0, 10)));
    expect([...days].sort()).toEqual(['2026-12-07', '2026-12-08', '2026-12-09']);
    expect(contacts.length).toBeGreaterThanOrEqual(5);
  });

  it('writes guest names in Thai, Latin and several other scripts', () => {
    const names = guests.map((g) => `${s(g, 'given_name')} ${s(g, 'family_name')}`).join(' ');
    for (const script of ['Thai', 'Latin', 'Han', 'Hangul', 'Arabic', 'Cyrillic']) {
      expect({ script, present: new RegExp(`\\p{Script=${script}}`, 'u').test(names) }).toEqual({ script, present: true });
    }
  });

  it('uses ISO 639-1 codes for every language and a contract value for every dietary cell', () => {
    for (const r of [...guests, ...los]) {
      for (const code of list(r.languages)) expect(code).toMatch(/^[a-z]{2}$/);
    }
    for (const g of guests) expect(DIETARY as readonly string[]).toContain(s(g, 'dietary'));
    expect(guests.some((g) => s(g, 'dietary_notes'))).toBe(true);
    expect(guests.some((g) => s(g, 'medical_notes'))).toBe(true);
    expect(guests.some((g) => s(g, 'accessibility'))).toBe(true);
  });

  it('uses reserved example domains for every email', () => {
    const emails = [
      ...list(eventSetting('organiser_emails')), eventSetting('reply_to'),
      ...guests.map((g) => s(g, 'email')), ...los.map((l) => s(l, 'email')),
      ...hotels.map((h) => s(h, 'contact_email')), ...contacts.map((c) => s(c, 'email')),
    ].filter(Boolean);
    expect(emails.length).toBeGreaterThan(40);
    for (const e of emails) expect(e).toMatch(/^[a-z0-9._-]+@([a-z0-9-]+\.)*example\.[a-z.]+$/);
    expect(los[0].email).toBe(SAMPLE_FIRST_LO);
    expect(SAMPLE_FIRST_LO).toBe('lo1@example.go.th');
  });

  it('types every phone number as text with + and spaces, valid for its country', () => {
    const phones = [
      ...guests.map((g) => g.phone), ...los.map((l) => l.phone), ...hotels.flatMap((h) => [h.phone, h.contact_phone]),
      ...vehicles.map((v) => v.driver_phone), ...contacts.map((c) => c.phone),
    ];
    for (const p of phones) {
      expect(typeof p).toBe('string');
      expect(p).toMatch(/^\+\d[\d ]+\d$/);
      expect({ p, valid: parsePhoneNumberFromString(String(p))?.isValid() ?? false }).toEqual({ p, valid: true });
    }
  });

  it('gives vehicles Thai plates and drivers with Thai names', () => {
    for (const v of vehicles) {
      expect(s(v, 'plate')).toMatch(/\p{Script=Thai}/u);
      expect(s(v, 'plate')).toMatch(/กรุงเทพมหานคร$/);
      expect(s(v, 'driver_name')).toMatch(/^[\p{Script=Thai} ]+$/u);
      expect(typeof v.seats).toBe('number');
    }
  });

  it('gives LOs languages, teams and radio channels, and hotels their practical details', () => {
    for (const l of los) {
      expect(list(l.languages).length).toBeGreaterThanOrEqual(2);
      expect(s(l, 'team')).not.toBe('');
      expect(s(l, 'radio_channel')).not.toBe('');
    }
    for (const h of hotels) {
      for (const k of ['check_in_time', 'check_out_time']) expect(s(h, k)).toMatch(/^\d{2}:\d{2}$/);
      for (const k of ['breakfast', 'wifi', 'key_card', 'welcome_protocol', 'billing_notes']) expect(s(h, k)).not.toBe('');
    }
  });

  it('gives every programme item a Thai title, a venue and a kind', () => {
    for (const p of programme) {
      expect(s(p, 'title_th')).toMatch(/\p{Script=Thai}/u);
      expect(['official', 'private']).toContain(s(p, 'kind'));
    }
  });

  it('names the contacts an LO needs', () => {
    const roles = contacts.map((c) => s(c, 'role').toLowerCase()).join(' | ');
    for (const word of ['secretariat', 'protocol', 'transport', 'hotel', 'medical']) expect(roles).toContain(word);
  });
});

describe('sample event: references and formats', () => {
  const guestIds = new Set(guests.map((g) => s(g, 'guest_id')));
  const delegations = new Set(guests.map((g) => s(g, 'delegation')));

  it('resolves every guest, LO, hotel and vehicle reference', () => {
    const loIds = new Set(los.map((l) => s(l, 'lo_id')));
    const hotelIds = new Set(hotels.map((h) => s(h, 'hotel_id')));
    const vehicleIds = new Set(vehicles.map((v) => s(v, 'vehicle_id')));
    for (const f of flights) expect(guestIds).toContain(s(f, 'guest_id'));
    for (const a of assignments) {
      expect(guestIds).toContain(s(a, 'guest_id'));
      expect(loIds).toContain(s(a, 'lo_id'));
    }
    for (const t of transfers) {
      expect(list(t.guest_ids).length).toBeGreaterThan(0);
      for (const g of list(t.guest_ids)) expect(guestIds).toContain(g);
      expect(vehicleIds).toContain(s(t, 'vehicle_id'));
    }
    for (const g of guests) expect(hotelIds).toContain(s(g, 'hotel_id'));
    for (const p of programme) {
      for (const a of list(p.audience)) {
        if (a !== 'all') expect({ a, known: guestIds.has(a) || delegations.has(a) }).toEqual({ a, known: true });
      }
    }
  });

  it('gives every guest one arrival into BKK/DMK, one departure from BKK/DMK, and one primary LO', () => {
    for (const gid of guestIds) {
      const mine = flights.filter((f) => f.guest_id === gid);
      expect(mine.filter((f) => f.direction === 'arrival')).toHaveLength(1);
      expect(mine.filter((f) => f.direction === 'departure')).toHaveLength(1);
      expect(mine).toHaveLength(2);
      expect(['BKK', 'DMK']).toContain(s(arrivalOf(gid), 'to_airport'));
      expect(['BKK', 'DMK']).toContain(s(departureOf(gid), 'from_airport'));
      const primaries = assignments.filter((a) => a.guest_id === gid && (a.role ?? 'primary') === 'primary');
      expect(primaries).toHaveLength(1);
    }
    expect(assignments.some((a) => a.role === 'backup')).toBe(true);
  });

  it('uses upper-case three-letter IATA codes, both Bangkok airports and many time zones', () => {
    for (const f of flights) {
      for (const k of ['from_airport', 'to_airport']) {
        expect(s(f, k)).toMatch(/^[A-Z]{3}$/);
        expect(OFFSET_MIN).toHaveProperty(s(f, k));
      }
      expect(s(f, 'flight_no')).toMatch(/^[A-Z0-9]{2}\d{1,4}$/);
      expect(['scheduled', 'changed', 'cancelled']).toContain(s(f, 'status'));
    }
    const bangkokAirports = new Set(flights.map((f) => s(f, f.direction === 'arrival' ? 'to_airport' : 'from_airport')));
    expect([...bangkokAirports].sort()).toEqual(['BKK', 'DMK']);
    const zones = new Set(flights.map((f) => OFFSET_MIN[s(f, f.direction === 'arrival' ? 'from_airport' : 'to_airport')]));
    expect(zones.size).toBeGreaterThanOrEqual(8);
    // At least one arrival lands on a later local date than it took off.
    expect(flights.some((f) => f.direction === 'arrival'
      && s(f, 'arrive_local').slice(0, 10) > s(f, 'depart_local').slice(0, 10))).toBe(true);
  });

  it('writes dates as YYYY-MM-DD and date-times as YYYY-MM-DD HH:mm, all real calendar values', () => {
    const dateCols: [SampleRow[], string[]][] = [[guests, ['check_in', 'check_out']], [assignments, ['from', 'to']]];
    const dateTimeCols: [SampleRow[], string[]][] = [[flights, ['depart_local', 'arrive_local']],
      [transfers, ['pickup_at']], [programme, ['starts_at', 'ends_at']]];
    let checked = 0;
    for (const [rows, cols] of dateCols) {
      for (const r of rows) for (const c of cols) {
        if (r[c] === undefined) continue;
        expect(s(r, c)).toMatch(DATE_RE);
        expect(() => parseWall(s(r, c))).not.toThrow();
        checked++;
      }
    }
    for (const [rows, cols] of dateTimeCols) {
      for (const r of rows) for (const c of cols) {
        expect(s(r, c)).toMatch(DATE_TIME_RE);
        expect(() => parseWall(s(r, c))).not.toThrow();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('flies every flight forward in time for a plausible duration', () => {
    for (const f of flights) {
      const hours = (landsAt(f) - leavesAt(f)) / 3_600_000;
      expect({ flight: f.flight_no, ok: hours >= 0.75 && hours <= 14 }).toEqual({ flight: f.flight_no, ok: true });
    }
  });

  it('lands arrivals on 6–7 Dec and takes departures off on 9–10 Dec, Bangkok time', () => {
    for (const f of flights) {
      const day = f.direction === 'arrival' ? bangkokDate(landsAt(f)) : bangkokDate(leavesAt(f));
      const allowed = f.direction === 'arrival' ? ['2026-12-06', '2026-12-07'] : ['2026-12-09', '2026-12-10'];
      expect(allowed).toContain(day);
    }
  });
});

describe('sample event: deliberate warnings, and nothing else wrong', () => {
  it('lists the four deliberate findings, each with a contract code, an existing row and column, and a reason', () => {
    expect(SAMPLE_EXPECTED_WARNINGS.length).toBeGreaterThan(0);
    expect(SAMPLE_EXPECTED_WARNINGS.map((w) => w.code).sort())
      .toEqual(['be_year', 'hotel_dates', 'language_mismatch', 'no_transfer']);
    for (const w of SAMPLE_EXPECTED_WARNINGS) {
      expect(FINDING_CODES as readonly string[]).toContain(w.code);
      expect(w.severity).toBe(w.code === 'be_year' ? 'info' : 'warning');
      const row = sampleSheetRow(wb, w.tab, w.key);
      expect({ key: w.key, row }).toEqual({ key: w.key, row: expect.any(Number) });
      const data = tab(w.tab)[(row as number) - 2];
      expect(sampleRowKey(w.tab, data)).toBe(w.key);
      expect(CONTRACT[w.tab]).toContain(w.column);
      expect(s(data, w.column)).not.toBe('');
      expect(w.why.length).toBeGreaterThan(20);
    }
  });

  it('finds sheet rows from keys and refuses an unknown tab', () => {
    expect(sampleSheetRow(wb, 'Guests', 'G01')).toBe(2);
    expect(sampleSheetRow(wb, 'Event', 'event_name')).toBe(2);
    expect(sampleSheetRow(wb, 'Guests', 'G99')).toBeUndefined();
    expect(sampleSheetRow(wb, 'Nope', 'G01')).toBeUndefined();
    expect(() => sampleRowKey('Nope', {})).toThrow(/Nope/);
  });

  it('types a Buddhist-era year only where the warning list says', () => {
    const found: string[] = [];
    for (const t of wb) {
      for (const r of t.rows) {
        for (const v of Object.values(r)) {
          if (typeof v === 'string' && /^(\d{4})-\d{2}-\d{2}/.test(v) && +v.slice(0, 4) > 2400) found.push(`${t.tab}:${sampleRowKey(t.tab, r)}`);
        }
      }
    }
    expect(found.sort()).toEqual(expectedKeys('be_year'));
  });

  it('matches hotel dates to local arrival and departure dates, except the deliberate one', () => {
    const wrong: string[] = [];
    for (const g of guests) {
      const gid = s(g, 'guest_id');
      if (isoDate(s(g, 'check_in')) !== s(arrivalOf(gid), 'arrive_local').slice(0, 10)) wrong.push(`Guests:${gid}`);
      if (isoDate(s(g, 'check_out')) !== s(departureOf(gid), 'depart_local').slice(0, 10)) wrong.push(`Guests:${gid}`);
    }
    expect(wrong.sort()).toEqual(expectedKeys('hotel_dates'));
  });

  it('gives each guest a room in most cases, leaving a few to be filled', () => {
    const empty = guests.filter((g) => !s(g, 'room_no'));
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.length).toBeLessThan(guests.length / 2);
  });

  it('meets every flight with a timely transfer, except the deliberate one', () => {
    const missing: string[] = [];
    for (const f of flights) {
      const gid = s(f, 'guest_id');
      const t = transfers.find((x) => x.purpose === f.direction && x.flight_no === f.flight_no && list(x.guest_ids).includes(gid));
      if (!t) { missing.push(`Flights:${gid}/${s(f, 'direction')}`); continue; }
      const pickup = instant(s(t, 'pickup_at'), BANGKOK);
      const airport = f.direction === 'arrival' ? s(f, 'to_airport') : s(f, 'from_airport');
      expect(f.direction === 'arrival' ? s(t, 'from_place') : s(t, 'to_place')).toContain(`(${airport})`);
      if (f.direction === 'arrival') {
        const after = (pickup - landsAt(f)) / MIN;
        expect({ t: t.transfer_id, after, ok: after >= 45 && after <= 90 }).toEqual({ t: t.transfer_id, after, ok: true });
      } else {
        const before = (leavesAt(f) - pickup) / MIN;
        expect({ t: t.transfer_id, before, ok: before >= 180 && before <= 240 }).toEqual({ t: t.transfer_id, before, ok: true });
      }
    }
    expect(missing.sort()).toEqual(expectedKeys('no_transfer'));
  });

  it('gives every LO a language shared with each guest, except the deliberate one', () => {
    const mismatched: string[] = [];
    for (const a of assignments) {
      const g = guests.find((x) => x.guest_id === a.guest_id)!;
      const l = los.find((x) => x.lo_id === a.lo_id)!;
      if (!list(g.languages).some((code) => list(l.languages).includes(code))) mismatched.push(`Assignments:${a.guest_id}/${a.lo_id}`);
    }
    expect(mismatched.sort()).toEqual(expectedKeys('language_mismatch'));
  });

  it('never gives an LO two different flights closer than lo_gap_minutes', () => {
    const gap = Number(tab('Event').find((r) => r.key === 'lo_gap_minutes')?.value);
    expect(gap).toBe(120);
    let pairs = 0;
    for (const l of los) {
      const mine = assignments.filter((a) => a.lo_id === l.lo_id).map((a) => s(a, 'guest_id'));
      const duties = flights.filter((f) => mine.includes(s(f, 'guest_id')));
      expect(duties.length).toBeGreaterThan(0);
      for (let i = 0; i < duties.length; i++) {
        for (let j = i + 1; j < duties.length; j++) {
          const [a, b] = [duties[i], duties[j]];
          const sameDuty = a.flight_no === b.flight_no && a.direction === b.direction && dutyAt(a) === dutyAt(b);
          if (sameDuty) continue;
          pairs++;
          const apart = Math.abs(dutyAt(a) - dutyAt(b)) / MIN;
          expect({ lo: l.lo_id, a: a.flight_no, b: b.flight_no, ok: apart >= gap })
            .toEqual({ lo: l.lo_id, a: a.flight_no, b: b.flight_no, ok: true });
        }
      }
    }
    expect(pairs).toBeGreaterThan(20);
  });

  it('never gives a vehicle two pickups within 90 minutes, nor more guests than seats', () => {
    for (const v of vehicles) {
      const mine = transfers.filter((t) => t.vehicle_id === v.vehicle_id);
      expect(mine.length).toBeGreaterThan(0);
      const times = mine.map((t) => instant(s(t, 'pickup_at'), BANGKOK)).sort((x, y) => x - y);
      for (let i = 1; i < times.length; i++) {
        const apart = (times[i] - times[i - 1]) / MIN;
        expect({ v: v.vehicle_id, at: bangkokWall(times[i]), ok: apart >= 90 }).toEqual({ v: v.vehicle_id, at: bangkokWall(times[i]), ok: true });
      }
      for (const t of mine) expect(list(t.guest_ids).length).toBeLessThanOrEqual(Number(v.seats));
    }
  });

  it('puts each guest only in programme items while in town', () => {
    const delegationOf = new Map(guests.map((g) => [s(g, 'guest_id'), s(g, 'delegation')]));
    for (const p of programme) {
      const start = instant(s(p, 'starts_at'), BANGKOK);
      const end = instant(s(p, 'ends_at'), BANGKOK);
      expect(end).toBeGreaterThan(start);
      const aud = list(p.audience);
      const who = aud.length === 0 || aud.includes('all')
        ? [...delegationOf.keys()]
        : [...delegationOf.keys()].filter((gid) => aud.includes(gid) || aud.includes(delegationOf.get(gid)!));
      expect(who.length).toBeGreaterThan(0);
      for (const gid of who) {
        // At least an hour after landing, and finished before the departure pickup (3 h ahead).
        const inTown = start >= landsAt(arrivalOf(gid)) + 60 * MIN && end <= leavesAt(departureOf(gid)) - 180 * MIN;
        expect({ item: p.item_id, gid, inTown }).toEqual({ item: p.item_id, gid, inTown: true });
      }
    }
  });
});
