/**
 * The advanced Sheets service (Sheets API v4, enabled in appsscript.json as
 * `Sheets`): one `get` reads the notes and fills of every range asked, one
 * `batchUpdate` writes every changed cell, where SpreadsheetApp needs a call
 * per tab and per kind. It needs authorization, so a simple trigger
 * (AuthMode.LIMITED) cannot use it: onEdit does not ask for it and uses
 * SpreadsheetApp.
 *
 * Values go as `userEnteredValue.stringValue` / `numberValue` (the API's RAW
 * input): Sheets stores a stringValue as text whatever it starts with, so no
 * text can become a formula and no apostrophe is needed (one would be kept as
 * part of the text). This module never builds a formulaValue.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

/** The advanced service, or null where it is not enabled (callers in a simple trigger do not ask for it). */
export function sheetsApi_(): GoogleAppsScript.Sheets | null {
  return typeof Sheets === 'undefined' || !Sheets ? null : Sheets;
}

/** A sheet's name as an A1 range of the API: quoted, a quote inside doubled (the whole sheet when used alone). */
export function quotedSheet_(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** A1 of a rectangle on a named sheet, quoted as the API wants it. */
export function a1Range_(sheetName: string, row: number, col: number, numRows: number, numCols: number): string {
  const letter = (c: number) => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  return `${quotedSheet_(sheetName)}!${letter(col)}${row}:${letter(col + numCols - 1)}${row + numRows - 1}`;
}

interface NotesAndFills {
  notes: string[][];
  backgrounds: (string | null)[][];
}

const hex2 = (x: number | undefined) => Math.round((x ?? 0) * 255).toString(16).padStart(2, '0');

/**
 * Notes and fills of each range, in one request. A cell the API leaves out
 * (it drops trailing empty cells and rows) has no note and no fill.
 */
export function readNotesAndFills_(api: GoogleAppsScript.Sheets, id: string, ranges: { a1: string; numRows: number; numCols: number }[]): NotesAndFills[] {
  if (!ranges.length) return [];
  const res = api.Spreadsheets!.get(id, {
    ranges: ranges.map((r) => r.a1),
    fields: 'sheets(properties(title),data(rowData(values(note,userEnteredFormat.backgroundColor))))',
  });
  // The answer lists each sheet once, in the spreadsheet's order, with its ranges' data in the order asked.
  const byTitle = new Map((res.sheets ?? []).map((s) => [s.properties?.title ?? '', [...(s.data ?? [])]]));
  return ranges.map((r) => {
    const title = r.a1.slice(1, r.a1.lastIndexOf("'!")).replace(/''/g, "'");
    const data = byTitle.get(title)?.shift();
    const notes: string[][] = [];
    const backgrounds: (string | null)[][] = [];
    for (let i = 0; i < r.numRows; i++) {
      const values = data?.rowData?.[i]?.values ?? [];
      const n: string[] = [];
      const b: (string | null)[] = [];
      for (let j = 0; j < r.numCols; j++) {
        const cell = values[j];
        n.push(cell?.note ?? '');
        const c = cell?.userEnteredFormat?.backgroundColor;
        b.push(c ? `#${hex2(c.red)}${hex2(c.green)}${hex2(c.blue)}` : null);
      }
      notes.push(n);
      backgrounds.push(b);
    }
    return { notes, backgrounds };
  });
}

/** A hex colour as the API's Color. */
function color(hex: string): GoogleAppsScript.Sheets.Schema.Color {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/** Collects the cells to write, then sends them in one batchUpdate (none when nothing changed). */
export class CellBatch_ {
  private readonly requests: Request[] = [];
  /** Each sheet's id, asked once (Sheet.getSheetId is a call). */
  private readonly ids = new Map<Sheet, number>();

  private idOf(sheet: Sheet): number {
    let id = this.ids.get(sheet);
    if (id === undefined) {
      id = sheet.getSheetId();
      this.ids.set(sheet, id);
    }
    return id;
  }

  /** One cell's note and/or fill (undefined: left as it is; fill null: no fill). */
  mark(sheet: Sheet, row: number, col: number, note: string | undefined, fill: string | null | undefined): void {
    const fields: string[] = [];
    const cell: GoogleAppsScript.Sheets.Schema.CellData = {};
    if (note !== undefined) {
      fields.push('note');
      if (note !== '') cell.note = note;
    }
    if (fill !== undefined) {
      fields.push('userEnteredFormat.backgroundColor');
      if (fill !== null) cell.userEnteredFormat = { backgroundColor: color(fill) };
    }
    if (!fields.length) return;
    this.requests.push({ updateCells: { start: { sheetId: this.idOf(sheet), rowIndex: row - 1, columnIndex: col }, rows: [{ values: [cell] }], fields: fields.join(',') } });
  }

  /** A block of values from sheet row `row`, 0-based column `col` ('' clears the cell). */
  values(sheet: Sheet, row: number, col: number, values: readonly (readonly (string | number)[])[]): void {
    const rows = values.map((line) => ({
      values: line.map((v) => (v === '' ? {} : { userEnteredValue: typeof v === 'number' ? { numberValue: v } : { stringValue: String(v) } })),
    }));
    this.requests.push({ updateCells: { start: { sheetId: this.idOf(sheet), rowIndex: row - 1, columnIndex: col }, rows, fields: 'userEnteredValue' } });
  }

  get size(): number {
    return this.requests.length;
  }

  send(api: GoogleAppsScript.Sheets, id: string): void {
    if (this.requests.length) api.Spreadsheets!.batchUpdate({ requests: this.requests }, id);
    this.requests.length = 0;
  }
}
