/**
 * The typed model of one event workbook, as parsed from its tabs.
 * Every row keeps the sheet row number it came from (`row`, 1-based as the
 * sheet shows it) so findings can point at the cell; identity is always the
 * stable id, never the row.
 *
 * Instants are JavaScript Dates (absolute moments). Wall-clock values keep
 * their zone beside them, so nothing needs to guess which zone a time is in.
 */
import type { Zone } from './time/zones';
import type {
  ASSIGNMENTS, CHECKLIST, CHECKLIST_ITEMS, CONTACTS, DOCUMENTS, EVENT_SETTINGS, FLIGHTS, GUESTS, HOTELS, LOS,
  PROGRAMME, SENT, TRANSFERS, VEHICLES, FieldsOf, RowOf,
} from './schema/contract';

export const LANGS = ['th', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const PHASES = ['prepare', 'before_arrival', 'arrival', 'stay', 'departure'] as const;
export type Phase = (typeof PHASES)[number];

const REMINDER_KINDS = [
  'prepare',
  'arrival_brief',
  'airport_call',
  'daily_confirm',
  'departure_prep',
  'change_notice',
  'organiser_digest',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const DIETARY = [
  'none', 'vegetarian', 'vegan', 'halal', 'kosher', 'no_pork', 'no_beef',
  'gluten_free', 'nut_allergy', 'seafood_allergy', 'other',
] as const;
export type Dietary = (typeof DIETARY)[number];

/** A calendar date without a zone: "2026-12-06". */
export type IsoDate = string;
/** A time of day "HH:mm". */
export type TimeOfDay = string;

/** A time of day as the event's settings hold it, read and checked: 18:00 → { hour: 18, minute: 0 }. */
export interface HourMinute {
  hour: number;
  minute: number;
}

/** A moment that was typed as wall-clock time in a named IANA zone. */
export interface ZonedTime {
  /** The absolute instant. */
  at: Date;
  /** The IANA zone the wall time was written in (airport's or event's), checked. */
  zone: Zone;
  /** The wall time as typed, normalised: "2026-12-06 14:35". */
  wall: string;
}

/** The event's settings: every one the Event tab may hold, settled (defaults applied, zone checked). */
export type EventSettings = FieldsOf<typeof EVENT_SETTINGS> & {
  /** Settings rows the contract does not know, kept as text. */
  extra: Record<string, string>;
};

// Each row type is inferred from its tab's declaration in schema/contract.ts.
export type Guest = RowOf<typeof GUESTS>;
export type Flight = RowOf<typeof FLIGHTS>;
export type Lo = RowOf<typeof LOS>;
export type Assignment = RowOf<typeof ASSIGNMENTS>;
export type Hotel = RowOf<typeof HOTELS>;
export type Vehicle = RowOf<typeof VEHICLES>;
export type Transfer = RowOf<typeof TRANSFERS>;
export type ProgrammeItem = RowOf<typeof PROGRAMME>;
type Contact = RowOf<typeof CONTACTS>;
export type ChecklistTick = RowOf<typeof CHECKLIST>;
export type CustomChecklistItem = RowOf<typeof CHECKLIST_ITEMS>;
export type SentRecord = RowOf<typeof SENT>;
export type SentStatus = SentRecord['status'];
type DocumentRecord = RowOf<typeof DOCUMENTS>;

/** The whole event, as parsed. Rows that failed to parse are left out here and reported as findings. */
export interface EventModel {
  event: EventSettings;
  guests: Guest[];
  flights: Flight[];
  los: Lo[];
  assignments: Assignment[];
  hotels: Hotel[];
  vehicles: Vehicle[];
  transfers: Transfer[];
  programme: ProgrammeItem[];
  contacts: Contact[];
  checklist: ChecklistTick[];
  checklistItems: CustomChecklistItem[];
  sent: SentRecord[];
  documents: DocumentRecord[];
}

export type Severity = 'error' | 'warning' | 'info';

export const FINDING_CODES = [
  'required', 'invalid_value', 'duplicate_id', 'unknown_ref', 'unknown_airport',
  'be_year', 'formula_error', 'time_order', 'no_arrival_flight',
  'no_departure_flight', 'no_lo', 'lo_conflict', 'vehicle_conflict',
  'language_mismatch', 'hotel_dates', 'no_transfer', 'transfer_time',
  'programme_outside_stay', 'missing_tab', 'missing_column',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  severity: Severity;
  /** Tab name as in the workbook (or the contract's name when the tab is missing). */
  tab: string;
  /** Sheet row number as the sheet shows it; 0 when the finding is about the tab. */
  row: number;
  /** Column key; '' when the finding is about the row or tab. */
  column: string;
  code: FindingCode;
  /** In the user's language (see i18n). */
  message: string;
  /** Both languages, for UIs that switch. */
  message_en: string;
  message_th: string;
}
