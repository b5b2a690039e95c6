/**
 * The server functions behind the LO sidebar, the phone page and the organiser
 * dashboard (called with google.script.run). Each one re-checks the caller,
 * validates its arguments, reads the workbook once (one read per tab) and
 * returns plain JSON built by src/core/views.
 */
import type { ChecklistTick, EventModel, Finding, Lang } from '../core/model';
import { buildChecklist, parseTickRequest, isTickError } from '../core/checklist';
import { indexModel } from '../core/model-index';
import { tabForSheetName } from '../core/schema/headers';
import { parseWorkbook, type ParsedWorkbook } from '../core/schema/parse';
import { foldText, neutraliseRows } from '../core/text';
import { onlyGuestRows } from '../core/schema/guest-rows';
import { t } from '../core/i18n';
import { checkWorkbook } from '../core/validate';
import { checkForCaller, isListTab, type CallerEvent } from '../core/views/lo-scope';
import {
  buildDashboardCard, buildDashboardView, buildGuestCard, buildListProgress, buildLoView, canSeeGuest, checklistView, deniedView, doneByText, focusItems, parseDashboardFilters,
  resolveCaller, type RemindersState,
} from '../core/views';
import type { DashboardCardResult, DashboardViewResult, DeniedView, GuestCardResult, GuestCardView, ListProgressResult, LoViewResult, TickResult } from '../core/views/types';
import { dashboardLabels } from '../core/views/labels';
import { readWorkbook_ } from './sheets/read';
import { sheetsApi_ } from './sheets/sheets-api';
import { writeColumnRuns_ } from './sheets/write';
import { planTickWrite } from '../core/checklist/tick-write';
import { callerEmail_, eventSpreadsheet_, langArg_, localeLang_, setUserProperty_, userProperty_ } from './access';
import { recheckTrigger_ } from './reminders-state';
import { addPasses_, tickWithPass_ } from './tick-pass';

/** Contract tabs the pages never need (nor any sheet outside the contract): less to read and parse. */
const UNREAD_TABS = new Set(['Sent', 'Documents', 'Findings']);
const pageTab = (name: string) => {
  const tab = tabForSheetName(name);
  return tab !== undefined && !UNREAD_TABS.has(tab);
};

interface LoadedEvent {
  parsed: ParsedWorkbook;
  model: EventModel;
  findings: Finding[];
  /** The spreadsheet's time zone, as the read found it. */
  timeZone: string;
}

/**
 * One read of the useful tabs. `validate: false` (a tick) parses only, and
 * only the rows of `onlyGuest`: the tick shows no findings, and the cross-tab
 * rules and the other guests' rows are most of the computing time.
 */
function loadEvent_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, validate = true, onlyGuest = ''): LoadedEvent {
  const raw = readWorkbook_(ss, pageTab, sheetsApi_());
  if (!validate) {
    const tabs = onlyGuest ? onlyGuestRows(raw.tabs, onlyGuest) : raw.tabs;
    const parsed = parseWorkbook(tabs, { spreadsheetZone: raw.timeZone });
    return { parsed, model: parsed.model, findings: parsed.findings, timeZone: raw.timeZone };
  }
  const { parsed, findings } = checkWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone });
  return { parsed, model: parsed.model, findings, timeZone: raw.timeZone };
}

/**
 * One read of the useful tabs for an LO page's caller: for an LO only the rows
 * their view can depend on are parsed and validated (core/views/lo-scope.ts).
 */
function loadForCaller_(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string, want: { card?: boolean; lean?: boolean } = {},
): CallerEvent & { timeZone: string } {
  const raw = readWorkbook_(ss, pageTab, sheetsApi_(), true);
  return { ...checkForCaller(raw.tabs, email, { spreadsheetZone: raw.timeZone }, { ...want, serials: raw.serials === true }), timeZone: raw.timeZone };
}

/**
 * User property: the spreadsheet where the user last got an organiser's list,
 * so that the next sidebar reads only the tabs that list needs (one key per
 * user, whatever the number of events).
 */
const LIST_CALLER_PROPERTY = 'lodesk.list_of';

/**
 * loadForCaller_ for the sidebar and phone page: a caller who got an
 * organiser's list here last time is read for that list alone (the Guests,
 * LOs, Assignments, Event and Contacts tabs: half the cells at 1,000 guests);
 * if they no longer get one, everything is read as for anyone.
 */
