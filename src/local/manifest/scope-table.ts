/**
 * The README's table of OAuth scopes, made from the manifest check's report:
 * each declared scope, why LO Desk asks for it, and the methods the test
 * suite called that it covers. The README holds it between two markers;
 * `lo-desk check-manifest --readme README.md` fails when it is out of date
 * and `--write` rewrites it.
 */
import type { ManifestReport } from './check';
import { shortScope } from './check';
import { sectionBody, withSection } from '../readme/sections';

/** Why each scope is asked for (a declared scope without a reason here fails the check). */
export const SCOPE_REASONS: Record<string, string> = {
  spreadsheets:
    'every read and write of the workbook, with SpreadsheetApp and the advanced Sheets service (v4: every tab\'s values in one request, validation\'s notes and fills in one more and its changes in a third); the hourly trigger has no active spreadsheet in an add-on and opens the event by the id it stored, which `spreadsheets.currentonly` cannot',
  'script.container.ui': 'the LO sidebar and the dashboard dialog',
  'script.scriptapp': 'installing, finding (by unique id) and removing the hourly reminder trigger, and installing the on-edit trigger set-up records',
  'script.send_mail': 'sending reminders with MailApp and checking the day\'s quota (never GmailApp, which would need all of Gmail)',
  'drive.file':
    'the per-event folder and its listing (the advanced Drive service, v3), and the documents (each a .docx converted to a Google Doc, or updated in place, in one upload) and the `.ics` files (the same Drive API\'s upload endpoints, with the user\'s own token): only files LO Desk created; DriveApp would need the restricted `drive` scope, DocumentApp the `documents` scope (every document of the user)',
  'script.external_request':
    'sending the documents\' Drive uploads in parallel, up to 50 in one `UrlFetchApp.fetchAll` (Google: UrlFetchApp "requires the script.external_request scope"); the requests go only to Drive\'s upload endpoints with `ScriptApp.getOAuthToken()`, whose token carries no more than `drive.file`; one advanced-service call a document in sequence could not write a large event\'s documents in the time Google gives an execution',
  'userinfo.email': 'knowing who is calling, to show each LO only their own guests and refuse everyone else',
};

const SECTION = 'scope-table';
const MADE_BY = 'lo-desk check-manifest --write';

export function scopeTable(report: ManifestReport, declared: Iterable<string>): string {
  const lines = ['| scope | why | methods the suite called that it covers |', '|---|---|---|'];
  for (const scope of [...declared].sort()) {
    const short = shortScope(scope);
    const methods = report.rows.filter((r) => r.covering.includes(scope)).map((r) => `\`${r.method}\``);
    lines.push(`| \`${short}\` | ${SCOPE_REASONS[short] ?? '**no reason given**'} | ${methods.join(', ') || '(none)'} |`);
  }
  const free = report.rows.filter((r) => r.required && r.required.length === 0).length;
  lines.push('', `${free} further methods the suite called need no scope (menus, properties, locks, HtmlService, Utilities, Logger).`);
  return lines.join('\n');
}

/** The README with its scope table replaced; throws when the markers are missing. */
export function withScopeTable(readme: string, table: string): string {
  return withSection(readme, SECTION, MADE_BY, table);
}

/** The scope table the README holds now. */
export function readmeScopeTable(readme: string): string {
  return sectionBody(readme, SECTION);
}
