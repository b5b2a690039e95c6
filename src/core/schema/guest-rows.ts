/**
 * The rows of some guests, for a call that concerns only them (a tick, an LO's
 * page): in the tabs keyed by guest (Guests, Flights, Assignments, Checklist)
 * every other guest's row is blanked, so the parser skips it (zod per row is
 * most of the computing time at 1,000 guests) while every row keeps its sheet
 * row number, which a write is placed by and findings point at. The other
 * tabs stay whole unless `keep` names the rows of one to keep; the rows a guest
 * id cannot be read from stay too. Not for validating the workbook: the
 * cross-tab rules need every row (src/core/views/lo-scope.ts works out which
 * rows an LO's view can depend on).
 */
import { cellText, splitList } from './cells';
import { matchHeaders, tabForSheetName } from './headers';
import type { SheetInput } from './parse';
import { tabSpec } from './tabs';
import type { TabName } from './types';
import { foldText } from '../text';

const BY_GUEST = new Set<string>(['Guests', 'Flights', 'Assignments', 'Checklist']);
const MAILTO = /^mailto:/i;

/**
 * Reads the cells of id columns as the parser reads an id (cell-types.ts: readId
 * and refs), without the rest of the row: for deciding which rows to keep.
 * `zone`: the spreadsheet's, in which a Date cell shows its text.
 */
export class IdScan {
  private readonly cells: { sheetZone: string; eventZone: string };

  constructor(zone = 'UTC') {
    this.cells = { sheetZone: zone, eventZone: zone };
  }

  /** One id ('' when the cell holds none). */
  id(v: unknown): string {
    return foldText(cellText(v, this.cells));
  }

  /** A list of ids (Transfers guest_ids). */
  ids(v: unknown): string[] {
    return splitList(foldText(cellText(v, this.cells)));
  }

  /**
   * True when an email cell can read as `email` (lower case), however the
   * parser takes it (a valid address loses a leading "mailto:"; an invalid one
   * is kept as typed): the rows of an LO, for finding who calls.
   */
  isEmail(v: unknown, email: string): boolean {
    const typed = foldText(cellText(v, this.cells)).toLowerCase();
    return typed.trim() === email || typed.replace(MAILTO, '').trim() === email;
  }

  /** The 0-based column of a key in a sheet's header row; undefined when absent. */
  static column(sheet: SheetInput, tab: TabName, key: string): number | undefined {
    return sheet.values.length ? matchHeaders(tabSpec(tab), sheet.values[0] ?? []).columns[key] : undefined;
  }
}

export interface GuestRowsOptions {
  /** The spreadsheet's time zone, for reading an id typed as a date (default UTC). */
  zone?: string;
  /** Of other tabs: the 0-based indexes of the rows to keep (the header row is always kept). */
  keep?: Partial<Record<TabName, ReadonlySet<number>>>;
}

export function onlyGuestRows<T extends SheetInput>(
  tabs: readonly T[], guestIds: string | ReadonlySet<string>, options: GuestRowsOptions = {},
): T[] {
  const wanted = typeof guestIds === 'string' ? new Set([guestIds]) : guestIds;
  const scan = new IdScan(options.zone);
  return tabs.map((sheet) => {
    const tab = tabForSheetName(sheet.name) as TabName | undefined;
    if (!tab || sheet.values.length < 2) return sheet;
    const rows = options.keep?.[tab];
    if (rows) return { ...sheet, values: sheet.values.map((row, i) => (i === 0 || rows.has(i) ? row : [])) };
    if (!BY_GUEST.has(tab)) return sheet;
    const col = IdScan.column(sheet, tab, 'guest_id');
    if (col === undefined) return sheet;
    const values = sheet.values.map((row, i) => {
      if (i === 0) return row;
      const id = scan.id(row[col]);
      return id === '' || wanted.has(id) ? row : [];
    });
    return { ...sheet, values };
  });
}
