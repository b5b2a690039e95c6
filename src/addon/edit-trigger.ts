/**
 * The installable on-edit trigger that checks edits with full authorization.
 *
 * Why: the simple onEdit runs in AuthMode.LIMITED, where the advanced Sheets
 * service is refused, so it reads every tab with SpreadsheetApp (at 5,000
 * guests 14 getValues over 316,000 cells, ~4.4 s before any rule runs). An
 * installable trigger runs as the organiser who installed it, with the
 * authorization they granted: it reads the values in one Values.batchGet and
 * the marks in one Spreadsheets.get, and writes in one batchUpdate, like the
 * menu's Validate, over the edited rows only.
 *
 * Set-up installs it (one ON_EDIT trigger per user per document, the add-on
 * rule) and records it in the spreadsheet's developer metadata, which the
 * simple trigger can read: while the record is there the simple trigger
 * stands down, so one edit is checked once (a copy of the spreadsheet, which
 * keeps the metadata but not the trigger, has a record of another id: its
 * simple trigger checks). The handler acts only for the
 * trigger recorded (a page or console call of it with a made-up event does
 * nothing), and a user's second set-up keeps their trigger.
 */
import { metadataEntry_, writeMetadata_ } from './developer-metadata';

/** The handler Apps Script calls on each edit (exposed by main.ts). */
const EDIT_HANDLER = 'onEditChecked';
/** Developer metadata key of the record of the installed trigger. */
const EDIT_TRIGGER_KEY = 'lodesk.edit_trigger';

interface EditTriggerRecord {
  owner: string;
  triggerId: string;
  /** A copy of the spreadsheet keeps its developer metadata but not the trigger: a record of another id is stale. */
  spreadsheetId: string;
}

function readRecord_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): EditTriggerRecord | null {
  const text = metadataEntry_(ss, EDIT_TRIGGER_KEY)?.getValue();
  if (!text) return null;
  try {
    const r = JSON.parse(text) as Partial<EditTriggerRecord>;
    if (typeof r.owner !== 'string' || typeof r.triggerId !== 'string' || r.spreadsheetId !== ss.getId()) return null;
    return { owner: r.owner, triggerId: r.triggerId, spreadsheetId: r.spreadsheetId };
  } catch {
    return null;
  }
}

/**
 * Set-up: the caller's on-edit trigger for this spreadsheet, installed when
 * they have none, and recorded. 'failed' (with the reason in the log) leaves
 * edits to the simple trigger.
 */
export function ensureEditTrigger_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string): 'installed' | 'kept' | 'failed' {
  try {
    const own = ScriptApp.getUserTriggers(ss).find(
      (t) => t.getHandlerFunction() === EDIT_HANDLER && t.getEventType() === ScriptApp.EventType.ON_EDIT,
    );
    const trigger = own ?? ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
    const record: EditTriggerRecord = { owner: email, triggerId: trigger.getUniqueId(), spreadsheetId: ss.getId() };
    const text = JSON.stringify(record);
    const entry = metadataEntry_(ss, EDIT_TRIGGER_KEY);
    if (entry?.getValue() !== text) writeMetadata_(ss, EDIT_TRIGGER_KEY, text, entry);
    return own ? 'kept' : 'installed';
  } catch (err) {
    console.warn(`LO Desk: the on-edit trigger could not be installed; edits are checked by the simple trigger: ${(err as Error).message}`);
    return 'failed';
  }
}

/** For the simple trigger: whether an installed trigger checks edits (then the simple trigger does nothing). */
export function editTriggerOn_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return readRecord_(ss) !== null;
}

/** For the handler: whether `e` comes from the trigger recorded for this spreadsheet. */
export function isRecordedEditTrigger_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, triggerUid: unknown): boolean {
  const record = readRecord_(ss);
  return record !== null && typeof triggerUid === 'string' && triggerUid === record.triggerId;
}
