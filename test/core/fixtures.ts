/**
 * Workbook fixtures as getValues() would give them: `{ name, values }[]`, row 1 the
 * header. `validEvent()` is a small event that validates with no finding at all;
 * the helpers edit one cell, row, header or tab so a test can make one mistake.
 *
 *   const wb = validEvent();
 *   setCell(wb, 'Flights', rowOf(wb, 'Flights', 'G001', 'arrival'), 'to_airport', 'XQZ');
 */
import type { Lang } from '../../src/core/model';
import type { SheetInput } from '../../src/core/schema/parse';
import { TABS, tabSpec } from '../../src/core/schema/tabs';
import type { TabName } from '../../src/core/schema/types';

export type Workbook = SheetInput[];
export type Rec = Record<string, unknown>;

/** The zone the fixtures' Date cells are made in (as the test setup's TZ). */
export const SHEET_ZONE = 'Asia/Bangkok';

function table(name: TabName, records: Rec[], headerOf: (key: string) => string = (k) => k): SheetInput {
  const keys = tabSpec(name).columns.map((c) => c.key);
  return {
    name,
    values: [keys.map(headerOf), ...records.map((r) => keys.map((k) => (r[k] === undefined ? '' : r[k])))],
  };
}

export interface EventOptions {
  lang?: Lang;
  /** Header text per column: key (default), or the English or Thai label. */
  headers?: 'key' | 'en' | 'th';
}

const EVENT_SETTINGS: Rec = {
  event_name: 'ASEAN Tourism Forum 2026',
  event_name_th: 'การประชุมอาเซียนด้านการท่องเที่ยว 2569',
  host_organisation: 'Ministry of Tourism and Sports',
  time_zone: 'Asia/Bangkok',
  language: 'en',
  organiser_emails: 'organiser@example.org, desk@example.org',
  sender_name: 'LO Desk',
  reply_to: 'desk@example.org',
  airport_lead_minutes: 60,
  daily_confirm_time: '18:00',
  digest_time: '08:00',
  lo_gap_minutes: 120,
};

const GUESTS: Rec[] = [
  {
    guest_id: 'G001', honorific: 'H.E.', given_name: 'Taro', family_name: 'Yamada', country: 'Japan', delegation: 'Japan',
    languages: 'Japanese, English', email: 'taro@example.jp', phone: '+81 90 1234 5678', dietary: 'no_pork',
    hotel_id: 'H1', check_in: '2026-12-06', check_out: '2026-12-10',
  },
  {
    guest_id: 'G002', honorific: 'Ms', given_name: 'María', family_name: 'García', country: 'Spain', delegation: 'Spain',
    languages: 'Spanish, English', email: 'maria@example.es', phone: '+34 612 345 678', dietary: 'vegetarian',
    hotel_id: 'H1', check_in: '06/12/2026', check_out: '10/12/2026',
  },
];

const FLIGHTS: Rec[] = [
  { guest_id: 'G001', direction: 'arrival', flight_no: 'TG 641', from_airport: 'NRT', to_airport: 'BKK', depart_local: '2026-12-06 10:30', arrive_local: '2026-12-06 15:30' },
  { guest_id: 'G001', direction: 'departure', flight_no: 'TG 640', from_airport: 'BKK', to_airport: 'NRT', depart_local: '2026-12-10 22:00', arrive_local: '2026-12-11 06:00' },
  { guest_id: 'G002', direction: 'arrival', flight_no: 'QR 836', from_airport: 'DOH', to_airport: 'BKK', depart_local: '2026-12-06 02:00', arrive_local: '2026-12-06 13:00' },
  { guest_id: 'G002', direction: 'departure', flight_no: 'QR 837', from_airport: 'BKK', to_airport: 'DOH', depart_local: '2026-12-10 20:00', arrive_local: '2026-12-10 23:40' },
];

const LOS: Rec[] = [
  { lo_id: 'LO01', name: 'Somchai Jaidee', email: 'somchai@example.org', phone: '081 234 5678', languages: 'Thai, English, Japanese', team: 'A' },
  { lo_id: 'LO02', name: 'Suda Rakthai', email: 'suda@example.org', phone: '089 876 5432', languages: 'ไทย, อังกฤษ, สเปน', team: 'A' },
];

const ASSIGNMENTS: Rec[] = [
  { guest_id: 'G001', lo_id: 'LO01', role: 'primary' },
  { guest_id: 'G002', lo_id: 'LO02', role: 'primary' },
];

const HOTELS: Rec[] = [
  { hotel_id: 'H1', name: 'Riverside Grand', address: '1 Charoen Krung Rd, Bangkok', phone: '02 123 4567', check_in_time: '14:00', check_out_time: '12:00' },
];

const VEHICLES: Rec[] = [
  { vehicle_id: 'V01', plate: 'กข 1234', type: 'Sedan', seats: 3, driver_name: 'Prasert', driver_phone: '081 111 2222' },
  { vehicle_id: 'V02', plate: 'ขค 5678', type: 'Van', seats: 9, driver_name: 'Wichai', driver_phone: '081 333 4444' },
];

