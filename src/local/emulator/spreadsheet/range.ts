/**
 * Range: a rectangle of cells on one sheet, 1-based as in Apps Script.
 * Reads never create cells; writes go through exceljs cells and mark the
 * workbook dirty. What formats are in the .xlsx (and formatting a range down
 * to the grid's end) is in range-formats.ts.
 */
import type { Assert, Conforms } from '../conformance';
import type { Cell, DataValidation as XlsxValidation, Style, Worksheet } from 'exceljs';
import type { Workbook } from '../workbook';
import { cellAddress } from './a1';
import { hexToArgb, normalizeColor, xlsxColorToHex } from './colors';
import { noteText, patchStyle, setNoteText, styleAt, validationModel } from './cells';
import { displayCell } from './display';
import {
  HORIZONTAL_ALIGNMENTS, backgroundOf, eachCell, numberFormatOf, readStyles, restyle, withBackground, withFontColor,
  withHorizontalAlignment, withNumberFormat,
} from './range-formats';
import { DataValidationEmu, type RangeResolver } from './validation';
import {
  MAX_CELL_CHARS, interpretInput, isDateFormat, readCellFormula, readCellValue, type CellInput,
} from './values';

/** What a Range needs from the sheet it belongs to. */
export interface RangeHost {
  readonly gasType: 'Sheet';
  _ws: Worksheet;
  _wb: Workbook;
  _timeZone(): string;
  _locale(): string;
  _resolveRange: RangeResolver;
  _activate(): void;
  getName(): string;
  getMaxRows(): number;
  getMaxColumns(): number;
}

type Matrix<T> = T[][];

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  if (typeof v === 'object') return 'Object';
  return typeof v === 'string' ? 'String' : typeof v === 'number' ? 'number' : typeof v;
}

export class RangeEmu {
  readonly gasType = 'Range';

