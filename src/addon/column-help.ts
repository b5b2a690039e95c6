/**
 * The header notes set-up writes, read from dist/column-help.html when set-up
 * runs (see src/core/schema/column-help.ts for why they are not in the code
 * Apps Script parses on every execution). HtmlService reads a project file
 * without asking for any scope.
 */
import { COLUMN_HELP_FILE, readColumnHelpHtml, type ColumnHelp } from '../core/schema/column-help';

export function loadColumnHelp_(): ColumnHelp {
  return readColumnHelpHtml(HtmlService.createHtmlOutputFromFile(COLUMN_HELP_FILE).getContent());
}
