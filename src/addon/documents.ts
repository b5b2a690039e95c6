/**
 * Generate documents: one Google Doc per document of the core's model (and an
 * .ics file per LO), in a Drive folder per event, each written in one Drive
 * upload of a .docx that Drive converts (docs-drive.ts says why that route;
 * docs-docx.ts makes the file), the uploads sent in parallel
 * batches of up to 50 through one UrlFetchApp.fetchAll each (docs-upload.ts).
 * Only documents whose fingerprint changed are rewritten; the Documents tab
 * lists them all. A run stops sending batches after ~4.5 minutes or `limit`
 * documents, and new ones past the day's quota wait for tomorrow
 * (docs-quota.ts); the next run carries on. An upload Google answers with a
 * 429, a 5xx or its rate limit is sent again once at the end of the run;
 * still refused, it is left for the next run and listed in `retry_later`.
 */
import { ALL_KINDS, buildAll, buildCalendars, docFingerprint, documentContext, DOCX_MIME, type AnyKind } from '../core/documents';
import { parseWorkbook } from '../core/schema/parse';
import { requireUser_ } from './access-basic';
import { planRewrites } from '../core/documents/rewrite-plan';
import { OwnedTable_, type OwnedRowProblem } from './owned-table';
import { activeSpreadsheet_, readWorkbook_ } from './sheets/read';
import { RUN_BUDGET_MS } from './budget';
import { eventFolder_, existingFile_, folderIndex_, GOOGLE_DOC_MIME, type DriveWrite } from './docs-drive';
import { batchLength_, uploadBatch_, type Upload } from './docs-upload';
import { dailyNewDocuments, DocQuota_ } from './docs-quota';
import { docxBytes_ } from './docs-docx';

