/**
 * The .xlsx file behind the emulated spreadsheet.
 *
 * The exceljs Workbook is the in-memory model, so whatever the emulator does
 * not model (fonts, borders, other sheets, a user's own columns) survives a
 * load/save round trip. What Google keeps outside the grid (the spreadsheet id,
 * its time zone and locale, each sheet's grid size) lives in a very hidden
 * sheet that the Apps Script surface never shows.
 *
 *   const wb = await Workbook.load(path);   // or Workbook.createEmpty(path)
 *   ...run the bundle...
 *   await wb.saveIfDirty();                 // atomic: temp file + rename
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import ExcelJS from 'exceljs';
import { installExceljsSpeed } from './exceljs-speed';

installExceljsSpeed();

export const META_SHEET = '_lodesk_emulator';
const DEFAULT_TIME_ZONE = 'Asia/Bangkok';
/** Sheets' grid for a new sheet. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
/** Google Sheets' limit on cells in one spreadsheet (all sheets' grids). */
export const MAX_CELLS = 10_000_000;

export interface GridSize {
  rows: number;
  cols: number;
}

export class Workbook {
  readonly gasType = 'Workbook';
  /** The exceljs model; the emulator's services read and write it directly. */
  readonly book: ExcelJS.Workbook;
  /** The file this workbook was loaded from or will be saved to, if any. */
  path: string | null;
  private dirty: boolean;
  private readonly meta = new Map<string, string>();
  private readonly grids = new Map<number, GridSize>();

  private constructor(book: ExcelJS.Workbook, path: string | null, dirty: boolean) {
    this.book = book;
    this.path = path;
    this.dirty = dirty;
    const sheet = book.getWorksheet(META_SHEET);
    sheet?.eachRow((row) => {
      const key = row.getCell(1).value;
      const value = row.getCell(2).value;
      if (typeof key === 'string' && value !== null && value !== undefined) {
        this.meta.set(key, String(value));
      }
    });
  }

