/**
 * The organiser dashboard: readiness per guest and phase, who has no LO, the
 * arrivals and departures of today and tomorrow, and the state of reminders.
 * Pure; the server checks that the caller is an organiser before calling it.
 */
import { PHASES, type EventModel, type Finding, type Flight, type Guest, type Lang, type Phase } from '../model';
import { t } from '../i18n';
import { readiness } from '../checklist';
import { indexModel } from '../model-index';
import { addDays, localDate } from '../time/zones';
import type { Caller } from './access';
import { joinNonEmpty } from '../text';
import { guestFacts } from '../facts/guest-facts';
import { formatDate, formatDateTime, formatTime } from '../time/format';
import { findingsOfGuest, loNames, viewIndex, type ViewIndex } from './view-index';
import { dashboardLabels } from './labels';
import { deniedView, eventName } from './lo-view';
import { remindersView, type RemindersState } from './reminders-state';
import type {
  DashboardFilters, DashboardViewResult, Option, ReadinessCell, ReadinessRow, TimelineDay, TimelineEvent,
} from './types';

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

function timelineEvent(ix: ViewIndex, fl: Flight, lang: Lang, eventZone: string): TimelineEvent | undefined {
  const g = ix.index.guestsById.get(fl.guest_id);
  const moment = fl.direction === 'arrival' ? fl.arrive : fl.depart;
  if (!g || !moment) return undefined;
  const airport = fl.direction === 'arrival' ? fl.to_airport : fl.from_airport;
  const facts = guestFacts(ix.index, g);
  const los = loNames(facts);
  const ev: TimelineEvent = {
    time: formatTime(moment.at, eventZone, lang) ?? '',
    iso: moment.at.toISOString(),
    kind: fl.direction,
    kindLabel: t(lang, fl.direction === 'arrival' ? 'ui.flight.arrival' : 'ui.flight.departure'),
    guest_id: g.guest_id,
    guest: facts.names.full,
    flight: fl.flight_no,
    where: `${airport} ${formatTime(moment.at, moment.zone, lang, true) ?? ''}`,
    los: [...los.primary, ...los.backup].join(t(lang, 'common.list.separator')) || t(lang, 'ui.dash.no_lo'),
  };
  if (fl.status !== 'scheduled') {
    ev.status = t(lang, fl.status === 'changed' ? 'ui.flight.status.changed' : 'ui.flight.status.cancelled');
  }
  return ev;
}

function timeline(ix: ViewIndex, lang: Lang, now: Date, guestIds: Set<string>): TimelineDay[] {
  const zone = ix.index.model.event.time_zone;
  const today = localDate(now, zone);
  const days = [today, addDays(today, 1)];
  const byDay = new Map<string, TimelineEvent[]>(days.map((d) => [d, []]));
  for (const fl of ix.index.model.flights) {
    if (!guestIds.has(fl.guest_id)) continue;
    const moment = fl.direction === 'arrival' ? fl.arrive : fl.depart;
    if (!moment) continue;
    const list = byDay.get(localDate(moment.at, zone));
    if (!list) continue;
    const ev = timelineEvent(ix, fl, lang, zone);
    if (ev) list.push(ev);
  }
  return days.map((d, i) => ({
    date: d,
    title: t(lang, i === 0 ? 'ui.dash.today' : 'ui.dash.tomorrow', { date: formatDate(d, lang) ?? d }),
    events: byDay.get(d)!.sort((a, b) => a.iso.localeCompare(b.iso) || a.guest.localeCompare(b.guest)),
    empty: t(lang, 'ui.dash.timeline_none'),
  }));
}

