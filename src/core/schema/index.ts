/** The workbook schema: tabs and columns, header matching, parsing and set-up. */
export * from './types';
export { TABS, EVENT_HEADER, tabSpec } from './tabs';




