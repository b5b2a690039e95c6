/**
 * The model grouped once per run: by id, by guest, by LO, by date, in one pass over
 * each tab. Every feature (checklist, pages, documents, reminders) starts from this
 * one index rather than scanning tabs per guest or grouping them again, so building
 * for thousands of guests stays linear in the size of the workbook.
 *
 * Lists are in one order each, kept by every reader: flights in time order, transfers
 * in pickup order, programme in start order (stable: ties keep sheet order).
 * Duplicate ids keep the first row, as validation reports them. Readers must not
 * sort or change these lists in place: copy first.
 */
import { customItemsOf, type CustomItemDef } from './checklist/custom';
import type {
  Assignment, ChecklistTick, EventModel, Flight, Guest, Hotel, IsoDate, Lo, ProgrammeItem, Transfer, Vehicle,
} from './model';
import { localDate, type Zone } from './time/zones';

export function pushTo<K, V>(m: Map<K, V[]>, key: K, v: V): void {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
}

function firstById<T>(rows: readonly T[] | undefined, id: (r: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const r of rows ?? []) if (!m.has(id(r))) m.set(id(r), r);
  return m;
}

export interface ModelIndex {
  model: EventModel;
  /** The event's zone, as parsing settled it. */
  zone: Zone;
  guestsById: Map<string, Guest>;
  losById: Map<string, Lo>;
  hotelsById: Map<string, Hotel>;
  vehiclesById: Map<string, Vehicle>;
  transfersById: Map<string, Transfer>;
  itemsById: Map<string, ProgrammeItem>;
  /** Per guest, in time order (see flightMoment). */
  flightsByGuest: Map<string, Flight[]>;
  /** Per guest, in pickup order; a transfer appears once under each of its guests. */
  transfersByGuest: Map<string, Transfer[]>;
  assignmentsByGuest: Map<string, Assignment[]>;
  assignmentsByLo: Map<string, Assignment[]>;
  /** Programme in start order (items without a start last, in sheet order). */
  programme: ProgrammeItem[];
  /** item_id → guests who attend it, in sheet order. */
  attendees: Map<string, Guest[]>;
  /** guest_id → items they attend, in start order. */
  itemsByGuest: Map<string, ProgrammeItem[]>;
  /** item_id → audience entries that name no guest and no delegation. */
  unknownAudience: Map<string, string[]>;
  /** Event-zone start date → items, each list in start order. */
  itemsByDate: Map<IsoDate, ProgrammeItem[]>;
  /** guest → item id → the tick that counts (latest done_at, then latest row). */
  ticksByGuest: Map<string, Map<string, ChecklistTick>>;
  /** The organisers' own checklist items. */
  custom: CustomItemDef[];
  /** Position of each guest in the Guests tab, for keeping that order cheaply. */
  guestOrder: Map<string, number>;
  /** A moment of the event (first programme item or flight) at which "the event's UTC offset" is read. */
  refAt: Date;
  /** Memo of wall time → instant in the event zone; guests share dates, so this saves most zone lookups. */
  instantMemo: Map<string, Date>;
}

/** Time of a flight for ordering: landing for arrivals, take-off for departures. */
export function flightMoment(f: Flight): Date | undefined {
  return (f.direction === 'arrival' ? f.arrive?.at ?? f.depart?.at : f.depart?.at ?? f.arrive?.at) ?? undefined;
}

/** An instant's milliseconds for sorting: unknown and invalid instants sort last. */
export function ms(d: Date | undefined): number {
  const v = d ? d.getTime() : NaN;
  return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
}

/** The event date of an instant, or undefined when there is no valid instant. */
export function eventDate(index: Pick<ModelIndex, 'zone'>, at: Date | undefined): IsoDate | undefined {
  return at && Number.isFinite(at.getTime()) ? localDate(at, index.zone) : undefined;
}

