/**
 * A tab LO Desk keeps (Sent, Documents): its rows found by a stable key
 * column, never by position, so a user may sort, insert or delete rows and
 * put columns of their own anywhere. Changes are kept in memory and written
 * in `write()` over LO Desk's own cells only: an existing row's changed cells
 * in place (one setValues per run of adjacent owned columns over contiguous
 * rows), new rows below the last row, a missing contract column's header at
 * the right end. A key found on two rows is not written at all: which row is
 * meant cannot be told, so the problem is reported (tab, rows, column, what to
 * do) rather than something else overwritten.
 */
import type { Lang } from '../core/model';
import type { ParsedWorkbook } from '../core/schema/parse';
import { TABS } from '../core/schema/tabs';
import type { TabName, TabSpec } from '../core/schema/types';
import type { RawWorkbook } from './sheets/read';
import { ownedColumns_, sheetNamed_, writeColumnRuns_ } from './sheets/write';

/** A row LO Desk could not match by its key, said so the user can put it right. */
export interface OwnedRowProblem {
  tab: string;
  /** Sheet row as the sheet shows it (the first of the rows concerned). */
  row: number;
  column: string;
  message: string;
}

export interface OwnedWriteReport {
  updated: number;
  appended: number;
  problems: OwnedRowProblem[];
}

interface Change {
  /** Contract columns to write. */
  values: Record<string, unknown>;
  /** The row's contract values as read (absent for a new key). */
  base?: Record<string, unknown>;
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;

export class OwnedTable_ {
  private readonly spec: TabSpec;
  private readonly keys: string[];
  /** Key → the contract values of its rows as read (several when the key is duplicated), in sheet order. */
  private readonly byKey = new Map<string, { row: number; values: Record<string, unknown> }[]>();
  private readonly changes = new Map<string, Change>();
  private readonly sheetName: string | null;
  /** The tab as read by the caller (for a write that need not read it again). */
  private readonly read: unknown[][];

  constructor(
    private readonly tab: TabName,
    private readonly keyColumn: string,
    parsed: ParsedWorkbook,
    raw: RawWorkbook,
    private readonly lang: Lang,
    /** The sheet to write when it is not the tab's own (LO Desk's hidden record keeps the Sent tab's columns). */
    sheetName?: string,
  ) {
    this.spec = TABS.find((t) => t.name === tab)!;
    this.keys = this.spec.columns.map((c) => c.key);
    const layout = parsed.layout[tab];
    this.read = layout?.sheetName ? raw.tabs.find((t) => t.name === layout.sheetName)?.values ?? [] : [];
    this.sheetName = sheetName ?? layout?.sheetName ?? null;
    this.index(this.read, layout?.columns ?? {});
  }

  private index(values: unknown[][], columns: Record<string, number>): void {
    this.byKey.clear();
    const at = columns[this.keyColumn];
    if (at === undefined) return;
    for (let r = 1; r < values.length; r++) {
      const key = keyText_(values[r][at]);
      if (!key) continue;
      const record = Object.fromEntries(this.keys.map((k) => [k, columns[k] === undefined ? '' : values[r][columns[k]]]));
      const list = this.byKey.get(key);
      if (list) list.push({ row: r + 1, values: record });
      else this.byKey.set(key, [{ row: r + 1, values: record }]);
    }
  }

  /** True when the key is on more than one row: LO Desk writes neither (see write()). */
  ambiguous(key: string): boolean {
    return (this.byKey.get(key)?.length ?? 0) > 1;
  }

  /** The sheet rows (1-based) that hold the key, as last read. */
  rows(key: string): number[] {
    return (this.byKey.get(key) ?? []).map((r) => r.row);
  }

  /** The tab's name in the workbook (the contract's name when it is not there yet). */
  get sheetLabel(): string {
    return this.sheetName ?? this.tab;
  }

  /** Sets (or adds) the row with that key: every contract column of it. */
  put(record: Record<string, unknown>): void {
    const key = keyText_(record[this.keyColumn]);
    if (!key) return;
    const values = Object.fromEntries(this.keys.map((k) => [k, record[k] ?? '']));
    this.changes.set(key, { values, base: this.byKey.get(key)?.slice(-1)[0]?.values });
  }

  /** The row with that key as it will be written (the last one read when the key is on several rows). */
  get(key: string): Record<string, unknown> | undefined {
    const change = this.changes.get(key);
    const read = this.byKey.get(key)?.slice(-1)[0]?.values;
    if (!change && !read) return undefined;
    return { ...(read ?? {}), ...(change?.base ?? {}), ...(change?.values ?? {}) };
  }

