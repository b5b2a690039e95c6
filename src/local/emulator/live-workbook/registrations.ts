/**
 * Registrations of the executions that have a live workbook open (`active/`,
 * one file each: its process and how far it has read the journal), so the
 * journal is compacted only up to what every live one has; and the sweep of
 * what executions killed mid-write left behind. Callers hold the workbook's
 * mutex.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpointTmpPattern } from './checkpoint';
import type { LiveFiles } from './files';

/** A registration is written in microseconds; one unreadable for this long will never be readable. */
const STALE_REGISTRATION_MS = 10_000;

/** Says where execution `token` has read the journal to: written aside and renamed, so it is never half there. */
export function register(files: LiveFiles, token: string, seq: number): void {
  mkdirSync(files.active, { recursive: true });
  const file = path.join(files.active, `${token}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, seq }));
  renameSync(`${file}.tmp`, file);
}

export function unregister(files: LiveFiles, token: string): void {
  rmSync(path.join(files.active, `${token}.json`), { force: true });
}

/** The journal position every live execution but `token` has reached (entries after it must stay). */
export function othersReached(files: LiveFiles, token: string): number {
  let min = Infinity;
  let names: string[] = [];
  try {
    names = readdirSync(files.active);
  } catch {
    return min;
  }
  for (const name of names) {
    if (name === `${token}.json`) continue;
    const file = path.join(files.active, name);
    try {
      const a = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; seq: number };
      if (!alive(a.pid)) {
        rmSync(file, { force: true });
        continue;
      }
      min = Math.min(min, a.seq);
    } catch {
      // Registrations are renamed into place whole, so an unreadable one was left half-written by
      // an older writer that died: it holds nothing back once it has been there longer than any write takes.
      if (ageMs(file) > STALE_REGISTRATION_MS) rmSync(file, { force: true });
      else min = Math.min(min, 0);
    }
  }
  return min;
}

/**
 * What executions killed mid-write left: checkpoints being serialised by a
 * process that is gone, journal rewrites, registrations never renamed into
 * place. None is read by anyone; each would stay forever.
 */
export function sweepLeftovers(files: LiveFiles, token: string): void {
  const checkpointTmp = checkpointTmpPattern(files);
  const remove = (dir: string, keep: (name: string) => boolean) => {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) if (!keep(name)) rmSync(path.join(dir, name), { force: true });
  };
  remove(path.dirname(files.workbook), (name) => {
    const m = checkpointTmp.exec(name);
    return !m || alive(Number(m[1]));
  });
  remove(files.dir, (name) => !(name.startsWith(`${path.basename(files.journal)}.`) && name.endsWith('.tmp')));
  remove(files.active, (name) => !name.endsWith('.tmp') || alive(pidOfTmp(files, name)));
  // Registrations of dead processes, and unreadable ones of a writer long gone.
  othersReached(files, token);
}

/** The process of a registration being written: unknown once it is gone, so it counts as dead. */
function pidOfTmp(files: LiveFiles, name: string): number {
  try {
    return (JSON.parse(readFileSync(path.join(files.active, name), 'utf8')) as { pid: number }).pid;
  } catch {
    return -1;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function alive(pid: number): boolean {
  // 0 and negative numbers name process groups, not a process.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
