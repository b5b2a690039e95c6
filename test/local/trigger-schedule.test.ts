/**
 * planTriggerRuns: when Google would run an hourly trigger over a period —
 * one run per hour from `from`, drifting by whole minutes within ±jitter of
 * the hour's nominal moment, in order, missed hours without a run, and the
 * same plan again for the same seed.
 */
import { planTriggerRuns, type PlannedRun } from '../../src/local/cli/trigger-schedule';

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const FROM = new Date('2026-12-03T07:00:00+07:00');
const hoursLater = (n: number) => new Date(FROM.getTime() + n * HOUR);

function plan(over: Partial<Parameters<typeof planTriggerRuns>[0]> = {}): PlannedRun[] {
  return planTriggerRuns({ from: FROM, to: hoursLater(48), jitterMinutes: 40, missed: [], seed: 7, ...over });
}

const times = (runs: PlannedRun[]) => runs.map((r) => r.at.getTime());

describe('planTriggerRuns', () => {
  it('plans one run for each hour from --from to --to, nominal hours an hour apart', () => {
    const runs = plan();
    expect(runs).toHaveLength(49);
    runs.forEach((r, i) => {
      expect(r.nominal.getTime()).toBe(hoursLater(i).getTime());
    });
    // --to not on the hour: the last hour that starts by then is the last run.
    expect(plan({ to: new Date(hoursLater(5).getTime() + 30 * MINUTE) })).toHaveLength(6);
  });

  it('with no jitter, runs at each nominal hour exactly (the first one too)', () => {
    const runs = plan({ jitterMinutes: 0, to: hoursLater(5) });
    expect(times(runs)).toEqual(runs.map((r) => r.nominal.getTime()));
  });

  it('drifts by whole minutes, within ±jitter of the nominal hour and inside the period', () => {
    for (const jitter of [1, 20, 40, 59]) {
      for (const seed of [1, 2, 3, 7, 99]) {
        const to = hoursLater(24);
        for (const r of plan({ jitterMinutes: jitter, seed, to })) {
          const drift = r.at.getTime() - r.nominal.getTime();
          expect(Math.abs(drift)).toBeLessThanOrEqual(jitter * MINUTE);
          expect(Math.abs(drift % MINUTE)).toBe(0);
          expect(r.at.getTime()).toBeGreaterThanOrEqual(FROM.getTime());
          expect(r.at.getTime()).toBeLessThanOrEqual(to.getTime());
        }
      }
    }
  });

  it('really drifts: with jitter, not every run is on its hour, and some run early and some late', () => {
    const drifts = plan().map((r) => r.at.getTime() - r.nominal.getTime());
    expect(drifts.some((d) => d < 0)).toBe(true);
    expect(drifts.some((d) => d > 0)).toBe(true);
  });

  it('never runs two out of order, even when the drift is nearly an hour', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const kept = times(plan({ jitterMinutes: 59, seed }));
      for (let i = 1; i < kept.length; i++) expect(kept[i]).toBeGreaterThan(kept[i - 1]);
    }
  });

  it('marks the hour that holds a missed instant as missed, and only that one', () => {
    const missed = [new Date('2026-12-03T12:30:00+07:00'), new Date('2026-12-04T07:00:00+07:00')];
    const runs = plan({ missed });
    const flagged = runs.filter((r) => r.missed).map((r) => r.nominal.toISOString());
    // 12:30 lies in the hour from 12:00; 07:00 the next day starts an hour of its own.
    expect(flagged).toEqual([hoursLater(5).toISOString(), hoursLater(24).toISOString()]);
  });

  it('a missed hour does not hold back the next run: it keeps to its own nominal hour', () => {
    const missed = [hoursLater(3)];
    const runs = plan({ missed, jitterMinutes: 0 });
    expect(runs[4].at.getTime()).toBe(hoursLater(4).getTime());
    expect(runs.filter((r) => !r.missed)).toHaveLength(48);
  });

  it('gives the same plan for the same seed, and another plan for another seed', () => {
    expect(times(plan({ seed: 7 }))).toEqual(times(plan({ seed: 7 })));
    expect(times(plan({ seed: 8 }))).not.toEqual(times(plan({ seed: 7 })));
  });
});
