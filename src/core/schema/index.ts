/** The workbook schema: tabs and columns, header matching, parsing and set-up. */
export * from './types';
export { TABS, EVENT_HEADER, OWNED_TABS, INPUT_TABS, TAB_ORDER, tabSpec, columnSpec, FLIGHT_STATUS, SENT_STATUS, TRANSFER_PURPOSES } from './tabs';
export { matchHeaders, tabForSheetName, SETTING_NAMES, type HeaderMatch, type HeaderDuplicate } from './headers';
export { parseWorkbook, findSheets, cellOf, locateFinding, type SheetInput, type ParseOptions, type ParsedWorkbook, type TabLayout, type WorkbookLayout } from './parse';
export { readCell, readWall, readTime, cellText, isDateObject, isBlankCell, type CellRead, type CellContext, type WallRead } from './cells';
export { planSetup, type SetupPlan, type TabPlan, type ColumnPlan, type SettingRowPlan, type ValidationRule, type TabStyle } from './setup';
