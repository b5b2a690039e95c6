/**
 * The sample event that `lo-desk init FILE` writes: a fictional but realistic
 * ministerial meeting hosted in Bangkok, 6–10 December 2026.
 *
 * Pure data, no I/O. Values are what an organiser would type into the sheet:
 * dates as text `YYYY-MM-DD`, date-times as text `YYYY-MM-DD HH:mm` (flight
 * times are local to their own airport; transfers and programme are in
 * Asia/Bangkok), lists comma-separated, phone numbers as text with `+`.
 * Languages use ISO 639-1 two-letter codes throughout (en, th, ja, zh, ...).
 *
 * The data is meant to validate with no errors. It carries a handful of
 * deliberate warnings (listed in SAMPLE_EXPECTED_WARNINGS) so a newcomer sees
 * what LO Desk catches. Plan of the LO and vehicle schedules, so that edits
 * keep it conflict-free (all times Bangkok, lo_gap_minutes = 120):
 *
 *   LO01  JPN arr 06 16:15, dep 10 22:30 · IND arr 07 05:05, dep 10 10:15
 *   LO02  AUS arr 06 14:05, dep 09 18:10 · CHN arr 06 20:55, dep 10 13:05
 *   LO03  FRA arr 06 07:05, dep 09 23:55 · GBR arr 06 15:30, dep 10 12:40
 *         LAO+MRC arr 07 09:10, dep 10 17:05
 *   LO04  KEN arr 06 12:35, dep 10 14:20 · UAE arr 06 19:30, dep 09 21:25
 *   LO05  IDN arr 06 12:40, dep 10 13:45 · KOR arr 06 22:20, dep 10 23:25
 *         backup VNM arr 07 11:25, dep 10 16:30
 *   LO06  VNM arr 07 11:25, dep 10 16:30 · backup JPN (see LO01)
 *   LO07  MYS (DMK) arr 06 11:10, dep 09 19:40 · THA (DMK) arr 07 08:15, dep 10 16:40
 *   LO08  DEU arr 06 14:30, dep 09 23:50 · RUS arr 07 09:45, dep 10 11:45
 *         backup UAE (see LO04)
 *
 * Arrival pickups are 45–60 min after landing; departure pickups 3 h 15 min
 * or more before take-off. Each vehicle's pickups are at least 90 min apart.
 * Every "all" programme item falls after the last arrival (7 Dec 11:25) and
 * before the first departure pickup (9 Dec 14:50).
 */

import { assignmentsTab } from './data/assignments';
import { contactsTab } from './data/contacts';
import { eventTab } from './data/event';
import { flightsTab } from './data/flights';
import { guestsTab } from './data/guests';
import { hotelsTab } from './data/hotels';
import { losTab } from './data/los';
import { programmeTab } from './data/programme';
import type { SampleRow } from './data/row';
import { transfersTab } from './data/transfers';
import { vehiclesTab } from './data/vehicles';

// The data of each tab is in ./data/<tab>.ts; the names several tabs share, in ./data/shared.ts.
export type { SampleRow } from './data/row';
export { SAMPLE_FIRST_LO, SAMPLE_ORGANISER } from './data/shared';
export type SampleWorkbook = { tab: string; rows: SampleRow[] }[];

/** Input tabs of the contract, in contract order. */
const SAMPLE_TABS = [
  'Event', 'Guests', 'Flights', 'LOs', 'Assignments',
  'Hotels', 'Vehicles', 'Transfers', 'Programme', 'Contacts',
] as const;
type SampleTab = (typeof SAMPLE_TABS)[number];

export interface SampleExpectedWarning {
  code: 'language_mismatch' | 'hotel_dates' | 'no_transfer' | 'be_year';
  severity: 'warning' | 'info';
  tab: SampleTab;
  /** The row's identity; see sampleRowKey for the form per tab. */
  key: string;
  /** Column key the finding is expected to name. */
  column: string;
  why: string;
}

