/**
 * The organiser dashboard: a compact summary per guest and phase (ids, name,
 * delegation, LOs, phase counts, findings), the hour-by-hour timeline of
 * arrivals and departures per airport, and the state of reminders. A guest's
 * card is fetched when a row is opened (buildDashboardCard), so the page
 * receives about 100 bytes per guest. The page filters and searches the
 * summary itself. Pure; the server checks that the caller is an organiser.
 */
import { PHASES, type EventModel, type Finding, type Guest, type Lang, type Phase } from '../model';
import { t } from '../i18n';
import { readiness } from '../checklist';
import { indexModel } from '../model-index';
import type { Caller } from './access';
import { guestFacts } from '../facts/guest-facts';
import { formatDateTime } from '../time/format';
import { findingsOfGuest, viewIndex, type ViewIndex } from './view-index';
import { dashboardLabels } from './labels';
import { deniedView, eventName } from './lo-view';
import { remindersView, type RemindersState } from './reminders-state';
import { buildCardBody } from './guest-card';
import { hourTimeline } from './dashboard-timeline';
import type { DashboardCardResult, DashboardFilters, DashboardSummary, DashboardViewResult, Option } from './types';

const NO_FILTERS: DashboardFilters = { lo: '', delegation: '', phase: '', unassigned: false };

const FILTER_TEXT_MAX = 200;

/**
 * Filters as the browser sends them: nothing, or an object with optional `lo`,
 * `delegation`, `phase` (strings) and `unassigned` (boolean). Anything else is
 * refused with a message naming the field, so a broken page is noticed.
 */
export function parseDashboardFilters(input: unknown): DashboardFilters | { error: string } {
  if (input === undefined || input === null) return { ...NO_FILTERS };
  if (typeof input !== 'object' || Array.isArray(input)) return { error: 'filters must be an object' };
  const o = input as Record<string, unknown>;
  const out: DashboardFilters = { ...NO_FILTERS };
  for (const key of ['lo', 'delegation'] as const) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return { error: `filters.${key} must be text` };
    if (v.length > FILTER_TEXT_MAX) return { error: `filters.${key} is longer than ${FILTER_TEXT_MAX} characters` };
    out[key] = v.trim();
  }
  if (o.phase !== undefined && o.phase !== null && o.phase !== '') {
    if (typeof o.phase !== 'string' || !(PHASES as readonly string[]).includes(o.phase)) {
      return { error: `filters.phase must be one of ${PHASES.join(', ')}` };
    }
    out.phase = o.phase as Phase;
  }
  if (o.unassigned !== undefined && o.unassigned !== null) {
    if (typeof o.unassigned !== 'boolean') return { error: 'filters.unassigned must be true or false' };
    out.unassigned = o.unassigned;
  }
  return out;
}

export interface DashboardInput {
  model: EventModel;
  findings: readonly Finding[];
  caller: Caller;
  now: Date;
  lang: Lang;
  filters?: DashboardFilters;
  reminders?: RemindersState;
}

function phaseTitle(lang: Lang, p: Phase): string {
  return t(lang, `ui.phase.${p}` as 'ui.phase.prepare');
}

function sameText(a: string | undefined, b: string): boolean {
  return (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();
}

function matches(ix: ViewIndex, g: Guest, f: DashboardFilters): boolean {
  const { los } = guestFacts(ix.index, g);
  if (f.unassigned && los.length > 0) return false;
  if (f.lo && !los.some((l) => l.assignment.lo_id === f.lo)) return false;
  if (f.delegation && !sameText(g.delegation, f.delegation)) return false;
  return true;
}

export function buildDashboardView(input: DashboardInput): DashboardViewResult {
  const { model, findings, caller, now, lang } = input;
  if (caller.role !== 'organiser') {
    return deniedView(caller.email ? 'organisers_only' : 'no_identity', lang, caller.email, dashboardLabels(lang));
  }
  const filters = input.filters ?? { ...NO_FILTERS };
  const index = indexModel(model);
  const ix = viewIndex(index, findings);
  const ready = readiness(model, now, index);
  const readyById = new Map(ready.guests.map((r) => [r.guestId, r]));
  const phases = filters.phase ? [filters.phase] : [...PHASES];
  const loIndex = new Map(model.los.map((l, i) => [l.lo_id, i]));
  const delegations = [...new Set(model.guests.map((g) => g.delegation?.trim()).filter((d): d is string => !!d))].sort((a, b) =>
    a.localeCompare(b),
  );
  const delegationIndex = new Map(delegations.map((d, i) => [d, i]));
  const s: DashboardSummary = {
    ids: [], names: [], delegation: [], los: [], backups: [], current: [], cells: [], errors: [], warnings: [],
  };
  for (const g of model.guests) {
    if (!matches(ix, g, filters)) continue;
    const r = readyById.get(g.guest_id);
    const facts = guestFacts(index, g);
    const gf = findingsOfGuest(ix, facts);
    const known = facts.los.filter((l) => loIndex.has(l.assignment.lo_id));
    s.ids.push(g.guest_id);
    s.names.push(facts.names.full);
    s.delegation.push(delegationIndex.get(g.delegation?.trim() ?? '') ?? -1);
    s.los.push(known.filter((l) => l.role !== 'backup').map((l) => loIndex.get(l.assignment.lo_id)!));
    s.backups.push(known.filter((l) => l.role === 'backup').map((l) => loIndex.get(l.assignment.lo_id)!));
    s.current.push(r ? phases.indexOf(r.currentPhase) : -1);
    s.cells.push(
      phases.flatMap((p) => {
        const c = r?.phases[p];
        return c ? [c.done, c.total, c.overdue] : [0, 0, 0];
      }),
    );
    s.errors.push(gf.filter((f) => f.severity === 'error').length);
    s.warnings.push(gf.filter((f) => f.severity === 'warning').length);
  }
  return {
    ok: true,
    lang,
    labels: dashboardLabels(lang),
    eventName: eventName(model, lang),
    asOf: t(lang, 'ui.updated', { time: formatDateTime(now, model.event.time_zone, lang) ?? '' }),
    nowIso: now.toISOString(),
    filters,
    phases: phases.map((p) => ({ value: p, label: phaseTitle(lang, p) })),
    los: model.los.map((l): Option => ({ value: l.lo_id, label: l.name || l.lo_id })),
    delegations,
    guests: s,
    timeline: hourTimeline(index, new Set(s.ids), loIndex, lang, now),
    reminders: remindersView(input.reminders ?? {}, lang, model.event.time_zone),
  };
}

/** One guest's card for the dashboard row the organiser opened; organisers only. */
export function buildDashboardCard(input: DashboardInput & { guestId: string }): DashboardCardResult {
  const { model, findings, caller, now, lang, guestId } = input;
  if (caller.role !== 'organiser') {
    return deniedView(caller.email ? 'organisers_only' : 'no_identity', lang, caller.email, dashboardLabels(lang));
  }
  const index = indexModel(model);
  const guest = index.guestsById.get(guestId);
  if (!guest) return { ok: false, lang, message: t(lang, 'ui.tick.unknown_guest', { guest: guestId.slice(0, 64) }) };
  return { ok: true, guest_id: guest.guest_id, card: buildCardBody(viewIndex(index, findings), guest, lang, now, 0) };
}
