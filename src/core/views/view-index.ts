/**
 * What the pages add to the one model index (../model-index): the findings by sheet
 * row, so a card can point at what is wrong with its guest's rows.
 */
import type { Finding } from '../model';
import type { GuestFacts } from '../facts/guest-facts';
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

/** LO names of a guest: primary first, backups after, for lists and tables (an unknown LO by its id). */
export function loNames(f: GuestFacts): { primary: string[]; backup: string[] } {
  const primary: string[] = [];
  const backup: string[] = [];
  for (const l of f.los) (l.role === 'backup' ? backup : primary).push(l.lo?.name ?? l.assignment.lo_id);
  return { primary, backup };
}

/**
 * The findings that concern a guest: on their Guests row, their flights,
 * assignments and transfers, and the hotel and cars they use.
 */
export function findingsOfGuest(ix: ViewIndex, f: GuestFacts): Finding[] {
  const rows: [string, number][] = [['Guests', f.guest.row]];
  for (const fl of f.flightsByTime) rows.push(['Flights', fl.row]);
  for (const row of f.los.map((l) => l.assignment.row).sort((x, y) => x - y)) rows.push(['Assignments', row]);
  for (const t of f.transfers) {
    rows.push(['Transfers', t.transfer.row]);
    if (t.vehicle) rows.push(['Vehicles', t.vehicle.row]);
  }
  if (f.stay.hotel) rows.push(['Hotels', f.stay.hotel.row]);
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
