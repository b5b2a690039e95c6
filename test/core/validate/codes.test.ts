/**
 * One test per finding code: a single mistake in the valid fixture draws that code at
 * the right cell; and near-misses that must draw nothing.
 */
import { FINDING_CODES, type Finding, type FindingCode } from '../../../src/core/model';
import { checkWorkbook } from '../../../src/core/validate';
import {
  addRow, deleteRow, removeTab, renameHeader, rowOf, setCell, setSetting, SHEET_ZONE, validEvent, type Workbook,
} from '../fixtures/workbook';

function findings(wb: Workbook): Finding[] {
  return checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE }).findings;
}

function only(wb: Workbook, code: FindingCode): Finding[] {
  const all = findings(wb);
  return all.filter((f) => f.code === code);
}

function expectOne(wb: Workbook, code: FindingCode, at: Partial<Finding>): Finding {
  const hits = only(wb, code);
  expect(hits).toEqual([expect.objectContaining({ code, ...at })]);
  const f = hits[0];
  expect(f.message_en.length).toBeGreaterThan(10);
  expect(f.message_th.length).toBeGreaterThan(10);
  expect(f.message).toBe(f.message_en); // fixture event language is English
  return f;
}

const covered = new Set<FindingCode>();
function code(c: FindingCode): FindingCode {
  covered.add(c);
  return c;
}

