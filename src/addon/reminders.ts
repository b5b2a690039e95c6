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
import type { Lang } from '../core/model';
import { planReminders } from '../core/reminders';
import type { PlannedMessage } from '../core/reminders/types';
import { checkWorkbook } from '../core/validate';
import { callerEmail_, rememberSpreadsheet_ } from './access';
import { requireUser_ } from './access-basic';
import { OwnedTable_ } from './owned-table';
import { readStoredState_, TRIGGER_SPREADSHEET_PREFIX, writeStoredState_, type StoredRemindersState } from './reminders-state';
import { activeSpreadsheet_, readWorkbook_ } from './sheets/read';

/** Stop claiming new work after this long: an execution may run 6 minutes. */
export const RUN_BUDGET_MS = 4.5 * 60 * 1000;
const HANDLER = 'runReminders';

export interface ReminderRunOutcome {
  sent: number;
  failed: number;
  deferred: number;
  uncertain: number;
  skipped: number;
  /** Why the run did nothing, when it did nothing on purpose. */
  note?: string;
  failures: { key: string; reason: string }[];
}

function organiserCheck_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string): Lang {
  const raw = readWorkbook_(ss, (n) => n.trim().toLowerCase() === 'event' || n === 'กิจกรรม');
  const event = checkWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone }).parsed.model.event;
  if (!event.organiser_emails.map((x) => x.toLowerCase()).includes(email)) {
    throw new Error('Only the organisers named in the Event tab (organiser_emails) can turn reminders on or off.');
  }
  return event.language;
}

/** Menu: install the hourly trigger for this spreadsheet (once per user and document). */
export function turnRemindersOn(): StoredRemindersState {
  const email = requireUser_();
  const ss = activeSpreadsheet_();
  organiserCheck_(ss, email);
  const id = ss.getId();
  const current = readStoredState_(id);
  if (current.on && current.owner && current.owner !== email) {
    throw new Error(`Reminders are already on, run by ${current.owner}. Only one person's trigger may send them.`);
  }
  let trigger = ScriptApp.getUserTriggers(ss).find((t) => t.getHandlerFunction() === HANDLER);
  if (!trigger) trigger = ScriptApp.newTrigger(HANDLER).timeBased().everyHours(1).create();
  PropertiesService.getUserProperties().setProperty(TRIGGER_SPREADSHEET_PREFIX + trigger.getUniqueId(), id);
  rememberSpreadsheet_(ss);
  const state = writeStoredState_(id, (s) => ({ ...s, on: true, owner: email, triggerId: trigger!.getUniqueId(), lastError: '' }));
  ss.toast('Reminders are on: LO Desk checks every hour what is due. · เปิดการแจ้งเตือนแล้ว', 'LO Desk', 8);
  return state;
}

/** Menu: remove the trigger. */
export function turnRemindersOff(): StoredRemindersState {
  const email = requireUser_();
  const ss = activeSpreadsheet_();
  organiserCheck_(ss, email);
  const id = ss.getId();
  const props = PropertiesService.getUserProperties();
  for (const t of ScriptApp.getUserTriggers(ss)) {
    if (t.getHandlerFunction() !== HANDLER) continue;
    props.deleteProperty(TRIGGER_SPREADSHEET_PREFIX + t.getUniqueId());
    ScriptApp.deleteTrigger(t);
  }
  const before = readStoredState_(id);
  if (before.owner && before.owner !== email) {
    throw new Error(`Reminders were turned on by ${before.owner}; their trigger can only be removed by them.`);
  }
  const state = writeStoredState_(id, (s) => ({ ...s, on: false }));
  ss.toast('Reminders are off. · ปิดการแจ้งเตือนแล้ว', 'LO Desk', 8);
  return state;
}

/** The spreadsheet a trigger works on: stored by trigger id when reminders were turned on. */
function triggerSpreadsheet_(e?: { triggerUid?: string }): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const uid = e && typeof e.triggerUid === 'string' ? e.triggerUid : '';
  const id = uid ? PropertiesService.getUserProperties().getProperty(TRIGGER_SPREADSHEET_PREFIX + uid) : null;
  if (id) return SpreadsheetApp.openById(id);
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The hourly time-driven trigger's handler. */
export function runReminders(e?: { triggerUid?: string }): ReminderRunOutcome {
  const started = Date.now();
  const ss = triggerSpreadsheet_(e);
  if (!ss) throw new Error('LO Desk reminders: this trigger does not know its spreadsheet. Turn reminders off and on again there.');
  const id = ss.getId();
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(30 * 1000)) {
    writeStoredState_(id, (s) => ({ ...s, lastRunAt: new Date().toISOString(), lastError: 'Another run was still sending; this one did nothing.' }));
    return { sent: 0, failed: 0, deferred: 0, uncertain: 0, skipped: 0, note: 'locked', failures: [] };
  }
  try {
    const outcome = sendDue_(ss, started);
    const firstFailure = outcome.failures[0];
    writeStoredState_(id, (s) => ({
      ...s,
      lastRunAt: new Date().toISOString(),
      lastError: firstFailure ? `${outcome.failed} message(s) failed, e.g. ${firstFailure.key}: ${firstFailure.reason}` : '',
      lastOutcome: { sent: outcome.sent, failed: outcome.failed, deferred: outcome.deferred, uncertain: outcome.uncertain, skipped: outcome.skipped },
    }));
    return outcome;
  } catch (err) {
    writeStoredState_(id, (s) => ({ ...s, lastRunAt: new Date().toISOString(), lastError: String((err as Error).message).slice(0, 300) }));
    throw err;
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
    phonePageUrl = ScriptApp.getService().getUrl() || '';
  } catch {
    // No web app deployed: messages go without the link.
  }
  const plan = planReminders(model, now, {
    phonePageUrl,
    findings,
    checklistProgress: { done: ready.all.done, total: ready.all.total },
  });
  const outcome: ReminderRunOutcome = { sent: 0, failed: 0, deferred: 0, uncertain: 0, skipped: plan.skipped.length, failures: [] };
  if (plan.due.length === 0) return outcome;

  const sent = new OwnedTable_('Sent', 'key', parsed, raw, model.event.language);
  const batch: PlannedMessage[] = [...plan.due].sort((a, b) => a.due.getTime() - b.due.getTime());
  for (const m of batch) {
    sent.put({ key: m.key, kind: m.kind, recipient: m.recipient, subject: m.message.subject, fingerprint: m.fingerprint, status: 'uncertain', at: now, reason: '' });
  }
  // The claim must be on the sheet before anything is sent.
  sent.write(ss);
  SpreadsheetApp.flush();

  const name = oneLine_(model.event.sender_name) ?? 'LO Desk';
  const replyTo = oneLine_(model.event.reply_to);
  for (const m of batch) {
    const outOfTime = Date.now() - started > RUN_BUDGET_MS;
    if (outOfTime || MailApp.getRemainingDailyQuota() < 1) {
      const reason = outOfTime ? 'The run reached its time limit; the next run sends it.' : "Today's mail quota is used up; the next run sends it.";
      sent.update(m.key, { status: 'deferred', at: new Date(), reason });
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
      sent.update(m.key, { status: 'sent', at: new Date(), reason: '' });
      outcome.sent++;
    } catch (err) {
      const reason = String((err as Error).message).slice(0, 200);
      sent.update(m.key, { status: 'failed', at: new Date(), reason });
      outcome.failed++;
      outcome.failures.push({ key: m.key, reason });
    }
  }
  sent.write(ss);
  return outcome;
}

/** Used by pages: the caller's view of the reminders' state. */
export function remindersCaller_(): string {
  return callerEmail_();
}
