/**
 * The model grouped by guest in one pass over each tab, so building cards for
 * every guest costs one scan of each tab rather than one per guest.
 */
import type {
  Assignment, EventModel, Finding, Flight, Guest, Hotel, Lo, ProgrammeItem, Transfer, Vehicle,
} from '../model';
import { tabForSheetName } from '../schema/headers';
import { groupModel, pushTo } from '../model-index';

export interface ViewIndex {
  model: EventModel;
  guestsById: Map<string, Guest>;
  flightsByGuest: Map<string, Flight[]>;
  transfersByGuest: Map<string, Transfer[]>;
  assignmentsByGuest: Map<string, Assignment[]>;
  hotelsById: Map<string, Hotel>;
  vehiclesById: Map<string, Vehicle>;
  losById: Map<string, Lo>;
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

function byStart<T>(at: (x: T) => Date | undefined): (a: T, b: T) => number {
  return (a, b) => (at(a)?.getTime() ?? Infinity) - (at(b)?.getTime() ?? Infinity);
}

export function indexModel(model: EventModel, findings: readonly Finding[]): ViewIndex {
  const g = groupModel(model);
  const ix: ViewIndex = {
    model,
    guestsById: g.guestsById,
    flightsByGuest: g.flightsByGuest,
    transfersByGuest: g.transfersByGuest,
    assignmentsByGuest: g.assignmentsByGuest,
    hotelsById: g.hotelsById,
    vehiclesById: g.vehiclesById,
    losById: g.losById,
    findingsByRow: new Map(),
  };
  for (const list of ix.flightsByGuest.values()) list.sort(byStart((f) => f.depart?.at ?? f.arrive?.at));
  for (const list of ix.transfersByGuest.values()) list.sort(byStart((t) => t.pickup?.at));
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
  for (const a of ix.assignmentsByGuest.get(guestId) ?? []) {
    const name = ix.losById.get(a.lo_id)?.name ?? a.lo_id;
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
  for (const f of ix.flightsByGuest.get(guest.guest_id) ?? []) rows.push(['Flights', f.row]);
  for (const a of ix.assignmentsByGuest.get(guest.guest_id) ?? []) rows.push(['Assignments', a.row]);
  for (const t of ix.transfersByGuest.get(guest.guest_id) ?? []) {
    rows.push(['Transfers', t.row]);
    const v = t.vehicle_id ? ix.vehiclesById.get(t.vehicle_id) : undefined;
    if (v) rows.push(['Vehicles', v.row]);
  }
  const hotel = guest.hotel_id ? ix.hotelsById.get(guest.hotel_id) : undefined;
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
