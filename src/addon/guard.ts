/**
 * The guard of the organiser-only entry points (src/core/access/policy.ts):
 * before the action reads or writes anything else, it reads the workbook,
 * finds who the caller is from the Event and LOs tabs, and refuses anyone the
 * policy does not let in, in the event's language (or the caller's), with
 * nothing written. What it read is the action's first read (withGuardRead_),
 * so an allowed action reads the workbook once, not twice.
 */
import { mayRunOrganiserAction, policyOf, type EntryPoint } from '../core/access/policy';
import { t, tDynamic } from '../core/i18n';
import type { Lang } from '../core/model';
import { tabForSheetName } from '../core/schema/headers';
import { parseWorkbook } from '../core/schema/parse';
import { resolveCaller } from '../core/views';
import { callerEmail_, localeLang_ } from './access';
import { readWorkbook_, withGuardRead_, type RawWorkbook } from './sheets/read';
import { sheetsApi_ } from './sheets/sheets-api';

const WHO_TABS = new Set(['Event', 'LOs']);

/**
 * Throws the refusal unless the caller may run the organiser-only action `name`
 * on `ss`. Returns the whole workbook it read (the action reads it anyway: one
 * read instead of two), or null without a spreadsheet.
 */
function requireOrganiser_(name: EntryPoint, ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null): RawWorkbook | null {
  const policy = policyOf(name)!;
  const email = callerEmail_().toLowerCase();
  let lang: Lang = localeLang_() ?? 'th';
  let role: 'organiser' | 'lo' | 'none' = 'none';
  let named = false;
  let raw: RawWorkbook | null = null;
  // Read even for an unknown caller: the refusal speaks the event's language.
  if (ss) {
    raw = readWorkbook_(ss, undefined, sheetsApi_());
    const who = raw.tabs.filter((tab) => WHO_TABS.has(tabForSheetName(tab.name) ?? ''));
    const model = parseWorkbook(who, { spreadsheetZone: raw.timeZone }).model;
    lang = model.event.language ?? lang;
    role = resolveCaller(model, email).role;
    named = model.event.organiser_emails.length > 0;
  }
  if (mayRunOrganiserAction(policy, email, role, named)) return raw;
  const action = tDynamic(lang, `addon.action.${name}`);
  throw new Error(email ? t(lang, 'addon.access.organisers_only', { action, email }) : t(lang, 'addon.access.no_identity', { action }));
}

/** `fn` behind the organiser guard, for main.ts to expose. */
export function organisersOnly_<A extends unknown[], R>(name: EntryPoint, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const raw = requireOrganiser_(name, SpreadsheetApp.getActiveSpreadsheet());
    return raw ? withGuardRead_(raw, () => fn(...args)) : fn(...args);
  };
}
