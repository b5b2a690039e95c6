/** Lock: one of LockService's three locks, as an execution holds it (or not). */
import type { Assert, Conforms } from '../conformance';
import type { LockService } from './lock-service';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

function checkTimeout(ms: unknown, method: string): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new Error(`Invalid argument: timeoutInMillis (Lock.${method} needs a number of milliseconds ≥ 0, got ${String(ms)})`);
  }
  return ms;
}

export class Lock {
  readonly gasType = 'Lock';
  private held = false;

  constructor(
    private readonly service: LockService,
    readonly _scope: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    const ms = checkTimeout(timeoutInMillis, 'tryLock');
    if (this.hasLock()) return true;
    this.held = this.service._acquire(this._scope, ms);
    return this.held;
  }

  waitLock(timeoutInMillis: number): void {
    const ms = checkTimeout(timeoutInMillis, 'waitLock');
    if (!this.tryLock(ms)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    // The execution may have ended (releaseAll) since this object took it.
    if (this.held && !this.service._holds(this._scope)) this.held = false;
    return this.held;
  }

  releaseLock(): void {
    if (!this.hasLock()) return;
    this.held = false;
    this.service._release(this._scope);
  }
}

// Compile-time: Lock keeps to Apps Script's Lock (see ../conformance.ts).
type _LockConforms = Assert<Conforms<Lock, GoogleAppsScript.Lock.Lock>>;