  static async load(path: string): Promise<Workbook> {
    let data: Buffer;
    try {
      data = await fs.promises.readFile(path);
    } catch (e) {
      throw new Error(`Cannot read the workbook ${path}: ${(e as Error).message}`);
    }
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(data as unknown as ExcelJS.Buffer);
    } catch (e) {
      throw new Error(`${path} is not a readable .xlsx workbook: ${(e as Error).message}`);
    }
    if (book.worksheets.filter((ws) => ws.name !== META_SHEET).length === 0) {
      throw new Error(`${path} has no sheets.`);
    }
    return new Workbook(book, path, false);
  }

  /** A new spreadsheet as Sheets makes one: a single empty "Sheet1". Dirty until saved. */
  static createEmpty(path?: string): Workbook {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1');
    return new Workbook(book, path ?? null, true);
  }

  /** A workbook from exceljs's model of one (as a worker thread read it from a file). */
  static fromModel(model: unknown, path: string | null): Workbook {
    const book = new ExcelJS.Workbook();
    book.model = model as ExcelJS.Workbook['model'];
    return new Workbook(book, path, false);
  }

  /** A deep copy in memory (exceljs's model, which its own reader and writer use): for an execution's sync. */
  clone(): Workbook {
    const book = new ExcelJS.Workbook();
    book.model = this.book.model;
    return new Workbook(book, this.path, this.dirty);
  }

  isDirty(): boolean {
    return this.dirty;
  }

  markDirty(): void {
    this.dirty = true;
  }

  /** Saves when anything changed since load/save; returns whether it wrote. */
  async saveIfDirty(path?: string): Promise<boolean> {
    if (!this.dirty) return false;
    await this.save(path);
    return true;
  }

  /**
   * Writes the whole file atomically: a temp file in the same folder, flushed,
   * then renamed over the target, so a crash never leaves a half-written file.
   */
  async save(path?: string): Promise<void> {
    const target = path ?? this.path;
    if (!target) throw new Error('Workbook.save: no path to save to.');
    this.prepareForSave();
    const data = Buffer.from(await this.book.xlsx.writeBuffer());
    const dir = nodePath.dirname(nodePath.resolve(target));
    const tmp = nodePath.join(dir, `.${nodePath.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      // Keep the permissions of the file being replaced.
      const mode = await fs.promises.stat(target).then((st) => st.mode & 0o777, () => 0o666);
      const handle = await fs.promises.open(tmp, 'w', mode);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(tmp, target);
    } catch (e) {
      await fs.promises.unlink(tmp).catch(() => undefined);
      throw new Error(`Cannot save the workbook ${target}: ${(e as Error).message}`);
    }
    this.path = target;
    this.dirty = false;
  }

  // ----- things Google keeps outside the grid -----

  getMeta(key: string): string | undefined {
    return this.meta.get(key);
  }

  setMeta(key: string, value: string | null): void {
    if (value === null) this.meta.delete(key);
    else this.meta.set(key, value);
    this.writeMetaSheet();
    this.dirty = true;
  }

  /** The spreadsheet id: made once, then kept in the file. */
  get id(): string {
    let id = this.meta.get('id');
    if (!id) {
      // Drive ids are 44 URL-safe characters.
      id = randomBytes(33).toString('base64url');
      this.setMeta('id', id);
    }
    return id;
  }

  get timeZone(): string {
    return this.meta.get('time_zone') ?? DEFAULT_TIME_ZONE;
  }

  /** The file's name without extension, as Drive would show an uploaded file. */
  get name(): string {
    if (this.book.title) return this.book.title;
    if (!this.path) return 'Untitled spreadsheet';
    return nodePath.basename(this.path).replace(/\.xlsx$/i, '');
  }

  /** The user's sheets in tab order (the hidden metadata sheet left out). */
  sheets(): ExcelJS.Worksheet[] {
    return this.book.worksheets.filter((ws) => ws.name !== META_SHEET);
  }

  /** A sheet's grid (getMaxRows/getMaxColumns); never smaller than what it holds. */
  grid(ws: ExcelJS.Worksheet): GridSize {
    let g = this.grids.get(ws.id);
    if (!g) {
      const stored = /^(\d+)x(\d+)$/.exec(this.meta.get(`grid:${ws.id}`) ?? '');
      if (stored) {
        // The recorded grid stands: rows the file keeps blank (formatting left by deleteRows) are not grid rows;
        // only values written outside LO Desk beyond it widen it.
        const held = heldExtent(ws);
        g = { rows: Math.max(Number(stored[1]), held.rows), cols: Math.max(Number(stored[2]), held.cols) };
      } else {
        g = { rows: Math.max(DEFAULT_ROWS, ws.rowCount), cols: Math.max(DEFAULT_COLUMNS, ws.columnCount) };
      }
      this.grids.set(ws.id, g);
    }
    return g;
  }

  /** Resizes a sheet's grid, refusing growth past the 10 million cell limit. */
  setGrid(ws: ExcelJS.Worksheet, size: GridSize): void {
    const old = this.grid(ws);
    const total = this.totalCells() - old.rows * old.cols + size.rows * size.cols;
    if (size.rows * size.cols > old.rows * old.cols && total > MAX_CELLS) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
    this.grids.set(ws.id, { ...size });
    this.setMeta(`grid:${ws.id}`, `${size.rows}x${size.cols}`);
  }

  /** Checks that adding `cells` more cells stays within the limit. */
  assertRoomFor(cells: number): void {
    if (this.totalCells() + cells > MAX_CELLS) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
  }

  totalCells(): number {
    return this.sheets().reduce((n, ws) => {
      const g = this.grid(ws);
      return n + g.rows * g.cols;
    }, 0);
  }

  forgetSheet(id: number): void {
    this.grids.delete(id);
    if (this.meta.has(`grid:${id}`)) this.setMeta(`grid:${id}`, null);
  }

  /** Keeps the metadata sheet last in tab order and very hidden. */
  placeMetaLast(): void {
    const meta = this.book.getWorksheet(META_SHEET);
    let order = 0;
    const setOrder = (ws: ExcelJS.Worksheet, n: number): void => {
      (ws as unknown as { orderNo: number }).orderNo = n;
    };
    for (const ws of this.book.worksheets) if (ws !== meta) setOrder(ws, order++);
    if (meta) setOrder(meta, order);
  }

  private writeMetaSheet(): void {
    let sheet = this.book.getWorksheet(META_SHEET);
    if (!sheet) {
      sheet = this.book.addWorksheet(META_SHEET, { state: 'veryHidden' });
      this.placeMetaLast();
    }
    const keys = [...this.meta.keys()].sort();
    const old = sheet.rowCount;
    keys.forEach((key, i) => {
      const row = sheet!.getRow(i + 1);
      row.getCell(1).value = key;
      row.getCell(2).value = this.meta.get(key) ?? null;
    });
    for (let r = keys.length + 1; r <= old; r++) {
      const row = sheet.getRow(r);
      row.getCell(1).value = null;
      row.getCell(2).value = null;
    }
  }

  /**
   * exceljs drops a note on a cell with no value and the default style (it never
   * writes the <c> element the note hangs on). An explicit protection style makes
   * it write the cell, so notes on empty cells survive.
   */
  private prepareForSave(): void {
    for (const ws of this.sheets()) {
      // Rows holding only a noted empty cell count as empty to eachRow: visit all.
      ws.eachRow({ includeEmpty: true }, (row) => {
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (cell.note && (cell.value === null || cell.value === undefined)) {
            cell.style = { ...cell.style, protection: { locked: true } };
          }
        });
      });
    }
  }
}

/** The last row and column that hold a value (not merely formatting). */
function heldExtent(ws: ExcelJS.Worksheet): GridSize {
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined || cell.value === '') return;
      rows = Math.max(rows, n);
      cols = Math.max(cols, c);
    });
  });
  return { rows, cols };
}
