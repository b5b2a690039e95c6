/**
 * Opens the pages LO Desk shows: the LO sidebar, the organiser dashboard and the
 * phone page. The LO pages arrive with the caller's view in them (built by
 * lo-api.ts, which checks the caller), so opening one is one execution; the
 * dashboard is a static bundle that asks for its data.
 */
import { embedView } from '../core/views/embed';
import { rememberSpreadsheet_ } from './access';
import { loViewFor_ } from './lo-api';

/** A page of dist/ with the caller's LO view embedded (src/core/views/embed.ts); `ss`: the open spreadsheet, when known. */
function loPage_(file: 'sidebar' | 'mobile', ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.HTML.HtmlOutput {
  const out = HtmlService.createHtmlOutputFromFile(file);
  return out.setContent(embedView(out.getContent(), loViewFor_(undefined, ss)));
}

/** Menu: the LO sidebar. */
export function openSidebar(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (ss) rememberSpreadsheet_(ss);
  const html = loPage_('sidebar', ss ?? undefined).setTitle('LO Desk');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu: the organiser dashboard, as a wide dialog. */
export function openDashboard(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (ss) rememberSpreadsheet_(ss);
  const html = HtmlService.createHtmlOutputFromFile('dashboard').setWidth(1100).setHeight(720);
  SpreadsheetApp.getUi().showModalDialog(html, 'LO Desk — dashboard');
}

/**
 * Web app: the LO phone page, with the visitor's view in it. Who may see what
 * is decided by loViewFor_, here and on each later call from the page. A web app has no active spreadsheet: the link LO Desk sends
 * (`?ss=<spreadsheet id>`) names the event, which is remembered for the
 * visitor's later calls from the page; whether they may see anything of it is
 * still checked on every call.
 */
export function doGet(e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  const asked = e?.parameter ? e.parameter.ss : undefined;
  if (typeof asked === 'string' && /^[\w-]{10,100}$/.test(asked)) {
    try {
      rememberSpreadsheet_(SpreadsheetApp.openById(asked));
    } catch {
      // Not a spreadsheet the visitor can open: the page says there is no event for them.
    }
  }
  return loPage_('mobile')
    .setTitle('LO Desk')
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}
