/**
 * Finding tabs by name and columns by header (CONTRACT.md §1): a header matches a
 * column when it equals its key, English label or Thai label, ignoring case,
 * spaces, `_` and `-`. Order is free; unknown headers are someone else's columns.
 */
import { headerKey, cleanText } from '../text';
import { EVENT_HEADER, TABS } from './tabs';
import type { ColumnSpec, TabSpec } from './types';

function namesOf(c: { key: string; label: { en: string; th: string } }): string[] {
  return [c.key, c.label.en, c.label.th];
}

function indexNames(columns: readonly ColumnSpec[]): Map<string, string> {
  const m = new Map<string, string>();
  // Keys first so that a key always wins over another column's label.
  for (const c of columns) m.set(headerKey(c.key), c.key);
  for (const c of columns) for (const n of namesOf(c)) if (!m.has(headerKey(n))) m.set(headerKey(n), c.key);
  return m;
}

const COLUMN_NAMES = new Map<string, Map<string, string>>(
  TABS.map((s) => [s.name, indexNames(s.layout === 'keyvalue' ? EVENT_HEADER : s.columns)]),
);
/** Setting names of the Event tab (key, English, Thai) → setting key. */
export const SETTING_NAMES: Map<string, string> = indexNames(TABS[0].columns);

const TAB_NAMES = new Map<string, string>();
for (const s of TABS) for (const n of [s.name, s.label.en, s.label.th]) if (!TAB_NAMES.has(headerKey(n))) TAB_NAMES.set(headerKey(n), s.name);

/** The contract tab a sheet name stands for, or undefined for a sheet of the user's own. */
export function tabForSheetName(sheetName: string): string | undefined {
  return TAB_NAMES.get(headerKey(String(sheetName ?? '')));
}

interface HeaderDuplicate {
  key: string;
  header: string;
  /** 0-based column indexes: the one read and the one ignored. */
  first: number;
  other: number;
}

export interface HeaderMatch {
  /** Column key → 0-based column index. */
  columns: Record<string, number>;
  /** Keys of the spec with no matching header, in spec order. */
  missing: string[];
  duplicates: HeaderDuplicate[];
}

/** Matches a header row against a tab's columns (for Event: its key/value header). */
export function matchHeaders(spec: TabSpec, header: readonly unknown[]): HeaderMatch {
  const names = COLUMN_NAMES.get(spec.name)!;
  const columns: Record<string, number> = {};
  const duplicates: HeaderDuplicate[] = [];
  const cells = Array.isArray(header) ? header : [];
  for (let i = 0; i < cells.length; i++) {
    const h = cells[i];
    if (typeof h !== 'string' || h === '') continue;
    const key = names.get(headerKey(h));
    if (key === undefined) continue;
    if (key in columns) duplicates.push({ key, header: cleanText(h), first: columns[key], other: i });
    else columns[key] = i;
  }
  const all = spec.layout === 'keyvalue' ? EVENT_HEADER : spec.columns;
  const missing = all.filter((c) => !(c.key in columns)).map((c) => c.key);
  return { columns, missing, duplicates };
}

/** Where the Event tab's setting names and values are, and the first row that may hold a setting (0-based). */
export function eventColumns(spec: TabSpec, values: readonly unknown[][]): { keyCol: number; valueCol: number; first: number } {
  const m = matchHeaders(spec, values[0] ?? []);
  let keyCol = m.columns.key;
  let valueCol = m.columns.value;
  let first = 1;
  if (keyCol === undefined) {
    // No key/value header: read columns A and B, and row 1 may already be a setting.
    keyCol = valueCol !== undefined && valueCol > 0 ? valueCol - 1 : 0;
    first = 0;
  }
  if (valueCol === undefined) valueCol = keyCol + 1;
  return { keyCol, valueCol, first };
}