/** The tick that counts of two for one guest and item: the later done_at, else the later row. */
function laterTick(a: ChecklistTick, b: ChecklistTick): ChecklistTick {
  const ta = a.done_at ? a.done_at.getTime() : NaN;
  const tb = b.done_at ? b.done_at.getTime() : NaN;
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta > tb ? a : b;
  if (Number.isFinite(ta) !== Number.isFinite(tb)) return Number.isFinite(ta) ? a : b;
  return b.row >= a.row ? b : a;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * True when an item's audience names the guest: empty or "all" is everyone, else guest
 * ids and delegation names, compared without case. (Who attends, as the documents
 * count it, also leaves out guests not in town that day: ModelIndex.attendees.)
 */
export function inAudience(item: ProgrammeItem, guest: Guest): boolean {
  const aud = item.audience ?? [];
  if (aud.length === 0) return true;
  const id = guest.guest_id.toLowerCase();
  const del = (guest.delegation ?? '').trim().toLowerCase();
  return aud.some((a) => {
    const x = String(a).trim().toLowerCase();
    return x === 'all' || x === id || (del !== '' && x === del);
  });
}

/** True when the guest is in town on that date, as far as the stay dates tell. */
function inStay(g: Guest, date: IsoDate | undefined): boolean {
  if (!date) return true;
  if (g.check_in && date < g.check_in) return false;
  if (g.check_out && date > g.check_out) return false;
  return true;
}

function resolveAudience(
  item: ProgrammeItem, guests: Guest[], byDelegation: Map<string, Guest[]>, byId: Map<string, Guest>, date: IsoDate | undefined,
): { attend: Guest[]; unknown: string[] } {
  const entries = item.audience.map((a) => a.trim()).filter((a) => a !== '');
  if (entries.length === 0 || entries.some((a) => norm(a) === 'all')) {
    return { attend: guests.filter((g) => inStay(g, date)), unknown: [] };
  }
  const chosen = new Set<Guest>();
  const unknown: string[] = [];
  for (const e of entries) {
    const g = byId.get(e);
    if (g) {
      // A guest named on purpose attends even outside the stay dates (validation flags that).
      chosen.add(g);
      continue;
    }
    const del = byDelegation.get(norm(e));
    if (!del) {
      unknown.push(e);
      continue;
    }
    for (const d of del) if (inStay(d, date)) chosen.add(d);
  }
  return { attend: guests.filter((g) => chosen.has(g)), unknown };
}

function groupProgramme(ix: ModelIndex, guestList: Guest[]): void {
  ix.programme = ix.model.programme
    .map((item, i) => ({ item, i }))
    .sort((a, b) => ms(a.item.starts?.at) - ms(b.item.starts?.at) || a.i - b.i)
    .map((x) => x.item);
  const byDelegation = new Map<string, Guest[]>();
  for (const g of guestList) if (g.delegation) pushTo(byDelegation, norm(g.delegation), g);
  for (const item of ix.programme) {
    const date = eventDate(ix, item.starts?.at);
    const { attend, unknown } = resolveAudience(item, guestList, byDelegation, ix.guestsById, date);
    ix.attendees.set(item.item_id, attend);
    if (unknown.length) ix.unknownAudience.set(item.item_id, unknown);
    for (const g of attend) pushTo(ix.itemsByGuest, g.guest_id, item);
  }
  // By date: each id once (the first row), in start order.
  for (const p of ix.programme) {
    if (ix.itemsById.get(p.item_id) !== p || !p.starts || !Number.isFinite(p.starts.at.getTime())) continue;
    pushTo(ix.itemsByDate, localDate(p.starts.at, ix.zone), p);
  }
}

/** Every grouping any feature needs, in one pass over each tab. Make it once per run and pass it on. */
export function indexModel(model: EventModel): ModelIndex {
  const ix: ModelIndex = {
    model,
    zone: model.event.time_zone,
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
    programme: [],
    attendees: new Map(),
    itemsByGuest: new Map(),
    unknownAudience: new Map(),
    itemsByDate: new Map(),
    ticksByGuest: new Map(),
    custom: customItemsOf(model.checklistItems ?? []),
    guestOrder: new Map(),
    refAt: new Date(0),
    instantMemo: new Map(),
  };
  let firstFlight = Number.POSITIVE_INFINITY;
  for (const f of model.flights ?? []) {
    pushTo(ix.flightsByGuest, f.guest_id, f);
    firstFlight = Math.min(firstFlight, ms(flightMoment(f)));
  }
  for (const list of ix.flightsByGuest.values()) list.sort((a, b) => ms(flightMoment(a)) - ms(flightMoment(b)));
  for (const t of model.transfers ?? []) {
    if (!ix.transfersById.has(t.transfer_id)) ix.transfersById.set(t.transfer_id, t);
    for (const id of new Set(t.guest_ids ?? [])) pushTo(ix.transfersByGuest, id, t);
  }
  for (const list of ix.transfersByGuest.values()) list.sort((a, b) => ms(a.pickup?.at) - ms(b.pickup?.at));
  for (const a of model.assignments ?? []) {
    pushTo(ix.assignmentsByGuest, a.guest_id, a);
    pushTo(ix.assignmentsByLo, a.lo_id, a);
  }
  for (const tick of model.checklist ?? []) {
    let byItem = ix.ticksByGuest.get(tick.guest_id);
    if (!byItem) {
      byItem = new Map();
      ix.ticksByGuest.set(tick.guest_id, byItem);
    }
    const prev = byItem.get(tick.item_id);
    byItem.set(tick.item_id, prev ? laterTick(prev, tick) : tick);
  }
  const guestList = [...ix.guestsById.values()];
  guestList.forEach((g, i) => {
    ix.guestOrder.set(g.guest_id, i);
  });
  groupProgramme(ix, guestList);
  ix.refAt = ix.programme[0]?.starts?.at ?? new Date(Number.isFinite(firstFlight) ? firstFlight : 0);
  return ix;
}
