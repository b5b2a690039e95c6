/**
 * The workbook contract, declared once (docs/CONTRACT.md §1 is made from it): each
 * tab's columns in order, as zod cell schemas (cell-types.ts) that do the parsing,
 * with what is required and every default. The model's row types are inferred from
 * these declarations (model.ts), set-up and the header matcher read them through
 * tabs.ts, and the README's and CONTRACT.md's column tables are made from them
 * (docs-tables.ts). Labels and help texts come from the i18n `schema` domain by key.
 */
import { lookup } from '../i18n';
import { DIETARY, LANGS, PHASES } from '../model';
import type { Zone } from '../time/zones';
import * as cell from './cell-types';
import type { CellType } from './cell-types';
import type { CellDefault } from './types';

/** One column of a tab, keyed in its tab by the model's field name. */
export interface Column<T = unknown, M = unknown, P extends boolean = boolean> {
  cell: CellType<T, M, boolean>;
  required: boolean;
  /** The cell text used when the cell is empty (and offered by set-up for Event settings); read by `cell`. */
  default?: CellDefault;
  /** What the model holds for an empty cell when there is no default ('' for LO Desk's own log tabs). */
  blank?: M;
  /** The sheet's column key, when it differs from the field (depart_local → depart). */
  key?: string;
  /** Width in pixels for set-up, when the type's usual width does not fit. */
  width?: number;
  /** What the contract's tables say about the values, beyond the type. */
  doc?: string;
  /** Phantom: the model always has this field. */
  readonly present?: P;
}

type Opts = { key?: string; width?: number; doc?: string };

/** A required column: a row without a readable value is left out of the model. */
function need<T, M>(c: CellType<T, M, boolean>, o: Opts = {}): Column<T, M, true> {
  return { cell: c, required: true, ...o };
}

/** A required date-time: a row keeps its other cells when the time is unreadable, so the model may lack it. */
function needTime<T, M>(c: CellType<T, M, boolean>, o: Opts = {}): Column<T, M, false> {
  return { cell: c, required: true, ...o };
}

/** An optional column; lists are always present ([] when empty). */
function may<T, M, P extends boolean>(c: CellType<T, M, P>, o: Opts = {}): Column<T, M, P> {
  return { cell: c, required: false, ...o };
}

/** An optional column with a default, written as a cell would hold it (the column's schema reads it). */
function withDefault<T, M>(c: CellType<T, M, boolean>, value: CellDefault, o: Opts = {}): Column<T, M, true> {
  return { cell: c, required: false, default: value, ...o };
}

/**
 * An optional checkbox, unticked (FALSE) when empty. The model's type keeps it optional,
 * so a row built in code without it reads as unticked.
 */
function unticked(o: Opts = {}): Column<boolean, boolean, false> {
  return { cell: cell.boolean(), required: false, default: false, ...o };
}

/** An optional text column the model holds as '' when empty. */
function orBlank(c: CellType<string>, o: Opts = {}): Column<string, string, true> {
  return { cell: c, required: false, blank: '', ...o };
}

function labels(group: string): (v: string) => string[] {
  return (v) => [lookup('en', `schema.enum.${group}.${v}`) ?? '', lookup('th', `schema.enum.${group}.${v}`) ?? ''];
}

const FLIGHT_STATUS = ['scheduled', 'changed', 'cancelled'] as const;
const SENT_STATUS = ['sent', 'uncertain', 'failed', 'deferred', 'claimed'] as const;
const TRANSFER_PURPOSES = ['arrival', 'departure', 'programme', 'private'] as const;

/** The zone an event without a usable `time_zone` setting (or a sheet without one) is read in. */
export const DEFAULT_ZONE = 'Asia/Bangkok' as Zone;

const text = cell.text();
const notes = cell.text(true);
const id = cell.id();
const date = cell.date();
const time = cell.time();
const email = cell.email();
const phone = cell.phone();
const iata = cell.iata();
const eventTime = cell.eventTime();
const instant = cell.instant();
const minutes = cell.number({ min: 0, max: 1440, integer: true });

