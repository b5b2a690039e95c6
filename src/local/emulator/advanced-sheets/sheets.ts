/** Sheets: the advanced service's global, of which the emulator has the Spreadsheets collection (get, batchUpdate). */
import type { Assert, Conforms } from '../conformance';
import type { SpreadsheetEmu } from '../spreadsheet';
import type { ServiceContext } from '../state';
import { SheetsSpreadsheets, type WriteRecorder } from './spreadsheets';

export class AdvancedSheets {
  readonly gasType = 'Sheets';
  readonly Spreadsheets: SheetsSpreadsheets;

  constructor(ctx: ServiceContext, host: () => SpreadsheetEmu | null, recordWrite?: WriteRecorder) {
    this.Spreadsheets = new SheetsSpreadsheets(ctx, host, recordWrite);
  }
}

// Compile-time: Sheets keeps to the advanced service's global (GoogleAppsScript.Sheets, sheets_v4.d.ts; see ../conformance.ts).
type _SheetsConforms = Assert<Conforms<AdvancedSheets, GoogleAppsScript.Sheets>>;

export function createAdvancedSheets(ctx: ServiceContext, host: () => SpreadsheetEmu | null, recordWrite?: WriteRecorder): AdvancedSheets {
  return new AdvancedSheets(ctx, host, recordWrite);
}
