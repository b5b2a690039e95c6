/**
 * How the pages write names and phone links (times and dates: ../time/format).
 */
import type { Guest } from '../model';

/** A tel: link for a phone number as typed, or undefined when it holds no digits. */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : undefined;
}

/** A mailto: link for one plain address, or undefined. */
export function mailHref(email: string | undefined): string | undefined {
  if (!email) return undefined;
  const e = email.trim();
  return /^[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:]+$/.test(e) ? `mailto:${e}` : undefined;
}

export function joinNonEmpty(parts: (string | undefined)[], sep: string): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(sep);
}

/** The full name as the Guests tab writes it. */
export function guestFullName(g: Pick<Guest, 'honorific' | 'given_name' | 'family_name'>): string {
  return joinNonEmpty([g.honorific, g.given_name, g.family_name], ' ');
}

/** How the LO addresses the guest: the preferred form, else honorific and family name. */
export function guestAddress(g: Pick<Guest, 'honorific' | 'given_name' | 'family_name' | 'preferred_address'>): string {
  if (g.preferred_address) return g.preferred_address;
  return joinNonEmpty([g.honorific, g.family_name], ' ') || guestFullName(g);
}
