/**
 * Wording helpers bound to one language: strings of the documents domain, dates,
 * and the visible "to be confirmed" for anything missing, so no builder ever
 * prints undefined, NaN or an empty cell.
 */
import type { Dietary, IsoDate, Lang, Lo, TimeOfDay, ZonedTime } from '../model';
import type { Zone } from '../time/zones';
import { t, tDynamic, type MessageKey, type Params } from '../i18n';
// Adds the documents strings to t()'s table (they are not there from the start).
import '../i18n/documents-strings';
import type { documents } from '../i18n/en/documents';
import type { label } from '../i18n/en/label';
import { formatDate, formatDateTime, formatTime, formatTimeOfDay } from '../time/format';

export type DocKey = keyof typeof documents;
/** A label of the shared `label` domain: one string for "Phone", "Room", "Driver", … in every feature. */
export type LabelKey = keyof typeof label;

/** Present and not just spaces. */
export function has(v: string | undefined | null): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

export class Phrasebook {
  readonly tbc: string;
  readonly none: string;
  private readonly sep: string;

  constructor(readonly lang: Lang, readonly zone: Zone) {
    this.tbc = this.s('tbc');
    this.none = this.s('none');
    this.sep = t(lang, 'common.list.separator');
  }

  // Documents ask for the same few words thousands of times; fixed strings are looked up once.
  private readonly memo = new Map<string, string>();

  s(key: DocKey, params?: Params): string {
    if (params) return t(this.lang, `documents.${key}` as MessageKey, params);
    let v = this.memo.get(key);
    if (v === undefined) {
      v = t(this.lang, `documents.${key}` as MessageKey);
      this.memo.set(key, v);
    }
    return v;
  }

  /** Column headers: documents keys, or `label.…` for a shared label. */
  cols(keys: (DocKey | `label.${LabelKey}`)[]): string[] {
    return keys.map((k) => (k.startsWith('label.') ? this.label(k.slice(6) as LabelKey) : this.s(k as DocKey)));
  }

  /** A shared label ("Phone", "Room", "Driver"), looked up once per run. */
  label(key: LabelKey): string {
    const memoKey = `label:${key}`;
    let v = this.memo.get(memoKey);
    if (v === undefined) {
      v = t(this.lang, `label.${key}` as MessageKey);
      this.memo.set(memoKey, v);
    }
    return v;
  }

  /** The value, or "to be confirmed" when it is missing. */
  or(v: string | number | undefined | null): string {
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : this.tbc;
    return has(v) ? v.trim() : this.tbc;
  }

  /** The value, or "none" where absence is a normal answer (no notes, no needs). */
  orNone(v: string | undefined | null): string {
    return has(v) ? v.trim() : this.none;
  }

  /** Joined with the language's separator; "none" for an empty list. */
  join(values: string[], empty: string = this.none): string {
    const v = values.filter(has);
    return v.length ? v.join(this.sep) : empty;
  }

  date(iso: IsoDate | undefined): string {
    return formatDate(iso, this.lang) ?? this.tbc;
  }

  timeOfDay(hhmm: TimeOfDay | undefined): string {
    return formatTimeOfDay(hhmm, this.lang) ?? this.tbc;
  }

  /** Date and time in the zone it was typed in, zone named: for flights. */
  zoned(z: ZonedTime | undefined): string {
    return (z && formatDateTime(z.at, z.zone, this.lang, true)) ?? this.tbc;
  }

  /** Date and time in the event's zone, zone named. */
  eventDateTime(at: Date | undefined): string {
    return formatDateTime(at, this.zone, this.lang, true) ?? this.tbc;
  }

  /** Date and time in the event's zone, for tables under the zone note. */
  eventDay(at: Date | undefined): string {
    return formatDateTime(at, this.zone, this.lang, false) ?? this.tbc;
  }

  /** Time of day in the event's zone; documents name the zone once in a note. */
  eventTime(at: Date | undefined): string {
    return formatTime(at, this.zone, this.lang, false) ?? this.tbc;
  }

  /** Time of day in another zone, with that zone named. */
  timeIn(at: Date | undefined, zone: Zone): string {
    return formatTime(at, zone, this.lang, true) ?? this.tbc;
  }

  diet(d: Dietary | undefined, notes?: string): string {
    let label: string | undefined;
    if (d) {
      label = this.memo.get(`diet:${d}`);
      if (label === undefined) {
        label = tDynamic(this.lang, `schema.enum.dietary.${d}`, undefined, d);
        this.memo.set(`diet:${d}`, label);
      }
    }
    if (!label || d === 'none') return has(notes) ? notes.trim() : this.none;
    return has(notes) ? `${label} (${notes.trim()})` : label;
  }

  /** "Name, 081 234 5678" for an LO, or the visible "no LO assigned" mark. */
  loLine(lo: Lo | undefined): string {
    return lo ? `${lo.name} ${this.or(lo.phone)}` : this.s('noLo');
  }

  /** Title of a programme item in this language (Thai title when there is one). */
  itemTitle(item: { title: string; title_th?: string }): string {
    return this.lang === 'th' && has(item.title_th) ? item.title_th.trim() : this.or(item.title);
  }
}

const cache = new WeakMap<object, Partial<Record<Lang, Phrasebook>>>();

/** One Phrasebook per run and language, so memoised words are shared by every document of the run. */
export function phrasebookOf(ctx: { lang: Lang; index: { zone: Zone } }, lang: Lang = ctx.lang): Phrasebook {
  let byLang = cache.get(ctx);
  if (!byLang) {
    byLang = {};
    cache.set(ctx, byLang);
  }
  byLang[lang] ??= new Phrasebook(lang, ctx.index.zone);
  return byLang[lang];
}