function loadForList_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string): CallerEvent & { timeZone: string } {
  const id = ss.getId();
  let remembered = false;
  try {
    remembered = userProperty_(LIST_CALLER_PROPERTY) === id;
  } catch {
    // Without the store, read everything.
  }
  if (remembered) {
    const raw = readWorkbook_(ss, (name) => pageTab(name) && isListTab(name), sheetsApi_(), true);
    const ev = checkForCaller(raw.tabs, email, { spreadsheetZone: raw.timeZone }, { lean: true, serials: raw.serials === true });
    if (ev.lean) return { ...ev, timeZone: raw.timeZone };
  }
  const ev = loadForCaller_(ss, email, { lean: true });
  if (Boolean(ev.lean) !== remembered) {
    try {
      setUserProperty_(LIST_CALLER_PROPERTY, ev.lean ? id : '');
    } catch {
      // Only the next sidebar's read is larger.
    }
  }
  return ev;
}

/** The reminders part's state for this spreadsheet (on/off, last run); undefined when it cannot be read. */
function remindersState_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string): RemindersState | undefined {
  try {
    return recheckTrigger_(ss, email);
  } catch {
    return undefined;
  }
}

/**
 * Everything the LO sidebar and the phone page show: the caller's guests
 * (cards and checklists, or a list to pick from when they are many, as for an
 * organiser), the contacts and the state of reminders. `lang` is "th" or
 * "en"; absent: the event's language. The pages arrive with it (pages.ts);
 * they call this again only to switch language or refresh.
 */
export function getLoView(lang?: unknown): LoViewResult {
  return loViewFor_(langArg_(lang, 'getLoView'));
}

/**
 * The view for the caller, in `asked` or the event's language: for getLoView
 * and for the pages being served (`active`: the spreadsheet the sidebar's
 * execution already holds, so it is not asked for again).
 */
export function loViewFor_(asked: Lang | undefined, active?: GoogleAppsScript.Spreadsheet.Spreadsheet): LoViewResult {
  const email = callerEmail_();
  // The caller's locale is asked only for a refusal made before the event's language is known.
  const fallback = () => asked ?? localeLang_() ?? 'th';
  if (!email) return deniedView('no_identity', fallback(), '');
  const ss = active ?? eventSpreadsheet_();
  if (!ss) return deniedView('no_spreadsheet', fallback(), email);
  // An organiser's list comes without its progress, which the page fetches (getGuestListProgress).
  const ev = loadForList_(ss, email);
  const { caller } = ev;
  const viewLang: Lang = asked ?? ev.parsed.model.event.language;
  if (caller.role === 'none') return deniedView('none', viewLang, caller.email);
  const now = new Date();
  const view = buildLoView({
    model: ev.parsed.model,
    findings: ev.findings,
    caller,
    now,
    lang: viewLang,
    reminders: remindersState_(ss, caller.email),
    listProgress: !ev.lean,
  });
  if (view.ok) addPasses_(view.guests, { ss, parsed: ev.parsed, timeZone: ev.timeZone, email: caller.email, now });
  return view;
}

/**
 * One guest's card, when it is picked from the list: only for a caller who
 * may see that guest; anyone else gets a refusal and nothing of the guest.
 */
export function getGuestCard(guestId?: unknown, lang?: unknown): GuestCardResult {
  const asked = langArg_(lang, 'getGuestCard');
  const fallback = () => asked ?? localeLang_() ?? 'th';
  const id = typeof guestId === 'string' ? guestId.trim() : '';
  if (!id || id.length > 64) return { ok: false, message: t(fallback(), 'ui.card.bad_request', { detail: 'guestId' }) };
  const email = callerEmail_();
  if (!email) return { ok: false, message: t(fallback(), 'ui.access.no_identity') };
  const ss = eventSpreadsheet_();
  if (!ss) return { ok: false, message: t(fallback(), 'ui.access.no_spreadsheet') };
  const ev = loadForCaller_(ss, email, { card: true });
  const { caller } = ev;
  const viewLang: Lang = asked ?? ev.parsed.model.event.language;
  if (caller.role === 'none') return { ok: false, message: t(viewLang, 'ui.access.none', { email: caller.email }) };
  const now = new Date();
  const res = buildGuestCard({ model: ev.parsed.model, findings: ev.findings, caller, now, lang: viewLang }, id);
  if (res.ok) addPasses_([res.card], { ss, parsed: ev.parsed, timeZone: ev.timeZone, email: caller.email, now });
  return res;
}

/**
 * The progress columns of the caller's guest list, for a list that came
 * without them (an organiser's sidebar): the same guests, by id. Anyone who
 * may see no guest gets a refusal and nothing of the event.
 */
export function getGuestListProgress(lang?: unknown): ListProgressResult {
  const asked = langArg_(lang, 'getGuestListProgress');
  const fallback = () => asked ?? localeLang_() ?? 'th';
  const email = callerEmail_();
  if (!email) return { ok: false, message: t(fallback(), 'ui.access.no_identity') };
  const ss = eventSpreadsheet_();
  if (!ss) return { ok: false, message: t(fallback(), 'ui.access.no_spreadsheet') };
  const ev = loadForCaller_(ss, email);
  if (ev.caller.role === 'none') return { ok: false, message: t(asked ?? ev.parsed.model.event.language, 'ui.access.none', { email: ev.caller.email }) };
  return buildListProgress(ev.parsed.model, ev.caller, new Date());
}

