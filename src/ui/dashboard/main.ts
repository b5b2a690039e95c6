/** The organiser dashboard: readiness, filters, unassigned guests, the two-day timeline, reminders. */
import '../shared/base.css';
import './dashboard.css';
import type { DashboardFilters, DashboardView, DashboardViewResult, Option } from '../../core/views/types';
import { h, replace } from '../shared/dom';
import { messageOf, saveLang, savedLang, serverCall } from '../shared/rpc';

const root = document.getElementById('app')!;
const status = h('p', { class: 'status', role: 'status', aria: { live: 'polite' } });
const body = h('div', { class: 'body' });
replace(root, status, body);

let lang: 'th' | 'en' | undefined = savedLang();
let filters: DashboardFilters = { lo: '', delegation: '', phase: '', unassigned: false };

async function load(): Promise<void> {
  status.textContent = 'Loading… · กำลังโหลด…';
  status.className = 'status';
  let res: DashboardViewResult;
  try {
    res = await serverCall('getDashboardView', filters, lang ?? null);
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
  return h(
    'header',
    { class: 'toolbar' },
    h('h1', null, labels['dash.title'] ?? 'LO Desk'),
    h(
      'button',
      {
        type: 'button',
        class: 'lang',
        on: {
          click: () => {
            lang = current === 'th' ? 'en' : 'th';
            saveLang(lang);
            void load();
          },
        },
      },
      labels['lang.other'] ?? '',
    ),
    h('button', { type: 'button', class: 'refresh', on: { click: () => void load() } }, labels.refresh ?? '↻'),
  );
}

function select(name: keyof DashboardFilters, label: string, all: string, options: Option[], value: string): HTMLElement {
  const el = h(
    'select',
    { name, on: { change: (ev) => update({ [name]: (ev.target as HTMLSelectElement).value }) } },
    h('option', { value: '' }, all),
    options.map((o) => h('option', { value: o.value }, o.label)),
  );
  el.value = value;
  return h('label', { class: 'filter' }, h('span', null, label), el);
}

function update(change: Partial<DashboardFilters>): void {
  filters = { ...filters, ...change };
  void load();
}

function render(v: DashboardView): void {
  const L = v.labels;
  filters = v.filters;
  const filterBar = h(
    'form',
    { class: 'filters', on: { submit: (ev) => ev.preventDefault() } },
    select('lo', L['dash.filter.lo'], L['dash.filter.all'], v.options.los, v.filters.lo),
    select('delegation', L['dash.filter.delegation'], L['dash.filter.all'], v.options.delegations, v.filters.delegation),
    select('phase', L['dash.filter.phase'], L['dash.filter.all'], v.options.phases, v.filters.phase),
    h(
      'label',
      { class: 'filter check' },
      h('input', {
        type: 'checkbox',
        name: 'unassigned',
        checked: v.filters.unassigned,
        on: { change: (ev) => update({ unassigned: (ev.target as HTMLInputElement).checked }) },
      }),
      ' ',
      L['dash.filter.unassigned'],
    ),
  );
  const table = v.rows.length
    ? h(
        'table',
        { class: 'readiness' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', null, L['dash.col.guest']),
            h('th', null, L['dash.col.los']),
            v.phases.map((p) => h('th', { data: { phase: p.value } }, p.label)),
            h('th', null, L['dash.col.findings']),
            h('th', null, L['dash.col.overall']),
          ),
        ),
        h(
          'tbody',
          null,
          v.rows.map((r) =>
            h(
              'tr',
              { data: { guestId: r.guest_id } },
              h('td', { class: 'guest' }, h('span', { class: 'name' }, r.name), r.delegation ? h('span', { class: 'muted' }, r.delegation) : null),
              h('td', { class: r.unassigned ? 'los none' : 'los' }, r.los),
              r.cells.map((c) => h('td', { class: `cell tone-${c.tone}`, data: { phase: c.phase } }, c.text)),
              h('td', { class: r.findings.errors ? 'findings bad' : r.findings.warnings ? 'findings warn' : 'findings' }, r.findings.text),
              h(
                'td',
                { class: 'overall' },
                h('span', { class: 'bar' }, h('span', { class: 'fill', data: { pct: String(r.overall.percent) } })),
                r.overall.text,
              ),
            ),
          ),
        ),
      )
    : h('p', { class: 'empty' }, L['dash.no_match']);
  // Widths set through the style API, never through markup.
  for (const fill of Array.from(table.querySelectorAll<HTMLElement>('.fill'))) fill.style.width = `${fill.dataset.pct}%`;

  const unassigned = h(
    'section',
    { class: 'panel unassigned' },
    h('h2', null, L['dash.unassigned']),
    v.unassigned.length
      ? h('ul', null, v.unassigned.map((g) => h('li', { data: { guestId: g.guest_id } }, g.name, g.delegation ? h('span', { class: 'muted' }, ` · ${g.delegation}`) : null)))
      : h('p', { class: 'empty' }, L['dash.unassigned_none']),
  );
  const timeline = h(
    'section',
    { class: 'panel timeline' },
    h('h2', null, L['dash.timeline']),
    v.timeline.map((d) =>
      h(
        'div',
        { class: 'day', data: { date: d.date } },
        h('h3', null, d.title),
        d.events.length
          ? h(
              'ol',
              null,
              d.events.map((e) =>
                h(
                  'li',
                  { class: `tl-event ${e.kind}`, data: { guestId: e.guest_id } },
                  h('span', { class: 'time' }, e.time),
                  h('span', { class: 'kind' }, e.kindLabel),
                  h('span', { class: 'who' }, e.guest),
                  h('span', { class: 'muted' }, `${e.flight} · ${e.where} · ${e.los}`),
                  e.status ? h('span', { class: 'badge overdue' }, e.status) : null,
                ),
              ),
            )
          : h('p', { class: 'empty' }, d.empty),
      ),
    ),
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
    h('p', { class: 'count' }, v.count, ' · ', v.totals),
    h('div', { class: 'layout' }, h('div', { class: 'main' }, table), h('aside', null, timeline, unassigned, reminders)),
  );
}

void load();
