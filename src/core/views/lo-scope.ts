/**
 * The workbook read for one caller of the LO pages, with no more computing than
 * their view needs. Parsing and validating every row is most of a page's time
 * at 1,000 guests, yet an LO's cards show only their own guests' rows and the
 * findings on them. So for an LO only the rows those findings can depend on
 * are parsed and validated (the others blanked, every row keeping its number:
 * ../schema/guest-rows.ts); the cards come out as from the whole workbook
 * (test/core/views/lo-scope.test.ts compares them for every LO).
 *
 * Which rows a finding on an LO's guest's rows depends on (src/core/validate):
 * - lo_conflict on their assignment rows: every primary duty of that LO, so
 *   every guest of every LO of the caller's guests, with their flights;
 * - transfer_time, unknown_ref and no_transfer on their transfers and flights:
 *   every rider of those transfers (with flights), every row with the same
 *   transfer_id (the first one counts, a later one is a duplicate);
 * - vehicle_conflict on their transfers: every transfer of those cars.
 * Everything else a card shows is read from the tabs kept whole (Event, LOs,
 * Hotels, Vehicles, Programme, Contacts, ChecklistItems) or from the guest's
 * own rows: a card lists the day's programme by its own guest's id and
 * delegation (guest-card.ts, inAudience), and the findings about a programme
 * item's audience are on Programme rows, which no card shows.
 */
import type { Finding } from '../model';
import { parseWorkbook, type ParseOptions, type ParsedWorkbook, type SheetInput } from '../schema/parse';
import { IdScan, onlyGuestRows } from '../schema/guest-rows';
import { tabForSheetName } from '../schema/headers';
import { DEFAULT_ZONE } from '../schema/contract';
import { datesFromSerials } from '../schema/serials';
import type { TabName } from '../schema/types';
import { asZone } from '../time/zones';
import { validate } from '../validate';
import { normaliseEmail, resolveCaller, visibleGuests, type Caller } from './access';
import { CARD_LIMIT } from './guest-list';

export interface CallerEvent {
  /** For anyone but an organiser, only the rows loRows keeps (for a caller who may see nothing, hardly any). */
  parsed: ParsedWorkbook;
  /** Only the tabs a guest list needs were parsed (LIST_TABS): the list comes without its progress. */
  lean?: true;
  /** The findings the caller's view points at: none for a list, only those of the caller's guests' rows for an LO. */
  findings: Finding[];
  caller: Caller;
}

/** The first sheet of each contract tab, as the parser pairs them. */
function sheetsByTab<T extends SheetInput>(sheets: readonly T[]): Map<TabName, T> {
  const out = new Map<TabName, T>();
  for (const s of sheets) {
    const tab = tabForSheetName(String(s.name)) as TabName | undefined;
    if (tab && !out.has(tab)) out.set(tab, s);
  }
  return out;
}

/** The 0-based indexes of the rows (header excluded) of a sheet whose id column reads as one of `ids`. */
function rowsWithIds(sheet: SheetInput | undefined, tab: TabName, key: string, ids: ReadonlySet<string>, scan: IdScan): Set<number> {
  const out = new Set<number>();
  const col = sheet ? IdScan.column(sheet, tab, key) : undefined;
  if (!sheet || col === undefined) return out;
  for (let r = 1; r < sheet.values.length; r++) if (ids.has(scan.id(sheet.values[r]?.[col]))) out.add(r);
  return out;
}

/**
 * The rows the LO page of `email` (lower case) can depend on: their LO rows,
 * their guests' rows and those of the guests and cars linked to them (see the
 * file's comment); every other row of the guest-keyed tabs, Transfers, LOs and
 * Vehicles blanked. Each kept row takes every row with the same id along: a
 * repeated id is a finding on the later row, which the parser leaves out.
 */
