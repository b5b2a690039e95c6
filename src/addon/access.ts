/**
 * Who is calling and which spreadsheet they work on, for the functions the
 * pages call through google.script.run. Each of those runs this on every call:
 * the page is never trusted to say who it is.
 */
import type { Lang } from '../core/model';

/**
 * User property holding the id of the event spreadsheet the user last opened
 * LO Desk in, for the phone page: a web app may have no open spreadsheet (an
 * add-on's, or a script not bound to one). Per user, so that two events using
 * the same script never see each other's spreadsheet.
 */
export const SPREADSHEET_ID_PROPERTY = 'lodesk.spreadsheet_id';

/** The caller's user properties, read once per execution (one call for all: the spreadsheet id, the tick pass key). */
let userProps: Record<string, string> | null = null;

/** One of the caller's user properties (the first asked reads them all); throws where the store cannot be used. */
export function userProperty_(key: string): string | null {
  userProps ??= PropertiesService.getUserProperties().getProperties();
  return userProps[key] ?? null;
}

export function setUserProperty_(key: string, value: string): void {
  PropertiesService.getUserProperties().setProperty(key, value);
  if (userProps) userProps[key] = value;
}

/** The caller's email, '' when Apps Script does not know it (treated as nobody). */
export function callerEmail_(): string {
  try {
    const email = Session.getActiveUser().getEmail();
    return typeof email === 'string' ? email.trim() : '';
  } catch {
    return '';
  }
}

/** The event spreadsheet: the open one, else the one recorded for the web app; null when neither. */
export function eventSpreadsheet_(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  let id: string | null = null;
  try {
    id = userProperty_(SPREADSHEET_ID_PROPERTY);
  } catch {
    return null;
  }
  if (!id) return null;
  try {
    return SpreadsheetApp.openById(id);
  } catch {
    return null;
  }
}

/** Records the open spreadsheet for the web app, writing only when it changed. */
export function rememberSpreadsheet_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  try {
    const id = ss.getId();
    if (userProperty_(SPREADSHEET_ID_PROPERTY) !== id) setUserProperty_(SPREADSHEET_ID_PROPERTY, id);
  } catch {
    // Without it only the phone page of an unbound script is affected; opening the page must not fail.
  }
}

/** A language argument from the browser: absent, or exactly "th" / "en". */
export function langArg_(value: unknown, fn: string): Lang | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value === 'th' || value === 'en') return value;
  throw new Error(`${fn}: the language must be "th" or "en".`);
}

/** The caller's locale as th or en, when it is one of them. */
export function localeLang_(): Lang | undefined {
  try {
    const locale = Session.getActiveUserLocale();
    if (typeof locale !== 'string') return undefined;
    const l = locale.toLowerCase();
    return l.startsWith('th') ? 'th' : l.startsWith('en') ? 'en' : undefined;
  } catch {
    return undefined;
  }
}
