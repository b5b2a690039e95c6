/**
 * Reminders: the hourly trigger that sends each due message exactly once.
 *
 * Exactly once, in this order, under the document lock:
 * 1. plan what is due now (pure core; keys from ids and dates, never rows);
 * 2. claim it: one batched write of the Sent tab with status "uncertain", flushed;
 * 3. send each, checking the mail quota before each one; past ~4.5 minutes
 *    stop and mark the rest "deferred" for the next run;
 * 4. one batched write with the outcome: sent, failed or deferred.
 * A run that dies between 2 and 4 leaves "uncertain", which the planner never
 * resends by itself and the organisers' digest reports.
 */
import { readiness } from '../core/checklist';
import { planReminders } from '../core/reminders';
import { planClaims } from '../core/reminders/claim';
import { checkWorkbook } from '../core/validate';
import { tabForSheetName } from '../core/schema/headers';
import { parseWorkbook } from '../core/schema/parse';
import { rememberSpreadsheet_ } from './access';
import { requireUser_ } from './access-basic';
import { OwnedTable_, type OwnedRowProblem } from './owned-table';
import { ownTrigger_, readStoredState_, TRIGGER_SPREADSHEET_PREFIX, writeStoredState_, type StoredRemindersState } from './reminders-state';
import { activeSpreadsheet_, readWorkbook_ } from './sheets/read';
import { RUN_BUDGET_MS } from './budget';

const HANDLER = 'runReminders';
/** An hourly trigger sends within the hour of a message's moment; later than that it is late. */
const LATE_AFTER_MS = 60 * 60 * 1000;

interface ReminderRunOutcome {
  sent: number;
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
  failures: { key: string; reason: string }[];
}

/** The caller's own runReminders trigger that works on this spreadsheet (by the ids kept in their user properties). */
function ownTriggerFor_(ssId: string): GoogleAppsScript.Script.Trigger | undefined {
  const props = PropertiesService.getUserProperties();
  return ScriptApp.getProjectTriggers().find(
    (t) => t.getHandlerFunction() === HANDLER && props.getProperty(TRIGGER_SPREADSHEET_PREFIX + t.getUniqueId()) === ssId,
  );
}

/** Menu: install the hourly trigger for this spreadsheet (once per user and document). */
export function turnRemindersOn(): StoredRemindersState {
  // Organisers only: main.ts exposes it behind the guard.
  const email = requireUser_();
  const ss = activeSpreadsheet_();
  const id = ss.getId();
  const current = readStoredState_(ss);
  if (current.on && current.owner && current.owner !== email) {
    throw new Error(`Reminders are already on, run by ${current.owner}. Only one person's trigger may send them.`);
  }
  // Found by its recorded unique id: getUserTriggers(ss) may not list a time-driven trigger.
  let trigger = ownTrigger_(current.owner === email ? current.triggerId : undefined) ?? ownTriggerFor_(id);
  if (!trigger) trigger = ScriptApp.newTrigger(HANDLER).timeBased().everyHours(1).create();
  PropertiesService.getUserProperties().setProperty(TRIGGER_SPREADSHEET_PREFIX + trigger.getUniqueId(), id);
  rememberSpreadsheet_(ss);
  const uid = trigger.getUniqueId();
  const state = writeStoredState_(ss, (s) => ({ ...s, on: true, owner: email, triggerId: uid, lastError: '' }));
  ss.toast('Reminders are on: LO Desk checks every hour what is due. · เปิดการแจ้งเตือนแล้ว', 'LO Desk', 8);
  return state;
}

/**
 * Menu: reminders off. Any organiser may: the event's state says off, so the
 * owner's trigger sends nothing from its next run on (and removes itself). The
 * owner's own trigger is removed at once when the owner turns them off.
 */
export function turnRemindersOff(): StoredRemindersState {
  // Organisers only: main.ts exposes it behind the guard.
  const email = requireUser_();
  const ss = activeSpreadsheet_();
  const id = ss.getId();
  const before = readStoredState_(ss);
  const state = writeStoredState_(ss, (s) => ({ ...s, on: false }));
  const mine = before.owner === email ? ownTrigger_(before.triggerId) ?? ownTriggerFor_(id) : ownTriggerFor_(id);
  if (mine) {
    PropertiesService.getUserProperties().deleteProperty(TRIGGER_SPREADSHEET_PREFIX + mine.getUniqueId());
    ScriptApp.deleteTrigger(mine);
  }
  ss.toast('Reminders are off. · ปิดการแจ้งเตือนแล้ว', 'LO Desk', 8);
  return state;
}

