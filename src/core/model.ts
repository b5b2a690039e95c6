/**
 * The typed model of one event workbook, as parsed from its tabs.
 * Every row keeps the sheet row number it came from (`row`, 1-based as the
 * sheet shows it) so findings can point at the cell; identity is always the
 * stable id, never the row.
 *
 * Instants are JavaScript Dates (absolute moments). Wall-clock values keep
 * their zone beside them, so nothing needs to guess which zone a time is in.
 */

export type Lang = 'th' | 'en';

export const PHASES = ['prepare', 'before_arrival', 'arrival', 'stay', 'departure'] as const;
export type Phase = (typeof PHASES)[number];

export const REMINDER_KINDS = [
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

/** A moment that was typed as wall-clock time in a named IANA zone. */
export interface ZonedTime {
  /** The absolute instant. */
  at: Date;
  /** The IANA zone the wall time was written in (airport's or event's). */
  zone: string;
  /** The wall time as typed, normalised: "2026-12-06 14:35". */
  wall: string;
}

export interface EventSettings {
  event_name: string;
  event_name_th?: string;
  host_organisation?: string;
  time_zone: string;
  language: Lang;
  organiser_emails: string[];
  sender_name?: string;
  reply_to?: string;
  airport_lead_minutes: number;
  daily_confirm_time: TimeOfDay;
  digest_time: TimeOfDay;
  lo_gap_minutes: number;
  /** Settings rows the contract does not know, kept as text. */
  extra: Record<string, string>;
}

interface Row {
  /** Sheet row number (1-based, as the sheet shows it). */
  row: number;
}

export interface Guest extends Row {
  guest_id: string;
  honorific?: string;
  given_name: string;
  family_name: string;
  preferred_address?: string;
  position?: string;
  organisation?: string;
  country?: string;
  delegation?: string;
  languages: string[];
  email?: string;
  phone?: string;
  dietary?: Dietary;
  dietary_notes?: string;
  medical_notes?: string;
  accessibility?: string;
  hotel_id?: string;
  room_no?: string;
  check_in?: IsoDate;
  check_out?: IsoDate;
  host_covers?: string;
  notes?: string;
}

export interface Flight extends Row {
  guest_id: string;
  direction: 'arrival' | 'departure';
  flight_no: string;
  from_airport: string;
  to_airport: string;
  /** Local to from_airport. Absent when the airport or the text is unknown. */
  depart?: ZonedTime;
  /** Local to to_airport. */
  arrive?: ZonedTime;
  terminal?: string;
  baggage?: string;
  booking_ref?: string;
  status: 'scheduled' | 'changed' | 'cancelled';
}

export interface Lo extends Row {
  lo_id: string;
  name: string;
  email: string;
  phone: string;
  languages: string[];
  team?: string;
  radio_channel?: string;
  notes?: string;
}

export interface Assignment extends Row {
  guest_id: string;
  lo_id: string;
  role: 'primary' | 'backup';
  from?: IsoDate;
  to?: IsoDate;
  notes?: string;
}

export interface Hotel extends Row {
  hotel_id: string;
  name: string;
  address?: string;
  phone?: string;
  contact_name?: string;
  contact_phone?: string;
  contact_email?: string;
  check_in_time?: TimeOfDay;
  check_out_time?: TimeOfDay;
  breakfast?: string;
  wifi?: string;
  key_card?: string;
  welcome_protocol?: string;
  billing_notes?: string;
}

export interface Vehicle extends Row {
  vehicle_id: string;
  plate: string;
  type?: string;
  seats?: number;
  driver_name: string;
  driver_phone: string;
  notes?: string;
}

export interface Transfer extends Row {
  transfer_id: string;
  guest_ids: string[];
  vehicle_id?: string;
  /** In the event's zone. */
  pickup?: ZonedTime;
  from_place: string;
  to_place: string;
  purpose?: 'arrival' | 'departure' | 'programme' | 'private';
  flight_no?: string;
  notes?: string;
}

export interface ProgrammeItem extends Row {
  item_id: string;
  starts?: ZonedTime;
  ends?: ZonedTime;
  title: string;
  title_th?: string;
  venue: string;
  dress_code?: string;
  /** Empty means every guest; else guest ids and delegation names. */
  audience: string[];
  kind: 'official' | 'private';
  notes?: string;
}

export interface Contact extends Row {
  role: string;
  name: string;
  phone: string;
  email?: string;
  organisation?: string;
  notes?: string;
}

export interface ChecklistTick extends Row {
  guest_id: string;
  phase: Phase;
  item_id: string;
  done: boolean;
  done_by?: string;
  done_at?: Date;
  note?: string;
}

export interface CustomChecklistItem extends Row {
  phase: Phase;
  text_en: string;
  text_th?: string;
}

export type SentStatus = 'sent' | 'uncertain' | 'failed' | 'deferred' | 'claimed';

export interface SentRecord extends Row {
  key: string;
  kind: string;
  recipient: string;
  subject: string;
  fingerprint: string;
  status: SentStatus;
  at?: Date;
  /** Why a send failed or was deferred, when the sender recorded it (shown in the organisers' digest). */
  reason?: string;
}

export interface DocumentRecord extends Row {
  kind: string;
  subject: string;
  url: string;
  fingerprint: string;
  generated_at?: Date;
  /** Stable identity of the document ("lo_brief:LO3"), so a renamed subject updates the same document. */
  key?: string;
}

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
