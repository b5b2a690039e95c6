/**
 * Readiness for the organisers' dashboard: per guest and per phase, how many items
 * are done, overdue and still open. One index of the model, then linear in guests.
 */
import { PHASES, type EventModel, type Phase } from '../model';
import {
  countInto, emptyCounts, evaluateItems, phaseAt, type PhaseCount,
} from './build';
import { guestFacts } from '../facts/guest-facts';
import { indexModel, type ModelIndex } from '../model-index';

interface GuestReadiness {
  guestId: string;
  currentPhase: Phase;
  phases: Record<Phase, PhaseCount>;
  /** Sum over phases. */
  all: PhaseCount;
  /** The earliest due moment among open (not yet overdue) items. */
  nextDue?: Date;
}

export interface Readiness {
  now: Date;
  guests: GuestReadiness[];
  /** Sums over every guest. */
  byPhase: Record<Phase, PhaseCount>;
  all: PhaseCount;
}

function sum(into: PhaseCount, c: PhaseCount): void {
  into.total += c.total;
  into.done += c.done;
  into.auto += c.auto;
  into.overdue += c.overdue;
  into.open += c.open;
}

function zero(): PhaseCount {
  return { total: 0, done: 0, auto: 0, overdue: 0, open: 0 };
}

/** Every guest, in sheet order. Pass `index` when the caller already has one. */
export function readiness(model: EventModel, now: Date, index?: ModelIndex): Readiness {
  const idx = index ?? indexModel(model);
  const byPhase = emptyCounts();
  const all = zero();
  const guests: GuestReadiness[] = [];
  const t = now.getTime();
  for (const guest of idx.guestsById.values()) {
    const f = guestFacts(idx, guest);
    const phases = emptyCounts();
    let nextDue: Date | undefined;
    for (const it of evaluateItems(idx, f, now)) {
      countInto(phases, it);
      if (it.status === 'open' && 'at' in it.due && it.due.at.getTime() >= t && (!nextDue || it.due.at < nextDue)) {
        nextDue = it.due.at;
      }
    }
    const g = zero();
    for (const p of PHASES) {
      sum(g, phases[p]);
      sum(byPhase[p], phases[p]);
    }
    sum(all, g);
    const row: GuestReadiness = { guestId: guest.guest_id, currentPhase: phaseAt(idx, f, now), phases, all: g };
    if (nextDue) row.nextDue = nextDue;
    guests.push(row);
  }
  return { now, guests, byPhase, all };
}
