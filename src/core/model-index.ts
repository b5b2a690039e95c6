/**
 * The model grouped by id and by guest, in one pass over each tab. Every
 * module that needs "this guest's flights" or "this LO's assignments"
 * starts from here rather than scanning tabs per guest. Each call returns
 * fresh maps, so a module may sort its own lists without touching another's.
 * Duplicate ids keep the first row, as validation reports them.
 */
import type { Assignment, EventModel, Flight, Guest, Hotel, Lo, ProgrammeItem, Transfer, Vehicle } from './model';

export function pushTo<K, V>(m: Map<K, V[]>, key: K, v: V): void {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
}

export function firstById<T>(rows: readonly T[] | undefined, id: (r: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const r of rows ?? []) if (!m.has(id(r))) m.set(id(r), r);
  return m;
}

export interface ModelGroups {
  guestsById: Map<string, Guest>;
  losById: Map<string, Lo>;
  hotelsById: Map<string, Hotel>;
  vehiclesById: Map<string, Vehicle>;
  transfersById: Map<string, Transfer>;
  itemsById: Map<string, ProgrammeItem>;
  flightsByGuest: Map<string, Flight[]>;
  /** A transfer appears once under each of its guests. */
  transfersByGuest: Map<string, Transfer[]>;
  assignmentsByGuest: Map<string, Assignment[]>;
  assignmentsByLo: Map<string, Assignment[]>;
}

export function groupModel(model: EventModel): ModelGroups {
  const g: ModelGroups = {
    guestsById: firstById(model.guests, (x) => x.guest_id),
    losById: firstById(model.los, (x) => x.lo_id),
    hotelsById: firstById(model.hotels, (x) => x.hotel_id),
    vehiclesById: firstById(model.vehicles, (x) => x.vehicle_id),
    transfersById: new Map(),
    itemsById: firstById(model.programme, (x) => x.item_id),
    flightsByGuest: new Map(),
    transfersByGuest: new Map(),
    assignmentsByGuest: new Map(),
    assignmentsByLo: new Map(),
  };
  for (const f of model.flights ?? []) pushTo(g.flightsByGuest, f.guest_id, f);
  for (const t of model.transfers ?? []) {
    if (!g.transfersById.has(t.transfer_id)) g.transfersById.set(t.transfer_id, t);
    for (const id of new Set(t.guest_ids ?? [])) pushTo(g.transfersByGuest, id, t);
  }
  for (const a of model.assignments ?? []) {
    pushTo(g.assignmentsByGuest, a.guest_id, a);
    pushTo(g.assignmentsByLo, a.lo_id, a);
  }
  return g;
}
