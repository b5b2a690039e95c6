/**
 * Low-level cell edits on an exceljs worksheet that keep what exceljs alone
 * would lose: style objects are replaced, never mutated (exceljs may share one
 * style object between cells), and notes and data validations move with their
 * cells when rows or columns are inserted or deleted.
 */
import type { Cell, CellValue, DataValidation, Style, Worksheet } from 'exceljs';
import { cellAddress, lettersToColumn } from './a1';

/** Worksheet fields exceljs has but does not declare in its typings. */
interface WorksheetInternals {
  orderNo: number;
  dataValidations: { model: Record<string, DataValidation | undefined> };
}

export function wsInternals(ws: Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

/** The sheet's data validations, keyed by single-cell address. */
export function validationModel(ws: Worksheet): Record<string, DataValidation | undefined> {
  return wsInternals(ws).dataValidations.model;
}

/** exceljs keeps the note object in a private field; clearing needs it. */
interface CellInternals {
  _comment?: unknown;
  /** The value's model: a cell read from a file keeps the file's note here too (as `comment`). */
  _value?: { model?: { comment?: unknown } };
}

/**
 * Removes a cell's note. exceljs writes `cell.model`, which is the value's own
 * model with the note laid over it; a cell loaded from a file carries the loaded
 * note in that model, so clearing `_comment` alone would save the old note again.
 */
function dropNote(cell: Cell): void {
  const internals = cell as unknown as CellInternals;
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}

/**
 * The format a column gives the rows that hold no cell of their own. A range
 * formatted down to the grid's last row is kept as this column format rather
 * than as one styled cell per row: exceljs gives every new cell its column's
 * format (as Sheets shows the blank rows of a formatted column), and the file
 * holds one <col style> instead of a thousand styled <c>s.
 */
export function columnStyle(ws: Worksheet, col: number): Partial<Style> {
  return (ws.getColumn(col).style ?? {}) as Partial<Style>;
}

/** The format a cell shows: its own, or, for a cell never made, its row's and column's (as exceljs would give it). */
export function styleAt(ws: Worksheet, row: number, col: number): Partial<Style> {
  const r = ws.findRow(row);
  const cell = r?.findCell(col);
  if (cell) return cell.style;
  const rowStyle = ((r as unknown as { style?: Partial<Style> } | undefined)?.style ?? {});
  const colStyle = columnStyle(ws, col);
  if (!Object.keys(rowStyle).length) return colStyle;
  return { ...colStyle, ...rowStyle };
}

/**
 * exceljs does not write a cell with no value and the default format, and a cell
 * missing from the file shows its column's format when loaded. A cell that must
 * keep "no format" under a formatted column gets the one attribute that changes
 * nothing (cells are locked by default) so that it is written.
 */
const PLAIN_STYLE: Partial<Style> = { protection: { locked: true } };

/**
 * Gives a cell that was never made the format it shows now, so that changing its
 * column's format leaves it as it is.
 */
export function keepShownStyle(ws: Worksheet, row: number, col: number): void {
  if (ws.findRow(row)?.findCell(col)) return;
  const shown = styleAt(ws, row, col);
  const cell = ws.getRow(row).getCell(col);
  cell.style = (Object.keys(shown).length ? { ...shown } : { ...PLAIN_STYLE }) as Style;
}

export function patchStyle(cell: Cell, patch: Partial<Style>): void {
  cell.style = { ...cell.style, ...patch } as Style;
}

export function noteText(cell: Cell | undefined): string {
  if (!cell) return '';
  const note = cell.note as unknown;
  if (!note) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text).join('') : '';
}

export function setNoteText(cell: Cell, text: string): void {
  if (text === '') dropNote(cell);
  else cell.note = text;
}

/** The value to copy when a cell moves: shared formulas become plain ones (their master moves too). */
function movableValue(cell: Cell): CellValue {
  if (cell.type === 1 /* Merge */) return null;
  const v = cell.value as unknown as Record<string, unknown> | null;
  if (v && typeof v === 'object' && 'sharedFormula' in v) {
    return { formula: cell.formula, result: v.result } as CellValue;
  }
  return cell.value;
}

function copyCell(src: Cell, dst: Cell): void {
  dst.value = movableValue(src);
  dst.style = src.style;
  (dst as unknown as CellInternals)._comment = (src as unknown as CellInternals)._comment;
}

/** Empties a cell; it keeps the format its column gives blank rows (as a moved-in blank row of Sheets does). */
function blankCell(cell: Cell): void {
  cell.value = null;
  cell.style = { ...columnStyle(cell.worksheet, Number(cell.col)) } as Style;
  dropNote(cell);
}

function lastRowNumber(ws: Worksheet): number {
  return ws.rowCount;
}