/** Who calls a dashboard page call and on which event, or the refusal to send when that cannot be told. */
function dashboardCaller_(asked: Lang | undefined):
  | { denied: DeniedView }
  | { ev: ReturnType<typeof loadEvent_>; caller: ReturnType<typeof resolveCaller>; viewLang: Lang; ss: GoogleAppsScript.Spreadsheet.Spreadsheet } {
  const email = callerEmail_();
  const fallback = asked ?? localeLang_() ?? 'th';
  if (!email) return { denied: deniedView('no_identity', fallback, '', dashboardLabels(fallback)) };
  const ss = eventSpreadsheet_();
  if (!ss) return { denied: deniedView('no_spreadsheet', fallback, email, dashboardLabels(fallback)) };
  const ev = loadEvent_(ss);
  const caller = resolveCaller(ev.model, email);
  const viewLang: Lang = asked ?? ev.model.event.language;
  return { ev, caller, viewLang, ss };
}

/**
 * The organiser dashboard. `filters`: {lo?, delegation?, phase?, unassigned?};
 * organisers only — anyone else gets a refusal and no data.
 */
export function getDashboardView(filters?: unknown, lang?: unknown): DashboardViewResult {
  const asked = langArg_(lang, 'getDashboardView');
  const parsedFilters = parseDashboardFilters(filters);
  if ('error' in parsedFilters) throw new Error(`getDashboardView: ${parsedFilters.error}.`);
  const d = dashboardCaller_(asked);
  if ('denied' in d) return d.denied;
  const { ev, caller, viewLang, ss } = d;
  if (caller.role !== 'organiser') return deniedView('organisers_only', viewLang, caller.email, dashboardLabels(viewLang));
  return buildDashboardView({
    model: ev.model,
    findings: ev.findings,
    caller,
    now: new Date(),
    lang: viewLang,
    filters: parsedFilters,
    reminders: remindersState_(ss, caller.email) ?? {},
  });
}

function refuse(message: string): TickResult {
  return { ok: false, message };
}

/**
 * Records one tick (or untick, or a note) in the Checklist tab: `{guestId,
 * phase, itemId, done, note?, lang?}`. Only the guest's LOs and organisers may;
 * anything else is refused with a message and nothing is written. The row is
 * found by guest and item id (never by position) and updated in place, or a
 * new row is appended.
 *
 * No lock: the phone page (a web app) has no document lock, and the script
 * lock is shared by every customer of the add-on. None is needed: a new tick
 * is one Sheet.appendRow, which Sheets applies atomically after whatever
 * rows are there when it lands, so two LOs ticking at once both keep their
 * ticks; an update rewrites only that tick's own cells. Two rows for one item
 * (two first ticks at the same moment) are read as one: the later wins.
 */