const TRANSFERS: Rec[] = [
  { transfer_id: 'T001', guest_ids: 'G001', vehicle_id: 'V01', pickup_at: '2026-12-06 16:30', from_place: 'BKK', to_place: 'Riverside Grand', purpose: 'arrival', flight_no: 'TG641' },
  { transfer_id: 'T002', guest_ids: 'G002', vehicle_id: 'V02', pickup_at: '2026-12-06 14:00', from_place: 'BKK', to_place: 'Riverside Grand', purpose: 'arrival', flight_no: 'QR 836' },
  { transfer_id: 'T003', guest_ids: 'G001', vehicle_id: 'V01', pickup_at: '2026-12-10 18:00', from_place: 'Riverside Grand', to_place: 'BKK', purpose: 'departure', flight_no: 'TG 640' },
  { transfer_id: 'T004', guest_ids: 'G002', vehicle_id: 'V02', pickup_at: '2026-12-10 16:30', from_place: 'Riverside Grand', to_place: 'BKK', purpose: 'departure', flight_no: 'QR 837' },
];

const PROGRAMME: Rec[] = [
  { item_id: 'P01', starts_at: '2026-12-07 09:00', ends_at: '2026-12-07 12:00', title: 'Opening session', title_th: 'พิธีเปิด', venue: 'QSNCC Hall A', audience: 'all' },
  { item_id: 'P02', starts_at: '2026-12-08 10:00', ends_at: '2026-12-08 11:00', title: 'Bilateral meeting', venue: 'Room 3', audience: 'G001, Spain' },
];

const CONTACTS: Rec[] = [
  { role: 'Secretariat', name: 'Nok Wongsa', phone: '02 999 0000', email: 'secretariat@example.org' },
];

function eventTab(settings: Rec, headers: 'key' | 'en' | 'th'): SheetInput {
  const spec = tabSpec('Event');
  const label = (k: string) => (headers === 'key' ? k : spec.columns.find((c) => c.key === k)!.label[headers]);
  const head = headers === 'th' ? ['หัวข้อ', 'ค่า'] : ['key', 'value'];
  return { name: 'Event', values: [head, ...Object.keys(settings).map((k) => [label(k), settings[k]])] };
}

/** A small valid event (two guests, full journeys) that draws no finding. */
export function validEvent(o: EventOptions = {}): Workbook {
  const headers = o.headers ?? 'key';
  const headerOf = (tab: TabName) => (k: string) =>
    headers === 'key' ? k : tabSpec(tab).columns.find((c) => c.key === k)!.label[headers];
  const settings = { ...EVENT_SETTINGS, language: o.lang ?? 'en' };
  const t = (name: TabName, recs: Rec[]) => table(name, recs.map((r) => ({ ...r })), headerOf(name));
  return [
    eventTab(settings, headers),
    t('Guests', GUESTS),
    t('Flights', FLIGHTS),
    t('LOs', LOS),
    t('Assignments', ASSIGNMENTS),
    t('Hotels', HOTELS),
    t('Vehicles', VEHICLES),
    t('Transfers', TRANSFERS),
    t('Programme', PROGRAMME),
    t('Contacts', CONTACTS),
    t('Checklist', []),
    t('Findings', []),
    t('Sent', []),
    t('Documents', []),
  ];
}

/** Every tab with only its header (what `lo-desk init --empty` would give). */
export function emptyEvent(): Workbook {
  return TABS.filter((s) => !s.optional).map((s) =>
    s.layout === 'keyvalue' ? { name: s.name, values: [['key', 'value']] } : table(s.name, []),
  );
}

export function sheet(wb: Workbook, tab: string): SheetInput {
  const s = wb.find((x) => x.name === tab);
  if (!s) throw new Error(`fixture has no tab ${tab}`);
  return s;
}

function colIndex(s: SheetInput, key: string): number {
  const spec = tabSpec(s.name as TabName);
  const names = new Set([key]);
  const c = spec?.columns.find((x) => x.key === key);
  if (c) {
    names.add(c.label.en);
    names.add(c.label.th);
  }
  const i = (s.values[0] as unknown[]).findIndex((h) => names.has(String(h)));
  if (i < 0) throw new Error(`fixture tab ${s.name} has no column ${key}`);
  return i;
}

/** Sets one cell by sheet row (1-based, as the sheet shows it) and column key. Returns wb. */
export function setCell(wb: Workbook, tab: string, row: number, key: string, value: unknown): Workbook {
  const s = sheet(wb, tab);
  const i = colIndex(s, key);
  while (s.values.length < row) s.values.push(s.values[0].map(() => ''));
  s.values[row - 1][i] = value;
  return wb;
}


/** Sets an Event setting (adds the row when missing). Returns wb. */
export function setSetting(wb: Workbook, key: string, value: unknown): Workbook {
  const s = sheet(wb, 'Event');
  const r = s.values.findIndex((row, i) => i > 0 && row[0] === key);
  if (r > 0) s.values[r][1] = value;
  else s.values.push([key, value]);
  return wb;
}

