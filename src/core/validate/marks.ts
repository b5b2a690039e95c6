/**
 * Validation marks, planned as data: given the notes and fills of the cells
 * concerned, the findings and the record of fills LO Desk replaced, which
 * cells change and how. The add-on writes exactly these and nothing else.
 *
 * Notes. Our lines start with NOTE_MARK, one line per finding, and form one
 * block at the end of the note, after the user's text and one "\n". Every
 * other line is the user's and is kept byte for byte, whether it stood before
 * or after our block; a mark is added once, replaced when it changes and
 * removed when fixed.
 *
 * Fills. A highlight over the user's own colour records that colour (keyed by
 * the row's key, see mark-record.ts) and restores it on fix; over no fill it
 * needs no record and the fix restores NO fill (never white). A cell whose
 * colour is no longer ours was re-coloured by the user: it is left as it is
 * and its record dropped. When a colour cannot be recorded (no room, no key),
 * it is not replaced: the note alone marks the cell.
 */
import type { Severity } from '../model';
import { type FillRecord, type RowKeys, entryText, recordSize } from './mark-record';

/** Notes LO Desk writes start with this, so the user's own lines are told apart and kept. */
export const NOTE_MARK = 'LO Desk ▸ ';

export const HIGHLIGHT: Record<Severity, string> = { error: '#f4c7c3', warning: '#fce8b2', info: '#d2e3fc' };
const OURS = new Set(Object.values(HIGHLIGHT));
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CellState {
  /** Sheet row (1-based). */
  row: number;
  /** 0-based column. */
  col: number;
  note: string;
  /** As getBackgrounds gives it: '#ffffff' (or null) is no fill. */
  background: string | null;
}

export interface CellFinding {
  row: number;
  col: number;
  severity: Severity;
  code: string;
  message: string;
}

export interface TabMarks {
  /** The contract's tab name: records are keyed by it. */
  tab: string;
  /** The contract's columns present in the sheet: key → 0-based column. Only these are ever marked. */
  columns: Readonly<Record<string, number>>;
  /** Every cell of those columns in the rows concerned (all data rows, or the edited ones). */
  cells: readonly CellState[];
  /** Findings placed on cells among `cells`. */
  findings: readonly CellFinding[];
  keys: RowKeys;
}

export interface CellChange {
  row: number;
  col: number;
  /** The note to write ('' clears it); absent: the note stays. */
  note?: string;
  /** The fill to write (null: no fill); absent: the fill stays. */
  background?: string | null;
}

export interface MarkPlan {
  /** Per tab (contract name), only the cells that change. */
  changes: Record<string, CellChange[]>;
  /** The record to hold WHILE the cells are written: the new colours recorded, the restored ones not yet dropped. */
  interim: FillRecord[];
  /** The record once they are written. */
  record: FillRecord[];
  /** What could not be matched or kept, for the log and the report. */
  problems: string[];
}

const id = (tab: string, column: string, key: string) => `${tab}\u0000${column}\u0000${key}`;
const isNoFill = (bg: string | null) => !bg || bg.toLowerCase() === '#ffffff';
const isOurs = (bg: string | null) => !!bg && OURS.has(bg.toLowerCase());

/** One line per finding: a message's own line breaks are folded, so each line starts with the mark. */
export function markLine(f: Pick<CellFinding, 'code' | 'message'>): string {
  return `${NOTE_MARK}${f.code}: ${f.message.replace(/\s*[\r\n]+\s*/g, ' ').trim()}`;
}

/** The user's part of a note: every line that is not one of ours, exactly as written. */
export function userPart(note: string): string {
  if (!note.includes(NOTE_MARK)) return note;
  return note.split('\n').filter((l) => !l.startsWith(NOTE_MARK)).join('\n');
}

/** The note a cell should carry: the user's text, then one "\n", then our block (if any). */
export function noteWith(note: string, lines: readonly string[]): string {
  const user = userPart(note);
  if (!lines.length) return user;
  return user === '' ? lines.join('\n') : `${user}\n${lines.join('\n')}`;
}

interface Pending {
  change: CellChange;
  entry: FillRecord;
}

