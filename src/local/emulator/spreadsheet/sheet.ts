/**
 * Sheet: one tab of the workbook. Its grid (getMaxRows/getMaxColumns) is
 * kept as Sheets keeps it, so a script that writes past the last row without
 * inserting rows fails here as it does in Sheets.
 */
import type { Assert, Conforms } from '../conformance';
import type { Worksheet } from 'exceljs';
import type { Workbook } from '../workbook';
import { columnToLetters, parseA1 } from './a1';
import { deleteColumnsIn, deleteRowsIn, insertColumnsIn, insertRowsIn } from './cells';
import { hexToArgb, normalizeColor, xlsxColorToHex } from './colors';
import { RangeEmu } from './range';
import { RangeListEmu } from './range-list';
import type { RangeResolver } from './validation';

/** What a Sheet needs from its spreadsheet. */
export interface SheetParent {
  readonly gasType: 'Spreadsheet';
  getSpreadsheetTimeZone(): string;
  getSpreadsheetLocale(): string;
  _resolveRange: RangeResolver;
  _setActive(sheet: SheetEmu): void;
  _rename(sheet: SheetEmu, name: string): void;
}

/** Sheets' default column width in pixels. */
const DEFAULT_COLUMN_PX = 100;

function requireInt(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new Error(`Invalid argument: ${what} (expected a number, got ${JSON.stringify(v)}).`);
  }
  if (!Number.isInteger(v)) throw new Error(`Cannot convert '${v}' to int.`);
  return v;
}

/** One cell written through the Sheets API, checked: what to write (undefined: untouched; null: cleared), r and c from the first cell. */
export interface CellWrite {
  r: number;
  c: number;
  note?: string;
  value?: string | number | boolean | null;
  fill?: string | null;
  /** A number format pattern; 'General' clears it. */
  format?: string;
}

/** The Range calls one cell write makes, in order: the format before the value, since a number in a date-formatted cell is a date. */
export function cellWriteCalls(w: CellWrite): ['setNote' | 'setBackground' | 'setNumberFormat' | '_setRawValue', unknown][] {
  const calls: ['setNote' | 'setBackground' | 'setNumberFormat' | '_setRawValue', unknown][] = [];
  if (w.note !== undefined) calls.push(['setNote', w.note]);
  if (w.fill !== undefined) calls.push(['setBackground', w.fill]);
  if (w.format !== undefined) calls.push(['setNumberFormat', w.format]);
  if (w.value !== undefined) calls.push(['_setRawValue', w.value]);
  return calls;
}

export class SheetEmu {
  readonly gasType = 'Sheet';
  readonly _resolveRange: RangeResolver;

  constructor(
    /** The worksheet's id: found again in whatever workbook the holder has now (a sync may replace it). */
    public _wsId: number,
    private readonly _holder: { readonly wb: Workbook },
    readonly _parent: SheetParent,
  ) {
    this._resolveRange = (a1) => _parent._resolveRange(a1);
  }

  get _wb(): Workbook {
    return this._holder.wb;
  }

  get _ws(): Worksheet {
    const ws = this._holder.wb.book.getWorksheet(this._wsId);
    if (!ws) throw new Error('This sheet has been deleted.');
    return ws;
  }

  _timeZone(): string { return this._parent.getSpreadsheetTimeZone(); }
  _locale(): string { return this._parent.getSpreadsheetLocale(); }
  _activate(): void { this._parent._setActive(this); }

  getName(): string { return this._ws.name; }
  getSheetName(): string { return this._ws.name; }

  setName(name: string): SheetEmu {
    this._parent._rename(this, name);
    return this;
  }

  /** Sheets numbers the first sheet 0; exceljs numbers sheets from 1 and never renumbers. */
  getSheetId(): number { return this._ws.id - 1; }

  getIndex(): number {
    return this._wb.sheets().indexOf(this._ws) + 1;
  }

  getParent(): SheetParent { return this._parent; }

  activate(): SheetEmu {
    this._activate();
    return this;
  }

  // ----- grid -----

  getMaxRows(): number { return this._wb.grid(this._ws).rows; }
  getMaxColumns(): number { return this._wb.grid(this._ws).cols; }

