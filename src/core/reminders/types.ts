/** Shapes the reminder planner hands to the sender (src/addon) and to the message builder. */
import type { Block } from './render';
import type { Finding, IsoDate, Lang, Phase, ReminderKind, SentStatus, TimeOfDay } from '../model';

/** What one subject looked like when an LO was told about it: field → readable value. */
export type Snapshot = Record<string, string>;

/**
 * A thing an LO is told about and must hear of again when it changes:
 * `flight:<guest_id>:arrival|departure`, `transfer:<transfer_id>` or `item:<item_id>`.
 */
export type SubjectId = string;

export interface FieldChange {
  /** Snapshot field: flight_no, depart, pickup, venue, … */
  field: string;
  old?: string;
  new?: string;
}

export interface SubjectChange {
  subject: SubjectId;
  /** Guests the subject concerns (for naming them in the notice). */
  guest_ids: string[];
  /** The subject as last told and as it is now; `now` is absent when it was removed. */
  was: Snapshot;
  now?: Snapshot;
  fields: FieldChange[];
}

export interface DigestProblem {
  key: string;
  kind: string;
  recipient: string;
  status: SentStatus;
  at?: Date;
  reason?: string;
}

export type ReadinessGap =
  | 'arrival_flight' | 'departure_flight' | 'hotel' | 'room' | 'lo' | 'car';

interface OverdueItem {
  guest_id: string;
  phase: Phase;
  item_id: string;
  /** The item's text in the digest's language, when the caller has it. */
  text?: string;
  due?: Date;
}

export interface DigestData {
  /** The event-zone date of the digest. */
  date: IsoDate;
  errors: number;
  warnings: number;
  /** False when the caller passed no findings (the count is then unknown, not zero). */
  findingsKnown: boolean;
  unassigned: { guest_id: string; name: string }[];
  /** Guests not yet gone home; `ready` have every item of READINESS_GAPS in place. */
  readiness: { total: number; ready: number; gaps: Record<ReadinessGap, number> };
  checklist?: { done: number; total: number };
  /** Undefined when the caller did not pass the checklist's overdue items. */
  overdue?: OverdueItem[];
  /** Sent rows that need a person: deferred, uncertain, failed (and claims left behind). */
  problems: DigestProblem[];
  skipped: SkippedMessage[];
  sentLast24h: number;
  /** The Sent tab was edited by hand since the last digest and put back from LO Desk's record. */
  sentTabEdited?: { restored: number; corrected: number };
}

export type MessageFacts =
  | { kind: 'prepare'; lo_id: string; guest_ids: string[]; first_landing: Date }
  | { kind: 'arrival_brief'; lo_id: string; guest_id: string }
  | { kind: 'airport_call'; lo_id: string; guest_id: string; be_at: Date }
  | { kind: 'daily_confirm'; lo_id: string; date: IsoDate; guest_ids: string[] }
  | { kind: 'departure_prep'; lo_id: string; guest_id: string }
  | { kind: 'change_notice'; lo_id: string; changes: SubjectChange[] }
  | { kind: 'organiser_digest'; date: IsoDate; digest: DigestData };

export interface BuiltMessage {
  /** One line, no breaks. */
  subject: string;
  html: string;
  text: string;
  /** What the message says, before its footer: a section when several go to one recipient in one run. */
  body: Block[];
  /** The phone page link and the event's line, once per email. */
  footer: Block[];
}

export interface PlannedMessage {
  /** Stable: kind, ids and dates, never row numbers. The Sent tab's key. */
  key: string;
  kind: ReminderKind;
  /** Exactly one checked address, no line breaks. */
  recipient: string;
  /** Who the recipient is to LO Desk: one of the guest's LOs, or an organiser. */
  audience: 'lo' | 'organiser';
  lo_id?: string;
  /** The moment it fell due. */
  due: Date;
  /** Useful until this moment: a run at or after it does not send it. */
  until: Date;
  /** Sent more than the trigger's slack after its moment: the message says it is late. */
  late: boolean;
  lang: Lang;
  /** Set when a Sent row with this key said failed or deferred and this is a retry. */
  retry?: 'failed' | 'deferred';
  facts: MessageFacts;
  /** What this message tells about each subject; stored (encoded) in the Sent fingerprint cell. */
  told: Record<SubjectId, Snapshot>;
  /** The Sent tab's fingerprint cell for this message (see encodeSentFingerprint). */
  fingerprint: string;
  /** Built in `lang`. */
  message: BuiltMessage;
}

export type SkipReason =
  | 'no_arrival_flight'
  | 'arrival_time_unknown'
  | 'no_departure_flight'
  | 'departure_time_unknown'
  | 'stay_dates_unknown'
  | 'lo_without_email'
  | 'invalid_address'
  | 'unknown_lo'
  | 'no_organiser_email'
  | 'bad_time_zone'
  | 'subject_time_unknown'
  /** Reminders were on while it was useful, yet no run came (the trigger drifted past it or was missed). */
  | 'trigger_not_run'
  /** Reminders were off the whole time it was useful. */
  | 'reminders_off'
  /** Deferred for the mail quota (or the run's time) until it could no longer help. */
  | 'quota_exhausted'
  /** Every try failed while it was useful. */
  | 'send_failed';

export interface SkippedMessage {
  /** The message's key, or as much of it as the data allows (e.g. `arrival_brief:G012`). */
  key: string;
  kind: ReminderKind;
  reason: SkipReason;
  guest_id?: string;
  lo_id?: string;
  /** Plain words for the digest: the bad address, the flight number, … (never health data). */
  detail?: string;
}

export interface PlanResult {
  due: PlannedMessage[];
  skipped: SkippedMessage[];
}

export interface PlanOptions {
  /** Minutes after its due moment after which a message sent says it is late; the hourly trigger's slack. Default 60. */
  slackMinutes?: number;
  /** When reminders were on (from the event's record), to tell "the trigger did not run" from "reminders were off". */
  onPeriods?: readonly { on: Date; off?: Date }[];
  /** airport_call falls due this long before the LO must be at the airport. Default 120. */
  travelMinutes?: number;
  /** arrival_brief falls due this long before landing. Default 24 h. */
  arrivalBriefHours?: number;
  /** departure_prep falls due this long before takeoff. Default 24 h. */
  departurePrepHours?: number;
  /** prepare: days before the LO's first guest lands (event-zone date), at prepareTime. Default 3 and 09:00. */
  prepareDaysBefore?: number;
  prepareTime?: TimeOfDay;
  /** Link to the LO phone page; empty or not http(s) → no link. */
  phonePageUrl?: string;
  /** The validator's findings, for the digest's counts. */
  findings?: readonly Pick<Finding, 'severity'>[];
  /** The checklist's overdue items, for the digest. */
  overdue?: readonly OverdueItem[];
  checklistProgress?: { done: number; total: number };
  /** What the last hand edit of the Sent tab needed putting back (from the event's state), for the digest. */
  sentTabEdited?: { restored: number; corrected: number };
}
