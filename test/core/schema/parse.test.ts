import { parseWorkbook } from '../../../src/core/schema/parse';
import { readCell } from '../../../src/core/schema/cells';
import { type tabSpec, columnSpec } from '../../../src/core/schema/tabs';
import { checkWorkbook } from '../../../src/core/validate';
import { addRow, emptyEvent, rowOf, setCell, setSetting, SHEET_ZONE, sheet, validEvent } from '../fixtures/workbook';

const ctx = { sheetZone: 'Asia/Bangkok', eventZone: 'Asia/Bangkok' };
const col = (tab: Parameters<typeof tabSpec>[0], key: string) => columnSpec(tab, key)!;

describe('cells', () => {
  test('dates: ISO, day-first, Buddhist era, Thai and full-width digits, non-breaking spaces', () => {
    const c = col('Guests', 'check_in');
    const v = (raw: unknown) => readCell(c, raw, ctx);
    expect(v('2026-12-06')).toEqual({ kind: 'value', value: '2026-12-06' });
    expect(v('06/12/2026')).toEqual({ kind: 'value', value: '2026-12-06' });
    expect(v('6/12/2026')).toEqual({ kind: 'value', value: '2026-12-06' });
    expect(v('\u00a0๖/๑๒/๒๕๖๙\u3000')).toMatchObject({ kind: 'value', value: '2026-12-06', notes: [{ code: 'be_year' }] });
    expect(v('２０２６－１２－０６'.replace('－', '-').replace('－', '-'))).toEqual({ kind: 'value', value: '2026-12-06' });
    expect(v('2026-13-01')).toMatchObject({ kind: 'invalid', message: 'validation.invalid.date' });
    expect(v('29/02/2026')).toMatchObject({ kind: 'invalid' });
    expect(v('12/06')).toMatchObject({ kind: 'invalid' });
    expect(v('1850-01-01')).toMatchObject({ kind: 'invalid', message: 'validation.invalid.year' });
    expect(v('🎉')).toMatchObject({ kind: 'invalid' });
    expect(v(46000)).toMatchObject({ kind: 'invalid' });
  });

  test('a Date cell is read as its wall time in the spreadsheet zone', () => {
    const c = col('Guests', 'check_in');
    // 2026-12-06 00:00 in Bangkok is 2026-12-05 17:00 UTC.
    expect(readCell(c, new Date('2026-12-05T17:00:00Z'), ctx)).toEqual({ kind: 'value', value: '2026-12-06' });
    expect(readCell(c, new Date('2026-12-05T17:00:00Z'), { ...ctx, sheetZone: 'UTC' })).toEqual({ kind: 'value', value: '2026-12-05' });
    expect(readCell(c, new Date(NaN), ctx)).toMatchObject({ kind: 'invalid' });
  });

  test('date-times need a time; time of day from text, a Date cell or a day fraction', () => {
    const dt = col('Transfers', 'pickup_at');
    expect(readCell(dt, '2026-12-06', ctx)).toMatchObject({ kind: 'invalid', message: 'validation.invalid.datetime_no_time' });
    expect(readCell(dt, '06/12/2026 2:35 pm', ctx)).toMatchObject({ kind: 'value', value: { parts: { hour: 14, minute: 35 } } });
    expect(readCell(dt, '2026-12-06 14.35 น.', ctx)).toMatchObject({ kind: 'value', value: { parts: { hour: 14, minute: 35 } } });
    const tm = col('Hotels', 'check_in_time');
    expect(readCell(tm, '14:00', ctx)).toEqual({ kind: 'value', value: '14:00' });
    expect(readCell(tm, 0.75, ctx)).toEqual({ kind: 'value', value: '18:00' });
    expect(readCell(tm, new Date('1899-12-30T07:00:00Z'), { ...ctx, sheetZone: 'UTC' })).toEqual({ kind: 'value', value: '07:00' });
    expect(readCell(tm, '25:00', ctx)).toMatchObject({ kind: 'invalid' });
  });

  test('numbers, enums, booleans, phones, e-mails, lists', () => {
    expect(readCell(col('Vehicles', 'seats'), '๑๒', ctx)).toEqual({ kind: 'value', value: 12 });
    expect(readCell(col('Vehicles', 'seats'), '2.5', ctx)).toMatchObject({ kind: 'invalid', message: 'validation.invalid.number_range' });
    const dir = col('Flights', 'direction');
    expect(readCell(dir, ' Arrival ', ctx)).toMatchObject({ kind: 'invalid' }); // enum index is passed by the parser
    const parsed = parseWorkbook(setCell(validEvent(), 'Flights', 2, 'direction', 'ขามา'), { spreadsheetZone: SHEET_ZONE });
    expect(parsed.model.flights[0].direction).toBe('arrival');
    expect(readCell(col('Checklist', 'done'), 'ใช่', ctx)).toEqual({ kind: 'value', value: true });
    expect(readCell(col('LOs', 'phone'), '02-123-4567 ต่อ 12', ctx)).toMatchObject({ kind: 'value' });
    expect(readCell(col('LOs', 'phone'), 'call me', ctx)).toMatchObject({ kind: 'invalid', message: 'validation.invalid.phone' });
    expect(readCell(col('LOs', 'phone'), 812345678, ctx)).toMatchObject({ kind: 'value', notes: [{ message: 'validation.invalid.phone_number_cell' }] });
    expect(readCell(col('LOs', 'email'), 'ｓｕｄａ@example.org', ctx)).toEqual({ kind: 'value', value: 'suda@example.org' });
    expect(readCell(col('Guests', 'languages'), 'English，ไทย; français', ctx)).toEqual({ kind: 'value', value: ['English', 'ไทย', 'français'] });
    expect(readCell(col('Guests', 'notes'), '—', ctx)).toEqual({ kind: 'value', value: '—' });
    expect(readCell(col('Guests', 'given_name'), '😀😀', ctx)).toMatchObject({ kind: 'invalid', message: 'validation.invalid.text' });
  });

  test('spreadsheet errors are formula errors', () => {
    for (const e of ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#ERROR!']) {
      expect(readCell(col('Guests', 'room_no'), e, ctx)).toEqual({ kind: 'formula_error', text: e });
    }
    expect(readCell(col('Guests', 'room_no'), '#12', ctx)).toEqual({ kind: 'value', value: '#12' });
  });
});

