/**
 * What the pages add to the one model index (../model-index): the findings by sheet
 * row, so a card can point at what is wrong with its guest's rows.
 */
import type { Finding, Guest, ProgrammeItem } from '../model';
import { tabForSheetName } from '../schema/headers';
import { pushTo, type ModelIndex } from '../model-index';

export interface ViewIndex {
  index: ModelIndex;
  /** Findings by "tab\u0000row". */
  findingsByRow: Map<string, Finding[]>;
}

/** The contract tab a finding is about. */
export function tabOf(f: Pick<Finding, 'tab'>): string {
  return tabForSheetName(f.tab) ?? f.tab;
}

/** Findings name the sheet as the workbook spells it (maybe in Thai); rows are keyed by the contract's tab name. */
function rowKey(tab: string, row: number): string {
  return `${tabForSheetName(tab) ?? tab}\u0000${row}`;
}

/** The pages' index: the model index and the findings by row. */
export function viewIndex(index: ModelIndex, findings: readonly Finding[]): ViewIndex {
  const ix: ViewIndex = { index, findingsByRow: new Map() };
  for (const f of findings) if (f.row > 0) pushTo(ix.findingsByRow, rowKey(f.tab, f.row), f);
  return ix;
}

/** True when a programme item is for this guest (empty audience or "all" is everyone). */
export function programmeIsFor(item: ProgrammeItem, guest: Guest): boolean {
  if (item.audience.length === 0) return true;
  const delegation = guest.delegation?.trim().toLowerCase();
  for (const a of item.audience) {
    const v = a.trim().toLowerCase();
    if (v === 'all' || v === guest.guest_id.toLowerCase() || (delegation && v === delegation)) return true;
  }
  return false;
}

/** LO names of a guest: primary first, backups after, for lists and tables. */
export function loNamesOf(ix: ViewIndex, guestId: string): { primary: string[]; backup: string[] } {
  const primary: string[] = [];
  const backup: string[] = [];
  for (const a of ix.index.assignmentsByGuest.get(guestId) ?? []) {
    const name = ix.index.losById.get(a.lo_id)?.name ?? a.lo_id;
    (a.role === 'backup' ? backup : primary).push(name);
  }
  return { primary, backup };
}

/**
 * The findings that concern a guest: on their Guests row, their flights,
 * assignments and transfers, and the hotel and cars they use.
 */
export function findingsOfGuest(ix: ViewIndex, guest: Guest): Finding[] {
  const rows: [string, number][] = [['Guests', guest.row]];
  for (const f of ix.index.flightsByGuest.get(guest.guest_id) ?? []) rows.push(['Flights', f.row]);
  for (const a of ix.index.assignmentsByGuest.get(guest.guest_id) ?? []) rows.push(['Assignments', a.row]);
  for (const t of ix.index.transfersByGuest.get(guest.guest_id) ?? []) {
    rows.push(['Transfers', t.row]);
    const v = t.vehicle_id ? ix.index.vehiclesById.get(t.vehicle_id) : undefined;
    if (v) rows.push(['Vehicles', v.row]);
  }
  const hotel = guest.hotel_id ? ix.index.hotelsById.get(guest.hotel_id) : undefined;
  if (hotel) rows.push(['Hotels', hotel.row]);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const [tab, row] of rows) {
    const k = rowKey(tab, row);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(...(ix.findingsByRow.get(k) ?? []));
  }
  return out;
}
