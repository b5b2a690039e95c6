/**
 * Where cells are on a sheet: A1 names and runs of adjacent columns, so that
 * a write can be one call per run and never touch a cell outside it.
 */
import { columnLetter } from './text';

/** 'C7' for sheet row 7, 0-based column 2. */
export function a1Of(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Sorted 0-based column indexes split into runs of adjacent ones: [5,2,3] → [[2,3],[5]]. */
export function adjacentRuns(columns: readonly number[]): number[][] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === c - 1) last.push(c);
    else runs.push([c]);
  }
  return runs;
}

/**
 * Rows as Range.getDataRange().getValues() gives them: a rectangle as wide as
 * the widest row, shorter rows padded with '' (the Sheets API leaves out a
 * row's trailing empty cells), and one empty cell for a sheet with nothing.
 */
export function rectangle(rows: readonly unknown[][] | undefined): unknown[][] {
  if (!rows?.length) return [['']];
  let width = 1;
  for (const r of rows) if (r.length > width) width = r.length;
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<string>(width - r.length).fill('')]));
}
