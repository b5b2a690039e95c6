/**
 * The add-on's entry points. Everything exported here becomes a top-level
 * function of dist/Code.js (scripts/build.mjs), so Apps Script's menus,
 * triggers and google.script.run can find it. This file only exposes; the
 * logic lives in the modules it imports. Nothing here runs at load time.
 *
 * Who may call each one is src/core/access/policy.ts; the organiser-only
 * ones are exposed behind its guard here, so no action can be reached
 * without it. The page functions and the trigger check their callers inside
 * (per guest, per trigger id).
 */
import { buildMenu } from './open';
import { organisersOnly_ } from './guard';
import * as setup from './setup';
import * as validate from './validate';
import * as reminders from './reminders';
import * as pages from './lo-api';
import { documentsRun_ } from './parts';
import type { Lang } from '../core/model';
import type { AnyKind } from '../core/documents/types';
import type { TickRequest } from '../core/checklist/tick-request';
import type { DashboardCardResult, DashboardFilters, DashboardViewResult, GuestCardResult, ListProgressResult, LoViewResult, TickResult } from '../core/views/types';
import type { DocsOutcome } from './documents';

export const setUpWorkbook = organisersOnly_('setUpWorkbook', setup.setUpWorkbook);
export const validateWorkbook = organisersOnly_('validateWorkbook', validate.validateWorkbook);
// The documents run is loaded only by these two, after the guard (parts.ts).
export const generateAllDocuments = organisersOnly_('generateAllDocuments', () => documentsRun_().generateAllDocuments());
export const generateDocuments: (kind?: AnyKind | '' | null, limit?: number) => DocsOutcome = organisersOnly_(
  'generateDocuments', (kind?: unknown, limit?: unknown) => documentsRun_().generateDocuments(kind, limit),
);
export const turnRemindersOn = organisersOnly_('turnRemindersOn', reminders.turnRemindersOn);
export const turnRemindersOff = organisersOnly_('turnRemindersOff', reminders.turnRemindersOff);
export const sendDueRemindersNow = organisersOnly_('sendDueRemindersNow', reminders.sendDueRemindersNow);
export { onEdit, onEditChecked } from './validate';
export { openSidebar, openDashboard, doGet } from './pages';

// The page functions take `unknown` and check it, since google.script.run carries whatever a page sends;
// the signatures here say what a page should send, for the typed callers (bridge.ts).
/**
 * A tick as the pages send it: a missing or null note keeps the one recorded; `lang` answers in that language;
 * `pass` is the card's tick pass (src/core/checklist/tick-pass.ts), which makes it one write.
 */
export type TickArgs = Omit<TickRequest, 'note'> & { note?: string | null; lang?: Lang; pass?: string };
export const getLoView: (lang?: Lang | null) => LoViewResult = pages.getLoView;
export const getDashboardView: (filters?: Partial<DashboardFilters> | null, lang?: Lang | null) => DashboardViewResult =
  pages.getDashboardView;
/** One guest's card, picked from the list an organiser gets instead of every card. */
export const getGuestCard: (guestId: string, lang?: Lang | null) => GuestCardResult = pages.getGuestCard;
export const getDashboardGuest: (guestId: string, lang?: Lang | null) => DashboardCardResult = pages.getDashboardGuest;
/** The progress of each guest of a list that came without it (an organiser's sidebar). */
export const getGuestListProgress: (lang?: Lang | null) => ListProgressResult = pages.getGuestListProgress;
export const tickChecklistItem: (req: TickArgs) => TickResult = pages.tickChecklistItem;
export { runReminders } from './reminders';

/** Simple trigger: builds the menu (works in AuthMode.NONE). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Runs when the add-on is installed from the Marketplace: the menu must appear at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
