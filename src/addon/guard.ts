/**
 * The guard of the organiser-only entry points (src/core/access/policy.ts):
 * before the action reads or writes anything else, it reads the Event and LOs
 * tabs, finds who the caller is, and refuses anyone the policy does not let
 * in, in the event's language (or the caller's), with nothing written.
 */
import { mayRunOrganiserAction, policyOf, type EntryPoint } from '../core/access/policy';
import { t, tDynamic } from '../core/i18n';
import type { Lang } from '../core/model';
import { tabForSheetName } from '../core/schema/headers';
import { parseWorkbook } from '../core/schema/parse';
import { resolveCaller } from '../core/views';
import { callerEmail_, localeLang_ } from './access';
import { readWorkbook_ } from './sheets/read';

const WHO_TABS = new Set(['Event', 'LOs']);

/** Throws the refusal unless the caller may run the organiser-only action `name` on `ss`. */
function requireOrganiser_(name: EntryPoint, ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null): void {
  const policy = policyOf(name)!;
  const email = callerEmail_().toLowerCase();
  let lang: Lang = localeLang_() ?? 'th';
  let role: 'organiser' | 'lo' | 'none' = 'none';
  let named = false;
  // Read even for an unknown caller: the refusal speaks the event's language.
  if (ss) {
    const raw = readWorkbook_(ss, (sheet) => WHO_TABS.has(tabForSheetName(sheet) ?? ''));
    const model = parseWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone }).model;
    lang = model.event.language ?? lang;
    role = resolveCaller(model, email).role;
    named = model.event.organiser_emails.length > 0;
  }
  if (mayRunOrganiserAction(policy, email, role, named)) return;
  const action = tDynamic(lang, `addon.action.${name}`);
  throw new Error(email ? t(lang, 'addon.access.organisers_only', { action, email }) : t(lang, 'addon.access.no_identity', { action }));
}

/** `fn` behind the organiser guard, for main.ts to expose. */
export function organisersOnly_<A extends unknown[], R>(name: EntryPoint, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    requireOrganiser_(name, SpreadsheetApp.getActiveSpreadsheet());
    return fn(...args);
  };
}