export function planMarks(tabs: readonly TabMarks[], stored: readonly FillRecord[], room: number): MarkPlan {
  const byId = new Map(stored.map((r) => [id(r.tab, r.column, r.key), r]));
  const recorded = new Set(stored.map((r) => `${r.tab}\u0000${r.column}`));
  const dropped = new Set<string>();
  const restoring = new Set<string>();
  const problems: string[] = [];
  const pending: Pending[] = [];
  const changes: Record<string, CellChange[]> = {};

  for (const t of tabs) {
    const columnAt = new Map(Object.entries(t.columns).map(([k, c]) => [c, k]));
    const wanted = new Map<string, CellFinding[]>();
    for (const f of t.findings) {
      const k = `${f.row}:${f.col}`;
      const list = wanted.get(k);
      if (list) list.push(f);
      else wanted.set(k, [f]);
    }
    const out: CellChange[] = [];
    for (const cell of t.cells) {
      const column = columnAt.get(cell.col);
      if (column === undefined) continue; // a user's column: never ours to touch
      const list = wanted.get(`${cell.row}:${cell.col}`) ?? [];
      const change: CellChange = { row: cell.row, col: cell.col };

      const lines = [...new Set(list.map(markLine))];
      const note = noteWith(cell.note, lines);
      if (note !== cell.note) change.note = note;

      const want = list.length ? HIGHLIGHT[[...list].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0].severity] : null;
      const bg = cell.background;
      // The row's key is needed only where a record may apply or one may be made: hashing every cell's row is what cost time.
      const needKey = recorded.has(`${t.tab}\u0000${column}`) || (want !== null && !isNoFill(bg) && !isOurs(bg));
      const key = needKey ? t.keys.keyAt(cell.row, column) : null;
      const unique = key !== null && t.keys.count(column, key) === 1;
      const recId = key === null ? '' : id(t.tab, column, key);
      const rec = unique ? byId.get(recId) : undefined;
      // A record under a key several rows share cannot be told apart: it is applied to none of them.
      const unsure = !unique && key !== null && byId.has(recId);

      if (isOurs(bg)) {
        if (want) {
          if (bg!.toLowerCase() !== want) change.background = want;
        } else if (rec) {
          change.background = rec.colour;
          restoring.add(recId);
          dropped.add(recId);
        } else if (!unsure) {
          change.background = null;
        }
      } else if (rec) {
        // Its colour is no longer ours: the user re-coloured it. Theirs stays; the record goes.
        dropped.add(recId);
      } else if (want) {
        if (isNoFill(bg)) change.background = want;
        else if (unique && !unsure) {
          change.background = want;
          pending.push({ change, entry: { tab: t.tab, column, key: key!, colour: bg!.toLowerCase() } });
        }
        // Else nothing to key the user's colour by: it is kept, and the note alone marks the cell.
      }
      if (change.note !== undefined || change.background !== undefined) out.push(change);
    }
    if (out.length) changes[t.tab] = out;

    // Records of this tab no cell above claimed.
    for (const r of stored) {
      if (r.tab !== t.tab) continue;
      const rid = id(r.tab, r.column, r.key);
      if (dropped.has(rid)) continue;
      if (!(r.column in t.columns)) {
        problems.push(`${t.tab}: the fill recorded for column "${r.column}" (row ${r.key}) has no column to go back to; it is kept until the column is back.`);
        continue;
      }
      const n = t.keys.count(r.column, r.key);
      if (n === 0) dropped.add(rid); // its row is gone
      else if (n > 1) problems.push(`${t.tab}: ${n} rows share the key ${r.key.slice(1)}, so the fill recorded for its "${r.column}" cell is restored to none of them; make the key unique.`);
    }
  }

  // New entries go in while they fit (after what this run drops); a colour that does not fit is not replaced.
  const keptNow = stored.filter((r) => !dropped.has(id(r.tab, r.column, r.key)) || restoring.has(id(r.tab, r.column, r.key)));
  let size = recordSize(keptNow);
  const added: FillRecord[] = [];
  for (const p of pending) {
    const grow = entryText(p.entry).length + (keptNow.length + added.length ? 1 : 0);
    if (size + grow <= room) {
      size += grow;
      added.push(p.entry);
    } else {
      delete p.change.background;
      problems.push(`${p.entry.tab}: no room left to record the fill of the "${p.entry.column}" cell of row ${p.change.row}, so it is kept and only the note marks the problem.`);
    }
  }
  for (const [tab, list] of Object.entries(changes)) {
    const left = list.filter((c) => c.note !== undefined || c.background !== undefined);
    if (left.length) changes[tab] = left;
    else delete changes[tab];
  }
  const interim = [...keptNow, ...added];
  const record = [...stored.filter((r) => !dropped.has(id(r.tab, r.column, r.key))), ...added];
  return { changes, interim, record, problems };
}