const CALENDAR_MIME = 'text/calendar';

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
  /** Documents Google did not take this run (a 429, a 5xx, its rate limit, or another refusal): the next run writes them. */
  retry_later?: { subject: string; status: number; message: string }[];
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
  /** A document's .docx, made once when first asked for (its size decides its batch, then it is sent), until released. */
  const docxOf = (doc: (typeof docs)[number]) => {
    let made: GoogleAppsScript.Byte[] | undefined;
    return { content: () => (made ??= docxBytes_(doc)), release: () => (made = undefined) };
  };

  // One list for documents and calendars: what each is, its fingerprint, and the one file that holds it.
  const jobs = [
    ...docs.map((doc) => ({
      key: doc.key,
      kind: doc.kind as AnyKind,
      subject: doc.subject,
      fingerprint: () => docFingerprint(doc),
      file: { key: doc.key, name: doc.title, mimeType: GOOGLE_DOC_MIME, mediaType: DOCX_MIME, ...docxOf(doc) } as DriveWrite,
    })),
    ...calendars.map((cal) => ({
      key: cal.key,
      kind: 'lo_calendar' as AnyKind,
      subject: cal.subject,
      fingerprint: () => cal.fingerprint,
      file: { key: cal.key, name: cal.fileName, mimeType: CALENDAR_MIME, mediaType: CALENDAR_MIME, content: () => cal.ics } as DriveWrite,
    })),
  ];
  // Which to write is the core's decision (changed or new); this run writes them until its budget ends.
  const plan = planRewrites(jobs, model.documents);
  outcome.unchanged = plan.unchanged;
  // What earlier runs made, recorded in the tab or not (a run that died before writing the tab).
  const index = plan.write.length ? folderIndex_(folder) : { ids: new Set<string>(), byKey: new Map() };
  const quota = new DocQuota_(now.getTime(), dailyNewDocuments(user));
  type Pending = Upload & { job: (typeof plan.write)[number]['job']; fp: string; before?: string; isNewDoc: boolean };
  // Which file holds each document, and which are new Google Docs (planned within the day's quota).
  const queue: Pending[] = [];
  let plannedNew = 0;
  for (const { job, fingerprint: fp, url: before } of plan.write) {
    const existing = existingFile_(job.file, before, index);
    const isNewDoc = !existing && job.file.mimeType === GOOGLE_DOC_MIME;
    if (isNewDoc && plannedNew >= quota.left) {
      outcome.waiting_for_tomorrow++;
      continue;
    }
    if (isNewDoc) plannedNew++;
    queue.push({ job, fp, before, isNewDoc, write: job.file, existing, folderId: folder });
  }
  // Documents Google did not take (their latest answer), and those worth a second try this run.
  const failures = new Map<Pending, { status: number; message: string }>();
  const later: Pending[] = [];
  let refusedToday = false;
  const record = (p: Pending, url: string) => {
    failures.delete(p);
    if (p.isNewDoc) quota.spend();
    const { job } = p;
    if (p.before) table.update(p.before, { url, fingerprint: p.fp, generated_at: now, subject: job.subject, key: job.key });
    else table.put({ kind: job.kind, subject: job.subject, url, fingerprint: p.fp, generated_at: now, key: job.key });
    outcome.written++;
    outcome.written_subjects.push(`${job.kind}: ${job.subject}`);
  };
  /** Sends `list` in batches until it is empty or the run's budget ends; what is not sent stays in `list`. */
  const send = (list: Pending[], retryLater: boolean) => {
    while (list.length && !busy()) {
      if (refusedToday) {
        // Past Google's refusal for the day, new documents wait for tomorrow; rewrites go on.
        outcome.waiting_for_tomorrow += list.filter((p) => p.isNewDoc).length;
        for (const p of list) if (p.isNewDoc) failures.delete(p);
        list.splice(0, list.length, ...list.filter((p) => !p.isNewDoc));
        if (!list.length) return;
      }
      // Capped before measuring: measuring makes each document's .docx, so none is made that this run will not send.
      const batch = list.splice(0, batchLength_(list, max - outcome.written));
      const t0 = Date.now();
      const results = uploadBatch_(batch);
      slowest = Math.max(slowest, Date.now() - t0);
      // Sent: a run holds hundreds of documents, so their bytes are not kept (a second try makes them again).
      for (const p of batch) p.write.release?.();
      results.forEach((r, i) => {
        const p = batch[i];
        if (r.ok) record(p, r.link);
        else if (p.isNewDoc && r.dayQuota) {
          failures.delete(p);
          quota.exhausted();
          refusedToday = true;
          outcome.waiting_for_tomorrow++;
        } else {
          failures.set(p, { status: r.status, message: r.message });
          if (r.retry && retryLater) later.push(p);
        }
      });
      // Progress for long runs (Sheets shows toasts while the script works).
      if (list.length) ss.toast(`${outcome.written} / ${plan.write.length} …`, 'LO Desk', 5);
    }
  };
  send(queue, true);
  // A second try, later in the run, for what Google answered with a 429, a 5xx or its rate limit.
  send(later, false);
  // Not sent (the run's time or limit) or not taken: the next run writes them (the tab keeps their old fingerprint).
  outcome.remaining += queue.length + failures.size;
  if (failures.size) outcome.retry_later = [...failures].map(([p, f]) => ({ subject: `${p.job.kind}: ${p.job.subject}`, ...f }));
  quota.save();
  if (outcome.waiting_for_tomorrow) outcome.tomorrow_from = new Date(quota.resetsAt).toISOString();
  // Read again before writing: the user may have sorted or edited the tab while the documents were written.
  if (outcome.written) {
    const { problems } = table.write(ss);
    if (problems.length) outcome.problems = problems;
  }
  // One toast (a second would replace the first): the summary, then what could not be matched.
  const tomorrow = outcome.waiting_for_tomorrow;
  const retry = outcome.retry_later ? ` ${outcome.retry_later.length} not taken by Google this time (the next run writes them).` : '';
  const unmatched = outcome.problems ? ` ${outcome.problems.map((p) => p.message).join(' ')}`.slice(0, 600) : '';
  ss.toast(
    `Documents: ${outcome.written} written, ${outcome.unchanged} unchanged${outcome.remaining ? `, ${outcome.remaining} left for the next run` : ''}${tomorrow ? `, ${tomorrow} new ones wait for tomorrow (Google's daily limit on new documents)` : ''}. · เอกสาร: สร้าง ${outcome.written} ไม่เปลี่ยน ${outcome.unchanged}${tomorrow ? ` รอพรุ่งนี้ ${tomorrow}` : ''}${retry}${unmatched}`,
    'LO Desk',
    unmatched || retry ? 15 : 8,
  );
  return outcome;
}