/**
 * The deliberate imperfections of the sample. Everything else in it is
 * meant to be right, so a validator that reports more (or fewer) than these
 * on the sample is either wrong or stricter than the sample was planned for.
 */
export const SAMPLE_EXPECTED_WARNINGS: readonly SampleExpectedWarning[] = [
  {
    code: 'language_mismatch',
    severity: 'warning',
    tab: 'Assignments',
    key: 'G18/LO08',
    column: 'lo_id',
    why: 'Ms Volkova speaks only Russian and no LO speaks it; LO08 (Thai, English, German) '
      + 'is assigned while the secretariat finds an interpreter.',
  },
  {
    code: 'hotel_dates',
    severity: 'warning',
    tab: 'Guests',
    key: 'G13',
    column: 'check_in',
    why: 'Dr Kamau lands in Bangkok at 12:35 on 6 Dec, but her booking was typed to start '
      + 'on 7 Dec: she would reach the hotel with no room for the first night.',
  },
  {
    code: 'no_transfer',
    severity: 'warning',
    tab: 'Flights',
    key: 'G24/departure',
    column: 'flight_no',
    why: 'Khun Chaiwat\'s return flight FD3435 from DMK has no transfer yet: he said he might '
      + 'use a provincial car, and nobody has confirmed it.',
  },
  {
    code: 'be_year',
    severity: 'info',
    tab: 'Guests',
    key: 'G21',
    column: 'check_in',
    why: 'The check-in was typed with a Buddhist-era year (2569-12-06); it is read as '
      + '2026-12-06, which matches the arrival, so it is only an info.',
  },
];

/**
 * The identity of a sample row, as SAMPLE_EXPECTED_WARNINGS uses it:
 * Event → key; Guests → guest_id; Flights → "guest_id/direction";
 * LOs → lo_id; Assignments → "guest_id/lo_id"; Hotels → hotel_id;
 * Vehicles → vehicle_id; Transfers → transfer_id; Programme → item_id;
 * Contacts → role.
 */
export function sampleRowKey(tab: string, row: SampleRow): string {
  const s = (k: string): string => String(row[k] ?? '');
  switch (tab) {
    case 'Event': return s('key');
    case 'Guests': return s('guest_id');
    case 'Flights': return `${s('guest_id')}/${s('direction')}`;
    case 'LOs': return s('lo_id');
    case 'Assignments': return `${s('guest_id')}/${s('lo_id')}`;
    case 'Hotels': return s('hotel_id');
    case 'Vehicles': return s('vehicle_id');
    case 'Transfers': return s('transfer_id');
    case 'Programme': return s('item_id');
    case 'Contacts': return s('role');
    default: throw new Error(`sampleRowKey: "${tab}" is not a tab of the sample event`);
  }
}

/**
 * The sheet row number (header is row 1, so the first data row is 2) of the
 * sample row with that key, or undefined when there is none. Lets a test
 * match the expected warnings against a validator's findings.
 */
export function sampleSheetRow(workbook: SampleWorkbook, tab: string, key: string): number | undefined {
  const sheet = workbook.find((t) => t.tab === tab);
  if (!sheet) return undefined;
  const i = sheet.rows.findIndex((r) => sampleRowKey(tab, r) === key);
  return i < 0 ? undefined : i + 2;
}

/** The whole sample workbook, one entry per input tab in contract order. A fresh copy on every call. */
export function sampleEvent(): SampleWorkbook {
  const byTab: Record<SampleTab, () => SampleRow[]> = {
    Event: eventTab,
    Guests: guestsTab,
    Flights: flightsTab,
    LOs: losTab,
    Assignments: assignmentsTab,
    Hotels: hotelsTab,
    Vehicles: vehiclesTab,
    Transfers: transfersTab,
    Programme: programmeTab,
    Contacts: contactsTab,
  };
  return SAMPLE_TABS.map((tab) => ({ tab, rows: byTab[tab]() }));
}
