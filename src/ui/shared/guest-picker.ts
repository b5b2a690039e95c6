/**
 * The guest list of a caller with many guests (an organiser): a search box
 * and one line per guest (name, LO, current phase, overdue items). Opening a
 * line fetches that guest's card (getGuestCard) and draws it under the line;
 * opening it again closes it. Drawn in batches so 3,000 guests stay quick.
 * A list that came without its progress (list.later) shows the lines at once
 * and their phase and overdue items when fillProgress brings them.
 */
import type { ClientLabels, GuestCardView, GuestListView, ListProgress } from '../../core/views/types';
import { h, replace } from './dom';

/** Lines drawn at once; the rest come with "more". */
const PAGE = 200;

export interface PickerOptions {
  labels: ClientLabels;
  fill: (template: string | undefined, params: Record<string, string | number>) => string;
  /** Fetches one card; rejects with a message. */
  fetchCard: (guestId: string) => Promise<GuestCardView>;
  /** Draws a fetched card. */
  drawCard: (card: GuestCardView) => HTMLElement;
}

export interface Picker {
  el: HTMLElement;
  /** Puts the progress columns in, by guest id, and shows them on the lines drawn. */
  fillProgress(p: ListProgress): void;
}

export function guestPicker(list: GuestListView, opts: PickerOptions): Picker {
  const { labels } = opts;
  /** The progress spans of the lines drawn, by position in the list. */
  const drawn = new Map<number, HTMLElement>();
  const all = list.ids.map((_, i) => i);
  const haystack = list.ids.map((id, i) => `${id} ${list.names[i]} ${list.los[list.lo[i]] ?? ''}`.toLowerCase());
  let shown = all;
  let limit = PAGE;
  const count = h('p', { class: 'list-count', aria: { live: 'polite' } });
  const ul = h('ul', { class: 'guest-list' });
  const more = h('button', { type: 'button', class: 'more', on: { click: () => { limit += PAGE; draw(); } } }, '…');
  const search = h('input', {
    type: 'search',
    class: 'list-search',
    placeholder: labels['list.search'],
    aria: { label: labels['list.search'] ?? 'search' },
    on: {
      input: () => {
        const q = search.value.trim().toLowerCase();
        shown = q ? all.filter((i) => haystack[i].includes(q)) : all;
        limit = PAGE;
        draw();
      },
    },
  });

  /** A line's phase, items done and overdue badge (nothing while the progress has not come). */
  function progressOf(i: number): (HTMLElement | string)[] {
    const phase = (list.phase[i] ?? -1) >= 0 ? `${list.phases[list.phase[i]]} ${list.done[i]}/${list.total[i]}` : '';
    return [
      h('span', { class: 'progress' }, phase),
      list.overdue[i] ? [' ', h('span', { class: 'badge overdue' }, `${labels['item.overdue'] ?? '!'} ${list.overdue[i]}`)] : '',
    ].flat() as (HTMLElement | string)[];
  }

  function line(i: number): HTMLElement {
    const id = list.ids[i];
    const slot = h('div', { class: 'card-slot' });
    const progress = h('span', { class: 'line-progress' }, progressOf(i));
    drawn.set(i, progress);
    const open = async () => {
      if (slot.firstChild) {
        replace(slot);
        button.setAttribute('aria-expanded', 'false');
        return;
      }
      replace(slot, h('p', { class: 'status' }, labels['list.opening'] ?? '…'));
      try {
        const card = await opts.fetchCard(id);
        replace(slot, opts.drawCard(card));
        button.setAttribute('aria-expanded', 'true');
      } catch (err) {
        replace(slot, h('p', { class: 'error', role: 'alert' }, (err as Error).message));
      }
    };
    const button = h(
      'button',
      { type: 'button', class: 'pick', aria: { expanded: 'false' }, on: { click: () => void open() } },
      h('span', { class: 'guest-name' }, list.names[i]),
      ' ',
      h('span', { class: 'pick-lo' }, list.los[list.lo[i]] ?? ''),
      ' ',
      progress,
    );
    return h('li', { class: 'pick-line', data: { guestId: id } }, button, slot);
  }

  function draw(): void {
    drawn.clear();
    replace(ul, shown.slice(0, limit).map(line));
    more.hidden = shown.length <= limit;
    count.textContent = opts.fill(labels['list.count'], { shown: shown.length, total: all.length });
  }

  function fillProgress(p: ListProgress): void {
    const at = new Map(p.ids.map((id, k) => [id, k]));
    list.ids.forEach((id, i) => {
      const k = at.get(id);
      list.phase[i] = k === undefined ? -1 : p.phase[k];
      list.done[i] = k === undefined ? 0 : p.done[k];
      list.total[i] = k === undefined ? 0 : p.total[k];
      list.overdue[i] = k === undefined ? 0 : p.overdue[k];
    });
    delete list.later;
    // In place: a card opened under its line stays open.
    for (const [i, el] of drawn) replace(el, progressOf(i));
  }

  draw();
  return { el: h('section', { class: 'picker' }, search, count, ul, more), fillProgress };
}