describe('rows and tabs', () => {
  test('flight times from Date cells keep their wall time at the airport', () => {
    const wb = validEvent();
    const row = rowOf(wb, 'Flights', 'G001', 'arrival');
    // Typed "2026-12-06 10:30" in a Bangkok spreadsheet: the instant 03:30 UTC.
    setCell(wb, 'Flights', row, 'depart_local', new Date('2026-12-06T03:30:00Z'));
    const { parsed, findings } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(findings).toEqual([]);
    const f = parsed.model.flights.find((x) => x.row === row)!;
    expect(f.depart).toEqual({ at: new Date('2026-12-06T01:30:00Z'), zone: 'Asia/Tokyo', wall: '2026-12-06 10:30' });
  });

  test('blank rows (spaces, empty strings, nulls) are skipped; row numbers stay those of the sheet', () => {
    const wb = validEvent();
    const s = sheet(wb, 'Hotels');
    s.values.splice(1, 0, s.values[0].map(() => '  '), s.values[0].map(() => null) as unknown[]);
    const { parsed, findings } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(findings).toEqual([]);
    expect(parsed.model.hotels.map((h) => h.row)).toEqual([4]);
  });

  test('layout: sheet names, column indexes, missing keys, Event setting rows', () => {
    const wb = validEvent();
    const { layout } = parseWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(layout.Guests).toMatchObject({ sheetName: 'Guests', missing: [], width: 25 });
    expect(layout.Guests.columns.check_in).toBe(21);
    expect(layout.Event.columns).toEqual({ key: 0, value: 1 });
    expect(layout.Event.settingRows!.time_zone).toBe(5);
    expect(layout['Checklist items'].sheetName).toBeNull();
  });

  test('Event: defaults, unknown settings kept as extra, invalid zone falls back with a finding', () => {
    const wb = validEvent();
    setSetting(wb, 'time_zone', 'Mars/Base');
    setSetting(wb, 'dress rehearsal', 'yes');
    const { parsed, findings } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(parsed.model.event.time_zone).toBe('Asia/Bangkok');
    expect(parsed.model.event.extra).toEqual({ 'dress rehearsal': 'yes' });
    expect(findings).toEqual([expect.objectContaining({ code: 'invalid_value', tab: 'Event', row: 5, column: 'time_zone' })]);
  });

  test('a mistyped address in organiser_emails is a located error; the valid ones still count', () => {
    const wb = validEvent();
    setSetting(wb, 'organiser_emails', 'chair@protocol.go.th, secretariat(at)protocol.go.th; desk@protocol.go.th');
    const { parsed, findings } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(parsed.model.event.organiser_emails).toEqual(['chair@protocol.go.th', 'desk@protocol.go.th']);
    const bad = findings.filter((f) => f.column === 'organiser_emails');
    expect(bad).toEqual([expect.objectContaining({ code: 'invalid_value', tab: 'Event', severity: 'error' })]);
    expect(bad[0].row).toBeGreaterThan(1);
    expect(bad[0].message_en).toContain('secretariat(at)protocol.go.th');
    expect(bad[0].message_en).toContain('chair@protocol.go.th, desk@protocol.go.th');
  });

  test('organiser_emails with no valid address at all is an error and names nobody', () => {
    const wb = validEvent();
    setSetting(wb, 'organiser_emails', 'chair at protocol');
    const { parsed, findings } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(parsed.model.event.organiser_emails).toEqual([]);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'invalid_value', tab: 'Event', column: 'organiser_emails', severity: 'error' }));
  });

  test('an empty workbook (headers only) gives no crash, and no event name is an error', () => {
    const { parsed, findings } = checkWorkbook(emptyEvent(), { spreadsheetZone: SHEET_ZONE });
    expect(parsed.model.guests).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ code: 'missing_column', tab: 'Event', column: 'event_name', severity: 'error' })]);
  });

  test('no tabs at all: every non-optional tab reported missing, Event and Guests as errors', () => {
    const { findings } = checkWorkbook([], { spreadsheetZone: SHEET_ZONE });
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.tab)).toEqual(['Event', 'Guests']);
    expect(findings.every((f) => f.code === 'missing_tab')).toBe(true);
    expect(findings.find((f) => f.tab === 'Sent')!.severity).toBe('info');
  });

  test('audience "all" means everyone; messages follow the event language', () => {
    const wb = validEvent({ lang: 'th' });
    addRow(wb, 'Programme', { item_id: 'P09', starts_at: 'x', ends_at: '2026-12-08 11:00', title: 'T', venue: 'V', audience: 'ทั้งหมด' });
    const { parsed, findings } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
    expect(parsed.model.programme.find((p) => p.item_id === 'P09')!.audience).toEqual([]);
    expect(findings[0].message).toBe(findings[0].message_th);
  });
});

test('locateFinding points a finding at its cell', async () => {
  const { locateFinding } = await import('../../../src/core/schema/parse');
  const wb = validEvent();
  setCell(wb, 'Guests', 3, 'room_no', '#N/A');
  setSetting(wb, 'lo_gap_minutes', 'soon');
  const { parsed, findings } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
  const where = findings.map((f) => locateFinding(parsed.layout, f));
  expect(where).toEqual([
    { sheetName: 'Event', row: 13, column: 1 },
    { sheetName: 'Guests', row: 3, column: parsed.layout.Guests.columns.room_no },
  ]);
  expect(locateFinding(parsed.layout, { tab: 'Vehicles', row: 0, column: '' })).toBeUndefined();
});