/** Appends a row from a record of column keys; returns its sheet row. */
export function addRow(wb: Workbook, tab: string, rec: Rec): number {
  const s = sheet(wb, tab);
  const row = s.values[0].map(() => '' as unknown);
  for (const [k, v] of Object.entries(rec)) row[colIndex(s, k)] = v;
  s.values.push(row);
  return s.values.length;
}

/** Sheet row of the first row whose first id-like column equals id (and, if given, any cell equals `also`). */
export function rowOf(wb: Workbook, tab: string, id: string, also?: string): number {
  const s = sheet(wb, tab);
  const i = s.values.findIndex((r, n) => n > 0 && r.includes(id) && (also === undefined || r.includes(also)));
  if (i < 0) throw new Error(`fixture tab ${tab} has no row with ${id}`);
  return i + 1;
}

/** Removes a tab. Returns wb. */
export function removeTab(wb: Workbook, tab: string): Workbook {
  const i = wb.findIndex((x) => x.name === tab);
  if (i >= 0) wb.splice(i, 1);
  return wb;
}

/** Replaces a header cell (by key) with other text. Returns wb. */
export function renameHeader(wb: Workbook, tab: string, key: string, header: string): Workbook {
  const s = sheet(wb, tab);
  s.values[0][colIndex(s, key)] = header;
  return wb;
}

/** Reverses the column order of a tab (header and rows alike). Returns wb. */
export function reverseColumns(wb: Workbook, tab: string): Workbook {
  const s = sheet(wb, tab);
  s.values = s.values.map((r) => r.slice().reverse());
  return wb;
}

/** Deletes a data row by sheet row. Returns wb. */
export function deleteRow(wb: Workbook, tab: string, row: number): Workbook {
  sheet(wb, tab).values.splice(row - 1, 1);
  return wb;
}

/**
 * A large valid event for speed tests: n guests in groups of four on shared flights,
 * each group with its own LO, car and transfers, spread over days so LOs and cars
 * never clash.
 */
export function generateEvent(n: number): Workbook {
  const wb = validEvent();
  for (const tab of ['Guests', 'Flights', 'LOs', 'Assignments', 'Vehicles', 'Transfers', 'Programme']) sheet(wb, tab).values.length = 1;
  const day = (d: number) => `2026-12-${String(6 + d).padStart(2, '0')}`;
  const groups = Math.ceil(n / 4);
  for (let g = 0; g < groups; g++) {
    const d = g % 4;
    const hour = 6 + (Math.floor(g / 4) % 12);
    const hh = String(hour).padStart(2, '0');
    const lo = `LO${g}`;
    const car = `V${g}`;
    addRow(wb, 'LOs', { lo_id: lo, name: `Officer ${g}`, email: `lo${g}@example.org`, phone: '081 234 5678', languages: 'Thai, English' });
    addRow(wb, 'Vehicles', { vehicle_id: car, plate: `กข ${g}`, seats: 4, driver_name: `Driver ${g}`, driver_phone: '081 111 2222' });
    const members: string[] = [];
    for (let k = 0; k < 4 && g * 4 + k < n; k++) {
      const id = `G${g * 4 + k}`;
      members.push(id);
      addRow(wb, 'Guests', {
        guest_id: id, given_name: `Given${id}`, family_name: `Family${id}`, languages: 'English', delegation: `D${g % 50}`,
        email: `${id.toLowerCase()}@example.org`, phone: '+81 90 1234 5678', hotel_id: 'H1', check_in: day(d), check_out: day(d + 4),
      });
      addRow(wb, 'Flights', { guest_id: id, direction: 'arrival', flight_no: `TG ${g}`, from_airport: 'NRT', to_airport: 'BKK', depart_local: `${day(d)} ${String(hour - 4).padStart(2, '0')}:00`, arrive_local: `${day(d)} ${hh}:30` });
      addRow(wb, 'Flights', { guest_id: id, direction: 'departure', flight_no: `TG ${g + 1}`, from_airport: 'BKK', to_airport: 'NRT', depart_local: `${day(d + 4)} ${hh}:00`, arrive_local: `${day(d + 4)} ${String(hour + 6).padStart(2, '0')}:00` });
      addRow(wb, 'Assignments', { guest_id: id, lo_id: lo, role: 'primary' });
    }
    addRow(wb, 'Transfers', { transfer_id: `TA${g}`, guest_ids: members.join(', '), vehicle_id: car, pickup_at: `${day(d)} ${hh}:59`, from_place: 'BKK', to_place: 'Hotel', purpose: 'arrival', flight_no: `TG ${g}` });
    addRow(wb, 'Transfers', { transfer_id: `TD${g}`, guest_ids: members.join(', '), vehicle_id: car, pickup_at: `${day(d + 4)} ${String(hour - 4).padStart(2, '0')}:00`, from_place: 'Hotel', to_place: 'BKK', purpose: 'departure', flight_no: `TG ${g + 1}` });
  }
  addRow(wb, 'Programme', { item_id: 'P1', starts_at: '2026-12-10 09:00', ends_at: '2026-12-10 10:00', title: 'Plenary', venue: 'Hall', audience: 'all' });
  return wb;
}