describe('each finding code fires on its mistake', () => {
  test('required: an empty required cell; the row is left out', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Guests', 'G002');
    setCell(wb, 'Guests', row, 'family_name', '   ');
    expectOne(wb, code('required'), { severity: 'error', tab: 'Guests', row, column: 'family_name' });
    const parsed = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE }).parsed;
    expect(parsed.model.guests.map((g) => g.guest_id)).toEqual(['G001']);
    // The left-out guest's flights are not also called unknown references.
    expect(only(wb, 'unknown_ref').filter((f) => f.column === 'guest_id' || f.column === 'guest_ids')).toEqual([]);
  });

  test('invalid_value: a date that is not a date, an email that is not an email, an emoji id', () => {
    const wb = validEvent();
    setCell(wb, 'Guests', rowOf(wb, 'Guests', 'G001'), 'check_in', '31/02/2026');
    setCell(wb, 'LOs', rowOf(wb, 'LOs', 'LO02'), 'email', 'suda at example.org');
    const emojiRow = addRow(wb, 'Hotels', { hotel_id: '🏨', name: 'Emoji Inn' });
    const hits = only(wb, code('invalid_value'));
    expect(hits.map((f) => [f.tab, f.row, f.column])).toEqual([
      ['Guests', 2, 'check_in'],
      ['LOs', 3, 'email'],
      ['Hotels', emojiRow, 'hotel_id'],
    ]);
    expect(hits[0].message_en).toContain('31/02/2026');
    expect(hits[0].message_en).toMatch(/YYYY-MM-DD/);
  });

  test('duplicate_id: the second row with the same id is reported and left out', () => {
    const wb = validEvent();
    const row = addRow(wb, 'Hotels', { hotel_id: 'H1', name: 'Another' });
    const f = expectOne(wb, code('duplicate_id'), { severity: 'error', tab: 'Hotels', row, column: 'hotel_id' });
    expect(f.message_en).toContain('row 2');
  });

  test('unknown_ref: a flight for a guest who does not exist', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Flights', 'G002', 'departure');
    setCell(wb, 'Flights', row, 'guest_id', 'G009');
    const hits = only(wb, code('unknown_ref'));
    expect(hits[0]).toEqual(expect.objectContaining({ tab: 'Flights', row, column: 'guest_id', severity: 'error' }));
    // The transfer that was to take G002 to that flight now names a flight G002 does not have.
    expect(hits.slice(1)).toEqual([expect.objectContaining({ tab: 'Transfers', column: 'flight_no', severity: 'warning' })]);
    expect(hits[0].message_en).toContain('G009');
  });

  test('unknown_airport: times left undefined, one warning on the airport cell', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Flights', 'G001', 'arrival');
    setCell(wb, 'Flights', row, 'from_airport', 'QQX');
    expectOne(wb, code('unknown_airport'), { severity: 'warning', tab: 'Flights', row, column: 'from_airport' });
    const flight = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE }).parsed.model.flights.find((f) => f.row === row)!;
    expect(flight.depart).toBeUndefined();
    expect(flight.arrive).toEqual({ at: new Date('2026-12-06T08:30:00Z'), wall: '2026-12-06 15:30', zone: 'Asia/Bangkok' });
  });

  test('be_year: a Buddhist-era year is read as year − 543 and reported as info', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Guests', 'G001');
    setCell(wb, 'Guests', row, 'check_in', '06/12/2569');
    const f = expectOne(wb, code('be_year'), { severity: 'info', tab: 'Guests', row, column: 'check_in' });
    expect(f.message_en).toContain('2026-12-06');
    expect(findings(wb).filter((x) => x.code !== 'be_year')).toEqual([]);
  });

  test('formula_error: an error text from a formula', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Guests', 'G002');
    setCell(wb, 'Guests', row, 'room_no', '#REF!');
    expectOne(wb, code('formula_error'), { severity: 'error', tab: 'Guests', row, column: 'room_no' });
  });

  test('time_order: a flight that lands before it takes off once zones are counted', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Flights', 'G001', 'arrival');
    // NRT 10:30 (01:30 UTC) → BKK 08:00 (01:00 UTC): lands before take-off.
    setCell(wb, 'Flights', row, 'arrive_local', '2026-12-06 08:00');
    expectOne(wb, code('time_order'), { severity: 'error', tab: 'Flights', row, column: 'arrive_local' });
  });

  test('no_arrival_flight and no_departure_flight', () => {
    const wb = validEvent();
    deleteRow(wb, 'Flights', rowOf(wb, 'Flights', 'G002', 'arrival'));
    const guestRow = rowOf(wb, 'Guests', 'G002');
    expectOne(wb, code('no_arrival_flight'), { severity: 'warning', tab: 'Guests', row: guestRow, column: 'guest_id' });
    const wb2 = validEvent();
    setCell(wb2, 'Flights', rowOf(wb2, 'Flights', 'G001', 'departure'), 'status', 'cancelled');
    expectOne(wb2, code('no_departure_flight'), { tab: 'Guests', row: rowOf(wb2, 'Guests', 'G001') });
  });

  test('no_lo: a guest with no assignment', () => {
    const wb = validEvent();
    deleteRow(wb, 'Assignments', rowOf(wb, 'Assignments', 'G002'));
    expectOne(wb, code('no_lo'), { severity: 'warning', tab: 'Guests', row: rowOf(wb, 'Guests', 'G002'), column: 'guest_id' });
  });

  test('lo_conflict: one LO meeting two flights at two airports 45 minutes apart', () => {
    const wb = validEvent();
    // G002 lands at DMK 45 minutes after G001 lands at BKK, and LO01 is primary for both.
    setCell(wb, 'Flights', rowOf(wb, 'Flights', 'G002', 'arrival'), 'to_airport', 'DMK');
    setCell(wb, 'Flights', rowOf(wb, 'Flights', 'G002', 'arrival'), 'arrive_local', '2026-12-06 16:15');
    setCell(wb, 'Flights', rowOf(wb, 'Flights', 'G002', 'arrival'), 'depart_local', '2026-12-06 05:15');
    setCell(wb, 'Transfers', rowOf(wb, 'Transfers', 'T002'), 'pickup_at', '2026-12-06 17:00');
    setCell(wb, 'LOs', rowOf(wb, 'LOs', 'LO01'), 'languages', 'Thai, English, Japanese, Spanish');
    const row = rowOf(wb, 'Assignments', 'G002');
    setCell(wb, 'Assignments', row, 'lo_id', 'LO01');
    const f = expectOne(wb, code('lo_conflict'), { severity: 'warning', tab: 'Assignments', row, column: 'lo_id' });
    expect(f.message_en).toContain('45 minutes');
    expect(f.message_en).toContain('DMK');
  });

  test('vehicle_conflict: one car with two pickups 30 minutes apart at different places', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Transfers', 'T002');
    setCell(wb, 'Transfers', row, 'vehicle_id', 'V01');
    setCell(wb, 'Transfers', row, 'pickup_at', '2026-12-06 16:00');
    setCell(wb, 'Transfers', row, 'from_place', 'DMK');
    const t1 = rowOf(wb, 'Transfers', 'T001');
    expectOne(wb, code('vehicle_conflict'), { severity: 'warning', tab: 'Transfers', row: t1, column: 'vehicle_id' });
  });

  test('vehicle_conflict: a shared pickup with more guests than seats', () => {
    const wb = validEvent();
    setCell(wb, 'Vehicles', rowOf(wb, 'Vehicles', 'V01'), 'seats', 1);
    setCell(wb, 'Transfers', rowOf(wb, 'Transfers', 'T001'), 'guest_ids', 'G001, G002');
    const f = only(wb, 'vehicle_conflict');
    expect(f).toEqual([expect.objectContaining({ tab: 'Transfers', row: rowOf(wb, 'Transfers', 'T001'), column: 'vehicle_id' })]);
    expect(f[0].message_en).toContain('1 seats');
  });

  test('language_mismatch: LO and guest share no language', () => {
    const wb = validEvent();
    setCell(wb, 'LOs', rowOf(wb, 'LOs', 'LO02'), 'languages', 'Thai, Japanese');
    expectOne(wb, code('language_mismatch'), { severity: 'warning', tab: 'Assignments', row: rowOf(wb, 'Assignments', 'G002'), column: 'lo_id' });
  });

  test('an LO row with a malformed email still counts for its guests\' language match, and says why it is not mailed', () => {
    const wb = validEvent();
    const lo2 = rowOf(wb, 'LOs', 'LO02');
    setCell(wb, 'LOs', lo2, 'languages', 'Thai, Japanese');
    setCell(wb, 'LOs', lo2, 'email', 'suda at example.org');
    expectOne(wb, code('language_mismatch'), { severity: 'warning', tab: 'Assignments', row: rowOf(wb, 'Assignments', 'G002'), column: 'lo_id' });
    const bad = only(wb, 'invalid_value').filter((f) => f.tab === 'LOs');
    expect(bad).toEqual([expect.objectContaining({ severity: 'error', row: lo2, column: 'email' })]);
    expect(bad[0].message_en).toContain('"suda at example.org" is not an email address. The LO still counts for their guests');
    // Nor is the assignment called a reference to an unknown LO.
    expect(only(wb, 'unknown_ref')).toEqual([]);
  });

  test('hotel_dates: check-in two days after the local arrival date', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Guests', 'G001');
    setCell(wb, 'Guests', row, 'check_in', '2026-12-08');
    const f = expectOne(wb, code('hotel_dates'), { severity: 'warning', tab: 'Guests', row, column: 'check_in' });
    expect(f.message_en).toContain('Sun 6 Dec 2026');
    expect(f.message_th).toContain('อา. 6 ธ.ค. 2569');
  });

  test('no_transfer: a landing nobody meets', () => {
    const wb = validEvent();
    deleteRow(wb, 'Transfers', rowOf(wb, 'Transfers', 'T002'));
    expectOne(wb, code('no_transfer'), { severity: 'warning', tab: 'Flights', row: rowOf(wb, 'Flights', 'G002', 'arrival'), column: 'flight_no' });
  });

  test('transfer_time: a pickup before landing', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Transfers', 'T001');
    setCell(wb, 'Transfers', row, 'pickup_at', '2026-12-06 15:00');
    const f = expectOne(wb, code('transfer_time'), { severity: 'warning', tab: 'Transfers', row, column: 'pickup_at' });
    expect(f.message_en).toContain('15:30');
  });

  test('transfer_time: a departure pickup 90 minutes before take-off', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Transfers', 'T003');
    setCell(wb, 'Transfers', row, 'pickup_at', '2026-12-10 20:30');
    const f = expectOne(wb, 'transfer_time', { tab: 'Transfers', row, column: 'pickup_at' });
    expect(f.message_en).toContain('90 minutes');
  });

  test('programme_outside_stay: an item for a guest after they have left', () => {
    const wb = validEvent();
    const row = addRow(wb, 'Programme', {
      item_id: 'P09', starts_at: '2026-12-11 10:00', ends_at: '2026-12-11 11:00', title: 'Farewell lunch', venue: 'Hotel', audience: 'G002',
    });
    expectOne(wb, code('programme_outside_stay'), { severity: 'warning', tab: 'Programme', row, column: 'audience' });
  });

  test('missing_tab: a tab that is not there', () => {
    const wb = removeTab(validEvent(), 'Vehicles');
    expectOne(wb, code('missing_tab'), { tab: 'Vehicles', row: 0, column: '' });
  });

  test('missing_column: a required column renamed out of recognition', () => {
    const wb = renameHeader(validEvent(), 'Vehicles', 'driver_phone', 'mobile of the chauffeur');
    expectOne(wb, code('missing_column'), { severity: 'error', tab: 'Vehicles', row: 1, column: 'driver_phone' });
  });

  test('every finding code of the contract has a test above', () => {
    expect([...covered].sort()).toEqual([...FINDING_CODES].sort());
  });
});

