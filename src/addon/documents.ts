/**
 * Generate documents: one Google Doc per document of the core's model (and an
 * .ics file per LO), in a Drive folder per event. Only documents whose
 * fingerprint changed are rewritten; the Documents tab lists them all. A run
 * stops taking new documents after ~4.5 minutes or `limit` documents and the
 * next run carries on (unchanged ones are skipped by fingerprint).
 *
 * Drive is reached only through the advanced Drive service (v3, `Drive`),
 * never DriveApp: every DriveApp method needs the full `drive` scope, which
 * is restricted; the advanced service works under `drive.file`, which lets
 * the add-on see only the files it made itself.
 */
import { ALL_KINDS, buildAll, buildCalendars, docFingerprint, documentContext, type AnyKind, type Doc } from '../core/documents';
import { parseWorkbook } from '../core/schema/parse';
import { requireUser_ } from './access-basic';
import { renderBlocks_ } from './docs-render';
import { planRewrites } from '../core/documents/rewrite-plan';
import { OwnedTable_, type OwnedRowProblem } from './owned-table';
import { activeSpreadsheet_, readWorkbook_ } from './sheets/read';
import { RUN_BUDGET_MS } from './budget';

/** Document property: the id of this event's Drive folder (a fact of this spreadsheet, so not a script property). */
const FOLDER_PROPERTY = 'lodesk.docs.folder';
const FOLDER_MIME = 'application/vnd.google-apps.folder';
const CALENDAR_MIME = 'text/calendar';
/** Files.update takes null for "no new content"; @types asks for a Blob in that place. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

export interface DocsOutcome {
  written: number;
  unchanged: number;
  /** Documents left for the next run (time or limit reached). */
  remaining: number;
  total: number;
  written_subjects: string[];
  /** Documents rows LO Desk could not match by url (a url on two rows, a row deleted meanwhile): tab, row, column, what to do. */
  problems?: OwnedRowProblem[];
}

/** Menu: generate every document. */
export function generateAllDocuments(): DocsOutcome {
  return generateDocuments();
}

/** Menu and command line: generate documents of one kind (or all), at most `limit` new ones in this run. */
export function generateDocuments(kind?: unknown, limit?: unknown): DocsOutcome {
  requireUser_();
  if (kind !== undefined && kind !== null && kind !== '' && !(ALL_KINDS as readonly unknown[]).includes(kind)) {
    throw new Error(`Unknown document kind "${String(kind)}". Kinds: ${ALL_KINDS.join(', ')}.`);
  }
  const max = typeof limit === 'number' && limit > 0 ? Math.floor(limit) : Infinity;
  const only = (kind || undefined) as AnyKind | undefined;
  const started = Date.now();
  const ss = activeSpreadsheet_();
  const raw = readWorkbook_(ss);
  // Parsing is enough here: documents show what is known and mark the rest "to be confirmed".
  const parsed = parseWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone });
  const model = parsed.model;
  const context = documentContext(model);
  const docs = only === 'lo_calendar' ? [] : buildAll(model, only ? { kinds: [only], context } : { context });
  const calendars = !only || only === 'lo_calendar' ? buildCalendars(model, new Date(), context) : [];
  const table = new OwnedTable_('Documents', 'url', parsed, raw, model.event.language);
  const folder = eventFolder_(ss, model.event.event_name);
  const outcome: DocsOutcome = { written: 0, unchanged: 0, remaining: 0, total: docs.length + calendars.length, written_subjects: [] };
  const now = new Date();
  const busy = () => outcome.written >= max || Date.now() - started > RUN_BUDGET_MS;

  // One list for documents and calendars: what each is, its fingerprint, and how to write it.
  const jobs = [
    ...docs.map((doc) => ({ key: doc.key, kind: doc.kind as AnyKind, subject: doc.subject, fingerprint: () => docFingerprint(doc), write: (url?: string) => writeDoc_(doc, url, folder) })),
    ...calendars.map((cal) => ({ key: cal.key, kind: 'lo_calendar' as AnyKind, subject: cal.subject, fingerprint: () => cal.fingerprint, write: (url?: string) => writeFile_(cal.fileName, cal.ics, url, folder) })),
  ];
  // Which to write is the core's decision (changed or new); this run writes them until its budget ends.
  const plan = planRewrites(jobs, model.documents);
  outcome.unchanged = plan.unchanged;
  for (const { job, fingerprint: fp, url: before } of plan.write) {
    if (busy()) {
      outcome.remaining++;
      continue;
    }
    const url = job.write(before);
    if (before) table.update(before, { url, fingerprint: fp, generated_at: now, subject: job.subject, key: job.key });
    else table.put({ kind: job.kind, subject: job.subject, url, fingerprint: fp, generated_at: now, key: job.key });
    outcome.written++;
    outcome.written_subjects.push(`${job.kind}: ${job.subject}`);
    // Progress for long runs (Sheets shows toasts while the script works).
    if (outcome.written % 10 === 0) ss.toast(`${outcome.written} / ${plan.write.length} …`, 'LO Desk', 5);
  }
  // Read again before writing: the user may have sorted or edited the tab while the documents were written.
  if (outcome.written) {
    const { problems } = table.write(ss);
    if (problems.length) outcome.problems = problems;
  }
  // One toast (a second would replace the first): the summary, then what could not be matched.
  const unmatched = outcome.problems ? ` ${outcome.problems.map((p) => p.message).join(' ')}`.slice(0, 600) : '';
  ss.toast(
    `Documents: ${outcome.written} written, ${outcome.unchanged} unchanged${outcome.remaining ? `, ${outcome.remaining} left for the next run` : ''}. · เอกสาร: สร้าง ${outcome.written} ไม่เปลี่ยน ${outcome.unchanged}${unmatched}`,
    'LO Desk',
    unmatched ? 15 : 8,
  );
  return outcome;
}

