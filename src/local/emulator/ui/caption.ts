/** A menu's or an item's caption, checked as Sheets needs it. */
export function caption(v: unknown, method: string): string {
  if (typeof v !== 'string' || v.trim() === '') {
    throw new Error(`${method}: the caption must be a non-empty string.`);
  }
  return v;
}
