/**
 * Reads the workbook once: one getDataRange().getValues() per tab, nothing per
 * row, so the cost in Apps Script calls depends on the number of tabs only.
 * Text comes back as its author typed it (without the apostrophe that kept it
 * from becoming a formula when LO Desk wrote it).
 */
import { valuesAsTyped } from '../../core/text';

interface RawTab {
  name: string;
  values: unknown[][];
}

export interface RawWorkbook {
  tabs: RawTab[];
  timeZone: string;
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

export function readWorkbook_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, only?: (name: string) => boolean): RawWorkbook {
  if (guardRead) {
    const raw = guardRead;
    // Once: a later read in the same action must see what the action wrote.
    guardRead = null;
    return only ? { ...raw, tabs: raw.tabs.filter((t) => only(t.name)) } : raw;
  }
  const tabs: RawTab[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (only && !only(name)) continue;
    tabs.push({ name, values: valuesAsTyped(sheet.getDataRange().getValues()) });
  }
  return { tabs, timeZone: ss.getSpreadsheetTimeZone() };
}