/** The Event tab: one setting a row (key, value). */
export const EVENT_SETTINGS = {
  event_name: { ...need(text), blank: '' },
  event_name_th: may(text),
  host_organisation: may(text),
  time_zone: withDefault(cell.timezone(DEFAULT_ZONE), DEFAULT_ZONE),
  language: withDefault(cell.oneOf(LANGS, labels('language')), 'th'),
  organiser_emails: may(cell.list('email')),
  sender_name: may(text),
  reply_to: may(email),
  airport_lead_minutes: withDefault(minutes, 60),
  daily_confirm_time: withDefault(cell.clock(), '18:00'),
  digest_time: withDefault(cell.clock(), '08:00'),
  lo_gap_minutes: withDefault(minutes, 120),
};

/** The Event tab's own two columns. */
export const EVENT_HEADER = {
  key: may(text, { width: 220 }),
  value: may(text, { width: 320 }),
};

export const GUESTS = {
  guest_id: need(id),
  honorific: may(text),
  given_name: need(text),
  family_name: need(text),
  preferred_address: may(text),
  position: may(text),
  organisation: may(text),
  country: may(text),
  delegation: may(text),
  languages: may(cell.list('language')),
  email: may(email),
  phone: may(phone),
  dietary: may(cell.oneOf(DIETARY, labels('dietary'))),
  dietary_notes: may(notes),
  // Each sensitive note goes to hotels, drivers and caterers only when its box is ticked
  // (documents/need-to-know.ts): a guest may let the kitchen know an allergy and keep a diagnosis private.
  share_dietary_notes: unticked(),
  medical_notes: may(notes),
  share_medical_notes: unticked(),
  accessibility: may(text),
  share_accessibility: unticked(),
  hotel_id: may(cell.ref('Hotels')),
  room_no: may(text, { width: 90 }),
  check_in: may(date),
  check_out: may(date),
  host_covers: may(text),
  notes: may(notes),
};

export const FLIGHTS = {
  guest_id: need(cell.ref('Guests')),
  direction: need(cell.oneOf(['arrival', 'departure'] as const, labels('direction'))),
  flight_no: need(text, { width: 100 }),
  from_airport: need(iata),
  to_airport: need(iata),
  depart: needTime(cell.airportTime('from_airport'), { key: 'depart_local' }),
  arrive: needTime(cell.airportTime('to_airport'), { key: 'arrive_local' }),
  terminal: may(text, { width: 90 }),
  baggage: may(text),
  booking_ref: may(text, { width: 110 }),
  status: withDefault(cell.oneOf(FLIGHT_STATUS, labels('status')), 'scheduled'),
};

export const LOS = {
  lo_id: need(id),
  name: need(text),
  email: need(cell.email({ keepTyped: true })),
  phone: need(phone),
  languages: need(cell.list('language')),
  team: may(text),
  radio_channel: may(text, { width: 100 }),
  notes: may(notes),
};

export const ASSIGNMENTS = {
  guest_id: need(cell.ref('Guests')),
  lo_id: need(cell.ref('LOs')),
  role: withDefault(cell.oneOf(['primary', 'backup'] as const, labels('role')), 'primary'),
  from: may(date),
  to: may(date),
  notes: may(notes),
};

export const HOTELS = {
  hotel_id: need(id),
  name: need(text),
  address: may(text),
  phone: may(phone),
  contact_name: may(text),
  contact_phone: may(phone),
  contact_email: may(email),
  check_in_time: may(time),
  check_out_time: may(time),
  breakfast: may(text),
  wifi: may(text),
  key_card: may(text),
  welcome_protocol: may(text),
  billing_notes: may(notes),
};

export const VEHICLES = {
  vehicle_id: need(id),
  plate: need(text, { width: 110 }),
  type: may(text, { width: 110 }),
  seats: may(cell.number({ min: 1, max: 100, integer: true })),
  driver_name: need(text),
  driver_phone: need(phone),
  notes: may(notes),
};