function driveFiles_(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error('The advanced Drive service is not enabled: appsscript.json must list it (Drive, v3) under dependencies.enabledAdvancedServices.');
  }
  return Drive.Files;
}

/** The id of this event's folder, made on first use (or again when it was trashed or is gone). */
function eventFolder_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, eventName: string): string {
  const props = PropertiesService.getDocumentProperties();
  const files = driveFiles_();
  const id = props.getProperty(FOLDER_PROPERTY);
  if (id) {
    try {
      const folder = files.get(id, { fields: 'id,mimeType,trashed' });
      if (folder.id && folder.mimeType === FOLDER_MIME && !folder.trashed) return folder.id;
    } catch {
      // Deleted, or not ours to see any more: make a new one.
    }
  }
  const name = `LO Desk — ${eventName || ss.getName()}`.replace(/[\r\n/\\]+/g, ' ');
  // Without `fields`, v3 answers with kind, id, name and mimeType: the id is all that is needed.
  const folder = files.create({ name, mimeType: FOLDER_MIME });
  if (!folder.id) throw new Error('Drive made the documents folder but gave no id for it.');
  props.setProperty(FOLDER_PROPERTY, folder.id);
  return folder.id;
}

function idFromUrl_(url: string | undefined): string | undefined {
  if (!url) return undefined;
  // `#id=` first: only the emulator's file:// URLs carry it, and their paths could hold a "/d/".
  const m = /#id=([\w-]+)/.exec(url) ?? /\/d\/([\w-]{10,})/.exec(url) ?? /[?&]id=([\w-]{10,})/.exec(url);
  return m ? m[1] : undefined;
}

/** Moves a file the add-on made into the event folder (a Drive item has one parent: add the folder, remove the rest). */
function moveInto_(fileId: string, folderId: string): void {
  const files = driveFiles_();
  const parents = files.get(fileId, { fields: 'parents' }).parents ?? [];
  if (parents.length === 1 && parents[0] === folderId) return;
  const others = parents.filter((p) => p !== folderId);
  const args: Record<string, string> = { fields: 'id' };
  if (!parents.includes(folderId)) args.addParents = folderId;
  if (others.length) args.removeParents = others.join(',');
  files.update({}, fileId, NO_MEDIA, args);
}

function writeDoc_(doc: Doc, url: string | undefined, folderId: string): string {
  const id = idFromUrl_(url);
  let document: GoogleAppsScript.Document.Document | undefined;
  if (id) {
    try {
      document = DocumentApp.openById(id);
      document.getBody().clear();
      document.setName(doc.title);
    } catch {
      document = undefined;
    }
  }
  if (!document) {
    document = DocumentApp.create(doc.title);
    moveInto_(document.getId(), folderId);
  }
  renderBlocks_(document.getBody(), doc.blocks);
  document.saveAndClose();
  return document.getUrl();
}

/** Writes an .ics file: new content into the same file when it is still there (same id, same URL), else a new file. */
function writeFile_(name: string, content: string, url: string | undefined, folderId: string): string {
  const files = driveFiles_();
  const blob = () => Utilities.newBlob(content, CALENDAR_MIME, name);
  const id = idFromUrl_(url);
  if (id) {
    try {
      const file = files.get(id, { fields: 'id,trashed' });
      if (!file.trashed) {
        const updated = files.update({}, id, blob(), { fields: 'webViewLink' });
        if (updated.webViewLink) return updated.webViewLink;
      }
    } catch {
      // Gone, or not ours to see any more: write a new one.
    }
  }
  const created = files.create({ name, mimeType: CALENDAR_MIME, parents: [folderId] }, blob(), { fields: 'webViewLink' });
  if (!created.webViewLink) throw new Error(`Drive made ${name} but gave no link to it.`);
  return created.webViewLink;
}
