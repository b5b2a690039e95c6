/**
 * A tab LO Desk owns and rewrites whole (Sent, Documents): its rows in the
 * contract's column order, keyed by a stable id column, updated in memory and
 * written back in one batched write.
 */
import type { Lang } from '../core/model';
import type { ParsedWorkbook } from '../core/schema/parse';
import { TABS } from '../core/schema/tabs';
import type { TabName } from '../core/schema/types';
import type { RawWorkbook } from './sheets/read';
import { replaceOwnedTable_, sheetNamed_ } from './sheets/write';

export class OwnedTable_ {
  private readonly keys: string[];
  private readonly rows: unknown[][] = [];
  private readonly byKey = new Map<string, number>();

  constructor(
    private readonly tab: TabName,
    private readonly keyColumn: string,
    parsed: ParsedWorkbook,
    raw: RawWorkbook,
    private readonly lang: Lang,
  ) {
    this.keys = TABS.find((t) => t.name === tab)!.columns.map((c) => c.key);
    const layout = parsed.layout[tab];
    const values = layout?.sheetName ? raw.tabs.find((t) => t.name === layout.sheetName)?.values ?? [] : [];
    for (let r = 1; r < values.length; r++) {
      const row = this.keys.map((k) => (layout!.columns[k] === undefined ? '' : values[r][layout!.columns[k]]));
      if (row.every((v) => v === '' || v === null)) continue;
      this.add(row);
    }
  }

  private add(row: unknown[]): void {
    const key = String(row[this.keys.indexOf(this.keyColumn)] ?? '');
    if (key && this.byKey.has(key)) this.rows[this.byKey.get(key)!] = row;
    else {
      if (key) this.byKey.set(key, this.rows.length);
      this.rows.push(row);
    }
  }

  /** Sets (or adds) the row with that key. */
  put(record: Record<string, unknown>): void {
    this.add(this.keys.map((k) => record[k] ?? ''));
  }

  get(key: string): Record<string, unknown> | undefined {
    const i = this.byKey.get(key);
    if (i === undefined) return undefined;
    return Object.fromEntries(this.keys.map((k, c) => [k, this.rows[i][c]]));
  }

  update(key: string, change: Record<string, unknown>): void {
    const i = this.byKey.get(key);
    if (i === undefined) return;
    for (const [k, v] of Object.entries(change)) {
      const c = this.keys.indexOf(k);
      if (c >= 0) this.rows[i][c] = v;
    }
  }

  write(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
    const spec = TABS.find((t) => t.name === this.tab)!;
    const header = spec.columns.map((c) => c.label[this.lang]);
    replaceOwnedTable_(sheetNamed_(ss, this.tab), [header, ...this.rows]);
  }
}
