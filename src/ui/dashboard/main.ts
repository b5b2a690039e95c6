/**
 * The organiser dashboard: one call brings a compact summary of every guest and
 * the hour-by-hour timeline; the page filters and searches that summary itself
 * and fetches a guest's card only when its row is opened. Sheet data is written
 * as text (shared/dom's h), never as markup.
 */
import '../shared/base.css';
import './dashboard.css';
import type { DashboardView, DashboardViewResult } from '../../core/views/types';
import { h, replace } from '../shared/dom';
import { messageOf, saveLang, savedLang, serverCall } from '../shared/rpc';
import { cardBlock } from './card';
import { thaiBreaks } from './thai';
import { timelinePanel } from './timeline';

const root = document.getElementById('app')!;
const status = h('p', { class: 'status', role: 'status', aria: { live: 'polite' } });
const body = h('div', { class: 'body' });
replace(root, status, body);

let lang: 'th' | 'en' | undefined = savedLang();

interface PageFilters {
  lo: string;
  delegation: string;
  phase: string;
  status: '' | 'overdue' | 'no_lo' | 'findings';
  q: string;
}
const filters: PageFilters = { lo: '', delegation: '', phase: '', status: '', q: '' };

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

async function load(): Promise<void> {
  status.textContent = 'Loading… · กำลังโหลด…';
  status.className = 'status';
  let res: DashboardViewResult;
  try {
    res = await serverCall('getDashboardView', null, lang ?? null);
  } catch (err) {
    status.textContent = messageOf(err);
    status.className = 'status error';
    return;
  }
  status.textContent = '';
  document.documentElement.lang = res.lang;
  if (!res.ok) {
    replace(body, toolbar(res.lang, res.labels), h('p', { class: 'denied', role: 'alert' }, res.message));
    return;
  }
  render(res);
}

function toolbar(current: 'th' | 'en', labels: Record<string, string>): HTMLElement {
  const switchLang = (): void => {
    lang = current === 'th' ? 'en' : 'th';
    saveLang(lang);
    void load();
  };
  return h(
    'header',
    { class: 'toolbar' },
    h('h1', null, labels['dash.title'] ?? 'LO Desk'),
    h('button', { type: 'button', class: 'lang', on: { click: switchLang } }, labels['lang.other'] ?? ''),
    h('button', { type: 'button', class: 'refresh', on: { click: () => void load() } }, labels.refresh ?? '↻'),
  );
}

/** The summary of guest i as the table needs it. */
function guestRow(v: DashboardView, i: number) {
  const g = v.guests;
  const n = v.phases.length;
  const cells = v.phases.map((p, k) => ({
    phase: p.value, done: g.cells[i][3 * k], total: g.cells[i][3 * k + 1], overdue: g.cells[i][3 * k + 2], current: g.current[i] === k,
  }));
  const los = [
    ...g.los[i].map((x) => v.los[x]?.label ?? ''),
    ...g.backups[i].map((x) => `${v.los[x]?.label ?? ''} (${v.labels['lo.role.backup']})`),
  ];
  const done = cells.reduce((s, c) => s + c.done, 0);
  const total = cells.reduce((s, c) => s + c.total, 0);
  return {
    id: g.ids[i], name: g.names[i], delegation: g.delegation[i] >= 0 ? v.delegations[g.delegation[i]] : '', los, cells,
    errors: g.errors[i], warnings: g.warnings[i], done, total, overdue: cells.reduce((s, c) => s + c.overdue, 0), n,
    loIds: [...g.los[i], ...g.backups[i]].map((x) => v.los[x]?.value ?? ''),
  };
}
type Row = ReturnType<typeof guestRow>;

function matches(r: Row, phaseIndex: number): boolean {
  if (filters.lo && !r.loIds.includes(filters.lo)) return false;
  if (filters.delegation && r.delegation !== filters.delegation) return false;
  const cells = phaseIndex >= 0 ? [r.cells[phaseIndex]] : r.cells;
  if (filters.status === 'overdue' && !cells.some((c) => c.overdue > 0)) return false;
  if (filters.status === 'no_lo' && r.los.length) return false;
  if (filters.status === 'findings' && !(r.errors || r.warnings)) return false;
  const q = filters.q.trim().toLowerCase();
  if (q && ![r.id, r.name, r.delegation, ...r.los].some((s) => s.toLowerCase().includes(q))) return false;
  return true;
}

function select(name: keyof PageFilters, label: string, all: string, options: { value: string; label: string }[], onChange: () => void): HTMLElement {
  const el = h(
    'select',
    {
      name,
      on: {
        change: (ev) => {
          (filters as unknown as Record<string, string>)[name] = (ev.target as HTMLSelectElement).value;
          onChange();
        },
      },
    },
    h('option', { value: '' }, all),
    options.map((o) => h('option', { value: o.value }, o.label)),
  );
  el.value = filters[name];
  return h('label', { class: 'filter' }, h('span', null, label), el);
}

const cards = new Map<string, Promise<HTMLElement>>();

function fetchCard(id: string, L: Record<string, string>): Promise<HTMLElement> {
  let p = cards.get(id);
  if (!p) {
    p = serverCall('getDashboardGuest', id, lang ?? null).then(
      (res) => (res.ok ? cardBlock(res.card, L) : h('p', { class: 'denied' }, res.message)),
      (err) => {
        cards.delete(id);
        return h('p', { class: 'status error' }, messageOf(err));
      },
    );
    cards.set(id, p);
  }
  return p;
}

