/**
 * What hotels, drivers and caterers may read of a guest's sensitive notes. Their
 * documents (rooming lists, transport manifests and, through the same movement
 * rows, run-sheets, dietary lists) are printed, e-mailed and pinned up outside the
 * organisers' reach, so by default they carry:
 *
 * | column          | share_… unticked (the default)                | ticked                     |
 * |-----------------|-----------------------------------------------|----------------------------|
 * | dietary         | the category, always                          | (no box: always shown)     |
 * | dietary_notes   | "details: ask the LO" beside the category      | the text: hotel, caterer   |
 * | medical_notes   | nothing, not even that there are some          | the text: hotel, driver    |
 * | accessibility   | "assistance needed: ask the LO"                | the text: hotel, driver    |
 *
 * The marks say whom to ask without saying what: a kitchen that reads "nut allergy
 * (details: ask the LO)" asks before it cooks, and a driver who reads "assistance
 * needed" makes room for a wheelchair and calls the LO named on the same row.
 * LO briefs, which go to the guest's own LOs and organisers, keep every note.
 * Rooming lists never carry medical notes, shared or not: a front office needs
 * how to help (accessibility), not a diagnosis.
 */
import type { Guest } from '../model';
import { has, type Phrasebook } from './phrasebook';

/** The dietary category, with the notes only when shared (for hotels and caterers). */
export function sharedDiet(say: Phrasebook, g: Guest): string {
  if (!has(g.dietary_notes) || g.share_dietary_notes) return say.diet(g.dietary, g.dietary_notes);
  const mark = say.s('need.askLo');
  return g.dietary && g.dietary !== 'none' ? `${say.diet(g.dietary)} (${mark})` : mark;
}

/**
 * Accessibility and, when shared and `medical` is not false, medical notes (for
 * drivers and caterers); undefined when there are none.
 */
export function sharedNeeds(say: Phrasebook, g: Guest, opts: { medical?: boolean } = {}): string | undefined {
  const parts: string[] = [];
  if (has(g.accessibility)) parts.push(g.share_accessibility ? g.accessibility.trim() : say.s('need.assist'));
  if (opts.medical !== false && has(g.medical_notes) && g.share_medical_notes) parts.push(say.s('need.health', { note: g.medical_notes.trim() }));
  return parts.length ? parts.join('; ') : undefined;
}
