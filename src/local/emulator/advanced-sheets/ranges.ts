/**
 * A1 ranges as the Sheets API takes them: `Sheet`, `'It''s'`, `Sheet!A1:C9`,
 * `Sheet!A2:C` (to the last row), `Sheet!B:B`, `Sheet!A1`. A range the API
 * could not parse, or naming no sheet of the spreadsheet, is refused with its
 * words; one past the grid, too (the stricter reading for spreadsheets.get).
 */
import { lettersToColumn as column } from '../spreadsheet/a1';
import type { SheetEmu } from '../spreadsheet/sheet';

export interface GridRange {
  sheet: SheetEmu;
  /** 1-based, inclusive. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

const CELL = /^([A-Za-z]{1,3})?(\d+)?$/;

export function parseRange(text: string, sheets: readonly SheetEmu[]): GridRange | string {
  const bad = `Unable to parse range: ${text}`;
  if (typeof text !== 'string' || text === '') return bad;
  let name: string;
  let rest: string | null = null;
  if (text.startsWith("'")) {
    const end = /^'((?:[^']|'')*)'(?:!(.*))?$/.exec(text);
    if (!end) return bad;
    name = end[1].replace(/''/g, "'");
    rest = end[2] ?? null;
  } else {
    const bang = text.lastIndexOf('!');
    name = bang < 0 ? text : text.slice(0, bang);
    rest = bang < 0 ? null : text.slice(bang + 1);
  }
  const sheet = sheets.find((s) => s.getName() === name);
  if (!sheet) return bad;
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (rest === null) return { sheet, row: 1, col: 1, numRows: maxRows, numCols: maxCols };
  const [a, b = a] = rest.split(':');
  const p = CELL.exec(a);
  const q = CELL.exec(b);
  if (!p || !q || rest.split(':').length > 2 || a === '' || b === '') return bad;
  // A1 needs both parts; "A" (a column) and "2" (a row) are whole columns or rows.
  const r1 = p[2] ? Number(p[2]) : 1;
  const c1 = p[1] ? column(p[1]) : 1;
  const r2 = q[2] ? Number(q[2]) : maxRows;
  const c2 = q[1] ? column(q[1]) : maxCols;
  if (r1 < 1 || r2 < r1 || c2 < c1) return bad;
  if (r2 > maxRows || c2 > maxCols) {
    return `Range ('${name}'!${rest}) exceeds grid limits. Max rows: ${maxRows}, max columns: ${maxCols}`;
  }
  return { sheet, row: r1, col: c1, numRows: r2 - r1 + 1, numCols: c2 - c1 + 1 };
}
