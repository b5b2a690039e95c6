/**
 * What the documents add to the one model index (../model-index): the event's
 * language. Made once per run so that building all documents stays linear in the
 * size of the workbook.
 */
import { indexModel, type ModelIndex } from '../model-index';
import type { Assignment, EventModel, IsoDate, Lang, Lo } from '../model';

export interface LoRole {
  lo: Lo;
  role: 'primary' | 'backup';
  assignment: Assignment;
}

export interface DocContext {
  index: ModelIndex;
  /** The event's language, for documents that are not addressed to one LO or guest. */
  lang: Lang;
}

/** The documents' context over an index already made (the run's), or over a fresh one. */
export function documentContext(model: EventModel, index: ModelIndex = indexModel(model)): DocContext {
  return { index, lang: model.event.language };
}

function covers(a: Assignment, date: IsoDate | undefined): boolean {
  if (!date) return true;
  return (!a.from || a.from <= date) && (!a.to || date <= a.to);
}

/**
 * The guest's LOs (primary first, then backups), limited to the assignments that
 * cover the date when one is given. Assignments naming an unknown LO are skipped:
 * validation reports them as unknown_ref.
 */
export function losOf(ctx: DocContext, guestId: string, date?: IsoDate): LoRole[] {
  const out: LoRole[] = [];
  for (const a of ctx.index.assignmentsByGuest.get(guestId) ?? []) {
    const lo = ctx.index.losById.get(a.lo_id);
    if (lo && covers(a, date) && !out.some((o) => o.lo === lo)) out.push({ lo, role: a.role, assignment: a });
  }
  return out.sort((a, b) => (a.role === b.role ? 0 : a.role === 'primary' ? -1 : 1));
}

/** The LO to call about a guest on a date: the primary if there is one, else a backup. */
export function leadLo(ctx: DocContext, guestId: string, date?: IsoDate): Lo | undefined {
  return losOf(ctx, guestId, date)[0]?.lo;
}
