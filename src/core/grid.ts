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
