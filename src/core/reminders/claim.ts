/**
 * Which of the messages due now a run may claim, against the Sent tab as it
 * stands under the lock: not one that is sent, or claimed by a run in flight
 * (`uncertain`: never resent by itself), nor one whose key is on two Sent rows
 * (which row is meant is unknown). Deferred and failed ones are retried.
 * Earliest due first. Pure: the add-on claims, sends and records.
 */
import type { PlannedMessage } from './types';

/** Sent statuses that keep a key from being claimed again. */
const TAKEN_STATUSES: ReadonlySet<string> = new Set(['sent', 'uncertain', 'claimed']);

export interface SentView {
  /** The key's recorded status, '' or undefined when it has none. */
  statusOf(key: string): string | undefined;
  /** True when the key is on more than one row. */
  ambiguous(key: string): boolean;
}

export interface ClaimPlan {
  /** To claim, in the order to send them. */
  claim: PlannedMessage[];
  /** Keys not claimed because they are on several Sent rows (the run says so). */
  ambiguous: string[];
}

export function planClaims(due: readonly PlannedMessage[], sent: SentView): ClaimPlan {
  const ordered = [...due].sort((a, b) => a.due.getTime() - b.due.getTime());
  const plan: ClaimPlan = { claim: [], ambiguous: [] };
  for (const m of ordered) {
    if (sent.ambiguous(m.key)) plan.ambiguous.push(m.key);
    else if (!TAKEN_STATUSES.has(String(sent.statusOf(m.key) ?? ''))) plan.claim.push(m);
  }
  return plan;
}
