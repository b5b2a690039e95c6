/**
 * An execution's clock in predicted Google time.
 *
 * Google time = the instant the execution started + the modelled cost of
 * every service call so far (costs.ts) + the bundle's own computing time
 * (local time outside the emulated services, taken as what V8 on Google
 * would spend). Local time spent inside the emulated services is replaced by
 * the modelled cost, since reading an .xlsx is not what a Sheets call costs.
 * `Date.now()` and `new Date()` inside the bundle read this clock.
 */
import { EXECUTION_START_MS } from './costs';

export class GoogleClock {
  /** Modelled cost charged so far (start-up included): the deterministic part. */
  chargedMs = EXECUTION_START_MS;
  private readonly anchor = performance.now();
  /** Local time spent inside emulated services (excluded from the bundle's own time). */
  private serviceLocalMs = 0;
  /** Set once the bundle starts running (loading the file is part of start-up). */
  private running = false;
  private runAnchor = 0;

  constructor(readonly startMs: number) {}

  /** The bundle starts running now: from here its own computing time counts. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.runAnchor = performance.now();
  }

  /** Set once the bundle has returned: what the emulator does after (saving the .xlsx) is not Google's time. */
  private stoppedAt: number | null = null;

  /** The bundle has returned (or thrown): its own computing time stops here. */
  stop(): void {
    if (this.running && this.stoppedAt === null) this.stoppedAt = performance.now();
  }

  /** The bundle's own computing time so far, in ms. */
  ownMs(): number {
    if (!this.running) return 0;
    return Math.max(0, (this.stoppedAt ?? performance.now()) - this.runAnchor - this.serviceLocalMs);
  }

  now(): number {
    return this.startMs + this.elapsedMs();
  }

  /** Google time since the execution started. */
  elapsedMs(): number {
    return this.chargedMs + this.ownMs();
  }

  charge(ms: number): void {
    if (ms > 0) this.chargedMs += ms;
  }

  /** Local time spent inside a service call, which the call's modelled cost replaces. */
  excludeLocal(ms: number): void {
    if (ms > 0) this.serviceLocalMs += ms;
  }

  /** Local time since construction (for reports of the emulator's own cost). */
  localMs(): number {
    return performance.now() - this.anchor;
  }
}