function nothing_(note: string): ReminderRunOutcome {
  return { sent: 0, failed: 0, deferred: 0, uncertain: 0, skipped: 0, late: 0, dropped: [], note, failures: [] };
}

/**
 * The hourly time-driven trigger's handler. It sends only when its own
 * trigger calls it (the event's triggerUid is the one recorded for the event)
 * and the event's reminders are on: every top-level function can also be
 * called from a page or the console, and such a call sends nothing.
 */
export function runReminders(e?: { triggerUid?: string }): ReminderRunOutcome {
  const started = Date.now();
  const uid = e && typeof e.triggerUid === 'string' ? e.triggerUid : '';
  if (!uid) return nothing_('not called by the reminders trigger: nothing sent');
  // A time-driven trigger of an add-on has no open spreadsheet; a menu, sidebar or console call has one.
  if (SpreadsheetApp.getActiveSpreadsheet()) return nothing_('called from the spreadsheet, not by the reminders trigger: nothing sent');
  const ssId = PropertiesService.getUserProperties().getProperty(TRIGGER_SPREADSHEET_PREFIX + uid);
  if (!ssId) return nothing_('this trigger belongs to no event: nothing sent');
  const ss = SpreadsheetApp.openById(ssId);
  const state = readStoredState_(ss);
  if (!state.on || state.triggerId !== uid) {
    // Turned off (by any organiser) or replaced: this trigger is finished; it removes itself.
    const self = ownTrigger_(uid);
    if (self) ScriptApp.deleteTrigger(self);
    PropertiesService.getUserProperties().deleteProperty(TRIGGER_SPREADSHEET_PREFIX + uid);
    return nothing_(state.on ? 'another trigger sends this event\'s reminders: nothing sent' : 'reminders are off: nothing sent');
  }
  try {
    const outcome = sendDue_(ss, started);
    const firstFailure = outcome.failures[0];
    writeStoredState_(ss, (s) => ({
      ...s,
      lastRunAt: new Date().toISOString(),
      lastError: outcome.note ?? (firstFailure ? `${outcome.failed} message(s) failed, e.g. ${firstFailure.key}: ${firstFailure.reason}` : outcome.problems?.[0]?.message ?? ''),
      lastOutcome: { sent: outcome.sent, failed: outcome.failed, deferred: outcome.deferred, uncertain: outcome.uncertain, skipped: outcome.skipped },
    }));
    return outcome;
  } catch (err) {
    writeStoredState_(ss, (s) => ({ ...s, lastRunAt: new Date().toISOString(), lastError: String((err as Error).message).slice(0, 300) }));
    throw err;
  }
}

/**
 * The Sent tab is shared by every run of this event. A time-driven trigger
 * has no document lock, so its read-claim-write is kept apart from other
 * runs by the script lock, which every customer of the add-on shares: it is
 * held only while the claims are written and flushed, never while sending.
 */
