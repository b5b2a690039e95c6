/**
 * SpreadsheetApp over a real .xlsx file.
 *
 * Exports:
 *   createSpreadsheetApp(opts: {
 *     workbook: Workbook;        // from Workbook.load(path) / Workbook.createEmpty(path)
 *     ui: UiRecord;              // menus, toasts, sidebars, dialogs, alerts are recorded here
 *     activeSpreadsheet: boolean;// false as in a time-driven trigger: getActive() is null
 *     locale?: string;           // getSpreadsheetLocale (default: stored in file, else en_US)
 *   }): SpreadsheetAppEmu
 *   SpreadsheetAppEmu, SpreadsheetEmu        (gasType 'SpreadsheetApp', 'Spreadsheet')
 *   SheetEmu, RangeEmu                       (gasType 'Sheet', 'Range')
 *   DataValidationBuilderEmu, DataValidationEmu, DataValidationCriteria
 *   Workbook (re-exported from ./workbook)
 *
 * Every object handed to the bundle has a `gasType`; values returned are host
 * values (host Dates, plain arrays). The runner saves the workbook afterwards
 * with `await workbook.saveIfDirty()`.
 *
 * Known gaps (xlsx or exceljs cannot hold them, or nothing here needs them):
 * formulas are not evaluated (getValues gives the cached result, '' for new
 * formulas); inserting or deleting rows does not rewrite formula references
 * or merged cells; requireValueInList/Range always read back showDropdown true.
 *
 * One module per Apps Script class under ./spreadsheet/: spreadsheet-app.ts
 * SpreadsheetApp, spreadsheet.ts Spreadsheet, sheet.ts Sheet, range.ts Range,
 * data-validation.ts DataValidation, data-validation-builder.ts
 * DataValidationBuilder, developer-metadata.ts DeveloperMetadata; and what
 * they share (a1, cells, colors, display, values, workbook-holder).
 */
export { Workbook } from './workbook';
export { createSpreadsheetApp, SpreadsheetAppEmu } from './spreadsheet/spreadsheet-app';
export { SpreadsheetEmu } from './spreadsheet/spreadsheet';
export type { WorkbookHolder } from './spreadsheet/workbook-holder';



