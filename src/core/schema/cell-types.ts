/**
 * One zod schema per column type: each parses a cell (as getValues() gives it) into
 * the typed value the model holds, or fails with the located problem a finding is
 * made of. The contract (contract.ts) declares every column with one of these, and
 * the model's row types are inferred from their outputs.
 */
import * as z from 'zod/mini';
import { cleanText, foldText, headerKey, isErrorText } from '../text';
import { asZone, isoDateOf, wallToInstant, type Zone } from '../time/zones';
import { normaliseIata } from '../time/airports';
import type { HourMinute, ZonedTime } from '../model';
import {
  ABSOLUTE, EMPTY, FALSE_WORDS, HAS_LETTER_OR_DIGIT, ID_SHAPE, NUMBER_TEXT, PHONE_EXT, PHONE_NOISE, PHONE_SHAPE,
  SPACES, THOUSANDS, TRUE_WORDS, buildEnumIndex, cellText, invalid, isBlankCell, isDateObject, numberText, readEmail, readTime,
  readWall, splitList, type CellInput, type CellRead, type CellValue, type EnumIndex, type WallRead,
} from './cells';
import type { ColumnType } from './types';

/** A column type's schema: a cell in, its value (undefined for an empty cell) out. */
export type CellSchema<T> = z.ZodMiniType<CellValue<T> | undefined, CellInput>;

/**
 * A column type: what set-up and the docs are told (`type`), the schema that reads
 * it, and `M`, what the model keeps (a date-time's wall reading becomes a ZonedTime
 * once its zone is known). `P` says the model always has the field (lists: []).
 */
export interface CellType<T, M = T, P extends boolean = false> {
  type: ColumnType;
  schema: CellSchema<T>;
  /** Enum columns: value, English and Thai labels → value (built on first use). */
  enums?: () => EnumIndex;
  /** What an empty cell gives the model, when not undefined. */
  empty?: () => M;
  /** Phantom: the model's type and whether it is always present. */
  readonly model?: M;
  readonly present?: P;
}

/**
 * Wraps a reader in a zod schema. Blank cells, spreadsheet errors and non-finite
 * numbers are the same for every type, so they are read here once.
 */
function cellSchema<T>(read: (raw: unknown, input: CellInput) => CellRead): CellSchema<T> {
  return z.transform<CellInput, CellValue<T> | undefined>((input, payload) => {
    const raw = input.raw;
    let res: CellRead;
    if (isBlankCell(raw)) res = EMPTY;
    else if (typeof raw === 'string' && isErrorText(raw)) res = { kind: 'formula_error', text: cleanText(raw) };
    else if (typeof raw === 'number' && !Number.isFinite(raw)) res = invalid('validation.invalid.number', raw);
    else res = read(raw, input);
    if (res.kind === 'empty') return undefined;
    if (res.kind === 'value') return (res.notes ? { value: res.value, notes: res.notes } : { value: res.value }) as CellValue<T>;
    payload.issues.push({ code: 'custom', input: raw, message: res.kind === 'invalid' ? res.message : 'validation.formula_error', params: { problem: res } });
    return z.NEVER;
  });
}

function ok(value: unknown): CellRead {
  return { kind: 'value', value };
}

function type<T, M = T, P extends boolean = false>(
  t: ColumnType, read: (raw: unknown, input: CellInput) => CellRead, more: Partial<CellType<T, M, P>> = {},
): CellType<T, M, P> {
  return { type: t, schema: cellSchema<T>(read), ...more };
}

/** Text: anything with a letter or digit; free text (notes) may be only symbols. */
export const text = (free = false): CellType<string> =>
  type({ kind: 'text' }, (raw, { ctx }) => {
    const s = cellText(raw, ctx);
    if (!s) return EMPTY;
    if (!free && !HAS_LETTER_OR_DIGIT.test(s)) return invalid('validation.invalid.text', raw);
    return ok(s);
  });

function readId(raw: unknown, input: CellInput): CellRead {
  const s = foldText(cellText(raw, input.ctx));
  if (!s) return EMPTY;
  return ID_SHAPE.test(s) ? ok(s) : invalid('validation.invalid.id', raw);
}

/** The tab's own stable id. */
export const id = (): CellType<string> => type({ kind: 'id' }, readId);