function withSentLock_<T>(fn: () => T): T | null {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
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

function sendDue_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, started: number): ReminderRunOutcome {
  const raw = readWorkbook_(ss);
  const { parsed, findings } = checkWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone });
  const model = parsed.model;
  const now = new Date();
  const ready = readiness(model, now);
  let phonePageUrl = '';
  try {
    const base = ScriptApp.getService().getUrl() || '';
    // The phone page has no open spreadsheet: the link names the event.
    phonePageUrl = base ? `${base}${base.includes('?') ? '&' : '?'}ss=${encodeURIComponent(ss.getId())}` : '';
  } catch {
    // No web app deployed: messages go without the link.
  }
  const plan = planReminders(model, now, {
    phonePageUrl,
    findings,
    checklistProgress: { done: ready.all.done, total: ready.all.total },
  });
  const outcome: ReminderRunOutcome = {
    sent: 0, failed: 0, deferred: 0, uncertain: 0, skipped: plan.skipped.length, late: 0,
    dropped: plan.skipped.filter((x) => x.reason === 'window_passed').map((x) => x.key), failures: [],
  };
  if (plan.due.length === 0) return outcome;

  const problems: OwnedRowProblem[] = [];
  // Claim under the lock, against the Sent tab as it is now (which ones: planClaims, in core).
  const claimed = withSentLock_(() => {
    const fresh = readSent_(ss);
    const { claim: mine, ambiguous } = planClaims(plan.due, {
      statusOf: (key) => String(fresh.table.get(key)?.status ?? ''),
      ambiguous: (key) => fresh.table.ambiguous(key),
    });
    for (const m of mine) {
      fresh.table.put({ key: m.key, kind: m.kind, recipient: m.recipient, subject: m.message.subject, fingerprint: m.fingerprint, status: 'uncertain', at: now, reason: '' });
    }
    // Read just now under this lock: no need to read the tab again before writing.
    if (mine.length) problems.push(...fresh.table.write(ss, { reread: false }).problems);
    for (const key of ambiguous) problems.push(...duplicateKeyProblem_(fresh.table, key));
    return mine;
  });
  if (claimed === null) return { ...outcome, note: 'Another run was writing the Sent tab; this one did nothing.' };

  const name = oneLine_(model.event.sender_name) ?? 'LO Desk';
  const replyTo = oneLine_(model.event.reply_to);
  const results = new Map<string, Record<string, unknown>>();
  for (const m of claimed) {
    const outOfTime = Date.now() - started > RUN_BUDGET_MS;
    if (outOfTime || MailApp.getRemainingDailyQuota() < 1) {
      const reason = outOfTime ? 'The run reached its time limit; the next run sends it.' : "Today's mail quota is used up; the next run sends it.";
      results.set(m.key, { status: 'deferred', at: new Date(), reason });
      outcome.deferred++;
      continue;
    }
    try {
      MailApp.sendEmail({
        to: m.recipient,
        subject: oneLine_(m.message.subject) ?? '',
        body: m.message.text,
        htmlBody: m.message.html,
        name,
        ...(replyTo ? { replyTo } : {}),
      });
      results.set(m.key, { status: 'sent', at: new Date(), reason: '' });
      outcome.sent++;
      if (Date.now() - m.due.getTime() > LATE_AFTER_MS) outcome.late++;
    } catch (err) {
      const reason = String((err as Error).message).slice(0, 200);
      results.set(m.key, { status: 'failed', at: new Date(), reason });
      outcome.failed++;
      outcome.failures.push({ key: m.key, reason });
    }
  }
  // The outcome goes onto the Sent tab as it is now (other runs may have added rows), under the lock again.
  const recorded = withSentLock_(() => {
    const fresh = readSent_(ss);
    for (const [key, change] of results) fresh.table.update(key, change);
    if (results.size) problems.push(...fresh.table.write(ss, { reread: false }).problems);
    return true;
  });
  if (problems.length) outcome.problems = problems;
  // Left "uncertain" when the lock could not be had: never resent by itself, reported in the digest.
  if (recorded === null) outcome.uncertain += results.size;
  return outcome;
}

/** A Sent key on several rows, said once per key (the claim skips it until the user leaves one row). */
function duplicateKeyProblem_(table: OwnedTable_, key: string): OwnedRowProblem[] {
  const rows = table.rows(key);
  const tab = table.sheetLabel;
  return [{
    tab, row: rows[0] ?? 0, column: 'key',
    message: `${tab}: rows ${rows.join(', ')} all have key "${key}", so LO Desk cannot tell whether it was sent and did not send it. Delete the row that is not right; the next run sends it if it is due.`,
  }];
}

/** The Sent tab as it stands now (read again under the lock: another run may have written it). */
function readSent_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { table: OwnedTable_ } {
  const raw = readWorkbook_(ss, (n) => tabForSheetName(n) === 'Sent' || tabForSheetName(n) === 'Event');
  const parsed = parseWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone });
  return { table: new OwnedTable_('Sent', 'key', parsed, raw, parsed.model.event.language) };
}