export const TRANSFERS = {
  transfer_id: need(id),
  guest_ids: need(cell.refs('Guests')),
  vehicle_id: may(cell.ref('Vehicles')),
  pickup: needTime(eventTime, { key: 'pickup_at' }),
  from_place: need(text),
  to_place: need(text),
  purpose: may(cell.oneOf(TRANSFER_PURPOSES, labels('purpose'))),
  flight_no: may(text, { width: 100 }),
  notes: may(notes),
};

export const PROGRAMME = {
  item_id: need(id),
  starts: needTime(eventTime, { key: 'starts_at' }),
  ends: needTime(eventTime, { key: 'ends_at' }),
  title: need(text, { width: 220 }),
  title_th: may(text, { width: 220 }),
  venue: need(text),
  dress_code: may(text),
  audience: may(cell.list(), { doc: 'empty or `all` = every guest; else a list of guest_ids and delegations' }),
  kind: withDefault(cell.oneOf(['official', 'private'] as const, labels('kind')), 'official'),
  notes: may(notes),
};

export const CONTACTS = {
  role: need(text),
  name: need(text),
  phone: need(phone),
  email: may(email),
  organisation: may(text),
  notes: may(notes),
};

export const CHECKLIST_ITEMS = {
  phase: need(cell.oneOf(PHASES, labels('phase'))),
  text_en: need(text, { width: 320 }),
  text_th: may(text, { width: 320 }),
};

export const CHECKLIST = {
  guest_id: need(cell.ref('Guests')),
  phase: need(cell.oneOf(PHASES, labels('phase'))),
  item_id: need(text),
  done: withDefault(cell.boolean(), false),
  done_by: may(text, { width: 200 }),
  done_at: may(instant),
  note: may(notes),
};

export const FINDINGS = {
  severity: may(cell.oneOf(['error', 'warning', 'info'] as const, labels('severity'))),
  tab: may(text, { width: 120 }),
  row: may(cell.number({ min: 0, integer: true }), { width: 60 }),
  column: may(text, { width: 140 }),
  code: may(text, { width: 170 }),
  message: may(text, { width: 520 }),
};

export const SENT = {
  key: need(text, { width: 260 }),
  kind: orBlank(text, { width: 140 }),
  recipient: orBlank(text, { width: 200 }),
  subject: orBlank(text, { width: 300 }),
  fingerprint: orBlank(text, { width: 120 }),
  status: withDefault(cell.oneOf(SENT_STATUS, labels('status')), 'sent'),
  at: may(instant),
  /** Why a send failed or was deferred, when the sender recorded it (shown in the organisers' digest). */
  reason: may(text, { width: 260 }),
};

export const DOCUMENTS = {
  kind: need(text, { width: 140 }),
  subject: orBlank(text, { width: 200 }),
  url: orBlank(text, { width: 320 }),
  fingerprint: orBlank(text, { width: 120 }),
  generated_at: may(instant),
  /** Stable identity of the document ("lo_brief:LO3"), so a renamed subject updates the same document. */
  key: may(text, { width: 200 }),
};

// ---------------------------------------------------------------- the model's types, inferred

type Columns = Record<string, Column>;
type ModelOf<C> = C extends Column<unknown, infer M> ? M : never;
type PresentKeys<C extends Columns> = { [K in keyof C]: C[K] extends Column<unknown, unknown, true> ? K : never }[keyof C];
type Flat<T> = { [K in keyof T]: T[K] };

/** The fields a tab's columns give: always-present ones plain, the others optional. */
export type FieldsOf<C extends Columns> = Flat<
  { [K in PresentKeys<C>]: ModelOf<C[K]> } & { [K in Exclude<keyof C, PresentKeys<C>>]?: ModelOf<C[K]> }
>;

/** A row of a table tab: its fields and the sheet row it came from (1-based, as the sheet shows it). */
export type RowOf<C extends Columns> = Flat<{ row: number } & FieldsOf<C>>;