  constructor(
    readonly _sheet: RangeHost,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {}

  // ----- geometry -----

  getRow(): number { return this._row; }
  getColumn(): number { return this._col; }
  getRowIndex(): number { return this._row; }
  getNumRows(): number { return this._numRows; }
  getNumColumns(): number { return this._numCols; }
  getLastRow(): number { return this._row + this._numRows - 1; }
  getLastColumn(): number { return this._col + this._numCols - 1; }
  getSheet(): RangeHost { return this._sheet; }
  getGridId(): number { return (this._sheet as unknown as { getSheetId(): number }).getSheetId(); }

  getA1Notation(): string {
    const a = cellAddress(this._row, this._col);
    if (this._numRows === 1 && this._numCols === 1) return a;
    return `${a}:${cellAddress(this.getLastRow(), this.getLastColumn())}`;
  }

  getCell(row: number, column: number): RangeEmu {
    if (!Number.isInteger(row) || !Number.isInteger(column)
      || row < 1 || column < 1 || row > this._numRows || column > this._numCols) {
      throw new Error('Cell reference out of range');
    }
    return new RangeEmu(this._sheet, this._row + row - 1, this._col + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeEmu {
    const sheet = this._sheet as unknown as { getRange(r: number, c: number, nr: number, nc: number): RangeEmu };
    return sheet.getRange(
      this._row + rowOffset, this._col + columnOffset, numRows ?? this._numRows, numColumns ?? this._numCols,
    );
  }

  activate(): RangeEmu {
    this._sheet._activate();
    return this;
  }

  // ----- cell access -----

  private findCell(r: number, c: number): Cell | undefined {
    return this._sheet._ws.findRow(r)?.findCell(c);
  }

  private readAll<T>(read: (cell: Cell | undefined) => T): Matrix<T> {
    const out: Matrix<T> = [];
    for (let r = 0; r < this._numRows; r++) {
      const row = this._sheet._ws.findRow(this._row + r);
      const line: T[] = [];
      for (let c = 0; c < this._numCols; c++) line.push(read(row?.findCell(this._col + c)));
      out.push(line);
    }
    return out;
  }

  private checkMatrix(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
      throw new Error(
        `The parameters (${typeName(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (values.length !== this._numRows) {
      throw new Error(
        'The number of rows in the data does not match the number of rows in the range. '
        + `The data has ${values.length} but the range has ${this._numRows}.`,
      );
    }
    for (const row of values as unknown[][]) {
      if (row.length !== this._numCols) {
        throw new Error(
          'The number of columns in the data does not match the number of columns in the range. '
          + `The data has ${row.length} but the range has ${this._numCols}.`,
        );
      }
    }
    return values as unknown[][];
  }

  // ----- values -----

  getValues(): unknown[][] {
    const tz = this._sheet._timeZone();
    return this.readAll((cell) => readCellValue(cell, tz));
  }

  getValue(): unknown {
    return readCellValue(this.findCell(this._row, this._col), this._sheet._timeZone());
  }

  getDisplayValues(): string[][] {
    return this.readAll(displayCell);
  }

  getDisplayValue(): string {
    return displayCell(this.findCell(this._row, this._col));
  }

  isBlank(): boolean {
    return this.readAll((cell) => readCellValue(cell, 'UTC') === '' && readCellFormula(cell) === '')
      .every((row) => row.every(Boolean));
  }

  private interpret(v: unknown, cell: Cell, where: string): CellInput {
    return interpretInput(v, {
      plainText: cell.numFmt === '@',
      tz: this._sheet._timeZone(),
      locale: this._sheet._locale(),
      where,
    });
  }

  private store(cell: Cell, input: CellInput): void {
    if (cell.isMerged && cell.master.address !== cell.address) return;
    switch (input.kind) {
      case 'clear':
        cell.value = null;
        break;
      case 'formula':
        this.storeFormula(cell, input.formula);
        break;
      case 'value':
        cell.value = input.value;
        if (input.dateFormat && !isDateFormat(cell.numFmt)) patchStyle(cell, { numFmt: input.dateFormat });
        if (input.numberFormat && (!cell.numFmt || cell.numFmt === 'General')) {
          patchStyle(cell, { numFmt: input.numberFormat });
        }
        break;
    }
  }

  private storeFormula(cell: Cell, formula: string): void {
    if (formula.length > MAX_CELL_CHARS) {
      throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
    }
    cell.value = { formula } as never;
    // No cached result: ask Excel/LibreOffice to compute formulas when the file opens.
    this._sheet._wb.book.calcProperties = { ...this._sheet._wb.book.calcProperties, fullCalcOnLoad: true };
  }

  /**
   * Emulator-only (the advanced Sheets service's updateCells): stores a value
   * as the API's RAW input does, a string as text whatever it starts with;
   * null clears the cell.
   */
  _setRawValue(value: string | number | boolean | null): RangeEmu {
    if (typeof value === 'string' && value.length > MAX_CELL_CHARS) {
      throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
    }
    eachCell(this, (cell) => this.store(cell, value === null || value === '' ? { kind: 'clear' } : { kind: 'value', value }));
    return this;
  }

  setValues(values: unknown[][]): RangeEmu {
    const data = this.checkMatrix(values, 'setValues');
    // Interpret every value first so a bad one leaves the range untouched.
    const inputs: CellInput[][] = data.map((row, r) => row.map((v, c) => {
      const cell = this._sheet._ws.getRow(this._row + r).getCell(this._col + c);
      return this.interpret(v, cell, `${this._sheet.getName()}!${cellAddress(this._row + r, this._col + c)}`);
    }));
    eachCell(this, (cell, r, c) => this.store(cell, inputs[r][c]));
    return this;
  }

  setValue(value: unknown): RangeEmu {
    const matrix = Array.from({ length: this._numRows }, () => Array.from({ length: this._numCols }, () => value));
    return this.setValues(matrix);
  }

  clearContent(): RangeEmu {
    eachCell(this, (cell) => { cell.value = null; });
    return this;
  }

  // ----- formulas -----

  getFormulas(): string[][] {
    return this.readAll(readCellFormula);
  }

  getFormula(): string {
    return readCellFormula(this.findCell(this._row, this._col));
  }

  setFormulas(formulas: string[][]): RangeEmu {
    const data = this.checkMatrix(formulas, 'setFormulas');
    eachCell(this, (cell, r, c) => {
      const f = data[r][c];
      if (f === null || f === undefined || f === '') cell.value = null;
      else if (typeof f !== 'string') {
        throw new Error(`Range.setFormulas: expected a formula string at row ${r + 1}, column ${c + 1}.`);
      } else if (f.startsWith('=')) this.storeFormula(cell, f.slice(1));
      else this.store(cell, this.interpret(f, cell, cellAddress(this._row + r, this._col + c)));
    });
    return this;
  }

  setFormula(formula: string): RangeEmu {
    const matrix = Array.from({ length: this._numRows }, () => Array.from({ length: this._numCols }, () => formula));
    return this.setFormulas(matrix);
  }

  // ----- notes -----

  getNotes(): string[][] {
    return this.readAll(noteText);
  }

  getNote(): string {
    return noteText(this.findCell(this._row, this._col));
  }

  setNotes(notes: unknown[][]): RangeEmu {
    const data = this.checkMatrix(notes, 'setNotes');
    eachCell(this, (cell, r, c) => setNoteText(cell, data[r][c] == null ? '' : String(data[r][c])));
    return this;
  }

  setNote(note: unknown): RangeEmu {
    const text = note == null ? '' : String(note);
    eachCell(this, (cell) => setNoteText(cell, text));
    return this;
  }

  clearNote(): RangeEmu {
    return this.setNote('');
  }

  // ----- merges -----

  /** Merges the range into one cell: the top-left keeps its value, the others read as '' (as on Google). */
  merge(): RangeEmu {
    this._sheet._ws.mergeCells(this._row, this._col, this._row + this._numRows - 1, this._col + this._numCols - 1);
    return this;
  }

  // ----- formats -----

  getBackgrounds(): string[][] {
    return readStyles(this, backgroundOf);
  }

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }

  setBackground(color: string | null): RangeEmu {
    if (color) normalizeColor(String(color), 'Range.setBackground');
    restyle(this, (style) => withBackground(style, color));
    return this;
  }

  setBackgrounds(colors: (string | null)[][]): RangeEmu {
    const data = this.checkMatrix(colors, 'setBackgrounds');
    for (const row of data) for (const c of row) if (c) normalizeColor(String(c), 'Range.setBackgrounds');
    eachCell(this, (cell, r, c) => { cell.style = withBackground(cell.style, data[r][c]) as Style; });
    return this;
  }

  getNumberFormats(): string[][] {
    return readStyles(this, numberFormatOf);
  }

  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }

  setNumberFormat(numberFormat: string): RangeEmu {
    restyle(this, (style) => withNumberFormat(style, numberFormat));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): RangeEmu {
    const data = this.checkMatrix(numberFormats, 'setNumberFormats');
    eachCell(this, (cell, r, c) => { cell.style = withNumberFormat(cell.style, data[r][c]) as Style; });
    return this;
  }

  getFontWeights(): string[][] {
    return readStyles(this, (style) => (style.font?.bold ? 'bold' : 'normal'));
  }

  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }

  setFontWeight(fontWeight: string | null): RangeEmu {
    if (fontWeight !== null && fontWeight !== undefined && fontWeight !== 'bold' && fontWeight !== 'normal') {
      throw new Error(`Range.setFontWeight: expected 'bold', 'normal' or null, got ${JSON.stringify(fontWeight)}.`);
    }
    restyle(this, (style) => ({ ...style, font: { ...style.font, bold: fontWeight === 'bold' } }));
    return this;
  }

  getFontColors(): string[][] {
    return readStyles(this, (style) => xlsxColorToHex(style.font?.color as never) ?? '#000000');
  }

  getFontColor(): string {
    return this.getFontColors()[0][0];
  }

  setFontColor(color: string | null): RangeEmu {
    const argb = color ? hexToArgb(normalizeColor(String(color), 'Range.setFontColor')) : undefined;
    restyle(this, (style) => withFontColor(style, argb));
    return this;
  }

  setFontSize(size: number): RangeEmu {
    if (typeof size !== 'number' || !(size > 0)) throw new Error('Range.setFontSize: expected a positive number.');
    restyle(this, (style) => ({ ...style, font: { ...style.font, size } }));
    return this;
  }

  getWraps(): boolean[][] {
    return readStyles(this, (style) => style.alignment?.wrapText ?? false);
  }

  getWrap(): boolean {
    return this.getWraps()[0][0];
  }

  setWrap(isWrapEnabled: boolean): RangeEmu {
    restyle(this, (style) => ({ ...style, alignment: { ...style.alignment, wrapText: Boolean(isWrapEnabled) } }));
    return this;
  }

  setHorizontalAlignment(alignment: string | null): RangeEmu {
    const key = alignment == null ? 'normal' : String(alignment).toLowerCase();
    if (!(key in HORIZONTAL_ALIGNMENTS)) {
      throw new Error(`Range.setHorizontalAlignment: expected left, center, right, normal or null, got ${JSON.stringify(alignment)}.`);
    }
    restyle(this, (style) => withHorizontalAlignment(style, key));
    return this;
  }

  getHorizontalAlignment(): string {
    const h = styleAt(this._sheet._ws, this._row, this._col).alignment?.horizontal;
    return h === 'left' || h === 'center' || h === 'right' ? h : 'general';
  }

  clearFormat(): RangeEmu {
    restyle(this, () => ({}));
    return this;
  }

  /** clear() empties contents and formats; options narrow it as in Apps Script. */
  clear(options?: {
    commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean;
  }): RangeEmu {
    const o = options ?? {};
    const narrowed = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!narrowed || o.contentsOnly) this.clearContent();
    if (!narrowed || o.formatOnly) this.clearFormat();
    if (o.commentsOnly) this.clearNote();
    if (o.validationsOnly) this.clearDataValidations();
    return this;
  }

  // ----- data validation -----

  private validationModel(): Record<string, XlsxValidation | undefined> {
    return validationModel(this._sheet._ws);
  }

  private readRule(address: string): DataValidationEmu | null {
    const v = this.validationModel()[address];
    return v ? DataValidationEmu.fromXlsx(v, this._sheet._timeZone(), this._sheet._resolveRange) : null;
  }

  getDataValidations(): (DataValidationEmu | null)[][] {
    const out: (DataValidationEmu | null)[][] = [];
    for (let r = 0; r < this._numRows; r++) {
      const line: (DataValidationEmu | null)[] = [];
      for (let c = 0; c < this._numCols; c++) line.push(this.readRule(cellAddress(this._row + r, this._col + c)));
      out.push(line);
    }
    return out;
  }

  getDataValidation(): DataValidationEmu | null {
    return this.readRule(cellAddress(this._row, this._col));
  }

  private toXlsx(rule: unknown, method: string): XlsxValidation | undefined {
    if (rule === null || rule === undefined) return undefined;
    const candidate = rule as { gasType?: string; toXlsx?: unknown };
    if (candidate.gasType !== 'DataValidation' || typeof candidate.toXlsx !== 'function') {
      throw new Error(`Range.${method}: expected a DataValidation from SpreadsheetApp.newDataValidation()...build().`);
    }
    return (rule as DataValidationEmu).toXlsx(this._sheet._timeZone());
  }

  private writeRules(rules: (XlsxValidation | undefined)[][]): void {
    const model = this.validationModel();
    for (let r = 0; r < this._numRows; r++) {
      for (let c = 0; c < this._numCols; c++) {
        const address = cellAddress(this._row + r, this._col + c);
        const rule = rules[r][c];
        if (rule) model[address] = rule;
        else delete model[address];
      }
    }
    this._sheet._wb.markDirty();
  }

  setDataValidation(rule: DataValidationEmu | GoogleAppsScript.Spreadsheet.DataValidation | null): RangeEmu {
    const x = this.toXlsx(rule, 'setDataValidation');
    this.writeRules(Array.from({ length: this._numRows }, () => Array.from({ length: this._numCols }, () => x)));
    return this;
  }

  setDataValidations(rules: (DataValidationEmu | GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): RangeEmu {
    const data = this.checkMatrix(rules, 'setDataValidations');
    this.writeRules(data.map((row) => row.map((rule) => this.toXlsx(rule, 'setDataValidations'))));
    return this;
  }

  clearDataValidations(): RangeEmu {
    return this.setDataValidation(null);
  }
}

// Compile-time: Range keeps to Apps Script's Range (see ../conformance.ts).
type _RangeConforms = Assert<Conforms<RangeEmu, GoogleAppsScript.Spreadsheet.Range>>;
