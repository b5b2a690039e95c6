/**
 * What each Apps Script call costs on Google, in milliseconds: the one table
 * the emulator charges from. The figures are the central ones of
 * docs/COSTS.md (copied from ../shared/; its sources and low/high bounds are there); where that
 * table has no line for a call, the figure is an assumption marked below.
 * Correct it here when someone measures on a real account.
 *
 * Every emulated call advances the execution's Google clock by its cost
 * (google-clock.ts), so `Date.now()` inside the bundle, the 4.5-minute
 * budget and the 6-minute kill all run in predicted Google time.
 */

interface CallCost {
  /** Fixed cost of one call. */
  ms: number;
  /** Extra cost per cell the call reads or writes (Range calls). */
  perCellMs?: number;
  /** Extra cost per request the call sends (UrlFetchApp.fetchAll). */
  perRequestMs?: number;
}

/** Execution start-up, parsing the whole bundle included (assumption; COSTS.md). */
export const EXECUTION_START_MS = 500;
/** The first real Sheets round trip of an execution, on top of that call's own cost (COSTS.md). */
export const FIRST_SHEETS_ROUND_TRIP_MS = 150;

const READ: CallCost = { ms: 110, perCellMs: 0.0085 };
const WRITE: CallCost = { ms: 150, perCellMs: 0.055 };
const METADATA: CallCost = { ms: 5 };
const OPEN: CallCost = { ms: 10 };
/** A DocumentApp element call (the table's largest doubt). */
const DOC_ELEMENT: CallCost = { ms: 40 };
/** Calls that stay inside the execution (builders, Utilities, Logger): assumption. */
const LOCAL: CallCost = { ms: 0.05 };

