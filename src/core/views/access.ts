/**
 * Who may see and change what. Organisers (Event organiser_emails) see every
 * guest; an LO sees the guests they are assigned to, as primary or backup;
 * anyone else — and an empty identity, which Apps Script gives when it does not
 * know the user — sees nothing. Emails compare without case or spaces.
 *
 * An assignment's from/to dates do not limit access: a backup LO must be able
 * to read the guest's card before the days they stand in.
 */
import type { EventModel, Guest, Lo } from '../model';
import type { CallerRole } from './types';

export interface Caller {
  email: string;
  role: CallerRole;
  /** Every LO row with the caller's email (one person may be listed twice by mistake). */
  los: Lo[];
}

export type GuestRole = 'primary' | 'backup' | 'organiser';

/** An email as callers and LO rows are compared: without case or surrounding spaces. */
export function normaliseEmail(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

export function resolveCaller(model: Pick<EventModel, 'event' | 'los'>, email: unknown): Caller {
  const e = normaliseEmail(email);
  if (!e) return { email: '', role: 'none', los: [] };
  const los = model.los.filter((l) => normaliseEmail(l.email) === e);
  const organiser = model.event.organiser_emails.some((o) => normaliseEmail(o) === e);
  return { email: e, role: organiser ? 'organiser' : los.length ? 'lo' : 'none', los };
}

/** Per guest, the caller's LO role: primary when any of their assignments to the guest is primary, else backup. */
function loRoles(model: Pick<EventModel, 'assignments'>, caller: Caller): Map<string, GuestRole> {
  const loIds = new Set(caller.los.map((l) => l.lo_id));
  const roles = new Map<string, GuestRole>();
  for (const a of model.assignments) {
    if (!loIds.has(a.lo_id)) continue;
    if (a.role === 'primary') roles.set(a.guest_id, 'primary');
    else if (!roles.has(a.guest_id)) roles.set(a.guest_id, 'backup');
  }
  return roles;
}

/**
 * The caller's relation to the guest: their primary/backup role when assigned
 * (primary wins), 'organiser' for organisers otherwise, undefined when none.
 */
export function guestRoleOf(model: Pick<EventModel, 'assignments'>, caller: Caller, guestId: string): GuestRole | undefined {
  return roleIn(loRoles(model, caller), caller, guestId);
}

function roleIn(roles: Map<string, GuestRole>, caller: Caller, guestId: string): GuestRole | undefined {
  if (caller.role === 'none') return undefined;
  return roles.get(guestId) ?? (caller.role === 'organiser' ? 'organiser' : undefined);
}

export function canSeeGuest(model: Pick<EventModel, 'assignments'>, caller: Caller, guestId: string): boolean {
  return guestRoleOf(model, caller, guestId) !== undefined;
}

export interface VisibleGuest {
  guest: Guest;
  role: GuestRole;
}

/**
 * The guests the caller may see, in the Guests tab's order. For an organiser who
 * is also an LO, `mineOnly` keeps the LO's own guests (the sidebar), otherwise all.
 * One pass over the assignments, not one per guest.
 */
export function visibleGuests(model: Pick<EventModel, 'guests' | 'assignments'>, caller: Caller, mineOnly = false): VisibleGuest[] {
  const roles = loRoles(model, caller);
  const out: VisibleGuest[] = [];
  for (const guest of model.guests) {
    const role = roleIn(roles, caller, guest.guest_id);
    if (!role || (mineOnly && role === 'organiser')) continue;
    out.push({ guest, role });
  }
  return out;
}
