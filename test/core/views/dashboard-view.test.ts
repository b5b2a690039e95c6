import { buildDashboardCard, buildDashboardView, parseDashboardFilters } from '../../../src/core/views';
import type { DashboardView } from '../../../src/core/views/types';
import { deleteRow, generateEvent, rowOf, setCell, validEvent } from '../fixtures/workbook';
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

  it('sends a compact summary per guest: ids, names, delegation, LOs, counts per phase, findings', () => {
    const v = ok(buildDashboardView(inputFor(validEvent(), ORGANISER, bkk('2026-12-06 16:00'))));
    const g = v.guests;
    expect(g.ids).toEqual(['G001', 'G002']);
    expect(v.phases.map((p) => p.value)).toEqual(['prepare', 'before_arrival', 'arrival', 'stay', 'departure']);
    expect(g.cells[0]).toHaveLength(15);
    const arrival = v.phases.findIndex((p) => p.value === 'arrival');
    // done, total, overdue of the arrival phase
    expect(g.cells[0].slice(3 * arrival, 3 * arrival + 3)).toEqual([0, 11, 1]);
    expect(g.cells[0].filter((_, i) => i % 3 === 0).reduce((a, b) => a + b, 0)).toBe(4);
    expect(g.cells[0].filter((_, i) => i % 3 === 1).reduce((a, b) => a + b, 0)).toBe(40);
    expect(g.los[0].map((i) => v.los[i].label)).toEqual(['Somchai Jaidee']);
    expect(v.delegations[g.delegation[0]]).toBe('Japan');
    expect([g.errors[0], g.warnings[0]]).toEqual([0, 0]);
    expect(g.current[0]).toBe(arrival);
    // No card in the summary: the card comes with buildDashboardCard.
    expect(JSON.stringify(v)).not.toContain('sections');
  });

  it('filters by LO, by delegation and by phase', () => {
    const base = inputFor(validEvent(), ORGANISER, bkk('2026-12-06 16:00'));
    const byLo = ok(buildDashboardView({ ...base, filters: { lo: 'LO02', delegation: '', phase: '', unassigned: false } }));
    expect(byLo.guests.ids).toEqual(['G002']);
    const byDelegation = ok(buildDashboardView({ ...base, filters: { lo: '', delegation: 'japan', phase: '', unassigned: false } }));
    expect(byDelegation.guests.ids).toEqual(['G001']);
    const byPhase = ok(buildDashboardView({ ...base, filters: { lo: '', delegation: '', phase: 'stay', unassigned: false } }));
    expect(byPhase.phases.map((p) => p.value)).toEqual(['stay']);
    expect(byPhase.guests.cells.every((c) => c.length === 3)).toBe(true);
    expect(byLo.los.map((o) => o.value)).toEqual(['LO01', 'LO02']);
    expect(byLo.delegations).toEqual(['Japan', 'Spain']);
  });

  it('marks guests without an LO and can send only them', () => {
    const wb = validEvent();
    deleteRow(wb, 'Assignments', rowOf(wb, 'Assignments', 'G002'));
    const base = inputFor(wb, ORGANISER, bkk('2026-12-06 16:00'));
    const v = ok(buildDashboardView(base));
    expect(v.guests.los[1]).toEqual([]);
    expect(v.guests.backups[1]).toEqual([]);
    const only = ok(buildDashboardView({ ...base, filters: { lo: '', delegation: '', phase: '', unassigned: true } }));
    expect(only.guests.ids).toEqual(['G002']);
  });

  it('gives one guest\'s card on demand, to organisers only', () => {
    const base = inputFor(validEvent(), ORGANISER, bkk('2026-12-06 16:00'));
    const card = buildDashboardCard({ ...base, guestId: 'G001' });
    expect(card).toMatchObject({ ok: true, guest_id: 'G001' });
    if (!card.ok) throw new Error('no card');
    expect(card.card.name).toContain('Yamada');
    expect(card.card.sections.length).toBeGreaterThan(0);
    expect(buildDashboardCard({ ...base, guestId: 'G999' })).toEqual({ ok: false, lang: 'en', message: expect.stringContaining('G999') });
    const lo = buildDashboardCard({ ...inputFor(validEvent(), 'somchai@example.org', bkk('2026-12-06 16:00')), guestId: 'G001' });
    expect(lo).toMatchObject({ ok: false, reason: 'organisers_only' });
    expect(JSON.stringify(lo)).not.toContain('Yamada');
  });

  it('stays under 150 KB at 1,000 guests (about 100 bytes a guest)', () => {
    const v = ok(buildDashboardView(inputFor(generateEvent(1000), ORGANISER, bkk('2026-12-06 16:00'))));
    expect(v.guests.ids).toHaveLength(1000);
    const bytes = Buffer.byteLength(JSON.stringify(v), 'utf8');
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
  });

  it('puts arrivals and departures by hour per airport on a timeline, with the LOs covering each hour', () => {
    const v = ok(buildDashboardView(inputFor(validEvent(), ORGANISER, bkk('2026-12-06 09:00'))));
    const lo = (i: number[]) => i.map((x) => v.los[x].value);
    expect(v.timeline.map((d) => [d.date, d.title, d.today])).toEqual([
      ['2026-12-06', 'Today, Sun 6 Dec 2026', true],
      ['2026-12-10', 'Thu 10 Dec 2026', false],
    ]);
    const arrivals = v.timeline[0].airports;
    expect(arrivals.map((a) => a.code)).toEqual(['BKK']);
    expect(arrivals[0].hours.map((x) => [x.hour, x.arrivals, x.departures, lo(x.los), x.uncovered, x.crowded])).toEqual([
      [13, 1, 0, ['LO02'], undefined, undefined],
      [15, 1, 0, ['LO01'], undefined, undefined],
    ]);
    expect(v.timeline[1].airports[0].hours.map((x) => [x.hour, x.departures, lo(x.los)])).toEqual([
      [20, 1, ['LO02']],
      [22, 1, ['LO01']],
    ]);
  });

  it('marks an hour with a guest no LO covers as a gap, and more guests than LOs as crowded', () => {
    const wb = validEvent();
    // G002 lands in G001's hour and loses its LO: LO01 covers one of the two guests of 15:00.
    setCell(wb, 'Flights', rowOf(wb, 'Flights', 'G002', 'arrival'), 'arrive_local', '2026-12-06 15:10');
    deleteRow(wb, 'Assignments', rowOf(wb, 'Assignments', 'G002'));
    const v = ok(buildDashboardView(inputFor(wb, ORGANISER, bkk('2026-12-06 09:00'))));
    const bkkHours = v.timeline[0].airports.find((a) => a.code === 'BKK')!.hours;
    expect(bkkHours).toEqual([{ hour: 15, arrivals: 2, departures: 0, los: [0], uncovered: 1, crowded: true }]);
    const late = v.timeline.find((d) => d.date === '2026-12-10')!.airports[0].hours;
    expect(late.find((x) => x.hour === 20)).toEqual({ hour: 20, arrivals: 0, departures: 1, los: [], uncovered: 1 });
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
