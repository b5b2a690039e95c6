/**
 * Where a tick goes in the Checklist tab, planned without Apps Script: the
 * tick's own cells of the row already recorded for the guest's item, or a new
 * row appended below everything (one appendRow, which Sheets applies whole, so
 * two LOs ticking at once both keep their ticks). A contract column the tab
 * lacks gets its header at the right end, never over a column of the user's.
 */
import type { ChecklistTick, Lang } from '../model';
import { tabSpec } from '../schema/tabs';

/** The Checklist tab's columns LO Desk writes, in the contract's order. */
export const CHECKLIST_COLUMNS = ['guest_id', 'phase', 'item_id', 'done', 'done_by', 'done_at', 'note'] as const;
type ChecklistKey = (typeof CHECKLIST_COLUMNS)[number];

/** The tab as parsing found it: contract key → 0-based column, and how many columns it has. */
export interface ChecklistLayout {
  columns: Partial<Record<string, number>>;
  width: number;
}

export interface TickWritePlan {
  /** Headers to write in row 1 first, 0-based column → header text (in the event's language). */
  headers: { col: number; header: string }[];
  /** Update these cells (0-based column → value) of sheet row `row`, or append `cells` as a new row. */
  write: { kind: 'update'; row: number; cells: Map<number, unknown> } | { kind: 'append'; row: unknown[] };
}

/**
 * The plan for one tick. `layout` is null when the tab is missing (it is made
 * empty first); `tick.row` is the sheet row of the item's recorded tick, 0 when
 * there is none.
 */
export function planTickWrite(
  layout: ChecklistLayout | null,
  tick: Omit<ChecklistTick, 'row' | 'note'> & { note: string; row: number },
  lang: Lang,
): TickWritePlan {
  const columns: Partial<Record<string, number>> = { ...(layout?.columns ?? {}) };
  const width = layout?.width ?? 0;
  const labels = new Map(tabSpec('Checklist').columns.map((c) => [c.key, c.label[lang]]));
  const headers: TickWritePlan['headers'] = [];
  for (const key of CHECKLIST_COLUMNS) {
    if (columns[key] !== undefined) continue;
    columns[key] = width + headers.length;
    headers.push({ col: columns[key]!, header: labels.get(key) ?? key });
  }
  const values: Record<ChecklistKey, unknown> = {
    guest_id: tick.guest_id,
    phase: tick.phase,
    item_id: tick.item_id,
    done: tick.done,
    done_by: tick.done_by ?? '',
    done_at: tick.done_at ?? '',
    note: tick.note,
  };
  if (tick.row > 1) {
    return { headers, write: { kind: 'update', row: tick.row, cells: new Map(CHECKLIST_COLUMNS.map((k) => [columns[k]!, values[k]])) } };
  }
  // The row stops at the last owned column: a user's column to the right is not even touched, and a
  // user's cell between owned ones gets '' in a row that was empty (its format stays: a value write).
  const row: unknown[] = new Array(Math.max(...CHECKLIST_COLUMNS.map((k) => columns[k]!)) + 1).fill('');
  for (const k of CHECKLIST_COLUMNS) row[columns[k]!] = values[k];
  return { headers, write: { kind: 'append', row } };
}
