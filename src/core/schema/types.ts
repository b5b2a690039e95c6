/** The shape of the workbook schema: one TabSpec per tab, one ColumnSpec per column. */
import type { EventModel } from '../model';
import type { CellSchema } from './cell-types';
import type { EnumIndex } from './cells';

const TAB_NAMES = [
  'Event', 'Guests', 'Flights', 'LOs', 'Assignments', 'Hotels', 'Vehicles', 'Transfers',
  'Programme', 'Contacts', 'Checklist items', 'Checklist', 'Findings', 'Sent', 'Documents',
] as const;
export type TabName = (typeof TAB_NAMES)[number];

/** Tabs whose rows the model holds (Findings is written, never read back). */
export type ModelKey = Exclude<keyof EventModel, 'event'>;

export type ColumnType =
  | { kind: 'text' }
  /** The tab's own stable id (checked for duplicates, formatted as plain text). */
  | { kind: 'id' }
  /** Comma-separated; `of` says how each item is checked. */
  | { kind: 'list'; of?: 'text' | 'email' | 'language' }
  | { kind: 'email' }
  | { kind: 'phone' }
  | { kind: 'iata' }
  | { kind: 'date' }
  /** Wall time local to the airport named in column `airport`. */
  | { kind: 'datetime-airport'; airport: string }
  /** Wall time in the Event tab's time_zone. */
  | { kind: 'datetime-event' }
  /** An absolute moment written by LO Desk (ISO text or a date cell). */
  | { kind: 'instant' }
  | { kind: 'time' }
  | { kind: 'enum'; values: readonly string[] }
  /** An id of another tab; `many` for a comma-separated list of ids. */
  | { kind: 'ref'; tab: TabName; many?: boolean }
  | { kind: 'number'; min?: number; max?: number; integer?: boolean }
  | { kind: 'boolean' }
  /** An IANA time zone name. */
  | { kind: 'timezone' };

export type CellDefault = string | number | boolean;

interface Bilingual {
  en: string;
  th: string;
}

export interface ColumnSpec {
  key: string;
  type: ColumnType;
  required: boolean;
  /** Value used when the cell is empty (and offered by set-up for Event settings). */
  default?: CellDefault;
  /** The model field, when it differs from the key (depart_local → depart). */
  field?: string;
  label: Bilingual;
  /** Suggested width in pixels for set-up. */
  width: number;
  /** What the contract's tables say about the values, beyond the type. */
  doc?: string;
  /** The zod schema that reads one cell of this column (contract.ts). */
  cell: CellSchema<unknown>;
  /** Enum columns: value and labels → value. */
  enums?: () => EnumIndex;
  /** What the model holds when the cell is empty (a default, '' or []); absent: nothing. */
  empty?: () => unknown;
}

export interface TabSpec {
  name: TabName;
  /** 'table': header row then one record a row; 'keyvalue': the Event tab's key/value rows. */
  layout: 'table' | 'keyvalue';
  /** Written by LO Desk; styled apart by set-up. */
  owned: boolean;
  /** Not created by set-up and not reported when missing. */
  optional: boolean;
  /** Where the model keeps its rows; undefined for Event (model.event) and Findings. */
  modelKey?: ModelKey;
  /** The column holding the tab's stable id, when it has one. */
  idColumn?: string;
  label: Bilingual;
  /** For 'table': the columns. For 'keyvalue': the settings (one row each). */
  columns: ColumnSpec[];
}


