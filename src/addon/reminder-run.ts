/**
 * One reminder run over one event: plan, claim, send, record. Exactly once,
 * in this order:
 * 1. plan what is due now (pure core; keys from ids and dates, never rows),
 *    against LO Desk's record of what was sent (sent-record.ts);
 * 2. claim it under the lock: the record and the Sent tab say "uncertain",
 *    flushed before the lock is let go;
 * 3. send one email per recipient (core batchByRecipient), most urgent first,
 *    checking the mail quota before each; past ~4.5 minutes or out of quota,
 *    the rest is marked "deferred" for the next run;
 * 4. under the lock again, the outcome: sent, failed or deferred.
 * A run that dies between 2 and 4 leaves "uncertain", which the planner never
 * resends by itself and the organisers' digest reports.
 */
import { readiness } from '../core/checklist';
import { planReminders } from '../core/reminders';
import { batchByRecipient, senderName } from '../core/reminders/batch';
import { planClaims } from '../core/reminders/claim';
import type { PlannedMessage, SkipReason } from '../core/reminders/types';
import type { EventSettings } from '../core/model';
import { checkWorkbook } from '../core/validate';
import type { OwnedRowProblem } from './owned-table';
import { decidingSentRows_, SentBooks_ } from './sent-record';
import type { StoredRemindersState } from './reminders-state';
import { readWorkbook_ } from './sheets/read';
import { RUN_BUDGET_MS } from './budget';
import { nothingSent_, type ReminderRunOutcome } from './reminder-outcome';

export type { ReminderRunOutcome };

/** A skipped message that was never sent while it could help. */
const MISSED: ReadonlySet<SkipReason> = new Set(['trigger_not_run', 'reminders_off', 'quota_exhausted', 'send_failed']);


/**
 * The Sent record is shared by every execution that sends for this event: the
 * hourly trigger (which has no document lock) and "Send due reminders now"
 * (which has one). They must exclude each other, so both take the same lock:
 * the script lock, which every customer of the add-on shares, held only while
 * the claims or outcomes are written and flushed, never while sending.
 */
function withSentLock_<T>(fn: () => T): T | null {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30 * 1000)) return null;
  try {
    const out = fn();
    // Commit while still holding the lock: releasing it does not flush.
    SpreadsheetApp.flush();
    return out;
  } finally {
    lock.releaseLock();
  }
}

function oneLine_(s: string | undefined): string | undefined {
  return s ? s.replace(/[\r\n]+/g, ' ').trim() : undefined;
}

function phonePageUrl_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  try {
    const base = ScriptApp.getService().getUrl() || '';
    // The phone page has no open spreadsheet: the link names the event.
    return base ? `${base}${base.includes('?') ? '&' : '?'}ss=${encodeURIComponent(ss.getId())}` : '';
  } catch {
    // No web app deployed: messages go without the link.
    return '';
  }
}

/** When reminders were on, from the event's record, for telling why a message was missed. */
function onPeriods_(state: StoredRemindersState): { on: Date; off?: Date }[] | undefined {
  if (!state.periods) return undefined;
  return state.periods.map((p) => ({ on: new Date(p.on), ...(p.off ? { off: new Date(p.off) } : {}) }));
}

/** A hand edit of the Sent tab in the last day: the next digest says so. */
function editedLately_(state: StoredRemindersState, now: Date): boolean {
  const at = state.sentTabEdited ? Date.parse(state.sentTabEdited.at) : NaN;
  return Number.isFinite(at) && now.getTime() - at < 24 * 3_600_000;
}

