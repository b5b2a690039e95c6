/**
 * Reminders: turning them on and off, the hourly trigger that sends what is
 * due, and "Send due reminders now". Only these two send: the trigger when its
 * own trigger calls it for an event whose reminders are on, and the menu item
 * for an organiser. How a run sends exactly once: reminder-run.ts.
 */
import { rememberSpreadsheet_ } from './access';
import { requireUser_ } from './access-basic';
import { reminderRun_ } from './parts';
import { nothingSent_, type ReminderRunOutcome } from './reminder-outcome';
import {
  onPeriodsWith_, ownTrigger_, readStoredState_, TRIGGER_SPREADSHEET_PREFIX, writeStoredState_, type StoredRemindersState,
} from './reminders-state';
import { activeSpreadsheet_ } from './sheets/read';

const HANDLER = 'runReminders';
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
  const state = writeStoredState_(ss, (s) => ({ ...s, on: true, owner: email, triggerId: uid, lastError: '', periods: onPeriodsWith_(s, true) }));
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
  const state = writeStoredState_(ss, (s) => ({ ...s, on: false, periods: onPeriodsWith_(s, false) }));
  const mine = before.owner === email ? ownTrigger_(before.triggerId) ?? ownTriggerFor_(id) : ownTriggerFor_(id);
  if (mine) {
    PropertiesService.getUserProperties().deleteProperty(TRIGGER_SPREADSHEET_PREFIX + mine.getUniqueId());
    ScriptApp.deleteTrigger(mine);
  }
  ss.toast('Reminders are off. · ปิดการแจ้งเตือนแล้ว', 'LO Desk', 8);
  return state;
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
  if (!uid) return nothingSent_('not called by the reminders trigger: nothing sent');
  // A time-driven trigger of an add-on has no open spreadsheet; a menu, sidebar or console call has one.
  if (SpreadsheetApp.getActiveSpreadsheet()) return nothingSent_('called from the spreadsheet, not by the reminders trigger: nothing sent');
  const ssId = PropertiesService.getUserProperties().getProperty(TRIGGER_SPREADSHEET_PREFIX + uid);
  if (!ssId) return nothingSent_('this trigger belongs to no event: nothing sent');
  const ss = SpreadsheetApp.openById(ssId);
  const state = readStoredState_(ss);
  if (!state.on || state.triggerId !== uid) {
    // Turned off (by any organiser) or replaced: this trigger is finished; it removes itself.
    const self = ownTrigger_(uid);
    if (self) ScriptApp.deleteTrigger(self);
    PropertiesService.getUserProperties().deleteProperty(TRIGGER_SPREADSHEET_PREFIX + uid);
    return nothingSent_(state.on ? 'another trigger sends this event\'s reminders: nothing sent' : 'reminders are off: nothing sent');
  }
  return recordedRun_(ss, started, state);
}

/**
 * Menu (organisers only, behind the guard in main.ts): send what is due now
 * for the open event, as the next hourly run would. Refused while reminders
 * are off: off means nothing is sent, whoever asks.
 */
export function sendDueRemindersNow(): ReminderRunOutcome {
  const started = Date.now();
  requireUser_();
  const ss = activeSpreadsheet_();
  const state = readStoredState_(ss);
  if (!state.on) {
    ss.toast('Reminders are off: nothing was sent. Turn them on first. · การแจ้งเตือนปิดอยู่ ไม่ได้ส่งข้อความ', 'LO Desk', 8);
    return nothingSent_('reminders are off: nothing sent');
  }
  const outcome = recordedRun_(ss, started, state);
  ss.toast(
    `${outcome.sent} sent in ${outcome.emails} email(s), ${outcome.deferred} deferred, ${outcome.failed} failed. · ส่งแล้ว ${outcome.sent} รายการ`,
    'LO Desk', 8,
  );
  return outcome;
}

/** A run, with how it went kept in the event's state for the pages and the digest. */
function recordedRun_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, started: number, state: StoredRemindersState): ReminderRunOutcome {
  try {
    const outcome = reminderRun_().sendDue_(ss, started, state);
    const firstFailure = outcome.failures[0];
    writeStoredState_(ss, (s) => ({
      ...s,
      lastRunAt: new Date().toISOString(),
      lastError: outcome.note ?? (firstFailure ? `${outcome.failed} message(s) failed, e.g. ${firstFailure.key}: ${firstFailure.reason}` : outcome.problems?.[0]?.message ?? ''),
      lastOutcome: { sent: outcome.sent, failed: outcome.failed, deferred: outcome.deferred, uncertain: outcome.uncertain, skipped: outcome.skipped },
      ...(outcome.sentTabEdits ? { sentTabEdited: { at: new Date().toISOString(), ...outcome.sentTabEdits } } : {}),
    }));
    return outcome;
  } catch (err) {
    writeStoredState_(ss, (s) => ({ ...s, lastRunAt: new Date().toISOString(), lastError: String((err as Error).message).slice(0, 300) }));
    throw err;
  }
}