/** An id of another tab. */
export const ref = (tab: Extract<ColumnType, { kind: 'ref' }>['tab']): CellType<string> => type({ kind: 'ref', tab }, readId);

/** A comma-separated list of ids of another tab. */
export const refs = (tab: Extract<ColumnType, { kind: 'ref' }>['tab']): CellType<string[]> =>
  type({ kind: 'ref', tab, many: true }, (raw, { ctx }) => {
    const ids = splitList(foldText(cellText(raw, ctx)));
    for (const x of ids) if (!ID_SHAPE.test(x)) return invalid('validation.invalid.id', x);
    return ids.length ? ok(ids) : EMPTY;
  });

/** A comma-separated list; an empty cell is an empty list. */
export const list = (of?: 'language' | 'email'): CellType<string[], string[], true> =>
  type<string[], string[], true>({ kind: 'list', ...(of ? { of } : {}) }, (raw, { ctx }) => {
    const items = splitList(cellText(raw, ctx));
    if (!items.length) return EMPTY;
    if (of === 'email') {
      // One mistyped address must not lose the others (organiser_emails would name nobody): the valid
      // ones count, and each bad one is its own located finding.
      const out: string[] = [];
      const bad: string[] = [];
      for (const it of items) {
        const r = readEmail(it, it);
        if (r.kind === 'value') out.push(r.value as string);
        else bad.push(it);
      }
      if (!out.length) return invalid('validation.invalid.email', bad[0]);
      if (!bad.length) return ok(out);
      return {
        kind: 'value',
        value: out,
        notes: bad.map((value) => ({ code: 'invalid_value' as const, message: 'validation.invalid.email_in_list' as const, params: { value, kept: out.join(', ') }, severity: 'error' as const })),
      };
    }
    for (const it of items) if (!HAS_LETTER_OR_DIGIT.test(it)) return invalid('validation.invalid.text', it);
    return ok(items);
  }, { empty: () => [] });

/**
 * One email address. `keepTyped`: a malformed one is kept as typed, with an
 * error finding, so its row still takes part in what its other cells allow
 * (an LO with a mistyped address still counts for their guests' languages and
 * cover); whoever mails it checks the address again and refuses it.
 */
export const email = (opts: { keepTyped?: boolean } = {}): CellType<string> =>
  type({ kind: 'email' }, (raw, { ctx }) => {
    const read = readEmail(cellText(raw, ctx), raw);
    if (read.kind !== 'invalid' || !opts.keepTyped) return read;
    const value = foldText(cellText(raw, ctx));
    return {
      kind: 'value', value,
      notes: [{ code: 'invalid_value', message: 'validation.invalid.email_kept', params: { value }, severity: 'error' }],
    };
  });

/** One or more phone numbers as typed; a number cell is kept with a warning (it lost its leading 0 or +). */
export const phone = (): CellType<string> =>
  type({ kind: 'phone' }, (raw, { ctx }) => {
    if (typeof raw === 'number') {
      return {
        kind: 'value',
        value: numberText(raw),
        notes: [{ code: 'invalid_value', message: 'validation.invalid.phone_number_cell', params: { value: numberText(raw) }, severity: 'warning' }],
      };
    }
    const s = cellText(raw, ctx);
    for (const one of splitList(foldText(s))) {
      if (!PHONE_SHAPE.test(one.replace(PHONE_EXT, '').replace(PHONE_NOISE, ''))) return invalid('validation.invalid.phone', raw);
    }
    return ok(s);
  });

export const iata = (): CellType<string> =>
  type({ kind: 'iata' }, (raw) => {
    const c = typeof raw === 'string' ? normaliseIata(raw) : undefined;
    return c ? ok(c) : invalid('validation.invalid.iata', raw);
  });

/** A calendar date "YYYY-MM-DD" (a Buddhist-era year is read and noted). */
export const date = (): CellType<string> =>
  type({ kind: 'date' }, (raw, { ctx }) => {
    const r = readWall(raw, ctx, false);
    if (r.kind !== 'value') return r;
    return { kind: 'value', value: isoDateOf((r.value as WallRead).parts), ...(r.notes ? { notes: r.notes } : {}) };
  });

/** Wall time local to the airport in column `airport`; the parser places it in that zone. */
export const airportTime = (airport: string): CellType<WallRead, ZonedTime> =>
  type({ kind: 'datetime-airport', airport }, (raw, { ctx }) => readWall(raw, ctx, true));

