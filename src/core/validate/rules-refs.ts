/** References between tabs: every id a row names must exist in its tab. */
import type { TabName } from '../schema/types';
import type { RuleContext } from './context';

function idSet(ctx: RuleContext, tab: TabName, ids: Iterable<string>): Set<string> {
  const s = new Set(ids);
  // Ids of rows left out for another fault already carry their own finding.
  for (const id of ctx.parsed.seenIds[tab] ?? []) s.add(id);
  return s;
}

export function checkReferences(ctx: RuleContext): void {
  const m = ctx.model;
  const guests = idSet(ctx, 'Guests', m.guests.map((g) => g.guest_id));
  const los = idSet(ctx, 'LOs', m.los.map((l) => l.lo_id));
  const hotels = idSet(ctx, 'Hotels', m.hotels.map((h) => h.hotel_id));
  const vehicles = idSet(ctx, 'Vehicles', m.vehicles.map((v) => v.vehicle_id));
  const target = (tab: TabName) => ({ target: ctx.sheet(tab) });

  for (const g of m.guests) {
    if (g.hotel_id && !hotels.has(g.hotel_id)) {
      ctx.add('error', 'unknown_ref', 'Guests', g.row, 'hotel_id', 'validation.unknown_ref', { value: g.hotel_id, ...target('Hotels') });
    }
  }
  for (const f of m.flights) {
    if (!guests.has(f.guest_id)) {
      ctx.add('error', 'unknown_ref', 'Flights', f.row, 'guest_id', 'validation.unknown_ref', { value: f.guest_id, ...target('Guests') });
    }
  }
  for (const a of m.assignments) {
    if (!guests.has(a.guest_id)) {
      ctx.add('error', 'unknown_ref', 'Assignments', a.row, 'guest_id', 'validation.unknown_ref', { value: a.guest_id, ...target('Guests') });
    }
    if (!los.has(a.lo_id)) {
      ctx.add('error', 'unknown_ref', 'Assignments', a.row, 'lo_id', 'validation.unknown_ref', { value: a.lo_id, ...target('LOs') });
    }
  }
  for (const t of m.transfers) {
    for (const id of t.guest_ids) {
      if (!guests.has(id)) {
        ctx.add('error', 'unknown_ref', 'Transfers', t.row, 'guest_ids', 'validation.unknown_ref', { value: id, ...target('Guests') });
      }
    }
    if (t.vehicle_id && !vehicles.has(t.vehicle_id)) {
      ctx.add('error', 'unknown_ref', 'Transfers', t.row, 'vehicle_id', 'validation.unknown_ref', { value: t.vehicle_id, ...target('Vehicles') });
    }
  }
}
