/**
 * The file-lock protocol under LockService and the sidecar's mutexes, so
 * that two processes working on one workbook exclude each other as two Apps
 * Script executions of one document.
 *
 * Protocol (shared by every process, whatever its language): a lock is the
 * directory `<sidecar>/locks/<name>.lock` with an `owner.json` inside ({pid,
 * host, token, at}), taken by renaming a staging directory that already holds
 * the owner onto that name (atomic; it fails when the lock exists). A lock is stale when its
 * owner process on this host is dead, or it is older than its stale age.
 * Breaking a stale lock is itself serialised by a `<name>.lock.break`
 * directory, so two processes cannot both break it and both take it.
 *
 * Waiting is synchronous (Atomics.wait), since the bundle runs synchronously.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
    const token = randomUUID();
    if (placeWithOwner(dir, { pid: process.pid, host: hostname(), token, at: Date.now() })) {
      installExitHook();
      heldByProcess.set(dir, token);
      return token;
    }
    if (attempt === 0 && isStale(dir, staleMs)) {
      breakIfStale(dir, staleMs);
      continue;
    }
    return null;
  }
  return null;
}

/**
 * Creates the lock directory with its owner.json already inside: the owner is
 * written into a private directory, which is then renamed into place. A
 * rename onto an existing lock fails, so there is never a moment (nor, after a
 * kill, a leftover) of a lock without its owner for others to wait out.
 */
function placeWithOwner(dir: string, owner: Owner): boolean {
  const staging = `${dir}.${owner.token.slice(0, 8)}.new`;
  mkdirSync(staging);
  try {
    writeFileSync(path.join(staging, 'owner.json'), JSON.stringify(owner));
    try {
      renameSync(staging, dir);
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOTEMPTY' && code !== 'EISDIR' && code !== 'EPERM') throw err;
      return false;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    sweepStaging(dir);
  }
}

/** Staging directories of takers killed between mkdir and rename: they only ever live for milliseconds. */
function sweepStaging(dir: string): void {
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}.`;
  let names: string[] = [];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.new')) continue;
    const age = ageOf(path.join(parent, name));
    if (age !== null && age > MUTEX_STALE_MS) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
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
