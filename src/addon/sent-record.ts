/**
 * What decides whether a reminder was sent: LO Desk's own record, a hidden
 * sheet with the Sent tab's columns, not the Sent tab itself. The Sent tab is
 * for people, who sort it, delete rows and type in it; a deleted row there
 * must never make a message go twice. So every claim and outcome is written
 * to both, the record decides, and the Sent tab is put back from the record
 * where it lost or changed a row (what a person added there stays as typed).
 *
 * Why a hidden sheet: the record must be readable by every execution that
 * sends (the trigger opens the spreadsheet by id and has no document
 * properties; script properties are shared by every customer; developer
 * metadata holds too little for thousands of keys), and it must survive a
 * person's edits of the Sent tab. Hidden, it cannot be edited by accident.
 */
import type { SentRecord } from '../core/model';
import { parseWorkbook } from '../core/schema/parse';
import { tabForSheetName } from '../core/schema/headers';
import { OwnedTable_, type OwnedRowProblem } from './owned-table';
import { readWorkbook_, type RawWorkbook } from './sheets/read';

/** The hidden sheet's name: not a contract tab, so validation and parsing pass it by. */
const SENT_RECORD_SHEET = 'LO Desk record (do not edit)';

/** How the Sent tab differs from the record: what was put back, and rows LO Desk does not know. */
export interface SentTabEdits {
  /** Keys the record has and the Sent tab lost (rows deleted, keys retyped): added again. */
  restored: number;
  /** Rows whose status was changed by hand: set back to the record's. */
  corrected: number;
}

const sentTab = (name: string) => tabForSheetName(name) === 'Sent';

/** The record's rows parsed as a Sent tab, or null when the event has no record yet. */
function parseRecord_(values: unknown[][] | undefined, timeZone: string) {
  if (!values) return null;
  return parseWorkbook([{ name: 'Sent', values }], { spreadsheetZone: timeZone });
}

function recordValues_(raw: RawWorkbook): unknown[][] | undefined {
  return raw.tabs.find((t) => t.name === SENT_RECORD_SHEET)?.values;
}

/**
 * The Sent rows that decide what a run plans: the record's, or the Sent
 * tab's while the event has no record yet (the first run makes it from them).
 */
export function decidingSentRows_(raw: RawWorkbook, fromSentTab: SentRecord[]): SentRecord[] {
  const parsed = parseRecord_(recordValues_(raw), raw.timeZone);
  return parsed ? parsed.model.sent : fromSentTab;
}

/**
 * The record and the Sent tab, read together (under the caller's lock): puts
 * and updates go to both; the record answers what was sent.
 */
export class SentBooks_ {
  readonly edits: SentTabEdits = { restored: 0, corrected: 0 };
  /** Keys a person put on two Sent rows: LO Desk's record decides, and the rows are named for the person to fix. */
  readonly problems: OwnedRowProblem[] = [];

  private constructor(private readonly record: OwnedTable_, private readonly tab: OwnedTable_) {}

  static open_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SentBooks_ {
    const rawTab = readWorkbook_(ss, (n) => sentTab(n) || tabForSheetName(n) === 'Event');
    const parsedTab = parseWorkbook(rawTab.tabs, { spreadsheetZone: rawTab.timeZone });
    const lang = parsedTab.model.event.language;
    const tab = new OwnedTable_('Sent', 'key', parsedTab, rawTab, lang);

    let sheet = ss.getSheetByName(SENT_RECORD_SHEET);
    const fresh = !sheet;
    if (!sheet) {
      sheet = ss.insertSheet(SENT_RECORD_SHEET, ss.getSheets().length);
      sheet.hideSheet();
    }
    const values = fresh ? [] : sheet.getDataRange().getValues();
    const rawRecord: RawWorkbook = { tabs: [{ name: 'Sent', values }], timeZone: rawTab.timeZone };
    const parsedRecord = parseWorkbook(rawRecord.tabs, { spreadsheetZone: rawRecord.timeZone });
    const record = new OwnedTable_('Sent', 'key', parsedRecord, rawRecord, 'en', SENT_RECORD_SHEET);
    const books = new SentBooks_(record, tab);
    if (fresh) {
      // First run with a record: it starts as the Sent tab stands.
      for (const row of parsedTab.model.sent) {
        // A key on two Sent rows may or may not have gone: recorded uncertain, never resent by itself.
        record.put(tab.ambiguous(row.key) ? { ...row, status: 'uncertain', reason: 'on several Sent rows when LO Desk made its record' } : { ...row });
      }
    } else {
      books.restoreTab_(parsedRecord.model.sent);
    }
    return books;
  }

  /** Puts back into the Sent tab what the record has and the tab lost or changed. */
  private restoreTab_(rows: SentRecord[]): void {
    for (const row of rows) {
      if (this.tab.ambiguous(row.key)) {
        const at = this.tab.rows(row.key);
        const tab = this.tab.sheetLabel;
        this.problems.push({
          tab, row: at[0] ?? 0, column: 'key',
          message: `${tab}: rows ${at.join(', ')} all have key "${row.key}". LO Desk's own record decides whether it was sent (${row.status}), so nothing goes twice; delete the row that is not right.`,
        });
        continue;
      }
      if (this.record.ambiguous(row.key)) continue;
      const shown = this.tab.get(row.key);
      if (!shown) {
        this.tab.put({ ...row });
        this.edits.restored++;
      } else if (String(shown.status ?? '') !== String(row.status ?? '')) {
        this.tab.update(row.key, { status: row.status, at: row.at ?? '', reason: row.reason ?? '' });
        this.edits.corrected++;
      }
    }
  }

  /** The key's status in the record ('' when it has none). */
  statusOf(key: string): string {
    return String(this.record.get(key)?.status ?? '');
  }

  /** A key on two rows of the record is undecided: not claimed. */
  ambiguous(key: string): boolean {
    return this.record.ambiguous(key);
  }

  put(row: Record<string, unknown>): void {
    this.record.put(row);
    this.tab.put(row);
  }

  update(key: string, change: Record<string, unknown>): void {
    this.record.update(key, change);
    if (this.tab.get(key)) this.tab.update(key, change);
    else {
      const whole = this.record.get(key);
      if (whole) this.tab.put(whole);
    }
  }

  /** Writes the record first (it decides), then the Sent tab; the problems are the Sent tab's and the record's. */
  write_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): OwnedRowProblem[] {
    return [...this.record.write(ss, { reread: false }).problems, ...this.tab.write(ss, { reread: false }).problems];
  }
}
