/**
 * The state of reminders for one event (on/off, whose trigger, how the last
 * run went), kept WITH the event: as developer metadata on its spreadsheet.
 *
 * Why there: script properties are one store shared by every user of the
 * add-on on every spreadsheet (500 KB in all), so per-event keys there would
 * fill it and leak across customers; the hourly trigger of an add-on has no
 * containing document (no document properties, no document lock); and every
 * organiser's sidebar, the phone page and the trigger (which opens the
 * spreadsheet by id) must all read the same state. Developer metadata is
 * readable by each of them wherever the spreadsheet can be opened.
 */
import type { RemindersState } from '../core/views/reminders-state';
import { metadataEntry_, writeMetadata_ } from './developer-metadata';

export interface StoredRemindersState {
  on: boolean;
  /** Who turned them on: the trigger runs as this user. */
  owner?: string;
  /** The unique id of the owner's trigger; a run with another id sends nothing. */
  triggerId?: string;
  lastRunAt?: string;
  /** '' when the last run went well. */
  lastError?: string;
  lastOutcome?: { sent: number; failed: number; deferred: number; uncertain: number; skipped: number };
  /** When reminders were on (ISO instants), the latest last: the digest tells "reminders were off" from "the trigger did not run". */
  periods?: { on: string; off?: string }[];
  /** The last time a run found the Sent tab edited by hand and put it back from the record. */
  sentTabEdited?: { at: string; restored: number; corrected: number };
}

/** Periods kept: enough for any message's useful span (days), small enough for one metadata value. */
const PERIODS_KEPT = 20;

/** The on-periods after turning reminders on (a new period) or off (the open one closed). */
export function onPeriodsWith_(s: StoredRemindersState, on: boolean): { on: string; off?: string }[] {
  const now = new Date().toISOString();
  const list = (s.periods ?? []).slice();
  const open = list.length > 0 && !list[list.length - 1].off;
  if (on && !open) list.push({ on: now });
  if (!on && open) list[list.length - 1] = { ...list[list.length - 1], off: now };
  return list.slice(-PERIODS_KEPT);
}

const KEY = 'lodesk.reminders';
/** User property: which spreadsheet a trigger (by unique id) works on; per user, one per trigger. */
export const TRIGGER_SPREADSHEET_PREFIX = 'lodesk.trigger.';

function entry_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined {
  return metadataEntry_(ss, KEY);
}

export function readStoredState_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): StoredRemindersState {
  const raw = entry_(ss)?.getValue();
  if (!raw) return { on: false };
  try {
    const v = JSON.parse(raw) as StoredRemindersState;
    return typeof v === 'object' && v ? v : { on: false };
  } catch {
    return { on: false };
  }
}

export function writeStoredState_(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  change: (s: StoredRemindersState) => StoredRemindersState,
): StoredRemindersState {
  const found = entry_(ss);
  let current: StoredRemindersState = { on: false };
  try {
    current = found?.getValue() ? (JSON.parse(found.getValue()!) as StoredRemindersState) : current;
  } catch {
    // A damaged record is replaced.
  }
  const next = change(current);
  const text = JSON.stringify(next);
  writeMetadata_(ss, KEY, text, found);
  return next;
}

/** What the pages show. */
function remindersStateFor_(s: StoredRemindersState): RemindersState {
  const out: RemindersState = { on: s.on };
  if (s.lastRunAt) out.lastRunAt = new Date(s.lastRunAt);
  if (s.lastError) out.lastError = s.lastError;
  return out;
}

/** The caller's own trigger with that unique id, found among the project's triggers (never by document). */
export function ownTrigger_(uid: string | undefined): GoogleAppsScript.Script.Trigger | undefined {
  if (!uid) return undefined;
  return ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === uid);
}

/**
 * Re-checks, when a page opens, that the trigger the state speaks of still
 * exists (a failed add-on trigger tells no one). Only its owner can see it.
 */
export function recheckTrigger_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, caller: string): RemindersState {
  const s = readStoredState_(ss);
  if (s.on && s.owner && s.owner === caller.toLowerCase() && !ownTrigger_(s.triggerId)) {
    return remindersStateFor_(
      writeStoredState_(ss, (x) => ({ ...x, on: false, lastError: 'The hourly trigger was removed; turn reminders on again.' })),
    );
  }
  return remindersStateFor_(s);
}
