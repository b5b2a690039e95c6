/**
 * What the documents add to the one model index (../model-index): the event's
 * language. Made once per run so that building all documents stays linear in the
 * size of the workbook.
 */
import { indexModel, type ModelIndex } from '../model-index';
import type { EventModel, Guest, IsoDate, Lang, Lo } from '../model';
import { guestFacts, losOn, type LoFacts } from '../facts/guest-facts';

/** One of a guest's LOs on a date, with the assignment that makes them one. */
export type LoRole = LoFacts & { lo: Lo };

export interface DocContext {
  index: ModelIndex;
  /** The event's language, for documents that are not addressed to one LO or guest. */
  lang: Lang;
  /** The run's instant: what the documents' "as of" line says. */
  now: Date;
}

/** The documents' context over an index already made (the run's), or over a fresh one. */
export function documentContext(model: EventModel, index: ModelIndex = indexModel(model), now: Date = new Date()): DocContext {
  return { index, lang: model.event.language, now };
}

/**
 * The guest's LOs (primary first, then backups), limited to the assignments that
 * cover the date when one is given. Assignments naming an unknown LO are skipped:
 * validation reports them as unknown_ref.
 */
export function losOf(ctx: DocContext, guestId: string, date?: IsoDate): LoRole[] {
  const guest = ctx.index.guestsById.get(guestId);
  return guest ? losOn(guestFacts(ctx.index, guest), date) : [];
}

/** The LO to call about a guest on a date: the primary if there is one, else a backup. */
export function leadLo(ctx: DocContext, guestId: string, date?: IsoDate): Lo | undefined {
  return losOf(ctx, guestId, date)[0]?.lo;
}

/** The guest's full name, from the guest facts. */
export function guestName(ctx: DocContext, g: Guest): string {
  return guestFacts(ctx.index, g).names.full;
}
