/**
 * Links the pages put on phone numbers and addresses (times and dates: ../time/format;
 * names: the guest facts).
 */

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
