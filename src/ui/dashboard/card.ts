/** A guest's card inside the dashboard row the organiser opened, fetched then (getDashboardGuest). */
import type { CardBody } from '../../core/views/guest-card';
import type { ClientLabels } from '../../core/views/types';
import { h } from '../shared/dom';
import { thaiBreaks } from './thai';

export function cardBlock(card: CardBody, L: ClientLabels): HTMLElement {
  return h(
    'div',
    { class: 'card' },
    h('p', { class: 'card-head' }, h('strong', null, thaiBreaks(card.name)), card.subtitle ? ` · ${thaiBreaks(card.subtitle)}` : '', ' · ', thaiBreaks(card.los)),
    h(
      'div',
      { class: 'card-sections' },
      card.sections
        .filter((s) => s.fields.length)
        .map((s) =>
          h(
            'section',
            { class: 'card-section', data: { key: s.key } },
            h('h3', null, thaiBreaks(s.title)),
            h('dl', null, s.fields.map((f) => [h('dt', null, thaiBreaks(f.label)), h('dd', { class: f.missing ? 'missing' : '' }, thaiBreaks(f.text))])),
          ),
        ),
    ),
    card.findings.length
      ? h(
          'section',
          { class: 'card-findings' },
          h('h3', null, L['section.findings']),
          h('ul', null, card.findings.map((f) => h('li', { class: f.severity }, `${f.where}: `, thaiBreaks(f.message)))),
        )
      : null,
  );
}
