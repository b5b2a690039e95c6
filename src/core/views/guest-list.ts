/**
 * The guest list a caller with many guests (an organiser) picks from, instead
 * of every guest's full card: a card with its checklist is ~28 KB, so 3,000 of
 * them were 85 MB. The list holds per guest its id, name, first LO, current
 * phase and progress, as parallel columns (no key repeated per guest) with the
 * LO names and phase titles given once: about 45 bytes a guest. The page
 * fetches one guest's card when it is opened (getGuestCard).
 */
import { PHASES, type Lang } from '../model';
import { t } from '../i18n';
import { readiness } from '../checklist';
import type { ModelIndex } from '../model-index';
import { joinNonEmpty } from '../text';
import type { VisibleGuest } from './access';
import type { GuestListView, ListProgress } from './types';

/** More guests than this and the page gets the list, not the cards (5 cards ≈ 140 KB). */
export const CARD_LIMIT = 5;

/** Each visible guest's current phase, its items done and in all, and overdue items, in the order given. */
export function listProgress(index: ModelIndex, visible: readonly VisibleGuest[], now: Date): ListProgress {
  const ready = new Map(readiness(index.model, now, index).guests.map((g) => [g.guestId, g]));
  const out: ListProgress = { ids: [], phase: [], done: [], total: [], overdue: [] };
  for (const { guest } of visible) {
    const r = ready.get(guest.guest_id);
    const current = r ? r.phases[r.currentPhase] : undefined;
    out.ids.push(guest.guest_id);
    out.phase.push(r ? PHASES.indexOf(r.currentPhase) : -1);
    out.done.push(current?.done ?? 0);
    out.total.push(current?.total ?? 0);
    out.overdue.push(r?.all.overdue ?? 0);
  }
  return out;
}

/**
 * The list. Without `progress` (an organiser's sidebar, whose progress needs
 * every row of the workbook parsed) its progress columns are empty and
 * `later` says the page fetches them (getGuestListProgress), so the list to
 * pick from comes without waiting for them.
 */
export function buildGuestList(index: ModelIndex, visible: readonly VisibleGuest[], lang: Lang, now: Date, progress = true): GuestListView {
  const p = progress ? listProgress(index, visible, now) : undefined;
  const loNames: string[] = [];
  const loIndex = new Map<string, number>();
  const list: GuestListView = {
    phases: PHASES.map((ph) => t(lang, `ui.phase.${ph}` as 'ui.phase.prepare')),
    los: loNames,
    ids: [],
    names: [],
    lo: [],
    phase: p?.phase ?? [],
    done: p?.done ?? [],
    total: p?.total ?? [],
    overdue: p?.overdue ?? [],
    ...(p ? {} : { later: true as const }),
  };
  for (const { guest } of visible) {
    const id = guest.guest_id;
    const assigned = index.assignmentsByGuest.get(id) ?? [];
    const primary = assigned.find((a) => a.role !== 'backup') ?? assigned[0];
    const lo = primary ? index.losById.get(primary.lo_id) : undefined;
    let li = -1;
    if (lo) {
      const name = lo.name || lo.lo_id;
      li = loIndex.get(name) ?? -1;
      if (li < 0) {
        li = loNames.push(name) - 1;
        loIndex.set(name, li);
      }
    }
    list.ids.push(id);
    list.names.push(joinNonEmpty([guest.honorific, guest.given_name, guest.family_name], ' ') || id);
    list.lo.push(li);
  }
  return list;
}
