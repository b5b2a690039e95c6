/**
 * LockService over the file system, so that two processes working on one
 * workbook exclude each other as two Apps Script executions of one document.
 *
 * Protocol (shared by every process, whatever its language): a lock is the
 * directory `<sidecar>/locks/<name>.lock`, taken by an atomic mkdir, with an
 * `owner.json` inside ({pid, host, token, at}). A lock is stale when its
 * owner process on this host is dead, or it is older than its stale age.
 * Breaking a stale lock is itself serialised by a `<name>.lock.break`
 * directory, so two processes cannot both break it and both take it.
 *
 * Waiting is synchronous (Atomics.wait), since the bundle runs synchronously.
 *
 * The service lives in ./lock/, one module per Apps Script class:
 * lock-service.ts LockService, lock.ts Lock; and file-lock.ts (the protocol,
 * also the sidecar files' mutex and the runner's synchronous sleep).
 */
export { createLockService } from './lock/lock-service';
export { LOCK_TIMEOUT_MESSAGE } from './lock/lock';
export {
  acquireDir,
  
  
  releaseDir,
  sleepSync,
  tryAcquireDir,
  withMutex,
} from './lock/file-lock';