describe('near-misses draw nothing', () => {
  test('Tokyo → Los Angeles lands "before" it departs in wall time and is right', () => {
    const wb = validEvent();
    const row = addRow(wb, 'Flights', {
      guest_id: 'G001', direction: 'departure', flight_no: 'JL 62', from_airport: 'HND', to_airport: 'LAX',
      depart_local: '2026-12-11 17:00', arrive_local: '2026-12-11 10:30',
    });
    expect(findings(wb)).toEqual([]);
    const f = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE }).parsed.model.flights.find((x) => x.row === row)!;
    expect(f.depart!.at.toISOString()).toBe('2026-12-11T08:00:00.000Z');
    expect(f.arrive!.at.toISOString()).toBe('2026-12-11T18:30:00.000Z');
  });

  test('a Buddhist-era date is read right (and only noted)', () => {
    const wb = validEvent();
    setCell(wb, 'Flights', rowOf(wb, 'Flights', 'G001', 'arrival'), 'arrive_local', '2569-12-06 15:30');
    const all = findings(wb);
    expect(all.map((f) => f.code)).toEqual(['be_year']);
    expect(all[0].severity).toBe('info');
  });

  test('06/12/2026 is 6 December, and Thai digits read the same', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Guests', 'G001');
    setCell(wb, 'Guests', row, 'check_in', '06/12/2026');
    setCell(wb, 'Guests', rowOf(wb, 'Guests', 'G002'), 'check_out', '๑๐/๑๒/๒๐๒๖');
    expect(findings(wb)).toEqual([]);
    const g = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE }).parsed.model.guests;
    expect(g[0].check_in).toBe('2026-12-06');
    expect(g[1].check_out).toBe('2026-12-10');
  });

  test('a transfer at the right time: pickup 20 minutes after landing and 3 hours before take-off', () => {
    const wb = validEvent();
    setCell(wb, 'Transfers', rowOf(wb, 'Transfers', 'T001'), 'pickup_at', '2026-12-06 15:50');
    setCell(wb, 'Transfers', rowOf(wb, 'Transfers', 'T003'), 'pickup_at', '2026-12-10 19:00');
    expect(findings(wb)).toEqual([]);
  });

  test('two guests on one flight with one LO and one shared car are not conflicts', () => {
    const wb = validEvent();
    const g2arr = rowOf(wb, 'Flights', 'G002', 'arrival');
    setCell(wb, 'Flights', g2arr, 'flight_no', 'TG 641');
    setCell(wb, 'Flights', g2arr, 'from_airport', 'NRT');
    setCell(wb, 'Flights', g2arr, 'depart_local', '2026-12-06 10:30');
    setCell(wb, 'Flights', g2arr, 'arrive_local', '2026-12-06 15:30');
    setCell(wb, 'Assignments', rowOf(wb, 'Assignments', 'G002'), 'lo_id', 'LO01');
    setCell(wb, 'LOs', rowOf(wb, 'LOs', 'LO01'), 'languages', 'Thai, English');
    const t2 = rowOf(wb, 'Transfers', 'T002');
    setCell(wb, 'Transfers', t2, 'vehicle_id', 'V01');
    setCell(wb, 'Transfers', t2, 'pickup_at', '2026-12-06 16:30');
    setCell(wb, 'Transfers', t2, 'flight_no', 'TG641');
    expect(findings(wb)).toEqual([]);
  });

  test('an early-morning landing may check in the day before; languages match across th/en names', () => {
    const wb = validEvent();
    setCell(wb, 'Guests', rowOf(wb, 'Guests', 'G002'), 'check_in', '2026-12-05');
    setCell(wb, 'Guests', rowOf(wb, 'Guests', 'G002'), 'languages', 'español');
    expect(findings(wb)).toEqual([]);
  });

  test('Event settings with Thai labels and a Thai language setting', () => {
    const wb = validEvent({ headers: 'th', lang: 'th' });
    setSetting(wb, 'เขตเวลา', 'Asia/Bangkok');
    const res = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(res.findings).toEqual([]);
    expect(res.parsed.model.event.language).toBe('th');
    expect(res.parsed.model.event.event_name).toBe('ASEAN Tourism Forum 2026');
  });
});
