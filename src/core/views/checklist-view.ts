/**
 * A guest's checklist as the pages show it: grouped by phase with the current
 * phase first, and within a phase overdue items, then the next one due, then
 * the rest by due moment, done items last.
 */
import { PHASES, type Lang, type Phase } from '../model';
import { t } from '../i18n';
import type { ChecklistItemView as CoreItem, GuestChecklist } from '../checklist';
import { formatDateTime } from '../time/format';
import type { ChecklistItemView, ItemState, PhaseView } from './types';

function stateOf(it: CoreItem, nextId: string | undefined): ItemState {
  if (it.status === 'done' || it.status === 'auto') return 'done';
  if (it.status === 'overdue') return 'overdue';
  return it.id === nextId ? 'next' : 'open';
}

/** "Done by … at …" of a ticked item, the time in `zone`. */
export function doneByText(by: string | undefined, at: Date | undefined, lang: Lang, zone: string): string {
  const when = at ? (formatDateTime(at, zone, lang) ?? '') : '';
  return t(lang, 'ui.item.done_by', { who: by ?? '?', when }).replace(/[,\s]+$/, '');
}

/** One item for the page, in the caller's language. */
function itemView(it: CoreItem, guestId: string, nextId: string | undefined, lang: Lang, zone: string): ChecklistItemView {
  const state = stateOf(it, nextId);
  const v: ChecklistItemView = {
    guest_id: guestId,
    phase: it.phase,
    item_id: it.id,
    text: it.text[lang] || it.text.en,
    state,
    done: state === 'done',
    auto: it.status === 'auto',
  };
  if (it.due) {
    v.due = t(lang, 'ui.item.due', { time: formatDateTime(it.due, it.dueZone ?? zone, lang) ?? '' });
    v.dueIso = it.due.toISOString();
  } else if (it.dueReasonText) {
    v.due = it.dueReasonText[lang];
  }
  if (it.status === 'auto' && it.auto) {
    v.status = t(lang, 'ui.item.auto', { reason: it.auto.text[lang] });
  } else if (it.tick?.done && it.status === 'done') {
    v.status = doneByText(it.tick.by, it.tick.at, lang, zone);
  }
  if (it.tick?.note) v.note = it.tick.note;
  if (it.custom) v.custom = true;
  return v;
}

/** The phases in the order an LO looks at them: the current one, the ones after, then the earlier ones. */
function phaseOrder(current: Phase): Phase[] {
  const i = PHASES.indexOf(current);
  return [...PHASES.slice(i), ...PHASES.slice(0, i)];
}

const STATE_RANK: Record<ItemState, number> = { overdue: 0, next: 1, open: 2, done: 3 };

export function checklistView(cl: GuestChecklist, lang: Lang, zone: string): PhaseView[] {
  const byPhase = new Map<Phase, ChecklistItemView[]>();
  for (const p of PHASES) byPhase.set(p, []);
  // The core list is already in due order; a stable sort by state keeps it within each state.
  for (const it of cl.items) byPhase.get(it.phase)!.push(itemView(it, cl.guestId, cl.nextId, lang, zone));
  return phaseOrder(cl.currentPhase).map((phase) => {
    const items = byPhase.get(phase)!.sort((a, b) => STATE_RANK[a.state] - STATE_RANK[b.state]);
    const count = cl.phases[phase];
    return {
      phase,
      title: t(lang, `ui.phase.${phase}` as 'ui.phase.prepare'),
      current: phase === cl.currentPhase,
      done: count.done,
      total: count.total,
      overdue: count.overdue,
      progress: t(lang, 'ui.phase.progress', { done: count.done, total: count.total }),
      items,
    };
  });
}

/** The items to look at first: overdue ones in any phase (oldest first), then the next one due. */
export function focusItems(phases: PhaseView[]): ChecklistItemView[] {
  const all = phases.flatMap((p) => p.items);
  const overdue = all.filter((i) => i.state === 'overdue').sort((a, b) => (a.dueIso ?? '').localeCompare(b.dueIso ?? ''));
  return [...overdue, ...all.filter((i) => i.state === 'next')];
}
