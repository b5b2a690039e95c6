import { buildDashboardView, parseDashboardFilters } from '../../../src/core/views';
import type { DashboardView } from '../../../src/core/views/types';
import { deleteRow, rowOf, validEvent } from '../fixtures/workbook';
import { bkk } from '../fixtures/model';
import { inputFor } from '../fixtures/views';

const ORGANISER = 'organiser@example.org';

function ok(v: ReturnType<typeof buildDashboardView>): DashboardView {
  if (!v.ok) throw new Error(`expected a view, got a refusal: ${v.message}`);
  return v;
}

describe('the organiser dashboard', () => {
  it('is refused to LOs, strangers and an empty identity, with no data', () => {
    for (const [email, reason] of [
      ['somchai@example.org', 'organisers_only'],
      ['intruder@example.com', 'organisers_only'],
      ['', 'no_identity'],
    ] as const) {
      const v = buildDashboardView(inputFor(validEvent(), email, bkk('2026-12-06 12:00')));
      expect(v).toMatchObject({ ok: false, reason });
      expect(JSON.stringify(v)).not.toContain('Yamada');
    }
  });

  it('shows every guest with readiness per phase, findings and overall progress', () => {
    const v = ok(buildDashboardView(inputFor(validEvent(), ORGANISER, bkk('2026-12-06 16:00'))));
    expect(v.rows.map((r) => r.guest_id)).toEqual(['G001', 'G002']);
    expect(v.phases.map((p) => p.value)).toEqual(['prepare', 'before_arrival', 'arrival', 'stay', 'departure']);
    const g1 = v.rows[0];
    expect(g1.cells).toHaveLength(5);
    const arrival = g1.cells.find((c) => c.phase === 'arrival')!;
    expect(arrival.overdue).toBe(1);
    expect(arrival.tone).toBe('bad');
    expect(arrival.text).toBe('0/11 · 1 overdue');
    expect(g1.los).toBe('Somchai Jaidee');
    expect(g1.findings).toEqual({ errors: 0, warnings: 0, text: 'none' });
    expect(g1.overall).toEqual({ done: 4, percent: 10, text: '10% (4/40)', total: 40 });
    expect(v.count).toBe('2 of 2 guests');
  });

  it('filters by LO, by delegation and by phase', () => {
    const base = inputFor(validEvent(), ORGANISER, bkk('2026-12-06 16:00'));
    const byLo = ok(buildDashboardView({ ...base, filters: { lo: 'LO02', delegation: '', phase: '', unassigned: false } }));
    expect(byLo.rows.map((r) => r.guest_id)).toEqual(['G002']);
    const byDelegation = ok(buildDashboardView({ ...base, filters: { lo: '', delegation: 'japan', phase: '', unassigned: false } }));
    expect(byDelegation.rows.map((r) => r.guest_id)).toEqual(['G001']);
    const byPhase = ok(buildDashboardView({ ...base, filters: { lo: '', delegation: '', phase: 'stay', unassigned: false } }));
    expect(byPhase.phases.map((p) => p.value)).toEqual(['stay']);
    expect(byPhase.rows.every((r) => r.cells.length === 1 && r.cells[0].phase === 'stay')).toBe(true);
    expect(byLo.options.los.map((o) => o.value)).toEqual(['LO01', 'LO02']);
    expect(byLo.options.delegations.map((o) => o.value)).toEqual(['Japan', 'Spain']);
  });

  it('lists guests without an LO and can show only them', () => {
    const wb = validEvent();
    deleteRow(wb, 'Assignments', rowOf(wb, 'Assignments', 'G002'));
    const base = inputFor(wb, ORGANISER, bkk('2026-12-06 16:00'));
    const v = ok(buildDashboardView(base));
    expect(v.unassigned.map((u) => u.guest_id)).toEqual(['G002']);
    expect(v.rows.find((r) => r.guest_id === 'G002')).toMatchObject({ unassigned: true, los: 'no LO' });
    const only = ok(buildDashboardView({ ...base, filters: { lo: '', delegation: '', phase: '', unassigned: true } }));
    expect(only.rows.map((r) => r.guest_id)).toEqual(['G002']);
  });

  it('puts today\'s and tomorrow\'s arrivals and departures on a timeline, in time order', () => {
    const v = ok(buildDashboardView(inputFor(validEvent(), ORGANISER, bkk('2026-12-06 09:00'))));
    expect(v.timeline.map((d) => d.date)).toEqual(['2026-12-06', '2026-12-07']);
    expect(v.timeline[0].title).toBe('Today, Sun 6 Dec 2026');
    expect(v.timeline[0].events.map((e) => [e.time, e.kind, e.guest_id, e.flight])).toEqual([
      ['13:00', 'arrival', 'G002', 'QR 836'],
      ['15:30', 'arrival', 'G001', 'TG 641'],
    ]);
    expect(v.timeline[1].events).toEqual([]);
    const last = ok(buildDashboardView(inputFor(validEvent(), ORGANISER, bkk('2026-12-09 23:30'))));
    // Tomorrow across midnight: both departures of the 10th.
    expect(last.timeline[1].events.map((e) => [e.time, e.kind, e.guest_id])).toEqual([
      ['20:00', 'departure', 'G002'],
      ['22:00', 'departure', 'G001'],
    ]);
  });

  it('shows the reminders state, off when never written', () => {
    const base = inputFor(validEvent(), ORGANISER, bkk('2026-12-06 09:00'));
    expect(ok(buildDashboardView(base)).reminders).toEqual({ on: false, text: 'Reminders are off · not run yet' });
    const state = { on: true, lastRunAt: new Date('2026-12-06T01:00:00Z'), lastError: 'quota' };
    expect(ok(buildDashboardView({ ...base, reminders: state })).reminders).toEqual({
      on: true,
      text: 'Reminders are on · last run Sun 6 Dec 2026 08:00 (Bangkok, UTC+7) · last problem: quota',
    });
  });
});

describe('dashboard filters from the browser', () => {
  it('accepts nothing, or the known fields with the right types', () => {
    expect(parseDashboardFilters(undefined)).toEqual({ lo: '', delegation: '', phase: '', unassigned: false });
    expect(parseDashboardFilters({ lo: ' LO01 ', phase: 'arrival', unassigned: true })).toEqual({
      lo: 'LO01', delegation: '', phase: 'arrival', unassigned: true,
    });
  });

  it('refuses anything else with a message naming the field', () => {
    expect(parseDashboardFilters('LO01')).toEqual({ error: 'filters must be an object' });
    expect(parseDashboardFilters({ lo: 5 })).toEqual({ error: 'filters.lo must be text' });
    expect(parseDashboardFilters({ phase: 'party' })).toMatchObject({ error: expect.stringContaining('filters.phase') });
    expect(parseDashboardFilters({ unassigned: 'yes' })).toEqual({ error: 'filters.unassigned must be true or false' });
    expect(parseDashboardFilters({ delegation: 'x'.repeat(500) })).toMatchObject({ error: expect.stringContaining('longer') });
  });
});