function lastColumnNumber(ws: Worksheet): number {
  let max = 0;
  ws.eachRow({ includeEmpty: true }, (row) => {
    max = Math.max(max, row.cellCount);
  });
  return Math.max(max, ws.columnCount);
}

function moveRow(ws: Worksheet, from: number, to: number): void {
  const src = ws.getRow(from);
  const dst = ws.getRow(to);
  const width = Math.max(src.cellCount, dst.cellCount);
  for (let c = 1; c <= width; c++) {
    const s = src.findCell(c);
    if (s) copyCell(s, dst.getCell(c));
    else if (dst.findCell(c)) blankCell(dst.getCell(c));
  }
  dst.height = src.height;
  dst.hidden = src.hidden;
}

function blankRow(ws: Worksheet, r: number): void {
  const row = ws.findRow(r);
  if (!row) return;
  row.eachCell({ includeEmpty: true }, (cell) => blankCell(cell));
  row.height = undefined as unknown as number;
  row.hidden = false;
}

type Axis = 'row' | 'col';

function splitAddress(address: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return { col: 0, row: 0 };
  return { col: lettersToColumn(m[1]), row: Number(m[2]) };
}

/**
 * Rekeys the sheet's data validations: cells at index >= `from` on `axis` move by
 * `delta`; with delta < 0 the cells in [from + delta, from) are removed first.
 */
function shiftValidations(ws: Worksheet, axis: Axis, from: number, delta: number): void {
  const model = validationModel(ws);
  const next: Record<string, DataValidation> = {};
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    const p = splitAddress(address);
    if (!p.row) { next[address] = dv; continue; }
    const at = axis === 'row' ? p.row : p.col;
    if (delta < 0 && at >= from + delta && at < from) continue;
    const moved = at >= from ? at + delta : at;
    next[axis === 'row' ? cellAddress(moved, p.col) : cellAddress(p.row, moved)] = dv;
  }
  wsInternals(ws).dataValidations.model = next;
}

/** Deletes rows [start, start + count) and moves everything below up. */
export function deleteRowsIn(ws: Worksheet, start: number, count: number): void {
  const last = lastRowNumber(ws);
  for (let r = start; r <= last; r++) {
    if (r + count <= last) moveRow(ws, r + count, r);
    else blankRow(ws, r);
  }
  shiftValidations(ws, 'row', start + count, -count);
}

/** Inserts `count` rows before row `at`; they take the formats and validations of the row above. */
export function insertRowsIn(ws: Worksheet, at: number, count: number): void {
  const last = lastRowNumber(ws);
  for (let r = last; r >= at; r--) moveRow(ws, r, r + count);
  for (let r = at; r < at + count; r++) blankRow(ws, r);
  shiftValidations(ws, 'row', at, count);
  if (at > 1) inheritFromRow(ws, at - 1, at, count);
}

function inheritFromRow(ws: Worksheet, source: number, at: number, count: number): void {
  const src = ws.findRow(source);
  const model = validationModel(ws);
  if (src) {
    src.eachCell({ includeEmpty: true }, (cell, col) => {
      for (let r = at; r < at + count; r++) ws.getRow(r).getCell(col).style = cell.style;
    });
  }
  for (const [address, dv] of Object.entries(model)) {
    const p = splitAddress(address);
    if (dv && p.row === source) {
      for (let r = at; r < at + count; r++) model[cellAddress(r, p.col)] = dv;
    }
  }
}

function moveColumnCells(ws: Worksheet, from: number, to: number): void {
  ws.eachRow({ includeEmpty: true }, (row) => {
    const s = row.findCell(from);
    if (s) copyCell(s, row.getCell(to));
    else if (row.findCell(to)) blankCell(row.getCell(to));
  });
  const width = ws.getColumn(from).width;
  ws.getColumn(to).width = width as number;
  ws.getColumn(to).hidden = ws.getColumn(from).hidden;
  ws.getColumn(to).style = { ...columnStyle(ws, from) } as Style;
}

function blankColumn(ws: Worksheet, c: number): void {
  ws.getColumn(c).style = {} as Style;
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cell = row.findCell(c);
    if (cell) blankCell(cell);
  });
  ws.getColumn(c).width = undefined as unknown as number;
  ws.getColumn(c).hidden = false;
}

export function deleteColumnsIn(ws: Worksheet, start: number, count: number): void {
  const last = lastColumnNumber(ws);
  for (let c = start; c <= last; c++) {
    if (c + count <= last) moveColumnCells(ws, c + count, c);
    else blankColumn(ws, c);
  }
  shiftValidations(ws, 'col', start + count, -count);
}

export function insertColumnsIn(ws: Worksheet, at: number, count: number): void {
  const last = lastColumnNumber(ws);
  for (let c = last; c >= at; c--) moveColumnCells(ws, c, c + count);
  for (let c = at; c < at + count; c++) blankColumn(ws, c);
  shiftValidations(ws, 'col', at, count);
}
