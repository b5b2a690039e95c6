/**
 * Checks a tick sent from the sidebar or phone page before anything is written.
 * Whether the caller may tick for this guest is the server's access check, not this.
 */
import { PHASES, type EventModel, type Phase } from '../model';
import { cleanText } from '../text';
import { itemPhasesOf } from './build';
import { indexModel, type ModelIndex } from '../model-index';
import { both, type LocalText } from './texts';

export const TICK_LIMITS = { guestId: 64, itemId: 80, note: 500 } as const;

export interface TickRequest {
  guestId: string;
  phase: Phase;
  itemId: string;
  done: boolean;
  /** Trimmed; '' when none. */
  note: string;
}

type TickErrorCode =
  | 'not_object' | 'not_string' | 'not_boolean' | 'empty' | 'too_long'
  | 'unknown_phase' | 'unknown_guest' | 'unknown_item' | 'wrong_phase';

export interface TickRequestError {
  error: TickErrorCode;
  /** The offending field of the request, when there is one. */
  field?: 'guestId' | 'phase' | 'itemId' | 'done' | 'note';
  message: LocalText;
}

function fail(
  error: TickErrorCode, field?: TickRequestError['field'], params: Record<string, string> = {},
): TickRequestError {
  const e: TickRequestError = { error, message: both(`checklist.tick.${error}`, { field: field ?? '', ...params }) };
  if (field) e.field = field;
  return e;
}

/** Echoes a bad value back into a message without letting a huge one through. */
function shown(v: string): string {
  return v.length > 60 ? `${v.slice(0, 60)}…` : v;
}

function textField(
  obj: Record<string, unknown>, field: 'guestId' | 'phase' | 'itemId', max: number,
): string | TickRequestError {
  const v = obj[field];
  if (typeof v !== 'string') return fail('not_string', field);
  const s = cleanText(v);
  if (s === '') return fail('empty', field);
  if (s.length > max) return fail('too_long', field, { max: String(max) });
  return s;
}

export function isTickError(r: TickRequest | TickRequestError): r is TickRequestError {
  return 'error' in r;
}

/** A request's fields, checked for shape only (no model): what a tick with a pass (tick-pass.ts) can check. */
export interface TickShape extends TickRequest {
  /** False when the request sent no note (keep the one recorded), true when it sent one (even empty). */
  noteGiven: boolean;
}

/** `{guestId, phase, itemId, done, note?}` from the browser, its types and lengths checked; the first problem found otherwise. */
export function checkTickShape(input: unknown): TickShape | TickRequestError {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('not_object');
  const obj = input as Record<string, unknown>;

  const guestId = textField(obj, 'guestId', TICK_LIMITS.guestId);
  if (typeof guestId !== 'string') return guestId;
  const phase = textField(obj, 'phase', 32);
  if (typeof phase !== 'string') return phase;
  if (!(PHASES as readonly string[]).includes(phase)) return fail('unknown_phase', 'phase', { value: shown(phase) });
  const itemId = textField(obj, 'itemId', TICK_LIMITS.itemId);
  if (typeof itemId !== 'string') return itemId;
  if (typeof obj.done !== 'boolean') return fail('not_boolean', 'done');

  let note = '';
  const noteGiven = obj.note !== undefined && obj.note !== null;
  if (noteGiven) {
    if (typeof obj.note !== 'string') return fail('not_string', 'note');
    note = cleanText(obj.note);
    if (note.length > TICK_LIMITS.note) return fail('too_long', 'note', { max: String(TICK_LIMITS.note) });
  }
  return { guestId, phase: phase as Phase, itemId, done: obj.done, note, noteGiven };
}

/**
 * `{guestId, phase, itemId, done, note?}` from the browser → a checked request, or the
 * first problem found. Pure: reads the model, changes nothing.
 */
export function parseTickRequest(
  input: unknown, model: EventModel, opts: { index?: ModelIndex } = {},
): TickRequest | TickRequestError {
  const shape = checkTickShape(input);
  if (isTickError(shape)) return shape;
  const { guestId, phase, itemId, done, note } = shape;

  const idx = opts.index ?? indexModel(model);
  const guest = idx.guestsById.get(guestId);
  if (!guest) return fail('unknown_guest', 'guestId', { value: shown(guestId) });
  const itemPhase = itemPhasesOf(idx, guest).get(itemId);
  if (!itemPhase) return fail('unknown_item', 'itemId', { value: shown(itemId) });
  if (itemPhase !== phase) return fail('wrong_phase', 'phase', { value: shown(itemId) });

  return { guestId, phase: itemPhase, itemId, done, note };
}
