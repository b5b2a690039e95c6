/**
 * Both languages of every checklist text, resolved once on the server so the
 * sidebar can switch language without another call.
 */
import { tDynamic } from '../i18n';
import type { Lang } from '../model';
import { formatDate } from '../time/format';

export interface LocalText {
  en: string;
  th: string;
}

export type TextParams = Record<string, string>;

export function both(key: string, params?: TextParams): LocalText {
  return { en: tDynamic('en', key, params), th: tDynamic('th', key, params) };
}

/**
 * Texts whose params differ by language: dates are written per language, dietary
 * codes get their dropdown names.
 */
export function bothLocalised(key: string, params: TextParams | undefined): LocalText {
  if (!params) return both(key);
  const per = (lang: Lang): string => {
    const p: TextParams = { ...params };
    if (p.date) p.date = formatDate(p.date, lang) ?? p.date;
    if (p.dietary) p.dietary = tDynamic(lang, `schema.enum.dietary.${p.dietary}`, undefined, p.dietary);
    return tDynamic(lang, key, p);
  };
  return { en: per('en'), th: per('th') };
}
