/**
 * Spreadsheet: the workbook as a whole: its sheets (the Sheet objects it
 * handed out, by worksheet id), name, time zone, locale, developer metadata,
 * and toasts (recorded in the UiRecord).
 */
import type { Assert, Conforms } from '../conformance';
import type { Worksheet } from 'exceljs';
import type { UiRecord } from '../types';
import { META_SHEET, type Workbook } from '../workbook';
import { parseA1 } from './a1';
import { wsInternals } from './cells';
import { addDeveloperMetadata, type DeveloperMetadataEmu, listDeveloperMetadata } from './developer-metadata';
import type { RangeEmu } from './range';
import { SheetEmu } from './sheet';
import type { WorkbookHolder } from './workbook-holder';

/** Characters an .xlsx sheet name cannot hold (Sheets itself allows them). */
const BAD_SHEET_NAME = /[*?:/\\[\]]/;

function checkSheetName(name: unknown, method: string): string {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new Error(`${method}: a sheet name must be a non-empty string.`);
  }
  if (name.length > 31 || BAD_SHEET_NAME.test(name) || /^'|'$/.test(name)) {
    throw new Error(
      `${method}: the sheet name "${name}" cannot be stored in an .xlsx file `
      + '(at most 31 characters, none of * ? : \\ / [ ], no leading or trailing apostrophe).',
    );
  }
  if (name === META_SHEET) throw new Error(`${method}: the sheet name "${name}" is reserved by the local emulator.`);
  return name;
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export class SpreadsheetEmu {
  readonly gasType = 'Spreadsheet';
  private readonly sheetObjects = new Map<number, SheetEmu>();
  private active: SheetEmu | null = null;

  constructor(readonly _holder: WorkbookHolder, private readonly ui: UiRecord, private readonly localeOverride?: string) {}

  get _wb(): Workbook {
    return this._holder.wb;
  }

  /** The Sheet objects handed out, by worksheet id (rebound when a sync renumbers a new sheet). */
  _sheetObjects(): Map<number, SheetEmu> {
    return this.sheetObjects;
  }

  readonly _resolveRange = (a1: string): RangeEmu | null => {
    const ref = parseA1(a1);
    if (!ref) return null;
    const sheet = ref.sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(ref.sheetName);
    if (!sheet) return null;
    const bare = a1.slice(a1.lastIndexOf('!') + 1);
    try {
      return sheet.getRange(bare);
    } catch {
      return null;
    }
  };

  _sheetFor(ws: Worksheet): SheetEmu {
    let s = this.sheetObjects.get(ws.id);
    if (!s) {
      s = new SheetEmu(ws.id, this._holder, this);
      this.sheetObjects.set(ws.id, s);
    }
    return s;
  }

  _setActive(sheet: SheetEmu): void {
    this.active = sheet;
  }

  _rename(sheet: SheetEmu, name: string): void {
    checkSheetName(name, 'Sheet.setName');
    const clash = this._wb.sheets().find((ws) => ws !== sheet._ws && ws.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    sheet._ws.name = name;
    this._wb.markDirty();
  }

  getId(): string { return this._wb.id; }
  getName(): string { return this._wb.name; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this._wb.id}/edit`; }

  rename(newName: string): void {
    if (typeof newName !== 'string' || newName.trim() === '') throw new Error('Spreadsheet.rename: a name is required.');
    this._wb.book.title = newName;
    this._wb.markDirty();
  }

  getSpreadsheetTimeZone(): string { return this._wb.timeZone; }

  setSpreadsheetTimeZone(timezone: string): void {
    if (typeof timezone !== 'string' || !isValidTimeZone(timezone)) {
      throw new Error(`Invalid argument: timezone (${JSON.stringify(timezone)} is not an IANA time zone).`);
    }
    this._wb.setMeta('time_zone', timezone);
  }

  getSpreadsheetLocale(): string {
    return this.localeOverride ?? this._wb.getMeta('locale') ?? 'en_US';
  }

  setSpreadsheetLocale(locale: string): void {
    if (typeof locale !== 'string' || !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) {
      throw new Error(`Invalid argument: locale (${JSON.stringify(locale)}; expected a code such as en_US or th_TH).`);
    }
    this._wb.setMeta('locale', locale);
  }

  getSheets(): SheetEmu[] {
    return this._wb.sheets().map((ws) => this._sheetFor(ws));
  }

  getNumSheets(): number {
    return this._wb.sheets().length;
  }

  getSheetByName(name: string): SheetEmu | null {
    const ws = this._wb.sheets().find((w) => w.name === name);
    return ws ? this._sheetFor(ws) : null;
  }

  getSheetById(id: number): SheetEmu | null {
    return this.getSheets().find((s) => s.getSheetId() === id) ?? null;
  }

  getActiveSheet(): SheetEmu {
    if (this.active && this._wb.sheets().includes(this.active._ws)) return this.active;
    const sheets = this._wb.sheets();
    const tab = this._wb.book.views?.[0]?.activeTab;
    const ws = (typeof tab === 'number' && sheets[tab]) || sheets.find((w) => w.state !== 'hidden') || sheets[0];
    return this._sheetFor(ws);
  }

  /** restoreSelection changes nothing: the emulator keeps no selection (getActiveRange is A1). */
  setActiveSheet(sheet: SheetEmu | GoogleAppsScript.Spreadsheet.Sheet, _restoreSelection?: boolean): SheetEmu {
    if (!sheet || (sheet as { gasType?: string }).gasType !== 'Sheet') {
      throw new Error('Spreadsheet.setActiveSheet: expected a Sheet.');
    }
    // Typed as Apps Script's Sheet too; a script can only have sheets from this emulator.
    this.active = sheet as SheetEmu;
    return this.active;
  }

  getRange(a1Notation: string): RangeEmu {
    const r = typeof a1Notation === 'string' ? this._resolveRange(a1Notation) : null;
    if (!r) throw new Error('Range not found');
    return r;
  }

  /**
   * insertSheet() | insertSheet(index) | insertSheet(name) | insertSheet(name, index), each also with
   * options last. options.template (a sheet to copy) is not emulated: refused, not a blank sheet instead.
   */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): SheetEmu {
    const options = [a, b, c].find((x): x is { template?: unknown } => typeof x === 'object' && x !== null);
    if (options?.template !== undefined) {
      throw new Error('Spreadsheet.insertSheet: options.template (a copy of a sheet) is not emulated locally.');
    }
    const sheets = this._wb.sheets();
    let name: string;
    let index = sheets.length;
    if (typeof a === 'number') index = a;
    if (typeof a === 'string') name = a;
    else {
      let n = sheets.length + 1;
      while (sheets.some((ws) => ws.name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (typeof b === 'number') index = b;
    checkSheetName(name, 'Spreadsheet.insertSheet');
    if (sheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (!Number.isInteger(index) || index < 0 || index > sheets.length) {
      throw new Error(`Spreadsheet.insertSheet: sheet index ${String(index)} is out of range (0 to ${sheets.length}).`);
    }
    this._wb.assertRoomFor(1000 * 26);
    const ws = this._wb.book.addWorksheet(name);
    const order = [...sheets];
    order.splice(index, 0, ws);
    order.forEach((w, i) => { wsInternals(w).orderNo = i; });
    this._wb.placeMetaLast();
    this._wb.markDirty();
    const sheet = this._sheetFor(ws);
    this.active = sheet;
    return sheet;
  }

  deleteSheet(target: SheetEmu | GoogleAppsScript.Spreadsheet.Sheet): void {
    if (!target || (target as { gasType?: string }).gasType !== 'Sheet') {
      throw new Error('Spreadsheet.deleteSheet: expected a Sheet.');
    }
    // Typed as Apps Script's Sheet too; a script can only have sheets from this emulator.
    const sheet = target as SheetEmu;
    const sheets = this._wb.sheets();
    if (!sheets.includes(sheet._ws)) throw new Error('Spreadsheet.deleteSheet: that sheet is not in this spreadsheet.');
    if (sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const id = sheet._ws.id;
    this._wb.book.removeWorksheet(id);
    this._wb.forgetSheet(id);
    this.sheetObjects.delete(id);
    if (this.active === sheet) this.active = null;
    this._wb.markDirty();
  }

  getDeveloperMetadata(): DeveloperMetadataEmu[] {
    return listDeveloperMetadata(() => this._wb);
  }

  /**
   * addDeveloperMetadata(key) | addDeveloperMetadata(key, value); returns the spreadsheet, as Apps Script
   * does. A visibility is not emulated (every key here is DOCUMENT-visible, and the emulator has no
   * SpreadsheetApp.DeveloperMetadataVisibility): (key, value, visibility) is refused, (key, visibility)
   * fails as a value that is not a string.
   */
  addDeveloperMetadata(
    key: string,
    value?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): SpreadsheetEmu {
    if (visibility !== undefined) {
      throw new Error('Spreadsheet.addDeveloperMetadata: a visibility is not emulated locally (all developer metadata here is DOCUMENT).');
    }
    addDeveloperMetadata(() => this._wb, key, value);
    return this;
  }

  /** Shows a message in the corner of the spreadsheet: recorded in UiRecord.toasts. */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    if (timeoutSeconds !== undefined && typeof timeoutSeconds !== 'number') {
      throw new Error('Spreadsheet.toast: timeoutSeconds must be a number.');
    }
    this.ui.toasts.push({ message: msg == null ? '' : String(msg), title: title == null ? '' : String(title) });
  }
}

// Compile-time: Spreadsheet keeps to Apps Script's Spreadsheet (see ../conformance.ts).
type _SpreadsheetConforms = Assert<Conforms<SpreadsheetEmu, GoogleAppsScript.Spreadsheet.Spreadsheet>>;
