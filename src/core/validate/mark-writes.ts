/**
 * How the planned mark changes are written in the fewest Apps Script calls
 * that touch no other cell: fills one call per colour over a list of cells
 * (Sheet.getRangeList), notes one setNotes per block of ADJACENT contract
 * columns, spanning only the changed rows and columns (the unchanged notes
 * inside it are written back with their own text, which changes nothing).
 */
import { a1Of } from '../grid';
import type { CellChange } from './marks';

/** Cells to paint, by colour ('' for no fill), each as A1. */
export function fillGroups(changes: readonly CellChange[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of changes) {
    if (c.background === undefined) continue;
    const k = c.background ?? '';
    const list = out.get(k);
    if (list) list.push(a1Of(c.row, c.col));
    else out.set(k, [a1Of(c.row, c.col)]);
  }
  return out;
}

export interface NoteBlock {
  row: number;
  col: number;
  notes: string[][];
}

/**
 * One rectangle per run of adjacent contract columns with a changed note.
 * `current` gives the note a cell has now; every cell in a rectangle is a
 * contract cell of the rows read, so it is known.
 */
export function noteBlocks(changes: readonly CellChange[], contractColumns: readonly number[], current: (row: number, col: number) => string): NoteBlock[] {
  const cols = [...new Set(contractColumns)].sort((a, b) => a - b);
  const runOf = new Map<number, number>();
  let run = -1;
  cols.forEach((c, i) => {
    if (i === 0 || c !== cols[i - 1] + 1) run++;
    runOf.set(c, run);
  });
  const byRun = new Map<number, CellChange[]>();
  for (const ch of changes) {
    if (ch.note === undefined || !runOf.has(ch.col)) continue;
    const r = runOf.get(ch.col)!;
    const list = byRun.get(r);
    if (list) list.push(ch);
    else byRun.set(r, [ch]);
  }
  const blocks: NoteBlock[] = [];
  for (const list of byRun.values()) {
    const top = Math.min(...list.map((c) => c.row));
    const bottom = Math.max(...list.map((c) => c.row));
    const left = Math.min(...list.map((c) => c.col));
    const right = Math.max(...list.map((c) => c.col));
    const next = new Map(list.map((c) => [`${c.row}:${c.col}`, c.note!]));
    const notes: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line: string[] = [];
      for (let c = left; c <= right; c++) line.push(next.get(`${r}:${c}`) ?? current(r, c));
      notes.push(line);
    }
    blocks.push({ row: top, col: left, notes });
  }
  return blocks.sort((a, b) => a.col - b.col);
}
