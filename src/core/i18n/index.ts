/**
 * Every user-facing string, by language. `t('th', 'validation.required', { col })`.
 * Keys are `<domain>.<key>`; the type lists every key, so a typo fails to compile.
 */
import type { Lang } from '../model';
import { fillPlaceholders } from '../text';
import { ALWAYS_EN, ALWAYS_TH, EN, TH, type Domains, type LaterDomain } from './domains';
import type { Translation } from './types';

export { EN, TH };

export type MessageKey = {
  [D in keyof Domains]: `${D & string}.${keyof Domains[D] & string}`;
}[keyof Domains];

export type Params = Record<string, string | number>;

type Table = Record<string, Record<string, string>>;
// Copies: the documents and reminders runs add their domains (addDomain) without changing ALWAYS_*.
const TABLES: Record<Lang, Table> = { en: { ...ALWAYS_EN }, th: { ...ALWAYS_TH } };

/**
 * Adds a domain only one lazily loaded run uses (src/addon/parts.ts), so its
 * strings are parsed only in the executions that run it. Called by that
 * domain's module (documents-strings.ts) when the run's code is loaded.
 */
export function addDomain<D extends LaterDomain>(domain: D, en: Domains[D], th: Translation<Domains[D]>): void {
  TABLES.en[domain] = en;
  TABLES.th[domain] = th;
}

/** The raw string, or undefined when the key is unknown (for keys built at run time). */
export function lookup(lang: Lang, key: string): string | undefined {
  const dot = key.indexOf('.');
  if (dot < 0) return undefined;
  const table = TABLES[lang === 'en' ? 'en' : 'th'][key.slice(0, dot)];
  const s = table ? table[key.slice(dot + 1)] : undefined;
  return typeof s === 'string' ? s : undefined;
}

/** The string in that language with {placeholders} filled; the key itself if unknown. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fillPlaceholders(lookup(lang, key) ?? lookup('en', key) ?? key, params);
}

/** Like t for keys assembled at run time (e.g. `schema.Guests.guest_id`). */
export function tDynamic(lang: Lang, key: string, params?: Params, fallback?: string): string {
  return fillPlaceholders(lookup(lang, key) ?? lookup('en', key) ?? fallback ?? key, params);
}

/** Both languages at once, for findings and UIs that switch. */
export function tBoth(key: MessageKey, params?: Params): { en: string; th: string } {
  return { en: t('en', key, params), th: t('th', key, params) };
}

/** Reads a language setting or a locale ("th_TH", "en-GB") as th or en; Thai unless clearly English. */
export function toLang(value: unknown, fallback: Lang = 'th'): Lang {
  if (typeof value !== 'string') return fallback;
  const v = value.trim().toLowerCase();
  if (v.startsWith('en') || v === 'อังกฤษ') return 'en';
  if (v.startsWith('th') || v === 'ไทย') return 'th';
  return fallback;
}
