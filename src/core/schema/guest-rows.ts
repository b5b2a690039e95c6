/**
 * The rows of one guest, for a call that concerns only that guest (a tick):
 * in the tabs keyed by guest (Guests, Flights, Assignments, Checklist) every
 * other guest's row is blanked, so the parser skips it (zod per row is most of
 * a tick's computing time at 1,000 guests) while every row keeps its sheet
 * row number, which the tick's write is placed by. The other tabs, and the
 * rows a guest id cannot be read from, stay whole. Not for validation: the
 * cross-tab rules need every row.
 */
import { cellText } from './cells';
import { matchHeaders, tabForSheetName } from './headers';
import type { SheetInput } from './parse';
import { tabSpec } from './tabs';
import type { TabName } from './types';
import { foldText } from '../text';

const BY_GUEST = new Set<string>(['Guests', 'Flights', 'Assignments', 'Checklist']);
const NO_ZONE = { sheetZone: 'UTC', eventZone: 'UTC' };

/** The guest id a cell holds, read as the parser reads an id. */
const idOf = (v: unknown): string => foldText(cellText(v, NO_ZONE));

export function onlyGuestRows<T extends SheetInput>(tabs: readonly T[], guestId: string): T[] {
  return tabs.map((sheet) => {
    const tab = tabForSheetName(sheet.name) as TabName | undefined;
    if (!tab || !BY_GUEST.has(tab) || sheet.values.length < 2) return sheet;
    const col = matchHeaders(tabSpec(tab), sheet.values[0]).columns.guest_id;
    if (col === undefined) return sheet;
    const values = sheet.values.map((row, i) => (i === 0 || idOf(row[col]) === guestId || idOf(row[col]) === '' ? row : []));
    return { ...sheet, values };
  });
}
