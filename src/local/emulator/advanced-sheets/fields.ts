/**
 * Field masks (the `fields` parameter of spreadsheets.get, the `fields` of an
 * updateCells request), parsed as Google does: comma-separated paths, `a.b`
 * or `a/b` for a sub-field, `a(b,c)` for several. Every name is checked
 * against the part of the Sheets API schema the emulator serves: a name the
 * API has but the emulator does not serve is refused as "not emulated", a
 * name the API lacks as Google refuses it.
 */

/** A parsed mask: each selected name, with its own sub-mask (null: the whole field). */
export type Mask = Map<string, Mask | null>;

/** The schema served, as a tree; `true` marks a leaf. */
export type Schema = { [name: string]: Schema | true };

export function parseMask(text: string): Mask | string {
  let i = 0;
  const fail = () => `Invalid field selection ${text}`;
  const name = (): string | null => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (!m) return null;
    i += m[0].length;
    return m[0];
  };
  const list = (into: Mask, close: boolean): boolean => {
    for (;;) {
      while (text[i] === ' ') i++;
      if (!path(into)) return false;
      while (text[i] === ' ') i++;
      if (text[i] === ',') { i++; continue; }
      if (close) { if (text[i] !== ')') return false; i++; return true; }
      return i === text.length;
    }
  };
  const path = (into: Mask): boolean => {
    const n = name();
    if (n === null) return false;
    if (text[i] === '.' || text[i] === '/') {
      i++;
      const sub = (into.get(n) ?? new Map()) as Mask;
      if (!path(sub)) return false;
      into.set(n, sub);
      return true;
    }
    if (text[i] === '(') {
      i++;
      const sub = (into.get(n) ?? new Map()) as Mask;
      if (!list(sub, true)) return false;
      into.set(n, sub);
      return true;
    }
    into.set(n, null);
    return true;
  };
  const root: Mask = new Map();
  if (text.trim() === '' || !list(root, false)) return fail();
  return root;
}

/** '' when every name of the mask is served; else why not (Google's wording, or "not emulated"). */
export function checkMask(mask: Mask, served: Schema, known: ReadonlySet<string>, where = ''): { invalid?: string; notServed?: string } {
  for (const [n, sub] of mask) {
    const s = served[n];
    const at = where ? `${where}.${n}` : n;
    if (s === undefined) return known.has(n) ? { notServed: at } : { invalid: at };
    if (sub && s === true) return { invalid: at };
    if (sub && s !== true) {
      const r = checkMask(sub, s, known, at);
      if (r.invalid || r.notServed) return r;
    }
  }
  return {};
}

/** `value` keeping only the selected fields (a whole field when its mask is null). */
export function project(value: unknown, mask: Mask | null): unknown {
  if (mask === null || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => project(v, mask));
  const out: Record<string, unknown> = {};
  for (const [n, sub] of mask) {
    const v = (value as Record<string, unknown>)[n];
    if (v !== undefined) out[n] = project(v, sub);
  }
  return out;
}

/** Whether the mask selects the path (every name along it selected, or a whole field above it). */
export function selects(mask: Mask | null, path: readonly string[]): boolean {
  let m: Mask | null = mask;
  for (const n of path) {
    if (m === null) return true;
    if (!m.has(n)) return false;
    m = m.get(n) ?? null;
  }
  return true;
}
