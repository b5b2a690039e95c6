/**
 * A1 notation: column letters, cell addresses and range strings, in the
 * forms Apps Script accepts (A1, A1:B2, A:A, 2:2, A2:A, $A$1, Sheet!A1).
 */

export function columnToLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnToLetters(col)}${row}`;
}

/** A parsed range reference; a missing bound means "to the edge of the sheet". */
export interface A1Ref {
  sheetName?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(text: string): { col?: number; row?: number } | null {
  const m = PART.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? lettersToColumn(m[1]) : undefined;
  const row = m[2] ? Number(m[2]) : undefined;
  if (row === 0) return null;
  return { col, row };
}

/** Splits an optional sheet prefix ('Sheet 1'!A1 or Sheet1!A1) from the address. */
function splitSheet(a1: string): { sheetName?: string; address: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { address: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) {
    name = name.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName: name, address: a1.slice(bang + 1) };
}

/** Returns null when the text is not a range reference. */
export function parseA1(a1: string): A1Ref | null {
  const { sheetName, address } = splitSheet(a1.trim());
  const pieces = address.split(':');
  if (pieces.length > 2 || pieces.some((p) => p === '')) return null;
  const a = parsePart(pieces[0]);
  if (!a) return null;
  if (pieces.length === 1) {
    if (a.col === undefined || a.row === undefined) return null;
    return { sheetName, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parsePart(pieces[1]);
  if (!b) return null;
  // A whole-row reference (2:5) has no columns on either side; a whole-column one
  // (A:C) has no rows on either side; A2:A is open at the bottom.
  if (a.col === undefined && b.col !== undefined) return null;
  if (a.row === undefined && a.col !== undefined && b.row !== undefined) return null;
  const ref: A1Ref = {
    sheetName,
    startRow: a.row ?? 1,
    startCol: a.col ?? 1,
    endRow: b.row,
    endCol: b.col,
  };
  if (a.col === undefined) ref.endCol = undefined;
  if (a.row === undefined) ref.startRow = 1;
  return ref;
}

/** Quotes a sheet name for use in a reference when it needs quoting. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