/** Exact methods first; then the per-class defaults below. */
const BY_METHOD: Record<string, CallCost> = {
  'SpreadsheetApp.getActiveSpreadsheet': OPEN,
  'SpreadsheetApp.getActive': OPEN,
  'SpreadsheetApp.openById': OPEN,
  'SpreadsheetApp.openByUrl': OPEN,
  'SpreadsheetApp.flush': { ms: 300 },
  'SpreadsheetApp.newDataValidation': LOCAL,
  'SpreadsheetApp.getUi': METADATA,
  'Range.getValues': READ,
  'Range.getValue': READ,
  'Range.getDisplayValues': READ,
  'Range.getDisplayValue': READ,
  'Range.getFormulas': READ,
  'Range.getFormula': READ,
  'Range.getNotes': READ,
  'Range.getNote': READ,
  'Range.getBackgrounds': READ,
  'Range.getBackground': READ,
  'Range.getNumberFormats': READ,
  'Range.getNumberFormat': READ,
  'Range.getFontWeights': READ,
  'Range.getFontColors': READ,
  'Range.getWraps': READ,
  'Range.getDataValidations': READ,
  'Range.getDataValidation': READ,
  'Range.isBlank': READ,
  'Range.setValues': WRITE,
  'Range.setValue': WRITE,
  'Range.setFormulas': WRITE,
  'Range.setFormula': WRITE,
  'Range.setNotes': WRITE,
  'Range.setNote': WRITE,
  'Range.clearNote': WRITE,
  'Range.setBackgrounds': WRITE,
  'Range.setBackground': WRITE,
  'Range.setNumberFormats': WRITE,
  'Range.setNumberFormat': WRITE,
  'Range.setDataValidations': WRITE,
  'Range.setDataValidation': WRITE,
  'Range.clearDataValidations': WRITE,
  'Range.clearContent': WRITE,
  'Range.clear': WRITE,
  'Range.clearFormat': WRITE,
  'Range.setFontWeight': WRITE,
  'Range.setFontColor': WRITE,
  'Range.setFontSize': WRITE,
  'Range.setWrap': WRITE,
  'Range.setHorizontalAlignment': WRITE,
  'Range.merge': WRITE,
  // One write round trip for all its ranges (assumption: priced as a Range write over their cells).
  'RangeList.setBackground': WRITE,
  // Sheet calls that reach the server (assumption: priced as one write round trip).
  'Sheet.appendRow': WRITE,
  'Sheet.insertRowsAfter': WRITE,
  'Sheet.insertRowsBefore': WRITE,
  'Sheet.insertRows': WRITE,
  'Sheet.deleteRows': WRITE,
  'Sheet.deleteRow': WRITE,
  'Sheet.insertColumnsAfter': WRITE,
  'Sheet.insertColumnsBefore': WRITE,
  'Sheet.deleteColumns': WRITE,
  'Sheet.deleteColumn': WRITE,
  'Sheet.setFrozenRows': WRITE,
  'Sheet.setFrozenColumns': WRITE,
  'Sheet.setColumnWidth': WRITE,
  'Sheet.setColumnWidths': WRITE,
  'Sheet.autoResizeColumns': WRITE,
  'Sheet.autoResizeColumn': WRITE,
  'Sheet.hideColumns': WRITE,
  'Sheet.showColumns': WRITE,
  'Sheet.setTabColor': WRITE,
  'Sheet.hideSheet': WRITE,
  'Sheet.showSheet': WRITE,
  'Sheet.clear': WRITE,
  'Sheet.clearContents': WRITE,
  'Sheet.clearFormats': WRITE,
  'Sheet.clearNotes': WRITE,
  'Sheet.setName': WRITE,
  'Spreadsheet.insertSheet': WRITE,
  'Spreadsheet.deleteSheet': WRITE,
  'Spreadsheet.rename': WRITE,
  'Spreadsheet.setSpreadsheetTimeZone': WRITE,
  'Spreadsheet.setSpreadsheetLocale': WRITE,
  'Spreadsheet.toast': METADATA,
  // Properties: measured averages (COSTS.md [P1, P2]).
  'Properties.getProperty': { ms: 30 },
  'Properties.getProperties': { ms: 30 },
  'Properties.getKeys': { ms: 30 },
  'Properties.setProperty': { ms: 62 },
  'Properties.setProperties': { ms: 62 },
  'Properties.deleteProperty': { ms: 62 },
  'Properties.deleteAllProperties': { ms: 62 },
  'PropertiesService.getScriptProperties': LOCAL,
  'PropertiesService.getDocumentProperties': LOCAL,
  'PropertiesService.getUserProperties': LOCAL,
  // Locks (assumption).
  'Lock.tryLock': { ms: 50 },
  'Lock.waitLock': { ms: 50 },
  'Lock.releaseLock': { ms: 50 },
  'Lock.hasLock': METADATA,
  'LockService.getDocumentLock': LOCAL,
  'LockService.getScriptLock': LOCAL,
  'LockService.getUserLock': LOCAL,
  // Mail.
  'MailApp.sendEmail': { ms: 800 },
  'MailApp.getRemainingDailyQuota': { ms: 50 },
  // Documents and Drive (assumptions, COSTS.md).
  'DocumentApp.create': { ms: 1500 },
  'DocumentApp.openById': { ms: 200 },
  'DocumentApp.openByUrl': { ms: 200 },
  'Document.saveAndClose': { ms: 800 },
  'DriveApp.getFileById': { ms: 200 },
  'DriveApp.getFolderById': { ms: 200 },
  'DriveApp.createFolder': { ms: 800 },
  'DriveApp.createFile': { ms: 800 },
  'Folder.createFile': { ms: 800 },
  'Folder.createFolder': { ms: 800 },
  'File.moveTo': { ms: 400 },
  'File.setContent': { ms: 800 },
  // The advanced Drive service. An import of HTML as a Google Doc (Files.create / Files.update with
  // conversion): "1 / 2 / 4 s a document", central 2 s (docs/COSTS.md, line 27 of the table's file,
  // an assumption; 50 exports through UrlFetchApp.fetchAll took ~10 s [T4]). The price is by method,
  // so a folder or an .ics upload through the same methods is charged as an import too (the stricter).
  // Metadata calls like DriveApp.getFileById.
  'Files.create': { ms: 2000 },
  'Files.update': { ms: 2000 },
  'Files.get': { ms: 200 },
  'Files.list': { ms: 200 },
  'Files.remove': { ms: 200 },
  // The advanced Sheets service (COSTS.md: 200 / 250 / 400 ms a call, ~3–5.5 µs a cell read, ~11 µs a cell written;
  // the middle of the read range is taken). The cells are those the call moved (advanced-sheets/spreadsheets.ts).
  'Spreadsheets.get': { ms: 250, perCellMs: 0.00425 },
  // Values.batchGet: the service's central 250 ms a call ("one batchGet 0.25–0.4 s whatever the number of ranges").
  'Values.batchGet': { ms: 250, perCellMs: 0.00425 },
  'Spreadsheets.batchUpdate': { ms: 250, perCellMs: 0.011 },
  // UrlFetchApp to the Drive upload endpoints (ASSUMPTION, derived from docs/COSTS.md): a fetchAll
  // of n imports costs 2 s + 0.2 s a request. Basis: "50 exports through UrlFetchApp.fetchAll took
  // ~10 s [T4]" is 0.2 s a request in parallel; the base is the central 2 s of ONE import in sequence
  // (the same table's line), so a batch is never cheaper than one import alone, and 50 imports cost
  // 12 s, more than the 10 s measured for 50 exports (an import does more work than an export).
  // fetch is a batch of one: 2.2 s. Correct both when someone measures imports in parallel.
  'UrlFetchApp.fetchAll': { ms: 2000, perRequestMs: 200 },
  'UrlFetchApp.fetch': { ms: 2200 },
  // Zipping a document's parts stays inside the execution (ASSUMPTION: COSTS.md has no line for
  // Utilities; a few milliseconds for a ~30 KB .docx, more than LOCAL's builder calls).
  'Utilities.zip': { ms: 5 },
  'HTTPResponse.getResponseCode': LOCAL,
  'HTTPResponse.getContentText': LOCAL,
  // The token is the execution's own (assumption: a metadata call).
  'ScriptApp.getOAuthToken': METADATA,
  // Triggers (assumption: a metadata round trip each).
  'ScriptApp.getProjectTriggers': { ms: 50 },
  'ScriptApp.getUserTriggers': { ms: 50 },
  'ScriptApp.deleteTrigger': { ms: 100 },
  'TriggerBuilder.create': { ms: 100 },
  'ClockTriggerBuilder.create': { ms: 100 },
  'ScriptApp.getService': METADATA,
  'Service.getUrl': METADATA,
  // Session (assumption: the identity is known to the execution).
  'Session.getActiveUser': METADATA,
  'Session.getEffectiveUser': METADATA,
  'User.getEmail': METADATA,
  'Session.getActiveUserLocale': METADATA,
  'Session.getScriptTimeZone': METADATA,
  'Session.getTemporaryActiveUserKey': METADATA,
  // Pages: the HTML file is read from the project (assumption).
  'HtmlService.createHtmlOutputFromFile': { ms: 20 },
  'Ui.showSidebar': { ms: 100 },
  'Ui.showModalDialog': { ms: 100 },
  'Ui.showModelessDialog': { ms: 100 },
  'Ui.alert': { ms: 100 },
};

