/**
 * The add-on's entry points. Everything exported here becomes a top-level
 * function of dist/Code.js (scripts/build.mjs), so Apps Script's menus,
 * triggers and google.script.run can find it. This file only exposes; the
 * logic lives in the modules it imports. Nothing here runs at load time.
 */
import { buildMenu } from './open';
export { setUpWorkbook } from './setup';
export { validateWorkbook, onEdit } from './validate';
export { openSidebar, openDashboard, doGet } from './pages';
export { getLoView, getDashboardView, tickChecklistItem } from './lo-api';
export { generateAllDocuments, generateDocuments } from './documents';
export { turnRemindersOn, turnRemindersOff, runReminders } from './reminders';

/** Simple trigger: builds the menu (works in AuthMode.NONE). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Runs when the add-on is installed from the Marketplace: the menu must appear at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
