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

const DASHBOARD_KEYS = [
  'title', 'lang.other', 'refresh', 'dash.title', 'dash.filter.lo', 'dash.filter.delegation', 'dash.filter.phase',
  'dash.filter.all', 'dash.filter.unassigned', 'dash.col.guest', 'dash.col.los', 'dash.col.findings',
  'dash.col.overall', 'dash.unassigned', 'dash.unassigned_none', 'dash.no_match', 'dash.timeline',
  'section.reminders',
] as const;

function pick(lang: Lang, keys: readonly string[]): ClientLabels {
  const out: ClientLabels = {};
  for (const k of keys) out[k] = lookup(lang, `ui.${k}`) ?? lookup('en', `ui.${k}`) ?? k;
  return out;
}

export function loPageLabels(lang: Lang): ClientLabels {
  return pick(lang, LO_PAGE_KEYS);
}

export function dashboardLabels(lang: Lang): ClientLabels {
  return pick(lang, DASHBOARD_KEYS);
}