export function buildDashboardView(input: DashboardInput): DashboardViewResult {
  const { model, findings, caller, now, lang } = input;
  if (caller.role !== 'organiser') {
    return deniedView(caller.email ? 'organisers_only' : 'no_identity', lang, caller.email, dashboardLabels(lang));
  }
  const filters = input.filters ?? { ...NO_FILTERS };
  const zone = model.event.time_zone;
  const index = indexModel(model);
  const ix = viewIndex(index, findings);
  const ready = readiness(model, now, index);
  const readyById = new Map(ready.guests.map((r) => [r.guestId, r]));
  const phases = filters.phase ? [filters.phase] : [...PHASES];
  const rows: ReadinessRow[] = [];
  let overdueTotal = 0;
  let withErrors = 0;
  for (const g of model.guests) {
    if (!matches(ix, g, filters)) continue;
    const r = readyById.get(g.guest_id);
    const facts = guestFacts(index, g);
    const names = loNames(facts);
    const gf = findingsOfGuest(ix, facts);
    const errors = gf.filter((f) => f.severity === 'error').length;
    const warnings = gf.filter((f) => f.severity === 'warning').length;
    const cells: ReadinessCell[] = phases.map((p) => {
      const c = r?.phases[p] ?? { total: 0, done: 0, auto: 0, overdue: 0, open: 0 };
      const tone: ReadinessCell['tone'] =
        c.overdue > 0 ? 'bad' : c.total > 0 && c.done === c.total ? 'ok' : r?.currentPhase === p ? 'warn' : 'open';
      const text = joinNonEmpty(
        [`${c.done}/${c.total}`, c.overdue ? t(lang, 'ui.dash.cell.overdue', { n: c.overdue }) : undefined],
        ' · ',
      );
      return { phase: p, done: c.done, total: c.total, overdue: c.overdue, text, tone };
    });
    const all = r?.all ?? { total: 0, done: 0, overdue: 0 };
    overdueTotal += cells.reduce((n, c) => n + c.overdue, 0);
    if (errors) withErrors++;
    const percent = all.total ? Math.round((100 * all.done) / all.total) : 0;
    rows.push({
      guest_id: g.guest_id,
      name: facts.names.full,
      delegation: g.delegation ?? '',
      los:
        [...names.primary, ...names.backup.map((b) => `${b} (${t(lang, 'ui.lo.role.backup')})`)].join(t(lang, 'common.list.separator')) ||
        t(lang, 'ui.dash.no_lo'),
      unassigned: names.primary.length + names.backup.length === 0,
      cells,
      findings: {
        errors,
        warnings,
        text: errors || warnings ? t(lang, 'ui.dash.findings', { errors, warnings }) : t(lang, 'ui.dash.findings_none'),
      },
      overall: { done: all.done, total: all.total, percent, text: `${percent}% (${all.done}/${all.total})` },
    });
  }
  const delegations = [...new Set(model.guests.map((g) => g.delegation?.trim()).filter((d): d is string => !!d))].sort((a, b) =>
    a.localeCompare(b),
  );
  const phaseOptions: Option[] = PHASES.map((p) => ({ value: p, label: phaseTitle(lang, p) }));
  return {
    ok: true,
    lang,
    labels: dashboardLabels(lang),
    eventName: eventName(model, lang),
    asOf: t(lang, 'ui.updated', { time: formatDateTime(now, zone, lang) ?? '' }),
    nowIso: now.toISOString(),
    filters,
    options: {
      los: model.los.map((l) => ({ value: l.lo_id, label: `${l.name} (${l.lo_id})` })),
      delegations: delegations.map((d) => ({ value: d, label: d })),
      phases: phaseOptions,
    },
    phases: phaseOptions.filter((o) => phases.includes(o.value as Phase)),
    rows,
    count: t(lang, 'ui.dash.count', { shown: rows.length, total: model.guests.length }),
    totals: t(lang, 'ui.dash.totals', { overdue: overdueTotal, errors: withErrors }),
    unassigned: model.guests
      .map((g) => guestFacts(index, g))
      .filter((f) => !f.hasLo)
      .map((f) => ({ guest_id: f.guest.guest_id, name: f.names.full, delegation: f.guest.delegation ?? '' })),
    timeline: timeline(ix, lang, now, new Set(rows.map((r) => r.guest_id))),
    reminders: remindersView(input.reminders ?? {}, lang, zone),
  };
}
