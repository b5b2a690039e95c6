/**
 * Where the LO brief gets its checklist texts: by default the checklist module
 * (built-in items and the event's own), listed per phase. Ticks and the current
 * moment are left out on purpose: the brief is a plan, and a tick must not make
 * every brief be rewritten. Callers may pass another source (BuildOptions.checklist).
 */
import type { Guest, Lang, Phase } from '../model';
import { PHASES } from '../model';
import { buildChecklist } from '../checklist';
import type { ModelIndex } from '../model-index';

interface ChecklistPhase {
  phase: Phase;
  items: string[];
}

/** The checklist item texts for one guest, per phase, in that language. */
export type ChecklistSource = (guest: Guest, lang: Lang, index: ModelIndex) => ChecklistPhase[];

// Statuses depend on the moment; texts, phases and due times do not. A fixed moment keeps the brief stable.
const FIXED_NOW = new Date(0);

/** The checklist module's items for the guest, per phase, ordered by due time then text. */
export const standardChecklist: ChecklistSource = (guest, lang, index) => {
  const list = buildChecklist(index.model, guest.guest_id, FIXED_NOW, { index });
  return PHASES.map((phase) => ({
    phase,
    items: list.items
      .filter((i) => i.phase === phase)
      .map((i) => ({ due: i.due ? i.due.getTime() : Number.POSITIVE_INFINITY, text: i.text[lang] || i.text.en }))
      .sort((a, b) => a.due - b.due || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
      .map((i) => i.text)
      .filter((s) => typeof s === 'string' && s.trim() !== ''),
  }));
};