export function sendDue_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, started: number, state: StoredRemindersState): ReminderRunOutcome {
  const raw = readWorkbook_(ss);
  const { parsed, findings } = checkWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone });
  const model = { ...parsed.model, sent: decidingSentRows_(raw, parsed.model.sent) };
  const now = new Date();
  const ready = readiness(model, now);
  const plan = planReminders(model, now, {
    phonePageUrl: phonePageUrl_(ss),
    findings,
    checklistProgress: { done: ready.all.done, total: ready.all.total },
    onPeriods: onPeriods_(state),
    ...(editedLately_(state, now) ? { sentTabEdited: { restored: state.sentTabEdited!.restored, corrected: state.sentTabEdited!.corrected } } : {}),
  });
  const outcome: ReminderRunOutcome = {
    ...nothingSent_(''), skipped: plan.skipped.length,
    dropped: plan.skipped.filter((x) => MISSED.has(x.reason)).map((x) => x.key),
  };
  delete outcome.note;

  const problems: OwnedRowProblem[] = [];
  // Claim under the lock, against the record as it is now (which ones: planClaims, in core).
  const claimed = withSentLock_(() => {
    const books = SentBooks_.open_(ss);
    const { claim: mine, ambiguous } = planClaims(plan.due, {
      statusOf: (key) => books.statusOf(key),
      ambiguous: (key) => books.ambiguous(key),
    });
    for (const m of mine) {
      books.put({ key: m.key, kind: m.kind, recipient: m.recipient, subject: m.message.subject, fingerprint: m.fingerprint, status: 'uncertain', at: now, reason: '' });
    }
    problems.push(...books.problems, ...books.write_(ss));
    for (const key of ambiguous) problems.push(duplicateKeyProblem_(key));
    if (books.edits.restored || books.edits.corrected) outcome.sentTabEdits = books.edits;
    return mine;
  });
  if (claimed === null) return { ...outcome, note: 'Another run was writing the Sent record; this one did nothing.' };
  if (claimed.length === 0) {
    if (problems.length) outcome.problems = problems;
    return outcome;
  }

  const results = sendBatches_(model.event, claimed, started, outcome);
  // The outcome goes onto the record as it is now (other runs may have added rows), under the lock again.
  const recorded = withSentLock_(() => {
    const books = SentBooks_.open_(ss);
    for (const [key, change] of results) books.update(key, change);
    problems.push(...books.write_(ss));
    return true;
  });
  if (problems.length) outcome.problems = problems;
  // Left "uncertain" when the lock could not be had: never resent by itself, reported in the digest.
  if (recorded === null) outcome.uncertain += results.size;
  return outcome;
}

/** Sends one email per recipient, most urgent first, within the time budget and the mail quota. */
function sendBatches_(
  event: EventSettings,
  claimed: PlannedMessage[],
  started: number,
  outcome: ReminderRunOutcome,
): Map<string, Record<string, unknown>> {
  const name = senderName(event.sender_name);
  const replyTo = oneLine_(event.reply_to);
  const results = new Map<string, Record<string, unknown>>();
  const mark = (items: PlannedMessage[], change: Record<string, unknown>) => {
    for (const m of items) results.set(m.key, change);
  };
  for (const batch of batchByRecipient(claimed, event.time_zone)) {
    const outOfTime = Date.now() - started > RUN_BUDGET_MS;
    // MailApp counts recipients: one per batch.
    if (outOfTime || MailApp.getRemainingDailyQuota() < 1) {
      const reason = outOfTime ? 'The run reached its time limit; the next run sends it.' : "Today's mail quota is used up; the next run sends it while it is still useful.";
      mark(batch.items, { status: 'deferred', at: new Date(), reason });
      outcome.deferred += batch.items.length;
      continue;
    }
    try {
      MailApp.sendEmail({
        to: batch.recipient,
        subject: batch.subject,
        body: batch.text,
        htmlBody: batch.html,
        name,
        ...(replyTo ? { replyTo } : {}),
      });
      mark(batch.items, { status: 'sent', at: new Date(), reason: '' });
      outcome.sent += batch.items.length;
      outcome.emails++;
      outcome.late += batch.items.filter((m) => m.late).length;
    } catch (err) {
      const reason = String((err as Error).message).slice(0, 200);
      mark(batch.items, { status: 'failed', at: new Date(), reason });
      outcome.failed += batch.items.length;
      for (const m of batch.items) outcome.failures.push({ key: m.key, reason });
    }
  }
  return results;
}

/** A key on several rows of the record, said once per key (the claim skips it until one row is left). */
function duplicateKeyProblem_(key: string): OwnedRowProblem {
  return {
    tab: 'LO Desk record', row: 0, column: 'key',
    message: `LO Desk's hidden record has key "${key}" on more than one row (it was edited), so LO Desk cannot tell whether it was sent and did not send it. Check with the recipient; the record is the hidden sheet "LO Desk record (do not edit)".`,
  };
}
