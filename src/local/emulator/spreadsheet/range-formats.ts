/**
 * What a Range's formats are in the .xlsx: how a background, number format,
 * font colour or horizontal alignment is read from an exceljs style and put
 * into one, and how every cell of a range gets a new format (a range down to
 * the grid's last row changes its columns' format, not a cell per row). Kept
 * out of range.ts so the Range class holds its methods and their Apps Script
 * checks, and this module the spreadsheet file's side of formats.
 */
import type { Cell, Style, Worksheet } from 'exceljs';
import type { Workbook } from '../workbook';
import { hexToArgb, normalizeColor, xlsxColorToHex } from './colors';
import { columnStyle, keepShownStyle, styleAt } from './cells';

/** The cells a range covers, and what of its sheet formatting them needs. */
interface RangeArea {
  readonly _sheet: { _ws: Worksheet; _wb: Workbook; getMaxRows(): number };
  readonly _row: number;
  readonly _col: number;
  readonly _numRows: number;
  readonly _numCols: number;
}

/** Apps Script's "automatic" number format, as getNumberFormat reports it. */
const AUTOMATIC_FORMAT = '0.###############';

function withoutKey(style: Partial<Style>, key: keyof Style): Partial<Style> {
  const next = { ...style };
  delete next[key];
  return next;
}

/** Writes every cell of the range, making the cells it lacks (values and notes are written through it too). */
export function eachCell(area: RangeArea, write: (cell: Cell, r: number, c: number) => void): void {
  for (let r = 0; r < area._numRows; r++) {
    const row = area._sheet._ws.getRow(area._row + r);
    for (let c = 0; c < area._numCols; c++) write(row.getCell(area._col + c), r, c);
  }
  area._sheet._wb.markDirty();
}

/** The format each cell of the range shows (a cell never made shows its column's). */
export function readStyles<T>(area: RangeArea, read: (style: Partial<Style>) => T): T[][] {
  const ws = area._sheet._ws;
  const out: T[][] = [];
  for (let r = 0; r < area._numRows; r++) {
    const line: T[] = [];
    for (let c = 0; c < area._numCols; c++) line.push(read(styleAt(ws, area._row + r, area._col + c)));
    out.push(line);
  }
  return out;
}

/**
 * Gives every cell of the range the format `next` makes of its own. A range
 * that reaches the grid's last row changes its columns' format instead of
 * making a cell per row: the cells it holds are changed one by one, the rows
 * without a cell show the column's new format, and cells above the range that
 * were never made are made first with the format they show, so they keep it.
 */
export function restyle(area: RangeArea, next: (style: Partial<Style>) => Partial<Style>): void {
  const ws = area._sheet._ws;
  const lastRow = area._row + area._numRows - 1;
  const toGridEnd = lastRow >= area._sheet.getMaxRows() && area._row - 1 < area._numRows;
  if (!toGridEnd) {
    eachCell(area, (cell) => { cell.style = next(cell.style) as Style; });
    return;
  }
  for (let c = area._col; c <= area._col + area._numCols - 1; c++) {
    for (let r = 1; r < area._row; r++) keepShownStyle(ws, r, c);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cell = r >= area._row ? row.findCell(c) : undefined;
      if (cell) cell.style = next(cell.style) as Style;
    });
    ws.getColumn(c).style = next(columnStyle(ws, c)) as Style;
  }
  area._sheet._wb.markDirty();
}

/** The background getBackgrounds reports: white unless the cell has a solid fill. */
export function backgroundOf(style: Partial<Style>): string {
  const fill = style.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return '#ffffff';
  return xlsxColorToHex(fill.fgColor) ?? '#ffffff';
}

/** `style` with background `color` (null or '' removes it); a colour Apps Script rejects throws. */
export function withBackground(style: Partial<Style>, color: unknown): Partial<Style> {
  if (color === null || color === undefined || color === '') return withoutKey(style, 'fill');
  const argb = hexToArgb(normalizeColor(String(color), 'Range.setBackground'));
  return { ...style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } };
}

/** The number format getNumberFormats reports: Apps Script's automatic one for a cell with none. */
export function numberFormatOf(style: Partial<Style>): string {
  const f = style.numFmt;
  return !f || f === 'General' ? AUTOMATIC_FORMAT : f;
}

export function withNumberFormat(style: Partial<Style>, fmt: unknown): Partial<Style> {
  if (fmt === null || fmt === undefined || fmt === '' || fmt === AUTOMATIC_FORMAT) return withoutKey(style, 'numFmt');
  return { ...style, numFmt: String(fmt) };
}

/** `style` with font colour `argb` (undefined removes it: the default black). */
export function withFontColor(style: Partial<Style>, argb: string | undefined): Partial<Style> {
  const font = { ...style.font } as Record<string, unknown>;
  if (argb) font.color = { argb };
  else delete font.color;
  return { ...style, font: font as Style['font'] };
}

/** The horizontal alignments setHorizontalAlignment takes (lower case), as the .xlsx keeps them: none for Apps Script's normal/general. */
export const HORIZONTAL_ALIGNMENTS: Record<string, 'left' | 'center' | 'right' | undefined> = {
  left: 'left', center: 'center', right: 'right', normal: undefined, general: undefined,
};

export function withHorizontalAlignment(style: Partial<Style>, key: string): Partial<Style> {
  const next = { ...style.alignment } as Record<string, unknown>;
  if (HORIZONTAL_ALIGNMENTS[key]) next.horizontal = HORIZONTAL_ALIGNMENTS[key];
  else delete next.horizontal;
  return { ...style, alignment: next as Style['alignment'] };
}