/** Defaults per class, for calls the table above does not name. */
const BY_CLASS: Record<string, CallCost> = {
  Sheet: METADATA,
  Spreadsheet: METADATA,
  Range: METADATA,
  RangeList: METADATA,
  SpreadsheetApp: METADATA,
  Document: DOC_ELEMENT,
  Body: DOC_ELEMENT,
  Paragraph: DOC_ELEMENT,
  ListItem: DOC_ELEMENT,
  Table: DOC_ELEMENT,
  TableRow: DOC_ELEMENT,
  TableCell: DOC_ELEMENT,
  Text: DOC_ELEMENT,
  DocumentApp: DOC_ELEMENT,
  File: { ms: 200 },
  Folder: { ms: 200 },
  DriveApp: { ms: 200 },
  FileIterator: { ms: 50 },
  FolderIterator: { ms: 50 },
  Trigger: METADATA,
  TriggerBuilder: LOCAL,
  ClockTriggerBuilder: LOCAL,
};

/** Whether the call is a Sheets round trip (its first one of an execution costs more). */
export function isSheetsRoundTrip(name: string): boolean {
  const cost = BY_METHOD[name];
  return (cost === READ || cost === WRITE) && /^(Range|RangeList|Sheet|Spreadsheet)\./.test(name);
}

/** How many requests a call sends (fetchAll's array), for a per-request price. */
export function requestsOf(name: string, args: readonly unknown[]): number {
  return name === 'UrlFetchApp.fetchAll' && Array.isArray(args[0]) ? args[0].length : 0;
}

/** The cost of one call of `name` (`Class.method`) over `cells` cells, sending `requests` requests. */
export function costOf(name: string, cells = 0, requests = 0): number {
  const cost = BY_METHOD[name] ?? BY_CLASS[name.slice(0, name.indexOf('.'))] ?? LOCAL;
  return cost.ms + (cost.perCellMs ?? 0) * cells + (cost.perRequestMs ?? 0) * requests;
}
