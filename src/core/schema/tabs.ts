/**
 * The schema of every tab (CONTRACT.md §1). Keys, order and required marks are the
 * contract; labels and help texts come from the i18n `schema` domain.
 */
import { DIETARY, PHASES } from '../model';
import { lookup } from '../i18n';
import type { ColumnSpec, ColumnType, CellDefault, TabName, TabSpec, ModelKey } from './types';

interface ColOpts {
  required?: boolean;
  default?: CellDefault;
  field?: string;
  width?: number;
}

function widthFor(type: ColumnType, key: string): number {
  if (key.endsWith('notes') || key === 'note' || key === 'message' || key === 'address') return 260;
  switch (type.kind) {
    case 'id': case 'iata': case 'boolean': case 'number': case 'time': return 90;
    case 'ref': return type.many ? 140 : 90;
    case 'date': return 110;
    case 'datetime-airport': case 'datetime-event': case 'instant': return 150;
    case 'enum': return 120;
    case 'email': return 200;
    case 'phone': return 150;
    default: return 160;
  }
}

function col(tab: TabName, key: string, type: ColumnType, o: ColOpts = {}): ColumnSpec {
  const k = `schema.${tab}.${key}`;
  return {
    key,
    type,
    required: o.required ?? false,
    ...(o.default !== undefined ? { default: o.default } : {}),
    ...(o.field ? { field: o.field } : {}),
    label: { en: lookup('en', k) ?? key, th: lookup('th', k) ?? key },
    help: { en: lookup('en', `${k}.help`) ?? '', th: lookup('th', `${k}.help`) ?? '' },
    width: o.width ?? widthFor(type, key),
  };
}

const R = { required: true };
const text: ColumnType = { kind: 'text' };
const id: ColumnType = { kind: 'id' };
const date: ColumnType = { kind: 'date' };
const time: ColumnType = { kind: 'time' };
const email: ColumnType = { kind: 'email' };
const phone: ColumnType = { kind: 'phone' };
const list: ColumnType = { kind: 'list' };
const languages: ColumnType = { kind: 'list', of: 'language' };
const eventTime: ColumnType = { kind: 'datetime-event' };
const instant: ColumnType = { kind: 'instant' };
const ref = (tab: TabName, many = false): ColumnType => ({ kind: 'ref', tab, ...(many ? { many } : {}) });
const oneOf = (values: readonly string[]): ColumnType => ({ kind: 'enum', values });
const minutes: ColumnType = { kind: 'number', min: 0, max: 1440, integer: true };

function tab(
  name: TabName,
  columns: (t: TabName) => ColumnSpec[],
  o: { owned?: boolean; optional?: boolean; modelKey?: ModelKey; idColumn?: string; layout?: 'table' | 'keyvalue' } = {},
): TabSpec {
  return {
    name,
    layout: o.layout ?? 'table',
    owned: o.owned ?? false,
    optional: o.optional ?? false,
    ...(o.modelKey ? { modelKey: o.modelKey } : {}),
    ...(o.idColumn ? { idColumn: o.idColumn } : {}),
    label: { en: lookup('en', `schema.tab.${name}`) ?? name, th: lookup('th', `schema.tab.${name}`) ?? name },
    columns: columns(name),
  };
}

export const FLIGHT_STATUS = ['scheduled', 'changed', 'cancelled'] as const;
export const SENT_STATUS = ['sent', 'uncertain', 'failed', 'deferred', 'claimed'] as const;
export const TRANSFER_PURPOSES = ['arrival', 'departure', 'programme', 'private'] as const;

/** The Event tab's own two columns (its settings are its `columns`). */
export const EVENT_HEADER: ColumnSpec[] = [col('Event', 'key', text, { width: 220 }), col('Event', 'value', text, { width: 320 })];