function toggle(tr: HTMLTableRowElement, r: Row, cols: number, L: Record<string, string>): void {
  const next = tr.nextElementSibling as HTMLElement | null;
  if (next?.classList.contains('detail')) {
    next.remove();
    tr.setAttribute('aria-expanded', 'false');
    return;
  }
  const td = h('td', { class: 'detail-cell' }, h('p', { class: 'muted' }, L['dash.card.loading']));
  td.colSpan = cols;
  const detail = h('tr', { class: 'detail', data: { guestId: r.id } }, td);
  tr.after(detail);
  tr.setAttribute('aria-expanded', 'true');
  void fetchCard(r.id, L).then((el) => replace(td, el));
}

function tableOf(v: DashboardView, rows: Row[], phaseIndex: number): HTMLElement {
  const L = v.labels;
  if (!rows.length) return h('p', { class: 'empty' }, L['dash.no_match']);
  const phases = phaseIndex >= 0 ? [v.phases[phaseIndex]] : v.phases;
  const cols = 4 + phases.length;
  const tone = (c: Row['cells'][number]): string =>
    c.overdue > 0 ? 'bad' : c.total > 0 && c.done === c.total ? 'ok' : c.current ? 'warn' : 'open';
  return h(
    'table',
    { class: 'readiness' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, L['label.guest']),
        h('th', null, L['dash.col.los']),
        phases.map((p) => h('th', { data: { phase: p.value } }, thaiBreaks(p.label))),
        h('th', null, thaiBreaks(L['dash.col.findings'])),
        h('th', null, L['dash.col.overall']),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((r) => {
        const shown = phaseIndex >= 0 ? [r.cells[phaseIndex]] : r.cells;
        const pct = r.total ? Math.round((100 * r.done) / r.total) : 0;
        const fillBar = h('span', { class: 'fill' });
        fillBar.style.width = `${pct}%`;
        const tr = h(
          'tr',
          { class: 'summary', data: { guestId: r.id }, aria: { expanded: 'false' } },
          h(
            'td',
            { class: 'guest' },
            h('button', { type: 'button', class: 'name', on: { click: () => toggle(tr, r, cols, L) } }, thaiBreaks(r.name)),
            h('span', { class: 'muted' }, thaiBreaks([r.delegation, r.id].filter(Boolean).join(' · '))),
          ),
          h('td', { class: r.los.length ? 'los' : 'los none' }, thaiBreaks(r.los.join(', ') || L['dash.no_lo'])),
          shown.map((c) =>
            h(
              'td',
              { class: `cell tone-${tone(c)}`, data: { phase: c.phase } },
              `${c.done}/${c.total}`,
              c.overdue ? h('span', { class: 'overdue' }, thaiBreaks(fill(L['dash.cell.overdue'], { n: c.overdue }))) : null,
            ),
          ),
          h(
            'td',
            { class: r.errors ? 'findings bad' : r.warnings ? 'findings warn' : 'findings' },
            thaiBreaks(r.errors || r.warnings ? fill(L['dash.findings'], { errors: r.errors, warnings: r.warnings }) : L['dash.findings_none']),
          ),
          h('td', { class: 'overall' }, h('span', { class: 'bar' }, fillBar), `${pct}% (${r.done}/${r.total})`),
        );
        return tr;
      }),
    ),
  );
}

function render(v: DashboardView): void {
  const L = v.labels;
  const all = v.guests.ids.map((_, i) => guestRow(v, i));
  const count = h('p', { class: 'count' });
  const tableBox = h('div', { class: 'main' });
  const draw = (): void => {
    const phaseIndex = v.phases.findIndex((p) => p.value === filters.phase);
    const rows = all.filter((r) => matches(r, phaseIndex));
    const overdue = rows.reduce((s, r) => s + r.overdue, 0);
    const errors = rows.filter((r) => r.errors).length;
    count.textContent = `${fill(L['dash.count'], { shown: rows.length, total: all.length })} · ${fill(L['dash.totals'], { overdue, errors })}`;
    replace(tableBox, tableOf(v, rows, phaseIndex));
  };
  const search = h('input', {
    type: 'search', name: 'q', value: filters.q, placeholder: L['dash.filter.search_hint'],
    on: { input: (ev) => { filters.q = (ev.target as HTMLInputElement).value; draw(); } },
  });
  const filterBar = h(
    'form',
    { class: 'filters', on: { submit: (ev) => ev.preventDefault() } },
    h('label', { class: 'filter search' }, h('span', null, L['dash.filter.search']), search),
    select('lo', L['label.lo'], L['dash.filter.all'], v.los.map((o) => ({ value: o.value, label: `${o.label} (${o.value})` })), draw),
    select('delegation', L['label.delegation'], L['dash.filter.all'], v.delegations.map((d) => ({ value: d, label: d })), draw),
    select('phase', L['dash.filter.phase'], L['dash.filter.all'], v.phases, draw),
    select('status', L['dash.filter.status'], L['dash.filter.all'], [
      { value: 'overdue', label: L['dash.status.overdue'] },
      { value: 'no_lo', label: L['dash.status.no_lo'] },
      { value: 'findings', label: L['dash.status.findings'] },
    ], draw),
  );
  const reminders = h(
    'section',
    { class: 'panel reminders-panel' },
    h('h2', null, L['section.reminders']),
    h('p', { class: `reminders ${v.reminders.on ? 'on' : 'off'}` }, v.reminders.text),
  );
  replace(
    body,
    toolbar(v.lang, L),
    h('p', { class: 'event' }, v.eventName, ' · ', v.asOf),
    filterBar,
    count,
    tableBox,
    timelinePanel(v),
    reminders,
  );
  draw();
}

void load();
