/**
 * Reads the workbook once. Where the advanced Sheets service may be used (an
 * authorized execution: the menu, a page's call, an installable trigger), the
 * contract's tabs come in one `Sheets.Spreadsheets.Values.batchGet` (one
 * request whatever the number of tabs: 250 ms and ~4 µs a cell, against
 * 110 ms and 8.5 µs a cell for each tab's getValues, COSTS.md), their date
 * serials turned back into the Dates getValues gives (core/schema/serials.ts);
 * the other sheets, and every sheet in a simple trigger or when the API
 * refuses (its 60 reads a minute per user), with one getDataRange().getValues()
 * each. Either way the cost depends on the number of tabs only, never on rows.
 * Text comes back as its author typed it (without the apostrophe that kept it
 * from becoming a formula when LO Desk wrote it).
 */
import { rectangle } from '../../core/grid';
import { datesFromSerials } from '../../core/schema/serials';
import { tabForSheetName } from '../../core/schema/headers';
import { valuesAsTyped } from '../../core/text';
import { quotedSheet_ } from './sheets-api';

interface RawTab {
  name: string;
  values: unknown[][];
}

export interface RawWorkbook {
  tabs: RawTab[];
  timeZone: string;
  /**
   * With `datesLater`, true when the contract tabs came through the API and
   * their date columns still hold its serial numbers: the caller turns them
   * into Dates (core/schema/serials.ts datesFromSerials) for the rows it reads.
   */
  serials?: boolean;
}

/** The spreadsheet the execution works on: the open one, or the one stored for triggers. */
export function activeSpreadsheet_(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('LO Desk: no spreadsheet is open.');
  return ss;
}

/**
 * The read the caller guard already made of the active spreadsheet, handed to
 * the guarded action's first read instead of reading every tab a second time
 * (src/addon/guard.ts sets it around the action; the guarded actions read only
 * the active spreadsheet, and nothing writes between the two).
 */
let guardRead: RawWorkbook | null = null;

export function withGuardRead_<R>(raw: RawWorkbook, fn: () => R): R {
  guardRead = raw;
  try {
    return fn();
  } finally {
    guardRead = null;
  }
}

/**
 * The named contract tabs through the API, or null when it refuses (the caller
 * then reads them one by one); `timeZone` null: with their serial numbers left as they came.
 */
function batchRead_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, api: GoogleAppsScript.Sheets, names: string[], timeZone: string | null): Map<string, unknown[][]> | null {
  if (!names.length) return new Map();
  try {
    const res = api.Spreadsheets!.Values!.batchGet(ss.getId(), {
      ranges: names.map(quotedSheet_),
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    });
    const ranges = res.valueRanges ?? [];
    if (ranges.length !== names.length) return null;
    // The answer holds a ValueRange per range asked, in the order asked.
    return new Map(names.map((name, i) => {
      const values = rectangle(ranges[i].values);
      return [name, timeZone === null ? values : datesFromSerials(name, values, timeZone)];
    }));
  } catch (err) {
    console.warn(`LO Desk: reading through the Sheets API failed, reading tab by tab instead: ${(err as Error).message}`);
    return null;
  }
}

/**
 * Every sheet (or those `only` keeps). `api`: the advanced Sheets service,
 * or null where it may not be called (a simple trigger runs in
 * AuthMode.LIMITED, where an advanced service is refused). `datesLater`: a
 * caller that reads only some rows converts the API's serials itself (see
 * RawWorkbook.serials), instead of every date cell being converted here.
 */
export function readWorkbook_(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  only?: (name: string) => boolean,
  api: GoogleAppsScript.Sheets | null = null,
  datesLater = false,
): RawWorkbook {
  if (guardRead) {
    const raw = guardRead;
    // Once: a later read in the same action must see what the action wrote.
    guardRead = null;
    return only ? { ...raw, tabs: raw.tabs.filter((t) => only(t.name)) } : raw;
  }
  const timeZone = ss.getSpreadsheetTimeZone();
  const sheets = ss.getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter((s) => !only || only(s.name));
  const contract = sheets.filter((s) => tabForSheetName(s.name) !== undefined).map((s) => s.name);
  const viaApi = api ? batchRead_(ss, api, contract, datesLater ? null : timeZone) : null;
  const tabs: RawTab[] = sheets.map(({ sheet, name }) => ({
    name,
    values: valuesAsTyped(viaApi?.get(name) ?? sheet.getDataRange().getValues()),
  }));
  return datesLater && viaApi ? { tabs, timeZone, serials: true } : { tabs, timeZone };
}
