/**
 * Indexes over the model that every builder needs, made once per run so that
 * building all documents stays linear in the size of the workbook.
 */
import { firstById, groupModel, pushTo as push } from '../model-index';
import type {
  Assignment, EventModel, Flight, Guest, Hotel, IsoDate, Lang, Lo, ProgrammeItem, Transfer, Vehicle,
} from '../model';
import { localDate, type Zone } from '../time/zones';

export interface LoRole {
  lo: Lo;
  role: 'primary' | 'backup';
  assignment: Assignment;
}

export interface DocContext {
  model: EventModel;
  lang: Lang;
  /** The event's zone, as parsing settled it. */
  zone: Zone;
  guests: Map<string, Guest>;
  los: Map<string, Lo>;
  hotels: Map<string, Hotel>;
  vehicles: Map<string, Vehicle>;
  /** Per guest, in time order. */
  flightsByGuest: Map<string, Flight[]>;
  /** Per guest, in pickup order. */
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
  /** Position of each guest in the Guests tab, for keeping that order cheaply. */
  guestOrder: Map<string, number>;
  /** A moment of the event (first programme item or flight) at which "the event's UTC offset" is read. */
  refAt: Date;
}



/** Time of a flight for ordering: landing for arrivals, take-off for departures. */
export function flightMoment(f: Flight): Date | undefined {
  return (f.direction === 'arrival' ? f.arrive?.at ?? f.depart?.at : f.depart?.at ?? f.arrive?.at) ?? undefined;
}

export function ms(d: Date | undefined): number {
  const v = d ? d.getTime() : NaN;
  return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
}

const norm = (s: string) => s.trim().toLowerCase();

/** The event date of an instant, or undefined when there is no valid instant. */
export function eventDate(ctx: DocContext, at: Date | undefined): IsoDate | undefined {
  return at && Number.isFinite(at.getTime()) ? localDate(at, ctx.zone) : undefined;
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

export function makeContext(model: EventModel): DocContext {
  const zone = model.event.time_zone;
  const lang: Lang = model.event.language;
  const groups = groupModel(model);
  const guests = groups.guestsById;
  const guestList = [...guests.values()];

  const { flightsByGuest, transfersByGuest, assignmentsByGuest, assignmentsByLo } = groups;
  for (const list of flightsByGuest.values()) list.sort((a, b) => ms(flightMoment(a)) - ms(flightMoment(b)));
  for (const list of transfersByGuest.values()) list.sort((a, b) => ms(a.pickup?.at) - ms(b.pickup?.at));

  const programme = model.programme
    .map((item, i) => ({ item, i }))
    .sort((a, b) => ms(a.item.starts?.at) - ms(b.item.starts?.at) || a.i - b.i)
    .map((x) => x.item);

  const byDelegation = new Map<string, Guest[]>();
  for (const g of guestList) if (g.delegation) push(byDelegation, norm(g.delegation), g);

  const attendees = new Map<string, Guest[]>();
  const itemsByGuest = new Map<string, ProgrammeItem[]>();
  const unknownAudience = new Map<string, string[]>();
  const ctx = { zone } as DocContext;
  for (const item of programme) {
    const date = eventDate(ctx, item.starts?.at);
    const { attend, unknown } = resolveAudience(item, guestList, byDelegation, guests, date);
    attendees.set(item.item_id, attend);
    if (unknown.length) unknownAudience.set(item.item_id, unknown);
    for (const g of attend) push(itemsByGuest, g.guest_id, item);
  }

  const firstFlight = model.flights.map(flightMoment).filter((d): d is Date => !!d && Number.isFinite(d.getTime()));
  const refAt = programme[0]?.starts?.at ?? firstFlight.sort((a, b) => a.getTime() - b.getTime())[0] ?? new Date(0);

  const guestOrder = new Map<string, number>();
  guestList.forEach((g, i) => {
    guestOrder.set(g.guest_id, i);
  });

  return {
    model, lang, zone, guests, refAt, guestOrder,
    los: firstById(model.los, (l) => l.lo_id),
    hotels: firstById(model.hotels, (h) => h.hotel_id),
    vehicles: firstById(model.vehicles, (v) => v.vehicle_id),
    flightsByGuest, transfersByGuest, assignmentsByGuest, assignmentsByLo,
    programme, attendees, itemsByGuest, unknownAudience,
  };
}

function covers(a: Assignment, date: IsoDate | undefined): boolean {
  if (!date) return true;
  return (!a.from || a.from <= date) && (!a.to || date <= a.to);
}

/**
 * The guest's LOs (primary first, then backups), limited to the assignments that
 * cover the date when one is given. Assignments naming an unknown LO are skipped:
 * validation reports them as unknown_ref.
 */
export function losOf(ctx: DocContext, guestId: string, date?: IsoDate): LoRole[] {
  const out: LoRole[] = [];
  for (const a of ctx.assignmentsByGuest.get(guestId) ?? []) {
    const lo = ctx.los.get(a.lo_id);
    if (lo && covers(a, date) && !out.some((o) => o.lo === lo)) out.push({ lo, role: a.role, assignment: a });
  }
  return out.sort((a, b) => (a.role === b.role ? 0 : a.role === 'primary' ? -1 : 1));
}

/** The LO to call about a guest on a date: the primary if there is one, else a backup. */
export function leadLo(ctx: DocContext, guestId: string, date?: IsoDate): Lo | undefined {
  return losOf(ctx, guestId, date)[0]?.lo;
}
