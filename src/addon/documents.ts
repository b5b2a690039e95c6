/**
 * Generate documents: one Google Doc per document of the core's model (and an
 * .ics file per LO), in a Drive folder per event, each written in one Drive
 * call (docs-drive.ts says why that route). Only documents whose fingerprint
 * changed are rewritten; the Documents tab lists them all. A run stops taking
 * new documents after ~4.5 minutes or `limit` documents, and new ones past
 * the day's quota wait for tomorrow (docs-quota.ts); the next run carries on.
 */
import { ALL_KINDS, buildAll, buildCalendars, docFingerprint, documentContext, type AnyKind } from '../core/documents';
import { docHtml } from '../core/documents/html';
import { parseWorkbook } from '../core/schema/parse';
import { requireUser_ } from './access-basic';
import { planRewrites } from '../core/documents/rewrite-plan';
import { OwnedTable_, type OwnedRowProblem } from './owned-table';
import { activeSpreadsheet_, readWorkbook_ } from './sheets/read';
import { RUN_BUDGET_MS } from './budget';
import { createFile_, eventFolder_, existingFile_, folderIndex_, GOOGLE_DOC_MIME, updateFile_, type DriveWrite } from './docs-drive';
import { dailyNewDocuments, DocQuota_ } from './docs-quota';

const CALENDAR_MIME = 'text/calendar';
const HTML_MIME = 'text/html';

export interface DocsOutcome {
  written: number;
  unchanged: number;
  /** Documents left for the next run (time or limit reached). */
  remaining: number;
  /** New documents past the day's quota of new Google Docs: the first run after `tomorrow_from` makes them. */
  waiting_for_tomorrow: number;
  /** When the quota is whole again (ISO time), when documents wait for it. */
  tomorrow_from?: string;
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
  const user = requireUser_();
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
  const outcome: DocsOutcome = { written: 0, unchanged: 0, remaining: 0, waiting_for_tomorrow: 0, total: docs.length + calendars.length, written_subjects: [] };
  const now = new Date();
  // Runs end within the budget, not merely stop starting work at it: what is left after the last
  // document (the Documents tab read again and written) takes about what reading the workbook took.
  const tail = Date.now() - started;
  let slowest = 0;
  const busy = () => outcome.written >= max || Date.now() - started + slowest + tail > RUN_BUDGET_MS;

  // One list for documents and calendars: what each is, its fingerprint, and the one file that holds it.
  const jobs = [
    ...docs.map((doc) => ({
      key: doc.key,
      kind: doc.kind as AnyKind,
      subject: doc.subject,
      fingerprint: () => docFingerprint(doc),
      file: { key: doc.key, name: doc.title, mimeType: GOOGLE_DOC_MIME, media: () => Utilities.newBlob(docHtml(doc), HTML_MIME, `${doc.title}.html`) } as DriveWrite,
    })),
    ...calendars.map((cal) => ({
      key: cal.key,
      kind: 'lo_calendar' as AnyKind,
      subject: cal.subject,
      fingerprint: () => cal.fingerprint,
      file: { key: cal.key, name: cal.fileName, mimeType: CALENDAR_MIME, media: () => Utilities.newBlob(cal.ics, CALENDAR_MIME, cal.fileName) } as DriveWrite,
    })),
  ];
  // Which to write is the core's decision (changed or new); this run writes them until its budget ends.
  const plan = planRewrites(jobs, model.documents);
  outcome.unchanged = plan.unchanged;
  // What earlier runs made, recorded in the tab or not (a run that died before writing the tab).
  const index = plan.write.length ? folderIndex_(folder) : { ids: new Set<string>(), byKey: new Map() };
  const quota = new DocQuota_(now.getTime(), dailyNewDocuments(user));
  for (const { job, fingerprint: fp, url: before } of plan.write) {
    if (busy()) {
      outcome.remaining++;
      continue;
    }
    const existing = existingFile_(job.file, before, index);
    const isNewDoc = !existing && job.file.mimeType === GOOGLE_DOC_MIME;
    if (isNewDoc && quota.left === 0) {
      outcome.waiting_for_tomorrow++;
      continue;
    }
    let url: string;
    const t0 = Date.now();
    try {
      url = existing ? updateFile_(job.file, existing) : createFile_(job.file, folder);
      slowest = Math.max(slowest, Date.now() - t0);
    } catch (err) {
      if (!isNewDoc || !quota.refused(err)) throw err;
      outcome.waiting_for_tomorrow++;
      continue;
    }
    if (isNewDoc) quota.spend();
    if (before) table.update(before, { url, fingerprint: fp, generated_at: now, subject: job.subject, key: job.key });
    else table.put({ kind: job.kind, subject: job.subject, url, fingerprint: fp, generated_at: now, key: job.key });
    outcome.written++;
    outcome.written_subjects.push(`${job.kind}: ${job.subject}`);
    // Progress for long runs (Sheets shows toasts while the script works).
    if (outcome.written % 25 === 0) ss.toast(`${outcome.written} / ${plan.write.length} …`, 'LO Desk', 5);
  }
  quota.save();
  if (outcome.waiting_for_tomorrow) outcome.tomorrow_from = new Date(quota.resetsAt).toISOString();
  // Read again before writing: the user may have sorted or edited the tab while the documents were written.
  if (outcome.written) {
    const { problems } = table.write(ss);
    if (problems.length) outcome.problems = problems;
  }
  // One toast (a second would replace the first): the summary, then what could not be matched.
  const tomorrow = outcome.waiting_for_tomorrow;
  const unmatched = outcome.problems ? ` ${outcome.problems.map((p) => p.message).join(' ')}`.slice(0, 600) : '';
  ss.toast(
    `Documents: ${outcome.written} written, ${outcome.unchanged} unchanged${outcome.remaining ? `, ${outcome.remaining} left for the next run` : ''}${tomorrow ? `, ${tomorrow} new ones wait for tomorrow (Google's daily limit on new documents)` : ''}. · เอกสาร: สร้าง ${outcome.written} ไม่เปลี่ยน ${outcome.unchanged}${tomorrow ? ` รอพรุ่งนี้ ${tomorrow}` : ''}${unmatched}`,
    'LO Desk',
    unmatched ? 15 : 8,
  );
  return outcome;
}
