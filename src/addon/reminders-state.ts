/**
 * The state of reminders for one spreadsheet, kept in script properties under
 * the spreadsheet's id. Why there: the hourly trigger of an add-on runs with no
 * open document (so document properties are out of its reach), yet the
 * sidebar and dashboard of every user must see whether reminders are on and
 * how the last run went.
 */
import type { RemindersState } from '../core/views/reminders-state';

export interface StoredRemindersState {
  on: boolean;
  /** Who turned them on: the trigger runs as this user. */
  owner?: string;
  triggerId?: string;
  lastRunAt?: string;
  /** '' when the last run went well. */
  lastError?: string;
  lastOutcome?: { sent: number; failed: number; deferred: number; uncertain: number; skipped: number };
}

const prefix = 'lodesk.reminders.';
/** User property: which spreadsheet a trigger (by unique id) works on. */
export const TRIGGER_SPREADSHEET_PREFIX = 'lodesk.trigger.';

export function readStoredState_(ssId: string): StoredRemindersState {
  const raw = PropertiesService.getScriptProperties().getProperty(prefix + ssId);
  if (!raw) return { on: false };
  try {
    const v = JSON.parse(raw) as StoredRemindersState;
    return typeof v === 'object' && v ? v : { on: false };
  } catch {
    return { on: false };
  }
}

export function writeStoredState_(ssId: string, change: (s: StoredRemindersState) => StoredRemindersState): StoredRemindersState {
  const next = change(readStoredState_(ssId));
  PropertiesService.getScriptProperties().setProperty(prefix + ssId, JSON.stringify(next));
  return next;
}

/** What the pages show. */
export function remindersStateFor_(ssId: string): RemindersState {
  const s = readStoredState_(ssId);
  const out: RemindersState = { on: s.on };
  if (s.lastRunAt) out.lastRunAt = new Date(s.lastRunAt);
  if (s.lastError) out.lastError = s.lastError;
  return out;
}

/**
 * Re-checks, when a page opens, that the trigger the state speaks of still
 * exists (a failed add-on trigger tells no one). Only its owner can see it.
 */
export function recheckTrigger_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, caller: string): RemindersState {
  const id = ss.getId();
  const s = readStoredState_(id);
  if (s.on && s.owner && s.owner === caller.toLowerCase()) {
    const exists = ScriptApp.getUserTriggers(ss).some((t) => t.getHandlerFunction() === 'runReminders');
    if (!exists) {
      writeStoredState_(id, (x) => ({ ...x, on: false, lastError: 'The hourly trigger was removed; turn reminders on again.' }));
    }
  }
  return remindersStateFor_(id);
}
