/**
 * Opens the pages LO Desk shows: the LO sidebar, the organiser dashboard and the
 * phone page. The pages are static bundles; everything they show comes from one
 * call to lo-api.ts, which checks the caller every time.
 */
import { rememberSpreadsheet_ } from './access';

/** Menu: the LO sidebar. */
export function openSidebar(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (ss) rememberSpreadsheet_(ss);
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('LO Desk');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu: the organiser dashboard, as a wide dialog. */
export function openDashboard(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (ss) rememberSpreadsheet_(ss);
  const html = HtmlService.createHtmlOutputFromFile('dashboard').setWidth(1100).setHeight(720);
  SpreadsheetApp.getUi().showModalDialog(html, 'LO Desk — dashboard');
}

/** Web app: the LO phone page. Who may see what is decided by getLoView, called from the page. */
export function doGet(_e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutputFromFile('mobile')
    .setTitle('LO Desk')
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}
