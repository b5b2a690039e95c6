/**
 * The LO view, shared by the sidebar and the phone page: the page arrives with
 * its view embedded (src/core/views/embed.ts), so it draws at once with no
 * call; getLoView is called only to switch language or refresh. A caller with
 * many guests gets a list to pick from, each card fetched when opened. A tick
 * shows at once and is rolled back with a message if the server refuses it or
 * cannot be reached.
 */
import type {
  ChecklistItemView, ClientLabels, FieldView, FindingView, GuestCardView, LoView, LoViewResult, PhaseView,
  SectionView,
} from '../../core/views/types';
import { EMBEDDED_VIEW_ID } from '../../core/views/embed';
import { h, replace } from './dom';
import { guestPicker } from './guest-picker';
import { messageOf, saveLang, savedLang, serverCall } from './rpc';

export interface LoPageOptions {
  root: HTMLElement;
  layout: 'sidebar' | 'mobile';
}

function fill(template: string | undefined, params: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

function fieldList(fields: FieldView[], onFinding: (id: string) => void): HTMLElement {
  return h(
    'dl',
    { class: 'fields' },
    fields.map((f) => [
      h('dt', null, f.label),
      h(
        'dd',
        { class: [f.missing ? 'missing' : '', f.sensitive ? 'sensitive' : '', f.tone ? `tone-${f.tone}` : ''].join(' ').trim() || undefined },
        f.href ? h('a', { href: f.href }, f.text) : f.text,
        f.findingId && f.findingWhere
          ? [
              ' ',
              h(
                'a',
                {
                  class: 'finding-link',
                  href: `#${f.findingId}`,
                  on: {
                    click: (ev) => {
                      ev.preventDefault();
                      onFinding(f.findingId!);
                    },
                  },
                },
                f.findingWhere,
              ),
            ]
          : null,
      ),
    ]),
  );
}

function sectionBlock(s: SectionView, onFinding: (id: string) => void): HTMLElement {
  return h(
    'section',
    { class: `card-section section-${s.key}`, data: { section: s.key } },
    h('h3', null, s.title),
    s.fields.length ? fieldList(s.fields, onFinding) : h('p', { class: 'empty' }, s.empty ?? ''),
  );
}

/** A view older than this is fetched again when the page is looked at again: within the tick passes' 15 minutes. */
const STALE_AFTER_MS = 10 * 60 * 1000;

/** How long after the last quick tick the page fetches the card again. */
const REFRESH_AFTER_MS = 1500;

/** A quick tick's item as the page shows it until the card is fetched again (every copy: its phase and the to-do list). */
function markItem(g: GuestCardView, itemId: string, done: boolean, note: string, status: string | undefined): void {
  for (const it of [...g.focus, ...g.checklist.flatMap((p) => p.items)]) {
    if (it.item_id !== itemId) continue;
    it.done = done;
    if (done) it.state = 'done';
    else if (it.state === 'done') it.state = 'open';
    if (done && status) it.status = status;
    else delete it.status;
    if (note) it.note = note;
    else delete it.note;
  }
}

class LoPage {
  private view: LoView | undefined;
  /** Ticks sent per guest, so that a card fetched before the latest one is not drawn. */
  private readonly ticksSent = new Map<string, number>();
  private readonly refreshTimers = new Map<string, number>();
  /** When the view on the page was drawn (the browser's clock). */
  private shownAt = Date.now();
  private lang: 'th' | 'en' | undefined = savedLang();
  private labels: ClientLabels = {};
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;

  constructor(opts: LoPageOptions) {
    this.status = h('p', { class: 'status', role: 'status', aria: { live: 'polite' } });
    this.body = h('div', { class: 'body' });
    replace(opts.root, this.status, this.body);
    opts.root.classList.add(`layout-${opts.layout}`);
    // Back on a page left for a while (a phone in a pocket): fetched again, with fresh tick passes, before the next tick.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && this.view && Date.now() - this.shownAt > STALE_AFTER_MS) void this.load();
    });
  }

  async load(): Promise<void> {
    this.status.textContent = this.labels.loading ?? 'Loading… · กำลังโหลด…';
    this.status.className = 'status';
    let res: LoViewResult;
    try {
      res = await serverCall('getLoView', this.lang ?? null);
    } catch (err) {
      this.status.textContent = messageOf(err);
      this.status.className = 'status error';
      return;
    }
    this.show(res);
  }

  /** The view the page arrived with, unless the reader chose another language last time. */
  start(embedded: LoViewResult | undefined): void {
    if (embedded && (!this.lang || this.lang === embedded.lang)) this.show(embedded);
    else void this.load();
  }

  private show(res: LoViewResult): void {
    this.labels = res.labels ?? {};
    document.documentElement.lang = res.lang;
    this.status.textContent = '';
    if (!res.ok) {
      this.view = undefined;
      replace(this.body, this.toolbar(res.lang), h('p', { class: 'denied', role: 'alert' }, res.message));
      return;
    }
    this.view = res;
    this.shownAt = Date.now();
    this.render();
  }

  private toolbar(lang: 'th' | 'en'): HTMLElement {
    return h(
      'header',
      { class: 'toolbar' },
      h('h1', null, this.labels.title ?? 'LO Desk'),
      h(
        'button',
        {
          type: 'button',
          class: 'lang',
          on: {
            click: () => {
              this.lang = lang === 'th' ? 'en' : 'th';
              saveLang(this.lang);
              void this.load();
            },
          },
        },
        this.labels['lang.other'] ?? (lang === 'th' ? 'English' : 'ภาษาไทย'),
      ),
      h('button', { type: 'button', class: 'refresh', on: { click: () => void this.load() } }, this.labels.refresh ?? '↻'),
    );
  }

  private render(): void {
    const v = this.view!;
    const guests = v.list
      ? [this.picker(v, v.list)]
      : v.guests.length
        ? v.guests.map((g, i) => this.guestBlock(g, i === 0 || v.guests.length <= 2))
        : [h('p', { class: 'empty none-assigned' }, this.labels['lo.none'])];
    replace(
      this.body,
      this.toolbar(v.lang),
      h('p', { class: 'event' }, v.eventName),
      h('h2', { class: 'heading' }, v.heading),
      h('p', { class: 'asof' }, v.asOf),
      h('div', { class: 'guests' }, guests),
      this.contacts(v),
      v.reminders ? h('p', { class: `reminders ${v.reminders.on ? 'on' : 'off'}` }, v.reminders.text) : null,
    );
  }

  private picker(v: LoView, list: NonNullable<LoView['list']>): HTMLElement {
    const picker = guestPicker(list, {
      labels: this.labels,
      fill,
      fetchCard: async (guestId) => {
        const res = await serverCall('getGuestCard', guestId, v.lang);
        if (!res.ok) throw new Error(res.message);
        return res.card;
      },
      drawCard: (card) => this.guestBlock(card, true),
    });
    // The list came without its progress (an organiser's): it is there to pick from at once, the progress follows.
    if (list.later) {
      serverCall('getGuestListProgress', v.lang)
        .then((res) => {
          if (res.ok && this.view === v) picker.fillProgress(res);
        })
        .catch(() => {
          // The lines stay without their progress; the cards show it.
        });
    }
    return picker.el;
  }

  private contacts(v: LoView): HTMLElement {
    return h(
      'details',
      { class: 'contacts' },
      h('summary', null, v.contacts.title),
      v.contacts.fields.length ? fieldList(v.contacts.fields, () => {}) : h('p', { class: 'empty' }, v.contacts.empty ?? ''),
    );
  }

  private guestBlock(g: GuestCardView, open: boolean): HTMLElement {
    const overdue = g.checklist.reduce((n, p) => n + p.overdue, 0);
    const article = h('article', { class: 'guest', data: { guestId: g.guest_id } });
    const showFinding = (id: string) => {
      const details = article.querySelector<HTMLDetailsElement>('details.findings');
      if (details) details.open = true;
      const target = article.querySelector<HTMLElement>(`[id="${id}"]`);
      if (target) {
        target.classList.add('flash');
        target.scrollIntoView({ block: 'center' });
        window.setTimeout(() => target.classList.remove('flash'), 1500);
      }
    };
    const summary = h(
      'summary',
      null,
      h('span', { class: 'guest-name' }, g.name),
      ' ',
      h('span', { class: `role role-${g.role}` }, g.roleLabel),
      overdue ? [' ', h('span', { class: 'badge overdue' }, `${this.labels['item.overdue'] ?? '!'} ${overdue}`)] : null,
      g.missingCount ? [' ', h('span', { class: 'badge missing' }, `? ${g.missingCount}`)] : null,
    );
    const details = h(
      'details',
      { open },
      summary,
      h('p', { class: 'address' }, g.address),
      g.subtitle ? h('p', { class: 'subtitle' }, g.subtitle) : null,
      h('p', { class: 'los' }, g.los),
      this.checklistBlock(g, h('div', { class: 'checklist' })),
      g.sections.map((s) => sectionBlock(s, showFinding)),
      g.findings.length ? this.findingsBlock(g.findings) : null,
    );
    article.appendChild(details);
    return article;
  }

  private findingsBlock(findings: FindingView[]): HTMLElement {
    return h(
      'details',
      { class: 'findings' },
      h('summary', null, `${this.labels['section.findings'] ?? ''} (${findings.length})`),
      h(
        'ul',
        null,
        findings.map((f) =>
          h('li', { id: f.id, class: `finding sev-${f.severity}` }, h('span', { class: 'where' }, f.where), ' ', f.message),
        ),
      ),
    );
  }

  /** The "to do now" list, then the phases; drawn again whole after each tick. */
  private checklistBlock(g: GuestCardView, el: HTMLElement, keepOpen?: Set<string>): HTMLElement {
    const focus = g.focus.length
      ? h(
          'section',
          { class: 'focus' },
          h('h3', null, this.labels['section.todo'] ?? ''),
          h('ul', { class: 'items' }, g.focus.map((it) => this.itemRow(g, it, el))),
        )
      : null;
    replace(
      el,
      focus,
      g.checklist.map((p) => this.phaseBlock(g, p, el, keepOpen ? keepOpen.has(p.phase) : p.current)),
    );
    return el;
  }

  private phaseBlock(g: GuestCardView, p: PhaseView, checklistEl: HTMLElement, open: boolean): HTMLElement {
    return h(
      'details',
      { class: `phase phase-${p.phase}${p.current ? ' current' : ''}`, open, data: { phase: p.phase } },
      h(
        'summary',
        null,
        h('span', { class: 'phase-title' }, p.title),
        p.current ? [' ', h('span', { class: 'badge now' }, this.labels['phase.current'] ?? '')] : null,
        ' ',
        h('span', { class: 'progress' }, p.progress),
        p.overdue ? [' ', h('span', { class: 'badge overdue' }, `${this.labels['item.overdue'] ?? ''} ${p.overdue}`)] : null,
      ),
      h('ul', { class: 'items' }, p.items.map((it) => this.itemRow(g, it, checklistEl))),
    );
  }

  private itemRow(g: GuestCardView, it: ChecklistItemView, checklistEl: HTMLElement): HTMLElement {
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const box = h('input', {
      type: 'checkbox',
      checked: it.done,
      disabled: it.auto,
      aria: { label: it.text },
    });
    const noteInput = h('input', { type: 'text', value: it.note ?? '', placeholder: this.labels['item.note_placeholder'] });
    const send = (done: boolean) => void this.tick(g, it, li, done, noteInput.value, box, error, checklistEl);
    const li = h(
      'li',
      { class: `item state-${it.state}${it.auto ? ' auto' : ''}`, data: { itemId: it.item_id, phase: it.phase } },
      h(
        'label',
        { class: 'tick' },
        box,
        ' ',
        h('span', { class: 'text' }, it.text),
        it.state === 'overdue' || it.state === 'next'
          ? [' ', h('span', { class: `tag tag-${it.state}` }, this.labels[`item.${it.state}`] ?? it.state)]
          : null,
      ),
      it.due || it.status ? h('p', { class: 'meta' }, [it.due, it.status].filter(Boolean).join(' · ')) : null,
      it.note ? h('p', { class: 'note' }, it.note) : null,
      it.auto
        ? null
        : h(
            'details',
            { class: 'note-edit' },
            h('summary', null, this.labels['item.note'] ?? 'Note'),
            noteInput,
            h('button', { type: 'button', on: { click: () => send(it.done) } }, this.labels['item.save_note'] ?? 'Save'),
          ),
      error,
    );
    box.addEventListener('change', () => send(box.checked));
    return li;
  }

  /** Draws the checklist again, keeping open the phases that were. */
  private redraw(g: GuestCardView, checklistEl: HTMLElement): void {
    const open = new Set(
      Array.from(checklistEl.querySelectorAll<HTMLDetailsElement>('details.phase'))
        .filter((d) => d.open)
        .map((d) => d.dataset.phase ?? ''),
    );
    this.checklistBlock(g, checklistEl, open);
  }

  /**
   * Fetches the guest's card once the ticks stop for a moment, for what quick
   * ticks did not recompute. An answer read before a later tick was sent is
   * dropped and asked again, so it never undoes what the page shows.
   */
  private refreshSoon(g: GuestCardView, checklistEl: HTMLElement): void {
    window.clearTimeout(this.refreshTimers.get(g.guest_id));
    this.refreshTimers.set(g.guest_id, window.setTimeout(async () => {
      const sent = this.ticksSent.get(g.guest_id) ?? 0;
      try {
        const res = await serverCall('getGuestCard', g.guest_id, this.view?.lang ?? null);
        if ((this.ticksSent.get(g.guest_id) ?? 0) !== sent) return this.refreshSoon(g, checklistEl);
        if (!res.ok) return;
        g.checklist = res.card.checklist;
        g.focus = res.card.focus;
        g.tickPass = res.card.tickPass;
        this.redraw(g, checklistEl);
      } catch {
        // The ticks are saved; only the recomputed states wait for the next refresh.
      }
    }, REFRESH_AFTER_MS));
  }

  private async tick(
    g: GuestCardView,
    it: ChecklistItemView,
    li: HTMLElement,
    done: boolean,
    note: string,
    box: HTMLInputElement,
    error: HTMLElement,
    checklistEl: HTMLElement,
  ): Promise<void> {
    const before = it.done;
    // Shown at once; the server's answer confirms it or rolls it back.
    box.checked = done;
    box.disabled = true;
    li.classList.add('saving');
    error.hidden = true;
    this.status.textContent = this.labels['item.saving'] ?? '';
    try {
      this.ticksSent.set(g.guest_id, (this.ticksSent.get(g.guest_id) ?? 0) + 1);
      const res = await serverCall('tickChecklistItem', {
        guestId: it.guest_id,
        phase: it.phase,
        itemId: it.item_id,
        done,
        note,
        lang: this.view?.lang,
        ...(g.tickPass ? { pass: g.tickPass } : {}),
      });
      if (!res?.ok) throw new Error(res?.message ?? 'no answer');
      if (res.quick) {
        // Saved in one write, nothing recomputed: the item changes here, the rest (what is next, who ticked) comes with the card.
        markItem(g, it.item_id, done, note.trim(), res.status);
        this.redraw(g, checklistEl);
        this.status.textContent = this.labels['tick.saved'] ?? '';
        this.refreshSoon(g, checklistEl);
        return;
      }
      if (!res.checklist || !res.focus) throw new Error(res.message ?? 'no answer');
      g.checklist = res.checklist;
      g.focus = res.focus;
      if (res.tickPass) g.tickPass = res.tickPass;
      this.redraw(g, checklistEl);
      this.status.textContent = this.labels['tick.saved'] ?? '';
    } catch (err) {
      box.checked = before;
      box.disabled = false;
      li.classList.remove('saving');
      error.textContent = fill(this.labels['tick.failed'], { message: messageOf(err) }) || messageOf(err);
      error.hidden = false;
      this.status.textContent = '';
    }
  }
}

/** The view the server put in the page, read as text (never as HTML); undefined when absent or unreadable. */
function embeddedView(): LoViewResult | undefined {
  const el = document.getElementById(EMBEDDED_VIEW_ID);
  if (!el?.textContent) return undefined;
  try {
    return JSON.parse(el.textContent) as LoViewResult;
  } catch {
    return undefined;
  }
}

export function startLoPage(opts: LoPageOptions): void {
  new LoPage(opts).start(embeddedView());
}

