/**
 * The few strings the browser draws by itself (buttons, badges, the tick's
 * saving and failure messages), sent with each view in the caller's language
 * so the page bundles no string tables.
 */
import type { Lang } from '../model';
import { lookup } from '../i18n';
import type { ClientLabels } from './types';

const LO_PAGE_KEYS = [
  'title', 'lang.other', 'refresh', 'lo.none', 'phase.current', 'phase.progress',
  'item.overdue', 'item.next', 'item.note', 'item.note_placeholder', 'item.save_note', 'item.saving',
  'tick.failed', 'tick.saved', 'section.findings', 'section.todo', 'list.search', 'list.count', 'list.opening',
] as const;

/** `label.*` keys are the shared fact labels (i18n/en/label.ts); the rest are `ui.*`. */
const DASHBOARD_KEYS = [
  'title', 'lang.other', 'refresh', 'dash.title', 'label.lo', 'label.delegation', 'label.guest', 'dash.filter.phase',
  'dash.filter.all', 'dash.filter.search', 'dash.filter.search_hint', 'dash.filter.status', 'dash.status.overdue',
  'dash.status.no_lo', 'dash.status.findings', 'dash.col.los', 'dash.col.findings', 'dash.col.overall',
  'dash.cell.overdue', 'dash.findings', 'dash.findings_none', 'dash.no_lo', 'lo.role.backup', 'dash.no_match',
  'dash.count', 'dash.totals', 'dash.timeline', 'dash.tl.legend', 'dash.tl.gap', 'dash.tl.arrivals',
  'dash.tl.departures', 'dash.card.loading', 'section.reminders', 'section.findings',
] as const;

function pick(lang: Lang, keys: readonly string[]): ClientLabels {
  const out: ClientLabels = {};
  for (const k of keys) {
    const full = k.startsWith('label.') ? k : `ui.${k}`;
    out[k] = lookup(lang, full) ?? lookup('en', full) ?? k;
  }
  return out;
}

export function loPageLabels(lang: Lang): ClientLabels {
  return pick(lang, LO_PAGE_KEYS);
}

export function dashboardLabels(lang: Lang): ClientLabels {
  return pick(lang, DASHBOARD_KEYS);
}
