/**
 * One guest's checklist at an instant: every item with its due moment and status,
 * the phase the guest is in, and the order an LO should look at them.
 */
import { PHASES, type EventModel, type Guest, type Phase } from '../model';
import { addDays } from '../time/zones';
import {
  CATALOGUE, CONFIRM_TOMORROW, eveningItems, type AutoFact, type DueResult,
} from './catalogue';
import type { ReasonKey } from './facts';
import { eventInstant } from '../facts/event-time';
import { guestFacts, type GuestFacts } from '../facts/guest-facts';
import { indexModel, type ModelIndex } from '../model-index';
import { PREPARE_DAYS_BEFORE, PREPARE_TIME } from './rules';
import { both, bothLocalised, type LocalText, type TextParams } from './texts';

export type ItemStatus = 'done' | 'auto' | 'overdue' | 'open';

interface TickInfo {
  done: boolean;
  by?: string;
  at?: Date;
  note?: string;
  /** Row in the Checklist tab. */
  row: number;
}

export interface ChecklistItemView {
  /** Stable id: `room_number_noted`, `confirm_tomorrow@2026-12-07`, `custom_0abc123`. */
  id: string;
  phase: Phase;
  custom: boolean;
  /** i18n key (`checklist.item.…`) for built-in items; undefined for organisers' items. */
  textKey?: string;
  textParams?: TextParams;
  text: LocalText;
  /** Absent when it cannot be worked out; then dueReason says why. */
  due?: Date;
  /** Zone to show the due moment in: the airport's for the airport call, else the event's. */
  dueZone?: string;
  dueReason?: ReasonKey;
  dueReasonText?: LocalText;
  status: ItemStatus;
  /** The recorded tick, also when it was unticked (done false) or the data ticks the item. */
  tick?: TickInfo;
  /** When the data proves the item: which fact, for "ticked by the data: room 1204 recorded". */
  auto?: AutoFact & { text: LocalText };
}

export interface PhaseCount {
  total: number;
  /** Ticked or proved by the data. */
  done: number;
  /** Of done, how many by the data alone. */
  auto: number;
  overdue: number;
  open: number;
}

type MissingKey =
  | 'unknown_guest' | 'no_arrival_flight' | 'arrival_time_unknown' | 'no_departure_flight'
  | 'departure_time_unknown' | 'no_hotel' | 'unknown_hotel' | 'no_room' | 'no_car' | 'no_lo'
  | 'bad_time_zone';

export interface GuestChecklist {
  guestId: string;
  /** False when no guest has that id; items is then empty. */
  found: boolean;
  now: Date;
  currentPhase: Phase;
  /** Sorted: overdue first, then the current phase, then the others (see sortItems). */
  items: ChecklistItemView[];
  /** Id of the open item due next (at or after now), if any. */
  nextId?: string;
  phases: Record<Phase, PhaseCount>;
  /** What the guest's data lacks, for the card; each has a `checklist.missing.*` text. */
  missing: MissingKey[];
  missingText: LocalText[];
}

export interface BuildOptions {
  /** An index from indexModel(model), to share between guests. */
  index?: ModelIndex;
}

/** An item before texts are attached: what readiness needs, and what the view builds on. */
export interface EvaluatedItem {
  id: string;
  phase: Phase;
  custom: boolean;
  order: number;
  due: DueResult;
  status: ItemStatus;
  auto?: AutoFact;
  date?: string;
  customText?: LocalText;
}

export function emptyCounts(): Record<Phase, PhaseCount> {
  const out = {} as Record<Phase, PhaseCount>;
  for (const p of PHASES) out[p] = { total: 0, done: 0, auto: 0, overdue: 0, open: 0 };
  return out;
}

export function countInto(counts: Record<Phase, PhaseCount>, it: { phase: Phase; status: ItemStatus }): void {
  const c = counts[it.phase];
  c.total += 1;
  if (it.status === 'done' || it.status === 'auto') c.done += 1;
  if (it.status === 'auto') c.auto += 1;
  if (it.status === 'overdue') c.overdue += 1;
  if (it.status === 'open') c.open += 1;
}

