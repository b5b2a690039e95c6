/**
 * How the pages write times, dates, names and phone links. Times always carry
 * the zone they are in ("(Tokyo, UTC+9)"): an LO reading a departure from Tokyo
 * must never take it for Bangkok time. Thai uses Buddhist-era years.
 */
import type { Guest, IsoDate, Lang } from '../model';
import { formatInstant, formatIsoDate as coreFormatIsoDate } from '../time/format';

/** "Sun 6 Dec 2026 16:15 (Tokyo, UTC+9)"; without the zone when `zoneShown` is false. */
export function formatDateTime(at: Date, zone: string, lang: Lang, zoneShown = true): string {
  return formatInstant(at, zone, lang, { zone: zoneShown });
}

/** "16:15" (Thai: "16:15 น.") in the zone, optionally followed by the zone. */
export function formatTime(at: Date, zone: string, lang: Lang, zoneShown = false): string {
  return formatInstant(at, zone, lang, { zone: zoneShown, timeOnly: true });
}

/** "Sun 6 Dec 2026" for the day the zone's clocks show at the instant. */
export function formatDateOf(at: Date, zone: string, lang: Lang): string {
  return formatInstant(at, zone, lang, { zone: false, dateOnly: true });
}

/** A calendar date ("2026-12-06") for people; the text itself when it is not one. */
export function formatIsoDate(d: IsoDate, lang: Lang): string {
  return coreFormatIsoDate(d, lang);
}

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