  getLastRow(): number {
    let last = 0;
    this._ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n > last && row.hasValues) last = n;
    });
    return last;
  }

  getLastColumn(): number {
    let last = 0;
    this._ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col > last && cell.value !== null && cell.value !== undefined) last = col;
      });
    });
    return last;
  }

  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): RangeEmu {
    if (typeof a === 'string' && b === undefined) return this.rangeFromA1(a);
    if (a === undefined) {
      throw new Error("The parameters () don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    }
    const row = requireInt(a, 'row');
    const col = requireInt(b, 'column');
    const numRows = c === undefined ? 1 : requireInt(c, 'numRows');
    const numCols = d === undefined ? 1 : requireInt(d, 'numColumns');
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    this.checkInGrid(row + numRows - 1, col + numCols - 1);
    return new RangeEmu(this, row, col, numRows, numCols);
  }

  private checkInGrid(lastRow: number, lastCol: number): void {
    const g = this._wb.grid(this._ws);
    if (lastRow > g.rows || lastCol > g.cols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  private rangeFromA1(a1: string): RangeEmu {
    const ref = parseA1(a1);
    if (!ref) throw new Error('Range not found');
    if (ref.sheetName !== undefined && ref.sheetName !== this.getName()) {
      const other = this._parent._resolveRange(a1);
      if (!other) throw new Error('Range not found');
      return other as unknown as RangeEmu;
    }
    const g = this._wb.grid(this._ws);
    const r1 = ref.startRow ?? 1;
    const c1 = ref.startCol ?? 1;
    const r2 = ref.endRow ?? g.rows;
    const c2 = ref.endCol ?? g.cols;
    const top = Math.min(r1, r2);
    const left = Math.min(c1, c2);
    const bottom = Math.max(r1, r2);
    const right = Math.max(c1, c2);
    this.checkInGrid(bottom, right);
    return new RangeEmu(this, top, left, bottom - top + 1, right - left + 1);
  }

  /** Ranges of THIS sheet by A1 notation (a sheet name, if given, must be this one's), at least one. */
  getRangeList(a1Notations: string[]): RangeListEmu {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0 || a1Notations.some((a) => typeof a !== 'string')) {
      throw new Error('Sheet.getRangeList: expected a non-empty list of A1 notations.');
    }
    return new RangeListEmu(a1Notations.map((a1) => {
      const ref = parseA1(a1);
      if (!ref) throw new Error(`Range not found: ${a1}`);
      if (ref.sheetName !== undefined && ref.sheetName !== this.getName()) {
        throw new Error(`Sheet.getRangeList: ${a1} is not on the sheet ${this.getName()}; a RangeList holds ranges of one sheet.`);
      }
      return this.rangeFromA1(a1);
    }));
  }

  getDataRange(): RangeEmu {
    return new RangeEmu(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  appendRow(rowContents: unknown[]): SheetEmu {
    if (!Array.isArray(rowContents)) {
      throw new Error("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    }
    const row = this.getLastRow() + 1;
    const width = Math.max(1, rowContents.length);
    const g = this._wb.grid(this._ws);
    if (row > g.rows || width > g.cols) {
      this._wb.setGrid(this._ws, { rows: Math.max(g.rows, row), cols: Math.max(g.cols, width) });
    }
    if (rowContents.length > 0) new RangeEmu(this, row, 1, 1, rowContents.length).setValues([rowContents]);
    this._wb.markDirty();
    return this;
  }

  /**
   * Emulator-only (the advanced Sheets service's appendCells): the cells go in
   * the rows after the last row with data as it stands when this applies, the
   * grid growing as needed. Recorded as one operation, so that a journal replay
   * appends too: two executions appending at once both keep their rows.
   */
  _appendCells(writes: CellWrite[], numRows: number): SheetEmu {
    const r0 = this.getLastRow();
    const g = this._wb.grid(this._ws);
    if (r0 + numRows > g.rows) this._wb.setGrid(this._ws, { rows: r0 + numRows, cols: g.cols });
    for (const w of writes) {
      const range = new RangeEmu(this, r0 + w.r + 1, w.c + 1, 1, 1);
      for (const [method, arg] of cellWriteCalls(w)) (range[method] as (a: unknown) => unknown)(arg);
    }
    this._wb.markDirty();
    return this;
  }

  // ----- rows and columns -----

  private checkRows(start: number, count: number): void {
    requireInt(start, 'rowPosition');
    requireInt(count, 'howMany');
    if (start < 1 || count < 1 || start + count - 1 > this.getMaxRows()) {
      throw new Error('Those rows are out of bounds.');
    }
  }

  private checkColumns(start: number, count: number): void {
    requireInt(start, 'columnPosition');
    requireInt(count, 'howMany');
    if (start < 1 || count < 1 || start + count - 1 > this.getMaxColumns()) {
      throw new Error('Those columns are out of bounds.');
    }
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.checkRows(rowPosition, howMany);
    const g = this._wb.grid(this._ws);
    if (howMany >= g.rows - this.getFrozenRows()) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    deleteRowsIn(this._ws, rowPosition, howMany);
    this._wb.setGrid(this._ws, { rows: g.rows - howMany, cols: g.cols });
  }

  deleteRow(rowPosition: number): SheetEmu {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  private insertRowsAt(at: number, howMany: number): void {
    const g = this._wb.grid(this._ws);
    this._wb.setGrid(this._ws, { rows: g.rows + howMany, cols: g.cols });
    insertRowsIn(this._ws, at, howMany);
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetEmu {
    this.checkRows(afterPosition, 1);
    requireInt(howMany, 'howMany');
    if (howMany < 1) throw new Error('Those rows are out of bounds.');
    this.insertRowsAt(afterPosition + 1, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): SheetEmu {
    this.checkRows(beforePosition, 1);
    requireInt(howMany, 'howMany');
    if (howMany < 1) throw new Error('Those rows are out of bounds.');
    this.insertRowsAt(beforePosition, howMany);
    return this;
  }

  insertRowAfter(afterPosition: number): SheetEmu { return this.insertRowsAfter(afterPosition, 1); }
  insertRowBefore(beforePosition: number): SheetEmu { return this.insertRowsBefore(beforePosition, 1); }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkColumns(columnPosition, howMany);
    const g = this._wb.grid(this._ws);
    if (howMany >= g.cols) throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    deleteColumnsIn(this._ws, columnPosition, howMany);
    this._wb.setGrid(this._ws, { rows: g.rows, cols: g.cols - howMany });
  }

  deleteColumn(columnPosition: number): SheetEmu {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  private insertColumnsAt(at: number, howMany: number): void {
    const g = this._wb.grid(this._ws);
    this._wb.setGrid(this._ws, { rows: g.rows, cols: g.cols + howMany });
    insertColumnsIn(this._ws, at, howMany);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetEmu {
    this.checkColumns(afterPosition, 1);
    requireInt(howMany, 'howMany');
    if (howMany < 1) throw new Error('Those columns are out of bounds.');
    this.insertColumnsAt(afterPosition + 1, howMany);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): SheetEmu {
    this.checkColumns(beforePosition, 1);
    requireInt(howMany, 'howMany');
    if (howMany < 1) throw new Error('Those columns are out of bounds.');
    this.insertColumnsAt(beforePosition, howMany);
    return this;
  }

  insertColumnAfter(afterPosition: number): SheetEmu { return this.insertColumnsAfter(afterPosition, 1); }
  insertColumnBefore(beforePosition: number): SheetEmu { return this.insertColumnsBefore(beforePosition, 1); }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.checkColumns(columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._ws.getColumn(c).hidden = true;
    this._wb.markDirty();
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.checkColumns(columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._ws.getColumn(c).hidden = false;
    this._wb.markDirty();
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this.checkColumns(columnPosition, 1);
    return Boolean(this._ws.getColumn(columnPosition).hidden);
  }

  // ----- view -----

  private view(): Record<string, unknown> {
    return (this._ws.views?.[0] as Record<string, unknown> | undefined) ?? {};
  }

  private setView(patch: { xSplit?: number; ySplit?: number }): void {
    const current = this.view();
    const xSplit = patch.xSplit ?? Number(current.xSplit ?? 0);
    const ySplit = patch.ySplit ?? Number(current.ySplit ?? 0);
    const next: Record<string, unknown> = { ...current, xSplit, ySplit };
    next.state = xSplit > 0 || ySplit > 0 ? 'frozen' : 'normal';
    if (next.state === 'frozen') {
      next.topLeftCell = `${columnToLetters(xSplit + 1)}${ySplit + 1}`;
    } else {
      delete next.topLeftCell;
    }
    this._ws.views = [next as never, ...(this._ws.views ?? []).slice(1)];
    this._wb.markDirty();
  }

  getFrozenRows(): number {
    const v = this.view();
    return v.state === 'frozen' ? Number(v.ySplit ?? 0) : 0;
  }

  setFrozenRows(rows: number): void {
    requireInt(rows, 'rows');
    if (rows < 0 || rows > this.getMaxRows()) throw new Error('Those rows are out of bounds.');
    this.setView({ ySplit: rows });
  }

  getFrozenColumns(): number {
    const v = this.view();
    return v.state === 'frozen' ? Number(v.xSplit ?? 0) : 0;
  }

  setFrozenColumns(columns: number): void {
    requireInt(columns, 'columns');
    if (columns < 0 || columns > this.getMaxColumns()) throw new Error('Those columns are out of bounds.');
    this.setView({ xSplit: columns });
  }

  /**
   * Widths are pixels in Apps Script and characters in xlsx; Excel's rule is
   * pixels = characters * 7 + 5 for its default font.
   */
  getColumnWidth(columnPosition: number): number {
    this.checkColumns(columnPosition, 1);
    const w = this._ws.getColumn(columnPosition).width;
    return typeof w === 'number' ? Math.round(w * 7 + 5) : DEFAULT_COLUMN_PX;
  }

  setColumnWidth(columnPosition: number, width: number): SheetEmu {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetEmu {
    this.checkColumns(startColumn, numColumns);
    if (typeof width !== 'number' || !(width >= 0)) {
      throw new Error(`Sheet.setColumnWidth: expected a width in pixels, got ${JSON.stringify(width)}.`);
    }
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      this._ws.getColumn(c).width = Math.max(0, (width - 5) / 7);
    }
    this._wb.markDirty();
    return this;
  }

  /** Sheets sizes columns to their content; an .xlsx viewer does that itself, so nothing is stored. */
  autoResizeColumns(startColumn: number, numColumns: number): SheetEmu {
    this.checkColumns(startColumn, numColumns);
    return this;
  }

  autoResizeColumn(columnPosition: number): SheetEmu {
    return this.autoResizeColumns(columnPosition, 1);
  }

  getTabColor(): string | null {
    return xlsxColorToHex((this._ws.properties as unknown as { tabColor?: never }).tabColor);
  }

  setTabColor(color: string | null): SheetEmu {
    const props = { ...this._ws.properties } as Record<string, unknown>;
    if (color) props.tabColor = { argb: hexToArgb(normalizeColor(color, 'Sheet.setTabColor')) };
    else delete props.tabColor;
    this._ws.properties = props as never;
    this._wb.markDirty();
    return this;
  }

  hideSheet(): SheetEmu {
    const visible = this._wb.sheets().filter((ws) => ws.state === 'visible' || ws.state === undefined);
    if (visible.length <= 1 && visible[0] === this._ws) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this._ws.state = 'hidden';
    this._wb.markDirty();
    return this;
  }

  showSheet(): SheetEmu {
    this._ws.state = 'visible';
    this._wb.markDirty();
    return this;
  }

  isSheetHidden(): boolean {
    return this._ws.state === 'hidden' || this._ws.state === 'veryHidden';
  }

  // ----- clearing -----

  private wholeUsed(): RangeEmu | null {
    const rows = this._ws.rowCount;
    let cols = 0;
    this._ws.eachRow({ includeEmpty: true }, (row) => { cols = Math.max(cols, row.cellCount); });
    if (rows === 0 || cols === 0) return null;
    return new RangeEmu(this, 1, 1, rows, cols);
  }

  /** The whole grid: clearing formats there also clears the formats its columns give blank rows. */
  private wholeGrid(): RangeEmu {
    return new RangeEmu(this, 1, 1, this.getMaxRows(), this.getMaxColumns());
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): SheetEmu {
    const o = options ?? {};
    if (!o.formatOnly || o.contentsOnly) this.wholeUsed()?.clearContent();
    if (!o.contentsOnly || o.formatOnly) this.wholeGrid().clearFormat();
    this._wb.markDirty();
    return this;
  }

  clearContents(): SheetEmu {
    this.wholeUsed()?.clearContent();
    return this;
  }

  clearFormats(): SheetEmu {
    this.wholeGrid().clearFormat();
    return this;
  }

  clearNotes(): SheetEmu {
    this.wholeUsed()?.clearNote();
    return this;
  }
}

// Compile-time: Sheet keeps to Apps Script's Sheet (see ../conformance.ts).
type _SheetConforms = Assert<Conforms<SheetEmu, GoogleAppsScript.Spreadsheet.Sheet>>;
