import { emptyUi } from '../emulator/runner';
import { createSpreadsheetApp } from '../emulator/spreadsheet';
import { Workbook } from '../emulator/workbook';
import { cannotOpen } from './context';

/** The first organiser named in the Event tab: who the preview acts as by default (a file it cannot read is a usage error). */
export async function firstOrganiser(file: string): Promise<string | undefined> {
  // The core's parser (and zod) is loaded only when a command needs it.
  const { parseWorkbook } = await import('../../core/schema/parse');
  let wb: Workbook;
  try {
    wb = await Workbook.load(file);
  } catch (err) {
    throw cannotOpen(file, err);
  }
  const ss = createSpreadsheetApp({ workbook: wb, ui: emptyUi(), activeSpreadsheet: true }).getActiveSpreadsheet()!;
  const sheets = ss.getSheets().map((s) => ({ name: s.getName(), values: s.getDataRange().getValues() }));
  return parseWorkbook(sheets, { spreadsheetZone: ss.getSpreadsheetTimeZone() }).model.event.organiser_emails[0];
}
