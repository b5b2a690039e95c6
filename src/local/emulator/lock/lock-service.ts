/**
 * LockService: the document, script and user locks, each a lock directory of
 * the emulated Google side taken with the file-lock protocol (file-lock.ts),
 * so that executions in other processes wait on it as on Google.
 */
import type { Assert, Conforms } from '../conformance';
import path from 'node:path';
import { effectiveUserOf } from '../session';
import type { ServiceContext } from '../state';
import { acquireDir, LOCK_STALE_MS, releaseDir } from './file-lock';
import { Lock } from './lock';

interface Hold {
  dir: string;
  token: string;
  /** Lock objects of this execution holding the scope: the directory goes when the last lets go. */
  count: number;
}

export class LockService {
  readonly gasType = 'LockService';
  private readonly holds = new Map<string, Hold>();

  constructor(private readonly ctx: ServiceContext) {}

  /**
   * The containing document's lock; null in an add-on's time-driven trigger
   * and in a web app, which have no containing document (PLATFORM.md).
   */
  getDocumentLock(): Lock | null {
    const id = this.ctx.documentId;
    return id ? new Lock(this, path.join(this.ctx.google.document(id).locks, 'document.lock')) : null;
  }

  /** One lock for the whole add-on project: every user of it on every spreadsheet waits on it. */
  getScriptLock(): Lock {
    return new Lock(this, path.join(this.ctx.google.locks, 'script.lock'));
  }

  getUserLock(): Lock {
    return new Lock(this, path.join(this.ctx.google.user(effectiveUserOf(this.ctx)).locks, 'user.lock'));
  }

  /** The lock's directory: the scope is its path. */
  _dirOf(scope: string): string {
    return scope;
  }

  _holds(scope: string): boolean {
    return this.holds.has(scope);
  }

  _acquire(scope: string, timeoutMs: number): boolean {
    const hold = this.holds.get(scope);
    if (hold) {
      hold.count++;
      return true;
    }
    const dir = this._dirOf(scope);
    const t0 = Date.now();
    const token = acquireDir(dir, timeoutMs, LOCK_STALE_MS);
    // Waiting for another execution takes real time on Google too.
    this.ctx.clock.charge(Date.now() - t0);
    if (!token) return false;
    this.holds.set(scope, { dir, token, count: 1 });
    // What the previous holder flushed is visible to whoever takes the lock next.
    this.ctx.onSync?.('lock');
    return true;
  }

  _release(scope: string): void {
    const hold = this.holds.get(scope);
    if (!hold) return;
    hold.count--;
    if (hold.count > 0) return;
    this.holds.delete(scope);
    releaseDir(hold.dir, hold.token);
  }

  /** Apps Script releases every lock when the execution ends. */
  releaseAll(): void {
    for (const [scope, hold] of this.holds) {
      this.holds.delete(scope);
      releaseDir(hold.dir, hold.token);
    }
  }

  async commit(): Promise<string[]> {
    this.releaseAll();
    return [];
  }
}

// Compile-time: LockService keeps to Apps Script's LockService (see ../conformance.ts).
// commit and releaseAll are the emulator's own: at the end of an execution services.ts commits, which releases
// every lock it still holds, as Apps Script does.
type _LockServiceConforms = Assert<Conforms<LockService, GoogleAppsScript.Lock.LockService, 'commit' | 'releaseAll'>>;

export function createLockService(ctx: ServiceContext): LockService {
  return new LockService(ctx);
}
