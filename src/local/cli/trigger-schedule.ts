/**
 * When Google would run an hourly time-driven trigger over a period: once in
 * each hour from `from`, at a minute that drifts by up to ±jitter from the
 * hour's nominal minute (seeded, so a simulation can be repeated), never two
 * runs out of order; an hour that holds one of `missed` gets no run at all.
 */
export interface PlannedRun {
  /** The start of the hour this run belongs to. */
  nominal: Date;
  /** When it runs. */
  at: Date;
  missed: boolean;
}

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

/** mulberry32: a small, well-known seeded generator (uniform in [0, 1)). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function planTriggerRuns(opts: { from: Date; to: Date; jitterMinutes: number; missed: Date[]; seed: number }): PlannedRun[] {
  const random = seeded(opts.seed);
  const runs: PlannedRun[] = [];
  // No run before the first: it may be at `from` itself (not a minute after it).
  let last = -Infinity;
  for (let nominal = opts.from.getTime(); nominal <= opts.to.getTime(); nominal += HOUR) {
    const drift = Math.round((random() * 2 - 1) * opts.jitterMinutes) * MINUTE;
    const at = Math.min(opts.to.getTime(), Math.max(opts.from.getTime(), last + MINUTE, nominal + drift));
    const missed = opts.missed.some((m) => m.getTime() >= nominal && m.getTime() < nominal + HOUR);
    runs.push({ nominal: new Date(nominal), at: new Date(at), missed });
    if (!missed) last = at;
  }
  return runs;
}