export function tickChecklistItem(req?: unknown): TickResult {
  const obj = req !== null && typeof req === 'object' && !Array.isArray(req) ? (req as Record<string, unknown>) : undefined;
  let lang: Lang = 'th';
  try {
    lang = langArg_(obj?.lang, 'tickChecklistItem') ?? localeLang_() ?? 'th';
  } catch (err) {
    return refuse((err as Error).message);
  }
  if (!obj) return refuse(t(lang, 'ui.tick.bad_request', { detail: 'not an object' }));
  const email = callerEmail_();
  if (!email) return refuse(t(lang, 'ui.access.no_identity'));
  // With the card's pass: one write, no read (tick-pass.ts); the page fetches the card afterwards.
  const at = new Date();
  const quick = tickWithPass_(obj, email, at);
  if (quick) return { ok: true, quick: true, ...(obj.done === true ? { status: doneByText(quick.e, at, lang, quick.w) } : {}) };
  const ss = eventSpreadsheet_();
  if (!ss) return refuse(t(lang, 'ui.access.no_spreadsheet'));

  {
    const guestId = typeof obj.guestId === 'string' ? obj.guestId.trim() : '';
    const ev = loadEvent_(ss, false, foldText(guestId));
    const caller = resolveCaller(ev.model, email);
    if (caller.role === 'none') return refuse(t(lang, 'ui.tick.no_access'));
    // Checked before the request itself, so an LO learns nothing about guests that are not theirs.
    if (guestId && !canSeeGuest(ev.model, caller, guestId)) {
      return refuse(
        caller.role === 'organiser'
          ? t(lang, 'ui.tick.unknown_guest', { guest: guestId.slice(0, 64) })
          : t(lang, 'ui.tick.not_yours', { guest: guestId.slice(0, 64) }),
      );
    }
    const cix = indexModel(ev.model);
    const parsedReq = parseTickRequest(obj, ev.model, { index: cix });
    if (isTickError(parsedReq)) return refuse(parsedReq.message[lang]);
    if (!canSeeGuest(ev.model, caller, parsedReq.guestId)) {
      return refuse(t(lang, 'ui.tick.not_yours', { guest: parsedReq.guestId }));
    }

    const now = new Date();
    const existing = cix.ticksByGuest.get(parsedReq.guestId)?.get(parsedReq.itemId);
    // A request that sends no note keeps the one recorded; an empty note clears it.
    const note = obj.note === undefined || obj.note === null ? existing?.note ?? '' : parsedReq.note;
    const record = {
      guest_id: parsedReq.guestId,
      phase: parsedReq.phase,
      item_id: parsedReq.itemId,
      done: parsedReq.done,
      done_by: caller.email,
      done_at: now,
    };
    // No flush: Apps Script applies the write when the execution ends, before the page gets its answer.
    const row = writeTick_(ss, ev.parsed, { ...record, note, row: existing?.row ?? 0 });

    // The item as it now stands, worked out from the model with the new tick in it.
    const tick: ChecklistTick = { row, ...record, ...(note ? { note } : {}) };
    const model: EventModel = { ...ev.model, checklist: [...ev.model.checklist.filter((c) => c.row !== row), tick] };
    const cl = buildChecklist(model, parsedReq.guestId, now);
    const zone = model.event.time_zone;
    const checklist = checklistView(cl, lang, zone);
    const item = checklist.flatMap((p) => p.items).find((i) => i.item_id === parsedReq.itemId);
    // A fresh pass, so that the page's next ticks are quick again (none when this tick had to add the tab or a column:
    // the layout read before it is not the tab's any more, and makePass finds a column missing).
    const card = { guest_id: parsedReq.guestId, checklist } as Pick<GuestCardView, 'guest_id' | 'checklist' | 'tickPass'>;
    addPasses_([card], { ss, parsed: ev.parsed, timeZone: ev.timeZone, email: caller.email, now });
    return { ok: true, ...(item ? { item } : {}), checklist, focus: focusItems(checklist), ...(card.tickPass ? { tickPass: card.tickPass } : {}) };
  }
}

/**
 * Writes the tick as src/core/checklist/tick-write.ts plans it: over its own
 * cells of the existing row (one setValues per run of adjacent LO Desk
 * columns), else as one new row with appendTickRow_; missing headers first.
 * Returns the row written, 0 when appended (its position is only known once
 * Sheets applies it).
 */
function writeTick_(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  parsed: ParsedWorkbook,
  tick: Omit<ChecklistTick, 'row' | 'note'> & { note: string; row: number },
): number {
  const layout = parsed.layout.Checklist;
  let sheet = layout?.sheetName ? ss.getSheetByName(layout.sheetName) : null;
  const plan = planTickWrite(sheet && layout ? layout : null, tick, parsed.model.event.language);
  if (!sheet) sheet = ss.insertSheet('Checklist');
  if (plan.headers.length) {
    writeColumnRuns_(sheet, 1, plan.headers.map((h) => h.col), [new Map(plan.headers.map((h) => [h.col, h.header]))]);
  }
  if (plan.write.kind === 'update') {
    writeColumnRuns_(sheet, plan.write.row, [...plan.write.cells.keys()], [plan.write.cells]);
    return plan.write.row;
  }
  appendTickRow_(sheet, neutraliseRows([plan.write.row])[0]);
  return 0;
}

/** A new tick row: Sheet.appendRow is atomic on Google, so concurrent ticks never land on one row. */
function appendTickRow_(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: unknown[]): void {
  sheet.appendRow(row);
}

/**
 * One guest's card for the dashboard row an organiser opened (the dashboard's
 * first call sends only a summary per guest). Organisers only; `guestId` is
 * checked, and an unknown guest gets a message, not an error.
 */
export function getDashboardGuest(guestId?: unknown, lang?: unknown): DashboardCardResult {
  const asked = langArg_(lang, 'getDashboardGuest');
  if (typeof guestId !== 'string' || !guestId.trim() || guestId.length > 64) {
    throw new Error('getDashboardGuest: guestId must be a guest ID (text up to 64 characters).');
  }
  const d = dashboardCaller_(asked);
  if ('denied' in d) return d.denied;
  const { ev, caller, viewLang } = d;
  return buildDashboardCard({ model: ev.model, findings: ev.findings, caller, now: new Date(), lang: viewLang, guestId: guestId.trim() });
}
