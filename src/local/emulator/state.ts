/**
 * The context every non-spreadsheet service is built with, and the sidecar
 * folder beside the workbook where they keep what Apps Script keeps between
 * executions (properties, mail quota window, triggers, Drive ids, documents).
 *
 * Why a sidecar folder: each execution builds its services fresh, and two
 * `lo-desk` processes may work on one workbook, so nothing may live only in
 * memory. Writes go through a short cross-process mutex and an atomic rename,
 * so a reader never sees half a file and two writers never lose each other's
 * change.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withMutex } from './lock';
import type { EmulatorOptions } from './types';

export interface SidecarPaths {
  /** `<workbook>.lodesk/`: everything the emulator keeps for that workbook. */
  dir: string;
  properties: string;
  mailQuota: string;
  triggers: string;
  drive: string;
  /** One JSON file per DocumentApp document: its content, to reopen by id. */
  documents: string;
  /** LockService locks and the mutexes around sidecar files. */
  locks: string;
}

export interface ServiceContext {
  options: EmulatorOptions;
  /** The execution's clock: options.now when given, else the real time. */
  now(): Date;
  paths: SidecarPaths;
}

export function sidecarPaths(workbookPath: string): SidecarPaths {
  const dir = `${path.resolve(workbookPath)}.lodesk`;
  return {
    dir,
    properties: path.join(dir, 'properties.json'),
    mailQuota: path.join(dir, 'mail-quota.json'),
    triggers: path.join(dir, 'triggers.json'),
    drive: path.join(dir, 'drive.json'),
    documents: path.join(dir, 'documents'),
    locks: path.join(dir, 'locks'),
  };
}

export function createServiceContext(options: EmulatorOptions): ServiceContext {
  if (!options || typeof options.workbookPath !== 'string' || options.workbookPath === '') {
    throw new Error('Emulator options need a workbookPath: the sidecar files live beside the workbook.');
  }
  // A fixed "now" that then runs on, so sleeps and quota windows still advance.
  const offset = options.now ? options.now.getTime() - Date.now() : 0;
  return {
    options,
    now: () => new Date(Date.now() + offset),
    paths: sidecarPaths(options.workbookPath),
  };
}

/** Reads a JSON sidecar file; a missing file gives `fallback`, a corrupt one a clear error. */
export function readJson<T>(file: string, fallback: T): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw err;
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new Error(`The emulator's state file ${file} is not valid JSON (${(err as Error).message}); fix or delete it.`);
  }
}

/** Writes JSON so that readers see either the old or the new content, never a torn file. */
export function writeJsonAtomic(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
  renameSync(tmp, file);
}

/**
 * Read-modify-write of one sidecar file under a cross-process mutex.
 * `change` may throw to abandon the update (nothing is written then).
 */
export function updateJson<T, R>(ctx: ServiceContext, file: string, fallback: T, change: (value: T) => R): R {
  return withMutex(ctx.paths.locks, `file-${path.basename(file)}`, () => {
    const value = readJson(file, fallback);
    const result = change(value);
    writeJsonAtomic(file, value);
    return result;
  });
}
