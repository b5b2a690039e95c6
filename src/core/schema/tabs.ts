/**
 * The tabs as set-up, the header matcher and the parser walk them: the contract's
 * declarations (contract.ts) in workbook order, each column with its bilingual
 * label and help text from the i18n `schema` domain and its width.
 */
import { lookup } from '../i18n';
import {
  ASSIGNMENTS, CHECKLIST, CHECKLIST_ITEMS, CONTACTS, DOCUMENTS, EVENT_HEADER as EVENT_HEADER_COLUMNS, EVENT_SETTINGS,
  DEFAULT_ZONE, FINDINGS, FLIGHTS, GUESTS, HOTELS, LOS, PROGRAMME, SENT, TRANSFERS, VEHICLES, type Column,
} from './contract';
import type { ColumnSpec, ColumnType, TabName, TabSpec, ModelKey } from './types';



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

/** The model's value of a column's default: its cell text read by the column's own schema, once. */
function defaultOf(c: Column): () => unknown {
  const res = c.cell.schema.safeParse({ raw: c.default, ctx: { sheetZone: DEFAULT_ZONE, eventZone: DEFAULT_ZONE }, enums: c.cell.enums?.() });
  if (!res.success || res.data === undefined) throw new Error(`the contract's default ${String(c.default)} does not read as its column`);
  const value = res.data.value;
  const frozen = typeof value === 'object' && value !== null ? Object.freeze(value) : value;
  return () => frozen;
}

function columnsOf(tab: TabName, columns: Record<string, Column>): ColumnSpec[] {
  return Object.entries(columns).map(([field, c]) => {
    const key = c.key ?? field;
    const k = `schema.${tab}.${key}`;
    const t = c.cell;
    return {
      key,
      type: t.type,
      required: c.required,
      ...(c.default !== undefined ? { default: c.default } : {}),
      ...(field !== key ? { field } : {}),
      label: { en: lookup('en', k) ?? key, th: lookup('th', k) ?? key },
      width: c.width ?? widthFor(t.type, key),
      ...(c.doc ? { doc: c.doc } : {}),
      cell: t.schema,
      ...(t.enums ? { enums: t.enums } : {}),
      ...(c.default !== undefined ? { empty: defaultOf(c) } : c.blank !== undefined ? { empty: () => c.blank } : t.empty ? { empty: t.empty } : {}),
    };
  });
}

function tab(
  name: TabName,
  columns: Record<string, Column>,
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
    columns: columnsOf(name, columns),
  };
}

/** The Event tab's own two columns (its settings are its `columns`). */
export const EVENT_HEADER: ColumnSpec[] = columnsOf('Event', EVENT_HEADER_COLUMNS);

export const TABS: readonly TabSpec[] = [
  tab('Event', EVENT_SETTINGS, { layout: 'keyvalue' }),
  tab('Guests', GUESTS, { modelKey: 'guests', idColumn: 'guest_id' }),
  tab('Flights', FLIGHTS, { modelKey: 'flights' }),
  tab('LOs', LOS, { modelKey: 'los', idColumn: 'lo_id' }),
  tab('Assignments', ASSIGNMENTS, { modelKey: 'assignments' }),
  tab('Hotels', HOTELS, { modelKey: 'hotels', idColumn: 'hotel_id' }),
  tab('Vehicles', VEHICLES, { modelKey: 'vehicles', idColumn: 'vehicle_id' }),
  tab('Transfers', TRANSFERS, { modelKey: 'transfers', idColumn: 'transfer_id' }),
  tab('Programme', PROGRAMME, { modelKey: 'programme', idColumn: 'item_id' }),
  tab('Contacts', CONTACTS, { modelKey: 'contacts' }),
  tab('Checklist items', CHECKLIST_ITEMS, { modelKey: 'checklistItems', optional: true }),
  tab('Checklist', CHECKLIST, { modelKey: 'checklist', owned: true }),
  tab('Findings', FINDINGS, { owned: true }),
  tab('Sent', SENT, { modelKey: 'sent', owned: true }),
  tab('Documents', DOCUMENTS, { modelKey: 'documents', owned: true }),
];

const BY_NAME = new Map<string, TabSpec>(TABS.map((s) => [s.name, s]));

/** The spec of a tab by its contract name. */
export function tabSpec(name: TabName): TabSpec {
  return BY_NAME.get(name)!;
}

/** Position of each tab in the contract order (for sorting findings). */
export const TAB_ORDER: ReadonlyMap<string, number> = new Map(TABS.map((s, i) => [s.name, i]));

/** Column spec by tab and key. */
export function columnSpec(tabName: TabName, key: string): ColumnSpec | undefined {
  const s = BY_NAME.get(tabName);
  if (!s) return undefined;
  if (s.layout === 'keyvalue') return s.columns.find((c) => c.key === key) ?? EVENT_HEADER.find((c) => c.key === key);
  return s.columns.find((c) => c.key === key);
}
