/**
 * Documents of an event, as pure data: `buildAll(model)` gives every document
 * (docx-xml.ts and docx-package.ts turn one into the parts of a .docx), `buildCalendars` the LO .ics
 * files, `docFingerprint` what decides whether a document must be rewritten.
 */
import type { EventModel } from '../model';
import { pageNumber, text } from './blocks';
import { phrasebookOf } from './phrasebook';
import { standardChecklist, type ChecklistSource } from './checklist-hook';
import { documentContext, type DocContext } from './context';
import { buildDailyRunsheets } from './daily-runsheet';
import { buildDietaryLists } from './dietary-list';
import { buildGuestItinerary } from './guest-itinerary';
import { buildLoBrief } from './lo-brief';
import { buildMovements } from './movements';
import { buildRoomingLists } from './rooming-list';
import { buildTransportManifests, movementsByDay } from './transport-manifest';
import type { Doc, DocKind } from './types';

export * from './types';
export { docTexts } from './blocks';
export { docFingerprint } from './fingerprint';
export { buildCalendar, buildCalendars } from './calendar';
export { documentContext } from './context';

export { isMealItem } from './meals';
export { DOCX_CONSTANT_PARTS, DOCX_MIME, type DocxPart } from './docx-package';
export { docxDocumentParts } from './docx-xml';

export interface BuildOptions {
  /** Only these kinds (default: all). */
  kinds?: DocKind[];
  /** Checklist texts for LO briefs; default: the checklist module (see checklist-hook.ts). */
  checklist?: ChecklistSource;
  /** A context already made from the same model (to share it with buildCalendars). */
  context?: DocContext;
  /** The run's instant, for the "as of" line (default: now; ignored when `context` is given). */
  now?: Date;
}

/**
 * What every document carries besides its content: the "as of" line in its own
 * language and the event's zone, and page numbers in the footer (a brief's footer
 * also has its confidentiality line).
 */
function stamp(ctx: DocContext, doc: Doc): Doc {
  const say = phrasebookOf(ctx, doc.lang);
  return {
    ...doc,
    asOf: say.s('asOf', { when: say.eventDateTime(ctx.now) }),
    footer: doc.footer ?? [text(say.s('footer.page')), pageNumber()],
  };
}

/**
 * Every document of the event, in a stable order: LO briefs (LOs tab order),
 * itineraries (Guests tab order), rooming lists (Hotels tab order), then per day
 * the manifests, run-sheets and dietary lists.
 */
export function buildAll(model: EventModel, opts: BuildOptions = {}): Doc[] {
  const ctx = opts.context ?? documentContext(model, undefined, opts.now);
  const want = (k: DocKind) => !opts.kinds || opts.kinds.includes(k);
  const checklist = opts.checklist ?? standardChecklist;
  const docs: Doc[] = [];
  if (want('lo_brief')) for (const lo of ctx.index.losById.values()) docs.push(buildLoBrief(ctx, lo, checklist));
  if (want('guest_itinerary')) for (const g of ctx.index.guestsById.values()) docs.push(buildGuestItinerary(ctx, g));
  if (want('rooming_list')) docs.push(...buildRoomingLists(ctx));
  if (want('transport_manifest') || want('daily_runsheet')) {
    const byDay = movementsByDay(buildMovements(ctx));
    if (want('transport_manifest')) docs.push(...buildTransportManifests(ctx, byDay));
    if (want('daily_runsheet')) docs.push(...buildDailyRunsheets(ctx, byDay));
  }
  if (want('dietary_list')) docs.push(...buildDietaryLists(ctx));
  return docs.map((d) => stamp(ctx, d));
}