/** The phase a guest is in at `now` (rules in rules.ts). */
export function phaseAt(idx: ModelIndex, f: GuestFacts, now: Date): Phase {
  const t = now.getTime();
  if (f.departureStart && t >= f.departureStart.getTime()) return 'departure';
  if (!f.arrivalStart || !f.arrivalDay) return 'prepare';
  if (f.stayStart && t >= f.stayStart.getTime()) return 'stay';
  if (t >= f.arrivalStart.getTime()) return 'arrival';
  const prepDue = eventInstant(idx, addDays(f.arrivalDay, -PREPARE_DAYS_BEFORE), PREPARE_TIME);
  return prepDue && t >= prepDue.getTime() ? 'before_arrival' : 'prepare';
}

function statusOf(done: boolean, auto: boolean, due: DueResult, now: number): ItemStatus {
  if (done) return 'done';
  if (auto) return 'auto';
  return 'at' in due && due.at.getTime() < now ? 'overdue' : 'open';
}

/** Every item of a guest with due and status; no texts (fast path for readiness). */
export function evaluateItems(idx: ModelIndex, f: GuestFacts, now: Date): EvaluatedItem[] {
  const ticks = idx.ticksByGuest.get(f.guest.guest_id);
  const isDone = (id: string): boolean => ticks?.get(id)?.done === true;
  const t = now.getTime();
  const out: EvaluatedItem[] = [];
  let order = 0;
  for (const def of CATALOGUE) {
    if (def.phase === 'stay' && def.id === 'programme_support') {
      // Evening items sit at the head of the stay phase, in date order.
      for (const ev of eveningItems(idx, f)) {
        out.push({
          id: ev.id, phase: 'stay', custom: false, order: order++, due: ev.due, date: ev.date,
          status: statusOf(isDone(ev.id), false, ev.due, t),
        });
      }
    }
    const due = def.due(idx, f);
    const auto = def.auto ? def.auto(idx, f) : undefined;
    out.push({
      id: def.id, phase: def.phase, custom: false, order: order++, due, auto,
      status: statusOf(isDone(def.id), !!auto, due, t),
    });
  }
  for (const c of idx.custom) {
    const due: DueResult = { reason: 'custom_item' };
    out.push({
      id: c.id, phase: c.phase, custom: true, order: order++, due,
      customText: { en: c.text_en, th: c.text_th },
      status: statusOf(isDone(c.id), false, due, t),
    });
  }
  return out;
}

/**
 * Overdue items first (oldest first, whatever their phase: they are what went wrong),
 * then the current phase, then the phases after it, then the earlier ones. Within a
 * group: things still to do before things done, by due moment, undated last, then in
 * catalogue order.
 */
function sortItems<T extends EvaluatedItem>(items: T[], current: Phase): T[] {
  const ci = PHASES.indexOf(current);
  const group = (it: T): number => {
    if (it.status === 'overdue') return 0;
    const pi = PHASES.indexOf(it.phase);
    return pi >= ci ? 1 + (pi - ci) : 1 + PHASES.length + pi;
  };
  const dueMs = (it: T): number => ('at' in it.due ? it.due.at.getTime() : Infinity);
  const finished = (it: T): number => (it.status === 'done' || it.status === 'auto' ? 1 : 0);
  return [...items].sort(
    (a, b) =>
      group(a) - group(b) || finished(a) - finished(b) || dueMs(a) - dueMs(b) || a.order - b.order,
  );
}

function missingOf(f: GuestFacts): MissingKey[] {
  const m: MissingKey[] = [];
  if (!f.landing) m.push(f.landingReason === 'arrival_time_unknown' ? 'arrival_time_unknown' : 'no_arrival_flight');
  if (!f.takeoff) m.push(f.takeoffReason === 'departure_time_unknown' ? 'departure_time_unknown' : 'no_departure_flight');
  if (!f.guest.hotel_id) m.push('no_hotel');
  else if (!f.hotel) m.push('unknown_hotel');
  if (!f.guest.room_no?.trim()) m.push('no_room');
  if (!f.car) m.push('no_car');
  if (!f.hasLo) m.push('no_lo');
  return m;
}

