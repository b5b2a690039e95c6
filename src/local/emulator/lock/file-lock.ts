/**
 * The file-lock protocol under LockService and the sidecar's mutexes, so
 * that two processes working on one workbook exclude each other as two Apps
 * Script executions of one document.
 *
 * Protocol (shared by every process, whatever its language): a lock is the
 * directory `<sidecar>/locks/<name>.lock`, taken by an atomic mkdir, with an
 * `owner.json` inside ({pid, host, token, at}). A lock is stale when its
 * owner process on this host is dead, or it is older than its stale age.
 * Breaking a stale lock is itself serialised by a `<name>.lock.break`
 * directory, so two processes cannot both break it and both take it.
 *
 * Waiting is synchronous (Atomics.wait), since the bundle runs synchronously.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/** An execution lasts at most 6 minutes; a lock older than that (plus slack) was left behind. */
export const LOCK_STALE_MS = 7 * 60 * 1000;
/** Mutexes around sidecar files are held for milliseconds. */
const MUTEX_STALE_MS = 10 * 1000;
const MUTEX_WAIT_MS = 15 * 1000;
/** An owner.json missing for this long means its creator died right after mkdir. */
const OWNERLESS_STALE_MS = 10 * 1000;

interface Owner {
  pid: number;
  host: string;
  token: string;
  at: number;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread for `ms` milliseconds (the bundle runs synchronously, so must its waits). */
export function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
}

/** Lock directories this process holds, released on exit so a crash leaves nothing behind. */
const heldByProcess = new Map<string, string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const [dir, token] of heldByProcess) releaseDir(dir, token);
  });
}

function readOwner(dir: string): Owner | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'owner.json'), 'utf8')) as Owner;
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageOf(dir: string): number | null {
  try {
    return Date.now() - statSync(dir).mtimeMs;
  } catch {
    return null;
  }
}

function isStale(dir: string, staleMs: number): boolean {
  const owner = readOwner(dir);
  if (!owner) {
    const age = ageOf(dir);
    return age !== null && age > Math.min(staleMs, OWNERLESS_STALE_MS);
  }
  if (owner.host === hostname() && !processAlive(owner.pid)) return true;
  return Date.now() - owner.at > staleMs;
}

function breakIfStale(dir: string, staleMs: number): void {
  const guard = `${dir}.break`;
  try {
    mkdirSync(guard);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // A breaker that died mid-way leaves its guard; it only ever needs milliseconds.
    const age = ageOf(guard);
    if (age !== null && age > MUTEX_STALE_MS) rmSync(guard, { recursive: true, force: true });
    return;
  }
  try {
    if (isStale(dir, staleMs)) rmSync(dir, { recursive: true, force: true });
  } finally {
    rmSync(guard, { recursive: true, force: true });
  }
}

/** One attempt to take the lock directory; returns its token, or null when someone holds it. */
export function tryAcquireDir(dir: string, staleMs: number): string | null {
  mkdirSync(path.dirname(dir), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (attempt === 0 && isStale(dir, staleMs)) {
        breakIfStale(dir, staleMs);
        continue;
      }
      return null;
    }
    const token = randomUUID();
    const owner: Owner = { pid: process.pid, host: hostname(), token, at: Date.now() };
    writeFileSync(path.join(dir, 'owner.json'), JSON.stringify(owner));
    installExitHook();
    heldByProcess.set(dir, token);
    return token;
  }
  return null;
}

/** Releases the lock directory if it is still ours (a stale-breaker may have taken it). */
export function releaseDir(dir: string, token: string): boolean {
  heldByProcess.delete(dir);
  const owner = readOwner(dir);
  if (!owner || owner.token !== token) return false;
  rmSync(dir, { recursive: true, force: true });
  return true;
}

/** Polls for the lock directory until `timeoutMs` has passed. */
export function acquireDir(dir: string, timeoutMs: number, staleMs: number): string | null {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const token = tryAcquireDir(dir, staleMs);
    if (token) return token;
    const left = deadline - Date.now();
    if (left <= 0) return null;
    sleepSync(Math.min(left, 20 + Math.floor(Math.random() * 30)));
  }
}

/** Runs `fn` while holding a short cross-process mutex (for read-modify-write of sidecar files). */
export function withMutex<R>(locksDir: string, name: string, fn: () => R): R {
  const dir = path.join(locksDir, `${name}.lock`);
  const token = acquireDir(dir, MUTEX_WAIT_MS, MUTEX_STALE_MS);
  if (!token) throw new Error(`Timed out waiting for ${dir}: another process has held it for ${MUTEX_WAIT_MS} ms.`);
  try {
    return fn();
  } finally {
    releaseDir(dir, token);
  }
}

/** Releases every lock this process still holds (for a runner that aborts an execution). */
export function releaseAllLocks(): void {
  for (const [dir, token] of [...heldByProcess]) releaseDir(dir, token);
}
