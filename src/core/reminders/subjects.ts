/**
 * Which flights, transfers and programme items a message tells about, and what
 * each subject looks like now. The planner (to record what was told and to spot
 * changes) and the message builder (to write it) both read from here, so a
 * message never shows something other than what its fingerprint records.
 */
import type { Guest, IsoDate, ProgrammeItem, Transfer } from '../model';
import type { GuestFacts } from '../facts/guest-facts';
import { inAudience } from '../model-index';
import { localDate } from '../time/zones';
import { vehicleOf, type ReminderContext } from './context';
import {
  flightSnapshot, flightSubject, itemSnapshot, itemSubject, parseSubject, transferSnapshot, transferSubject,
} from './snapshot';
import type { Snapshot, SkipReason, SubjectId } from './types';

function ok(at: Date | undefined): at is Date {
  return at instanceof Date && Number.isFinite(at.getTime());
}

function normNo(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, '').toUpperCase();
}

/** Flight number as used in keys: "TG 641" → "TG641". */
export const flightKeyPart = normNo;

/** Transfers that belong to the guest's arrival: purpose arrival, or tied to the arrival flight number. */
export function arrivalTransfers(ctx: ReminderContext, f: GuestFacts): Transfer[] {
  const no = normNo(f.arrivalFlight?.flight_no);
  return (ctx.idx.transfersByGuest.get(f.guest.guest_id) ?? []).filter(
    (t) => t.purpose === 'arrival' || (no !== '' && t.purpose !== 'departure' && normNo(t.flight_no) === no),
  );
}

export function departureTransfers(ctx: ReminderContext, f: GuestFacts): Transfer[] {
  const no = normNo(f.departureFlight?.flight_no);
  return (ctx.idx.transfersByGuest.get(f.guest.guest_id) ?? []).filter(
    (t) => t.purpose === 'departure' || (no !== '' && t.purpose !== 'arrival' && normNo(t.flight_no) === no),
  );
}

function addTransfers(ctx: ReminderContext, out: Record<SubjectId, Snapshot>, list: Transfer[]): void {
  for (const t of list) if (ok(t.pickup?.at)) out[transferSubject(t.transfer_id)] = transferSnapshot(t, vehicleOf(ctx, t));
}

export function toldArrival(ctx: ReminderContext, f: GuestFacts): Record<SubjectId, Snapshot> {
  const out: Record<SubjectId, Snapshot> = {};
  if (f.arrivalFlight && f.landing) out[flightSubject(f.guest.guest_id, 'arrival')] = flightSnapshot(f.arrivalFlight);
  addTransfers(ctx, out, arrivalTransfers(ctx, f));
  return out;
}

export function toldDeparture(ctx: ReminderContext, f: GuestFacts): Record<SubjectId, Snapshot> {
  const out: Record<SubjectId, Snapshot> = {};
  if (f.departureFlight && f.takeoff) out[flightSubject(f.guest.guest_id, 'departure')] = flightSnapshot(f.departureFlight);
  addTransfers(ctx, out, departureTransfers(ctx, f));
  return out;
}

export interface DayPlan {
  items: { item: ProgrammeItem; guest_ids: string[] }[];
  transfers: { transfer: Transfer; guest_ids: string[] }[];
}

/** A date's programme items and pickups (event zone) for some guests, in time order. */
export function dayPlan(ctx: ReminderContext, guestIds: readonly string[], date: IsoDate): DayPlan {
  const guests = guestIds.map((g) => ctx.idx.guestsById.get(g)).filter((g): g is Guest => !!g);
  const items: DayPlan['items'] = [];
  for (const item of ctx.idx.itemsByDate.get(date) ?? []) {
    const who = guests.filter((g) => inAudience(item, g)).map((g) => g.guest_id);
    if (who.length > 0) items.push({ item, guest_ids: who });
  }
  const byId = new Map<string, { transfer: Transfer; guest_ids: string[] }>();
  for (const g of guests) {
    for (const t of ctx.idx.transfersByGuest.get(g.guest_id) ?? []) {
      if (!ok(t.pickup?.at) || localDate(t.pickup!.at, ctx.zone) !== date) continue;
      const entry = byId.get(t.transfer_id);
      if (entry) entry.guest_ids.push(g.guest_id);
      else byId.set(t.transfer_id, { transfer: t, guest_ids: [g.guest_id] });
    }
  }
  const transfers = Array.from(byId.values()).sort((a, b) => a.transfer.pickup!.at.getTime() - b.transfer.pickup!.at.getTime());
  return { items, transfers };
}

export function toldDay(ctx: ReminderContext, plan: DayPlan): Record<SubjectId, Snapshot> {
  const out: Record<SubjectId, Snapshot> = {};
  for (const { item } of plan.items) out[itemSubject(item.item_id)] = itemSnapshot(item);
  addTransfers(ctx, out, plan.transfers.map((x) => x.transfer));
  return out;
}

export interface CurrentSubject {
  /** Undefined when the subject is no longer in the data (deleted, cancelled). */
  snap?: Snapshot;
  /** When it happens now. */
  moment?: Date;
  /** Set when the subject exists but its time cannot be read: no notice is built on it. */
  problem?: SkipReason;
  /** Does it concern any of these guests (the LO's)? */
  concerns(loGuests: ReadonlySet<string>): boolean;
  guest_ids: string[];
}

/** The subject as the data has it now. */
export function currentSubject(ctx: ReminderContext, subject: SubjectId): CurrentSubject {
  const ref = parseSubject(subject);
  const anyGuest = (s: ReadonlySet<string>) => s.size > 0;
  if (!ref) return { concerns: () => false, guest_ids: [] };
  if (ref.type === 'flight') {
    const f = ctx.facts(ref.guest_id);
    const mine = (s: ReadonlySet<string>) => s.has(ref.guest_id);
    if (!f) return { concerns: mine, guest_ids: [ref.guest_id] };
    const flight = ref.direction === 'arrival' ? f.arrivalFlight : f.departureFlight;
    const when = ref.direction === 'arrival' ? f.landing : f.takeoff;
    const reason = ref.direction === 'arrival' ? f.landingReason : f.takeoffReason;
    if (flight && when) return { snap: flightSnapshot(flight), moment: when.at, concerns: mine, guest_ids: [ref.guest_id] };
    if (flight && reason) return { problem: reason as SkipReason, concerns: mine, guest_ids: [ref.guest_id] };
    return { concerns: mine, guest_ids: [ref.guest_id] };
  }
  if (ref.type === 'transfer') {
    const t = ctx.idx.transfersById.get(ref.id);
    if (!t) return { concerns: anyGuest, guest_ids: [] };
    const ids = t.guest_ids ?? [];
    const mine = (s: ReadonlySet<string>) => ids.some((g) => s.has(g));
    if (!ok(t.pickup?.at)) return { problem: 'subject_time_unknown', concerns: mine, guest_ids: ids };
    return { snap: transferSnapshot(t, vehicleOf(ctx, t)), moment: t.pickup!.at, concerns: mine, guest_ids: ids };
  }
  const p = ctx.idx.itemsById.get(ref.id);
  if (!p) return { concerns: anyGuest, guest_ids: [] };
  const mine = (s: ReadonlySet<string>) => {
    for (const g of s) {
      const guest = ctx.idx.guestsById.get(g);
      if (guest && inAudience(p, guest)) return true;
    }
    return false;
  };
  if (!ok(p.starts?.at)) return { problem: 'subject_time_unknown', concerns: mine, guest_ids: [] };
  return { snap: itemSnapshot(p), moment: p.starts!.at, concerns: mine, guest_ids: [] };
}