function loRows<T extends SheetInput>(sheets: readonly T[], email: string, zone: string): T[] {
  const tabs = sheetsByTab(sheets);
  const scan = new IdScan(zone);

  const loTab = tabs.get('LOs');
  const callerIds = new Set<string>();
  const emailCol = loTab ? IdScan.column(loTab, 'LOs', 'email') : undefined;
  const loIdCol = loTab ? IdScan.column(loTab, 'LOs', 'lo_id') : undefined;
  if (loTab && emailCol !== undefined && loIdCol !== undefined) {
    for (let r = 1; r < loTab.values.length; r++) {
      if (scan.isEmail(loTab.values[r]?.[emailCol], email)) callerIds.add(scan.id(loTab.values[r]?.[loIdCol]));
    }
  }

  const mine = new Set<string>();
  const keep = new Set<string>();
  const asg = tabs.get('Assignments');
  const pairs: [string, string][] = [];
  if (asg) {
    const g = IdScan.column(asg, 'Assignments', 'guest_id');
    const l = IdScan.column(asg, 'Assignments', 'lo_id');
    if (g !== undefined && l !== undefined) {
      for (let r = 1; r < asg.values.length; r++) pairs.push([scan.id(asg.values[r]?.[g]), scan.id(asg.values[r]?.[l])]);
    }
  }
  for (const [g, l] of pairs) if (callerIds.has(l)) mine.add(g);
  // Every LO of the caller's guests (their duties are checked against each other), and all those LOs' guests.
  const los = new Set<string>(callerIds);
  for (const [g, l] of pairs) if (mine.has(g)) los.add(l);
  for (const g of mine) keep.add(g);
  for (const [g, l] of pairs) if (los.has(l)) keep.add(g);

  const keepRows: Partial<Record<TabName, ReadonlySet<number>>> = {};
  const cars = new Set<string>();
  const tr = tabs.get('Transfers');
  if (tr) {
    const ridersCol = IdScan.column(tr, 'Transfers', 'guest_ids');
    const carCol = IdScan.column(tr, 'Transfers', 'vehicle_id');
    const rows = tr.values.map((row) => ({
      riders: ridersCol === undefined ? [] : scan.ids(row?.[ridersCol]),
      car: carCol === undefined ? '' : scan.id(row?.[carCol]),
    }));
    const mineCars = new Set<string>();
    for (let r = 1; r < rows.length; r++) {
      if (!rows[r].riders.some((g) => mine.has(g))) continue;
      for (const g of rows[r].riders) keep.add(g);
      if (rows[r].car) mineCars.add(rows[r].car);
    }
    const kept = new Set<number>();
    for (let r = 1; r < rows.length; r++) if (rows[r].riders.some((g) => mine.has(g)) || mineCars.has(rows[r].car)) kept.add(r);
    const idCol = IdScan.column(tr, 'Transfers', 'transfer_id');
    const ids = new Set(idCol === undefined ? [] : [...kept].map((r) => scan.id(tr.values[r]?.[idCol])));
    for (const r of rowsWithIds(tr, 'Transfers', 'transfer_id', ids, scan)) kept.add(r);
    for (const r of kept) if (rows[r].car) cars.add(rows[r].car);
    keepRows.Transfers = kept;
  }
  keepRows.Vehicles = rowsWithIds(tabs.get('Vehicles'), 'Vehicles', 'vehicle_id', cars, scan);
  keepRows.LOs = rowsWithIds(loTab, 'LOs', 'lo_id', los, scan);
  return onlyGuestRows(sheets, keep, { zone, keep: keepRows });
}

/** The Event tab alone: whether the caller is an organiser. */
const isEvent = (s: SheetInput) => tabForSheetName(String(s.name)) === 'Event';

export interface CallerOptions {
  /** One card is asked for: an organiser's findings are needed even when the page would get a list. */
  card?: boolean;
  /**
   * The contract tabs' date columns hold the Sheets API's serial numbers (as
   * read, src/addon/sheets/read.ts): they become Dates here, only in the rows
   * that are parsed.
   */
  serials?: boolean;
  /**
   * An organiser's sidebar: when they get the list, parse only the tabs it
   * needs without its progress (LIST_TABS); the page fetches the progress.
   */
  lean?: boolean;
}

/** What an organiser's list without progress needs: who they are, the guests and their LOs, the contacts. */
const LIST_TABS = new Set<TabName>(['Event', 'Guests', 'LOs', 'Assignments', 'Contacts']);

/** True for a sheet an organiser's list without progress reads (the add-on reads only these for a caller it knows as one). */
export function isListTab(sheetName: string): boolean {
  return LIST_TABS.has(tabForSheetName(sheetName) as TabName);
}

/**
 * Parse (and validate) for the LO pages, by who calls: an organiser gets the
 * whole workbook, validated only when the page gets cards (a list shows no
 * findings); anyone else the rows loRows keeps for them, validated for an LO.
 */
export function checkForCaller(
  sheets: readonly SheetInput[], email: unknown, options: ParseOptions = {}, { card = false, serials = false, lean = false }: CallerOptions = {},
): CallerEvent {
  const sheetZone = options.spreadsheetZone ?? DEFAULT_ZONE;
  const dated = <T extends SheetInput>(tabs: readonly T[]): readonly T[] =>
    serials ? tabs.map((t) => ({ ...t, values: datesFromSerials(String(t.name), t.values, sheetZone) })) : tabs;
  const head = parseWorkbook(dated(sheets.filter(isEvent)), options);
  const first = resolveCaller(head.model, email);
  if (first.role === 'none' && !first.email) return { parsed: head, findings: [], caller: first };
  if (first.role === 'organiser') {
    if (lean && !card) {
      const list = parseWorkbook(dated(sheets.filter((s) => isListTab(String(s.name)))), options);
      const caller = resolveCaller(list.model, email);
      if (visibleGuests(list.model, caller).length > CARD_LIMIT) return { parsed: list, findings: [], caller, lean: true };
    }
    const parsed = parseWorkbook(dated(sheets), options);
    const caller = resolveCaller(parsed.model, email);
    const many = !card && visibleGuests(parsed.model, caller).length > CARD_LIMIT;
    return { parsed, findings: many ? [] : validate(parsed, options), caller };
  }
  const zone = asZone(options.spreadsheetZone) ?? DEFAULT_ZONE;
  // The rows are chosen by their id and email columns, which hold no dates: the same before and after the serials become Dates.
  const parsed = parseWorkbook(dated(loRows(sheets, normaliseEmail(email), zone)), options);
  const caller = resolveCaller(parsed.model, email);
  return { parsed, findings: caller.role === 'lo' ? validate(parsed, options) : [], caller };
}
