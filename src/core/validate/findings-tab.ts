/**
 * The Findings tab written as a difference: given what its own columns hold
 * now (as read with the rest of the workbook) and the rows they should hold,
 * the blocks of cells to write, each a run of adjacent owned columns over
 * consecutive rows of which at least one cell changes. A validate right after
 * a validate writes nothing; one new finding writes about one row. Cells
 * below the new last row that still hold something are cleared ('').
 * A user's column is never in a block: blocks span owned columns only.
 */
import { adjacentRuns } from '../grid';

interface CellBlock {
  /** Sheet row (1-based) of the block's first row. */
  row: number;
  /** 0-based column of its first column. */
  col: number;
  /** Values to write ('' clears). */
  values: (string | number)[][];
}

const same = (a: unknown, b: unknown) => {
  const x = a === null || a === undefined ? '' : a instanceof Date ? a.toISOString() : String(a);
  const y = b === null || b === undefined ? '' : String(b);
  return x === y;
};

/**
 * `current`: the tab's values as read (row 1 the header; may be shorter or
 * narrower than needed). `columns`: 0-based column of each owned key, in the
 * order of `rows`' cells. `rows`: the wanted body, one array per finding.
 */
export function findingsBlocks(current: readonly (readonly unknown[])[], columns: readonly number[], rows: readonly (readonly (string | number)[])[]): CellBlock[] {
  // The last sheet row holding anything in our columns (a user's column may run further down: not ours).
  let lastOwned = 1;
  for (let r = current.length - 1; r >= 1; r--) {
    if (columns.some((c) => !same(current[r]?.[c], ''))) {
      lastOwned = r + 1;
      break;
    }
  }
  const bottom = Math.max(rows.length + 1, lastOwned);
  const at = new Map(columns.map((c, i) => [c, i]));
  const blocks: CellBlock[] = [];
  for (const run of adjacentRuns(columns)) {
    let open: CellBlock | null = null;
    for (let sheetRow = 2; sheetRow <= bottom; sheetRow++) {
      const want = run.map((c) => rows[sheetRow - 2]?.[at.get(c)!] ?? '');
      const changed = run.some((c, k) => !same(current[sheetRow - 1]?.[c], want[k]));
      if (!changed) {
        open = null;
        continue;
      }
      if (!open) {
        open = { row: sheetRow, col: run[0], values: [] };
        blocks.push(open);
      }
      open.values.push(want);
    }
  }
  return blocks;
}
