/**
 * What a reminder run reports. Apart from the run (reminder-run.ts, loaded
 * only when a run starts: parts.ts), since a call that sends nothing answers
 * without loading it.
 */
import type { OwnedRowProblem } from './owned-table';
import type { SentTabEdits } from './sent-record';

export interface ReminderRunOutcome {
  /** Messages (items) sent; `emails` counts the envelopes, one per recipient. */
  sent: number;
  emails: number;
  failed: number;
  deferred: number;
  uncertain: number;
  skipped: number;
  /** Sent more than an hour after the moment it was planned for (the trigger ran late or not at all). */
  late: number;
  /** Keys of messages whose useful moment passed before any run could send them. */
  dropped: string[];
  /** Why the run did nothing, when it did nothing on purpose. */
  note?: string;
  /** Sent rows LO Desk could not match by key (a duplicated key, a row deleted meanwhile): tab, row, column, what to do. */
  problems?: OwnedRowProblem[];
  /** What the Sent tab had lost or changed by hand, put back from LO Desk's record. */
  sentTabEdits?: SentTabEdits;
  failures: { key: string; reason: string }[];
}

export function nothingSent_(note: string): ReminderRunOutcome {
  return { sent: 0, emails: 0, failed: 0, deferred: 0, uncertain: 0, skipped: 0, late: 0, dropped: [], note, failures: [] };
}