  /** Changes some columns of the row with that key; a key never seen is ignored. */
  update(key: string, change: Record<string, unknown>): void {
    const before = this.changes.get(key);
    const base = before?.base ?? this.byKey.get(key)?.slice(-1)[0]?.values;
    if (!before && !base) return;
    const picked = Object.fromEntries(Object.entries(change).filter(([k]) => this.keys.includes(k)));
    this.changes.set(key, { values: { ...(before?.values ?? {}), ...picked }, base });
  }

  /**
   * Writes the changes over LO Desk's own cells. `reread` (default) reads the
   * tab again first, so rows sorted, inserted or deleted since it was read are
   * still found by key; a caller that read it just before under a lock may skip that.
   */
  write(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, opts: { reread?: boolean } = {}): OwnedWriteReport {
    const report: OwnedWriteReport = { updated: 0, appended: 0, problems: [] };
    if (!this.changes.size) return report;
    const sheet = (this.sheetName ? ss.getSheetByName(this.sheetName) : null) ?? sheetNamed_(ss, this.tab);
    const reread = opts.reread !== false || !this.sheetName;
    const values = reread ? sheet.getDataRange().getValues() : this.read;
    const columns = ownedColumns_(sheet, this.spec, this.lang, values[0] ?? []);
    if (reread) this.index(values, columns);
    const name = sheet.getName();
    const keyCol = this.keyColumn;

    const updates: { row: number; values: Record<string, unknown> }[] = [];
    const appends: Record<string, unknown>[] = [];
    for (const [key, change] of this.changes) {
      const rows = this.byKey.get(key) ?? [];
      if (rows.length > 1) {
        report.problems.push({
          tab: name, row: rows[0].row, column: keyCol,
          message: `${name}: rows ${rows.map((r) => r.row).join(', ')} all have ${keyCol} "${key}"; LO Desk wrote none of them. Delete the row(s) that are not right, or give each its own ${keyCol}; the next run writes it.`,
        });
        continue;
      }
      if (rows.length === 1) {
        updates.push({ row: rows[0].row, values: change.values });
        continue;
      }
      if (change.base) {
        // It was there when read: since deleted, or its key edited. Not guessed at: written as a new row.
        report.problems.push({
          tab: name, row: 0, column: keyCol,
          message: `${name}: no row has ${keyCol} "${key}" any more (deleted, or its ${keyCol} edited); LO Desk added it again as a new row and changed no other row.`,
        });
      }
      appends.push({ ...(change.base ?? {}), ...change.values });
    }

    // Updates: rows in sheet order, grouped into runs of consecutive rows that change the same columns.
    updates.sort((a, b) => a.row - b.row);
    for (let i = 0; i < updates.length; ) {
      const cols = Object.keys(updates[i].values).sort().join();
      let j = i;
      while (j + 1 < updates.length && updates[j + 1].row === updates[j].row + 1 && Object.keys(updates[j + 1].values).sort().join() === cols) j++;
      const group = updates.slice(i, j + 1);
      const written = Object.keys(group[0].values).map((k) => columns[k]);
      writeColumnRuns_(sheet, group[0].row, written, group.map((u) => cellsAt_(u.values, columns)));
      report.updated += group.length;
      i = j + 1;
    }
    if (appends.length) {
      // Below the last row holding anything (a user's column included): no row is overwritten.
      const top = Math.max(values.length, 1) + 1;
      const full = appends.map((a) => Object.fromEntries(this.keys.map((k) => [k, a[k] ?? ''])));
      writeColumnRuns_(sheet, top, this.keys.map((k) => columns[k]), full.map((a) => cellsAt_(a, columns)));
      report.appended = appends.length;
    }
    this.changes.clear();
    return report;
  }
}

/** Column key → value, as sheet column index → value. */
function cellsAt_(values: Record<string, unknown>, columns: Record<string, number>): Map<number, unknown> {
  return new Map(Object.entries(values).filter(([k]) => columns[k] !== undefined).map(([k, v]) => [columns[k], v]));
}

/** A key cell's text (keys are text; a number typed there is read as its digits). */
function keyText_(v: unknown): string {
  if (blank(v)) return '';
  return v instanceof Date ? v.toISOString() : String(v).trim();
}