/** Wall time in the event's zone. */
export const eventTime = (): CellType<WallRead, ZonedTime> => type({ kind: 'datetime-event' }, (raw, { ctx }) => readWall(raw, ctx, true));

/** An absolute moment written by LO Desk: ISO text with an offset, a date cell, or wall time in the event zone. */
export const instant = (): CellType<Date> =>
  type({ kind: 'instant' }, (raw, { ctx }) => {
    if (isDateObject(raw)) {
      return Number.isFinite(raw.getTime()) ? ok(new Date(raw.getTime())) : invalid('validation.invalid.instant', raw);
    }
    if (typeof raw === 'string') {
      const s = foldText(raw);
      if (ABSOLUTE.test(s)) {
        const ms = Date.parse(s);
        if (Number.isFinite(ms)) return ok(new Date(ms));
      }
      const w = readWall(s, ctx, true);
      if (w.kind === 'value') return ok(wallToInstant((w.value as WallRead).parts, ctx.eventZone));
    }
    return invalid('validation.invalid.instant', raw);
  });

/** A time of day, normalised to "HH:mm". */
export const time = (): CellType<string> => type({ kind: 'time' }, (raw, { ctx }) => readTime(raw, ctx));

/** A time of day read as hour and minute, for the settings the planners compute with. */
export const clock = (): CellType<HourMinute> =>
  type({ kind: 'time' }, (raw, { ctx }) => {
    const r = readTime(raw, ctx);
    if (r.kind !== 'value') return r;
    const [hour, minute] = (r.value as string).split(':').map(Number);
    return ok({ hour, minute });
  });

/**
 * One of `values`, matched like headers against each value and, when `group` names
 * an i18n group (`schema.enum.<group>.<value>`), its English and Thai labels.
 */
export function oneOf<const V extends readonly string[]>(values: V, labels?: (v: string) => string[]): CellType<V[number]> {
  let index: EnumIndex | undefined;
  return type<V[number]>({ kind: 'enum', values }, (raw, { ctx, enums }) => {
    const v = enums?.get(headerKey(cellText(raw, ctx)));
    return v !== undefined ? ok(v) : invalid('validation.invalid.enum', raw, { values: values.join(', ') });
  }, { enums: () => (index ??= buildEnumIndex(values, labels ?? (() => []))) });
}

/** A number in [min, max], an integer when asked. Thai digits and thousands separators are read. */
export const number = (o: { min?: number; max?: number; integer?: boolean }): CellType<number> =>
  type({ kind: 'number', ...o }, (raw) => {
    let n: number;
    if (typeof raw === 'number') n = raw;
    else if (typeof raw === 'string') {
      const s = foldText(raw).replace(THOUSANDS, '$1').replace(SPACES, '');
      n = NUMBER_TEXT.test(s) ? Number(s) : NaN;
    } else n = NaN;
    if (!Number.isFinite(n)) return invalid('validation.invalid.number', raw);
    if (n < (o.min ?? -Infinity) || n > (o.max ?? Infinity) || (o.integer && !Number.isInteger(n))) {
      return invalid('validation.invalid.number_range', raw, { min: o.min ?? '', max: o.max ?? '' });
    }
    return ok(n);
  });

export const boolean = (): CellType<boolean> =>
  type({ kind: 'boolean' }, (raw, { ctx }) => {
    if (typeof raw === 'boolean') return ok(raw);
    if (typeof raw === 'number') return raw === 1 || raw === 0 ? ok(raw === 1) : invalid('validation.invalid.boolean', raw);
    const s = cellText(raw, ctx).toLowerCase();
    if (TRUE_WORDS.has(s)) return ok(true);
    if (FALSE_WORDS.has(s)) return ok(false);
    return invalid('validation.invalid.boolean', raw);
  });

/** An IANA zone the runtime knows (a checked Zone); the message names the zone used instead. */
export const timezone = (fallback: Zone): CellType<Zone> =>
  type({ kind: 'timezone' }, (raw, { ctx }) => {
    const z = asZone(foldText(cellText(raw, ctx)).replace(SPACES, '_'));
    return z ? ok(z) : invalid('validation.invalid.timezone', raw, { fallback });
  });
