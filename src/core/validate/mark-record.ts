/**
 * The record of fills LO Desk replaced with a highlight, so that a fix
 * restores the user's own colour. Each entry is keyed by the contract's tab
 * name, the column key and the ROW'S KEY (never its position): a user who
 * sorts, inserts or deletes rows between runs must not get another cell's
 * colour restored.
 *
 * The row's key is the tab's id column (guest_id, lo_id, …; the Event tab's
 * `key`) when the marked cell is not that id itself and the id is filled in;
 * otherwise a fingerprint of the row's other contract cells. Long keys are
 * hashed so one entry stays small: the record lives in developer metadata,
 * which Google caps (see DEVELOPER_METADATA_CHARS).
 */

export interface FillRecord {
  /** The contract's tab name (not the sheet's, which the user may translate or rename). */
  tab: string;
  /** Column key of the contract. */
  column: string;
  /** The row's key (see rowKeys). */
  key: string;
  /** The user's colour that our highlight replaced ('#rrggbb'). */
  colour: string;
}

/**
 * Google's limit on developer metadata, read strictly: 30,000 characters of
 * keys and values for all the metadata on the spreadsheet together (the
 * Sheets API guide, "Read & write developer metadata", metadata limits).
 * The record is written as ASCII only, so characters, UTF-16 units and bytes
 * are the same count whichever of them Google counts.
 */
export const DEVELOPER_METADATA_CHARS = 30_000;

const VERSION = 1;
const PREFIX = `{"v":${VERSION},"fills":[`;
const SUFFIX = ']}';

/** JSON with every non-ASCII character escaped, so its length is its size in any unit. */
function asciiJson(v: unknown): string {
  return JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function entryText(r: FillRecord): string {
  return asciiJson([r.tab, r.column, r.key, r.colour]);
}

/** Size of the serialised record holding these entries. */
export function recordSize(entries: readonly FillRecord[]): number {
  return PREFIX.length + SUFFIX.length + entries.reduce((n, e, i) => n + entryText(e).length + (i ? 1 : 0), 0);
}

export function serializeRecord(entries: readonly FillRecord[]): string {
  return PREFIX + entries.map(entryText).join(',') + SUFFIX;
}

/** The record from its stored text; a damaged one gives no entries and says so (never a crash). */
export function parseRecord(text: string | null | undefined): { entries: FillRecord[]; problem?: string } {
  if (!text) return { entries: [] };
  try {
    const v = JSON.parse(text) as { v?: unknown; fills?: unknown };
    if (!v || v.v !== VERSION || !Array.isArray(v.fills)) throw new Error('unknown format');
    const entries: FillRecord[] = [];
    for (const e of v.fills) {
      if (Array.isArray(e) && e.length === 4 && e.every((x) => typeof x === 'string')) {
        entries.push({ tab: e[0], column: e[1], key: e[2], colour: e[3] });
      }
    }
    return { entries };
  } catch (err) {
    return { entries: [], problem: `The record of the fills LO Desk replaced could not be read (${(err as Error).message}); highlighted cells are cleared without restoring a colour.` };
  }
}

// ----- row keys -----

/** Two 32-bit FNV-1a hashes with different offsets: 64 bits, enough to tell a tab's rows apart. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

const LONGEST_PLAIN_ID = 40;

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  return String(v).trim();
}

export interface RowKeys {
  /** The key of `column`'s cell in sheet row `row`; null when the row has nothing to key it by. */
  keyAt(row: number, column: string): string | null;
  /** How many rows of the tab have `key` for `column`. */
  count(column: string, key: string): number;
}

/**
 * Keys of every data row of a tab, from its values as read (row 1 is the
 * header; sheet row n is values[n - 1]), over the WHOLE tab, so that a run
 * marking a few rows (onEdit) still knows whether a key is unique.
 */
export function rowKeys(values: readonly (readonly unknown[])[], columns: Readonly<Record<string, number>>, idColumn?: string): RowKeys {
  const idAt = idColumn !== undefined && idColumn in columns ? columns[idColumn] : -1;
  const contract = Object.entries(columns).sort((x, y) => x[1] - y[1]);
  const idKey = (r: number): string | null => {
    if (idAt < 0) return null;
    const id = cellText(values[r - 1]?.[idAt]);
    if (id === '') return null;
    return id.length <= LONGEST_PLAIN_ID ? `=${id}` : `#${hash(id)}`;
  };
  const fingerprint = (r: number, column: string): string | null => {
    const parts = contract.filter(([k]) => k !== column).map(([, c]) => cellText(values[r - 1]?.[c]));
    return parts.some((p) => p !== '') ? `#${hash(parts.join('\u0001'))}` : null;
  };
  const byId = (column: string) => idAt >= 0 && column !== idColumn;
  const keyAt = (row: number, column: string): string | null => {
    if (row < 2 || row > values.length) return null;
    return byId(column) ? idKey(row) ?? fingerprint(row, column) : fingerprint(row, column);
  };
  // Counted per column, lazily: only columns that carry a mark or a record are ever asked about.
  const counts = new Map<string, Map<string, number>>();
  return {
    keyAt,
    count: (column, key) => {
      let m = counts.get(column);
      if (!m) {
        m = new Map();
        for (let r = 2; r <= values.length; r++) {
          const k = keyAt(r, column);
          if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
        }
        counts.set(column, m);
      }
      return m.get(key) ?? 0;
    },
  };
}
