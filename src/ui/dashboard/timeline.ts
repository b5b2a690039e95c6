/**
 * Draws the timeline the server built (core/views/dashboard-timeline.ts): per
 * day, one row per airport, one column per hour from the earliest to the latest
 * hour with a flight. A cell shows arrivals ↓ and departures ↑ and the LOs
 * covering them; red marks a guest with no LO that day, amber more guests than LOs.
 */
import type { DashboardView, TimelineHour } from '../../core/views/types';
import { h } from '../shared/dom';
import { thaiBreaks } from './thai';

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

function hh(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

function cell(v: DashboardView, code: string, hour: number, c: TimelineHour | undefined): HTMLElement {
  if (!c) return h('div', { class: 'tl-cell empty', data: { airport: code, hour: String(hour) } });
  const L = v.labels;
  const names = c.los.map((i) => v.los[i]?.label ?? '');
  const tone = c.uncovered ? 'gap' : c.crowded ? 'crowded' : 'covered';
  const count = c.arrivals + c.departures;
  const title = [
    `${code} ${hh(hour)}`,
    `${c.arrivals} ${L['dash.tl.arrivals']}, ${c.departures} ${L['dash.tl.departures']}`,
    names.join(', ') || L['dash.no_lo'],
    c.uncovered ? fill(L['dash.tl.gap'], { n: c.uncovered }) : '',
  ].filter(Boolean).join(' · ');
  return h(
    'div',
    { class: `tl-cell ${tone} heat-${Math.min(count, 4)}`, title, data: { airport: code, hour: String(hour), count: String(count) } },
    h(
      'span',
      { class: 'tl-count' },
      c.arrivals ? h('span', { class: 'arr' }, `↓${c.arrivals}`) : null,
      c.departures ? h('span', { class: 'dep' }, `↑${c.departures}`) : null,
    ),
    // In the cell, each LO by the first word of their name (two at most); every name is in the title.
    names.slice(0, 2).map((n) => h('span', { class: 'tl-lo' }, n.split(/\s+/)[0])),
    names.length > 2 ? h('span', { class: 'tl-lo' }, `+${names.length - 2}`) : null,
    c.uncovered ? h('span', { class: 'tl-gap' }, fill(L['dash.tl.gap'], { n: c.uncovered })) : null,
  );
}

export function timelinePanel(v: DashboardView): HTMLElement {
  const hours = v.timeline.flatMap((d) => d.airports.flatMap((a) => a.hours.map((x) => x.hour)));
  const from = hours.length ? Math.min(...hours) : 0;
  const to = hours.length ? Math.max(...hours) : -1;
  const span = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return h(
    'section',
    { class: 'panel timeline' },
    h('h2', null, v.labels['dash.timeline']),
    h('p', { class: 'muted legend' }, thaiBreaks(v.labels['dash.tl.legend'])),
    v.timeline.map((d) => {
      const grid = h(
        'div',
        { class: 'tl-grid', role: 'table' },
        h('div', { class: 'tl-head' }),
        span.map((x) => h('div', { class: 'tl-head' }, hh(x))),
        d.airports.map((a) => {
          const byHour = new Map(a.hours.map((x) => [x.hour, x]));
          return [h('div', { class: 'tl-airport' }, a.code), span.map((x) => cell(v, a.code, x, byHour.get(x)))];
        }),
      );
      grid.style.gridTemplateColumns = `3.5rem repeat(${span.length}, minmax(0, 1fr))`;
      return h('div', { class: d.today ? 'tl-day today' : 'tl-day', data: { date: d.date } }, h('h3', null, d.title), grid);
    }),
  );
}