function toView(it: EvaluatedItem, idx: ModelIndex, guestId: string): ChecklistItemView {
  let textKey: string | undefined;
  let textParams: TextParams | undefined;
  let text: LocalText;
  if (it.customText) {
    text = it.customText;
  } else if (it.id.startsWith(`${CONFIRM_TOMORROW}@`) && it.date) {
    textKey = `checklist.item.${CONFIRM_TOMORROW}`;
    textParams = { date: it.date };
    text = bothLocalised(textKey, textParams);
  } else if (it.id === CONFIRM_TOMORROW) {
    textKey = `checklist.item.${CONFIRM_TOMORROW}_undated`;
    text = both(textKey);
  } else {
    textKey = `checklist.item.${it.id}`;
    text = both(textKey);
  }
  const view: ChecklistItemView = { id: it.id, phase: it.phase, custom: it.custom, text, status: it.status };
  if (textKey) view.textKey = textKey;
  if (textParams) view.textParams = textParams;
  if ('at' in it.due) {
    view.due = it.due.at;
    view.dueZone = it.due.zone;
  } else {
    view.dueReason = it.due.reason;
    view.dueReasonText = both(`checklist.reason.${it.due.reason}`);
  }
  const tick = idx.ticksByGuest.get(guestId)?.get(it.id);
  if (tick) {
    view.tick = { done: tick.done, row: tick.row };
    if (tick.done_by) view.tick.by = tick.done_by;
    if (tick.done_at) view.tick.at = tick.done_at;
    if (tick.note) view.tick.note = tick.note;
  }
  if (it.auto) {
    view.auto = { ...it.auto, text: bothLocalised(`checklist.auto.${it.auto.fact}`, it.auto.params) };
  }
  return view;
}

function nextOpen(items: EvaluatedItem[], now: Date): string | undefined {
  let best: EvaluatedItem | undefined;
  for (const it of items) {
    if (it.status !== 'open' || !('at' in it.due) || it.due.at < now) continue;
    if (!best || it.due.at < (best.due as { at: Date }).at) best = it;
  }
  return best?.id;
}

/** One guest's checklist at `now`. Never throws on missing or odd data: what cannot be worked out is said. */
export function buildChecklist(model: EventModel, guestId: string, now: Date, opts: BuildOptions = {}): GuestChecklist {
  const idx = opts.index ?? indexModel(model);
  const guest: Guest | undefined = idx.guestsById.get(guestId);
  if (!guest) {
    const missing: MissingKey[] = ['unknown_guest'];
    return {
      guestId, found: false, now, currentPhase: 'prepare', items: [], phases: emptyCounts(),
      missing, missingText: missing.map((k) => both(`checklist.missing.${k}`)),
    };
  }
  const f = guestFacts(idx, guest);
  const currentPhase = phaseAt(idx, f, now);
  const evaluated = evaluateItems(idx, f, now);
  const phases = emptyCounts();
  for (const it of evaluated) countInto(phases, it);
  const sorted = sortItems(evaluated, currentPhase);
  const missing = missingOf(f);
  return {
    guestId,
    found: true,
    now,
    currentPhase,
    items: sorted.map((it) => toView(it, idx, guestId)),
    nextId: nextOpen(evaluated, now),
    phases,
    missing,
    missingText: missing.map((k) => both(`checklist.missing.${k}`)),
  };
}

/** The ids of every item a guest's checklist holds, with their phase (for validating ticks). */
export function itemPhasesOf(idx: ModelIndex, guest: Guest): Map<string, Phase> {
  const f = guestFacts(idx, guest);
  const m = new Map<string, Phase>();
  for (const def of CATALOGUE) m.set(def.id, def.phase);
  for (const ev of eveningItems(idx, f)) m.set(ev.id, 'stay');
  for (const c of idx.custom) if (!m.has(c.id)) m.set(c.id, c.phase);
  return m;
}