export const TABS: readonly TabSpec[] = [
  tab('Event', (t) => [
    col(t, 'event_name', text, R),
    col(t, 'event_name_th', text),
    col(t, 'host_organisation', text),
    col(t, 'time_zone', { kind: 'timezone' }, { default: 'Asia/Bangkok' }),
    col(t, 'language', oneOf(['th', 'en']), { default: 'th' }),
    col(t, 'organiser_emails', { kind: 'list', of: 'email' }),
    col(t, 'sender_name', text),
    col(t, 'reply_to', email),
    col(t, 'airport_lead_minutes', minutes, { default: 60 }),
    col(t, 'daily_confirm_time', time, { default: '18:00' }),
    col(t, 'digest_time', time, { default: '08:00' }),
    col(t, 'lo_gap_minutes', minutes, { default: 120 }),
  ], { layout: 'keyvalue' }),
  tab('Guests', (t) => [
    col(t, 'guest_id', id, R),
    col(t, 'honorific', text),
    col(t, 'given_name', text, R),
    col(t, 'family_name', text, R),
    col(t, 'preferred_address', text),
    col(t, 'position', text),
    col(t, 'organisation', text),
    col(t, 'country', text),
    col(t, 'delegation', text),
    col(t, 'languages', languages),
    col(t, 'email', email),
    col(t, 'phone', phone),
    col(t, 'dietary', oneOf(DIETARY)),
    col(t, 'dietary_notes', text),
    col(t, 'medical_notes', text),
    col(t, 'accessibility', text),
    col(t, 'hotel_id', ref('Hotels')),
    col(t, 'room_no', text, { width: 90 }),
    col(t, 'check_in', date),
    col(t, 'check_out', date),
    col(t, 'host_covers', text),
    col(t, 'notes', text),
  ], { modelKey: 'guests', idColumn: 'guest_id' }),
  tab('Flights', (t) => [
    col(t, 'guest_id', ref('Guests'), R),
    col(t, 'direction', oneOf(['arrival', 'departure']), R),
    col(t, 'flight_no', text, { required: true, width: 100 }),
    col(t, 'from_airport', { kind: 'iata' }, R),
    col(t, 'to_airport', { kind: 'iata' }, R),
    col(t, 'depart_local', { kind: 'datetime-airport', airport: 'from_airport' }, { required: true, field: 'depart' }),
    col(t, 'arrive_local', { kind: 'datetime-airport', airport: 'to_airport' }, { required: true, field: 'arrive' }),
    col(t, 'terminal', text, { width: 90 }),
    col(t, 'baggage', text),
    col(t, 'booking_ref', text, { width: 110 }),
    col(t, 'status', oneOf(FLIGHT_STATUS), { default: 'scheduled' }),
  ], { modelKey: 'flights' }),
  tab('LOs', (t) => [
    col(t, 'lo_id', id, R),
    col(t, 'name', text, R),
    col(t, 'email', email, R),
    col(t, 'phone', phone, R),
    col(t, 'languages', languages, R),
    col(t, 'team', text),
    col(t, 'radio_channel', text, { width: 100 }),
    col(t, 'notes', text),
  ], { modelKey: 'los', idColumn: 'lo_id' }),
  tab('Assignments', (t) => [
    col(t, 'guest_id', ref('Guests'), R),
    col(t, 'lo_id', ref('LOs'), R),
    col(t, 'role', oneOf(['primary', 'backup']), { default: 'primary' }),
    col(t, 'from', date),
    col(t, 'to', date),
    col(t, 'notes', text),
  ], { modelKey: 'assignments' }),
  tab('Hotels', (t) => [
    col(t, 'hotel_id', id, R),
    col(t, 'name', text, R),
    col(t, 'address', text),
    col(t, 'phone', phone),
    col(t, 'contact_name', text),
    col(t, 'contact_phone', phone),
    col(t, 'contact_email', email),
    col(t, 'check_in_time', time),
    col(t, 'check_out_time', time),
    col(t, 'breakfast', text),
    col(t, 'wifi', text),
    col(t, 'key_card', text),
    col(t, 'welcome_protocol', text),
    col(t, 'billing_notes', text),
  ], { modelKey: 'hotels', idColumn: 'hotel_id' }),
  tab('Vehicles', (t) => [
    col(t, 'vehicle_id', id, R),
    col(t, 'plate', text, { required: true, width: 110 }),
    col(t, 'type', text, { width: 110 }),
    col(t, 'seats', { kind: 'number', min: 1, max: 100, integer: true }),
    col(t, 'driver_name', text, R),
    col(t, 'driver_phone', phone, R),
    col(t, 'notes', text),
  ], { modelKey: 'vehicles', idColumn: 'vehicle_id' }),
  tab('Transfers', (t) => [
    col(t, 'transfer_id', id, R),
    col(t, 'guest_ids', ref('Guests', true), R),
    col(t, 'vehicle_id', ref('Vehicles')),
    col(t, 'pickup_at', eventTime, { required: true, field: 'pickup' }),
    col(t, 'from_place', text, R),
    col(t, 'to_place', text, R),
    col(t, 'purpose', oneOf(TRANSFER_PURPOSES)),
    col(t, 'flight_no', text, { width: 100 }),
    col(t, 'notes', text),
  ], { modelKey: 'transfers', idColumn: 'transfer_id' }),
  tab('Programme', (t) => [
    col(t, 'item_id', id, R),
    col(t, 'starts_at', eventTime, { required: true, field: 'starts' }),
    col(t, 'ends_at', eventTime, { required: true, field: 'ends' }),
    col(t, 'title', text, { required: true, width: 220 }),
    col(t, 'title_th', text, { width: 220 }),
    col(t, 'venue', text, R),
    col(t, 'dress_code', text),
    col(t, 'audience', list),
    col(t, 'kind', oneOf(['official', 'private']), { default: 'official' }),
    col(t, 'notes', text),
  ], { modelKey: 'programme', idColumn: 'item_id' }),
  tab('Contacts', (t) => [
    col(t, 'role', text, R),
    col(t, 'name', text, R),
    col(t, 'phone', phone, R),
    col(t, 'email', email),
    col(t, 'organisation', text),
    col(t, 'notes', text),
  ], { modelKey: 'contacts' }),
  tab('Checklist items', (t) => [
    col(t, 'phase', oneOf(PHASES), R),
    col(t, 'text_en', text, { required: true, width: 320 }),
    col(t, 'text_th', text, { width: 320 }),
  ], { modelKey: 'checklistItems', optional: true }),
  tab('Checklist', (t) => [
    col(t, 'guest_id', ref('Guests'), R),
    col(t, 'phase', oneOf(PHASES), R),
    col(t, 'item_id', text, R),
    col(t, 'done', { kind: 'boolean' }, { default: false }),
    col(t, 'done_by', text, { width: 200 }),
    col(t, 'done_at', instant),
    col(t, 'note', text),
  ], { modelKey: 'checklist', owned: true }),
  tab('Findings', (t) => [
    col(t, 'severity', oneOf(['error', 'warning', 'info'])),
    col(t, 'tab', text, { width: 120 }),
    col(t, 'row', { kind: 'number', min: 0, integer: true }, { width: 60 }),
    col(t, 'column', text, { width: 140 }),
    col(t, 'code', text, { width: 170 }),
    col(t, 'message', text, { width: 520 }),
  ], { owned: true }),
  tab('Sent', (t) => [
    col(t, 'key', text, { required: true, width: 260 }),
    col(t, 'kind', text, { width: 140 }),
    col(t, 'recipient', text, { width: 200 }),
    col(t, 'subject', text, { width: 300 }),
    col(t, 'fingerprint', text, { width: 120 }),
    col(t, 'status', oneOf(SENT_STATUS), { default: 'sent' }),
    col(t, 'at', instant),
    col(t, 'reason', text, { width: 260 }),
  ], { modelKey: 'sent', owned: true }),
  tab('Documents', (t) => [
    col(t, 'kind', text, { required: true, width: 140 }),
    col(t, 'subject', text, { width: 200 }),
    col(t, 'url', text, { width: 320 }),
    col(t, 'fingerprint', text, { width: 120 }),
    col(t, 'generated_at', instant),
    col(t, 'key', text, { width: 200 }),
  ], { modelKey: 'documents', owned: true }),
];

const BY_NAME = new Map<string, TabSpec>(TABS.map((s) => [s.name, s]));

/** The spec of a tab by its contract name. */
export function tabSpec(name: TabName): TabSpec {
  return BY_NAME.get(name)!;
}

/** Contract names of the tabs LO Desk writes. */
export const OWNED_TABS: readonly TabName[] = TABS.filter((s) => s.owned).map((s) => s.name);

/** Contract names of the tabs organisers fill. */
export const INPUT_TABS: readonly TabName[] = TABS.filter((s) => !s.owned).map((s) => s.name);

/** Position of each tab in the contract order (for sorting findings). */
export const TAB_ORDER: ReadonlyMap<string, number> = new Map(TABS.map((s, i) => [s.name, i]));

/** Column spec by tab and key. */
export function columnSpec(tabName: TabName, key: string): ColumnSpec | undefined {
  const s = BY_NAME.get(tabName);
  if (!s) return undefined;
  if (s.layout === 'keyvalue') return s.columns.find((c) => c.key === key) ?? EVENT_HEADER.find((c) => c.key === key);
  return s.columns.find((c) => c.key === key);
}
