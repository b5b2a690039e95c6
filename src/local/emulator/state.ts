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
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GoogleClock } from './google-clock';
import { withMutex } from './lock';
import type { AccountKind, EmulatorOptions, ExecutionKind } from './types';

export interface SidecarPaths {
  /** `<workbook>.lodesk/`: what the emulator keeps for that workbook file. */
  dir: string;
  drive: string;
  /** One JSON file per DocumentApp document: its content, to reopen by id. */
  documents: string;
  /** LockService locks and the mutexes around sidecar files. */
  locks: string;
}

/**
 * The emulated Google side of one add-on project (PLATFORM.md, "Where an add-on
 * runs"): one script-property store and one script lock for every user on
 * every spreadsheet; per user, their properties and quotas; per spreadsheet,
 * its document properties and document lock; the project's triggers.
 */
interface GooglePaths {
  home: string;
  scriptProperties: string;
  triggers: string;
  /** Mutexes around the shared files, and the script lock. */
  locks: string;
  user(email: string): { properties: string; quota: string; locks: string };
  document(spreadsheetId: string): { properties: string; locks: string };
}

export interface ServiceContext {
  options: EmulatorOptions;
  /** The execution's clock in Google time (google-clock.ts). */
  now(): Date;
  clock: GoogleClock;
  paths: SidecarPaths;
  google: GooglePaths;
  execution: ExecutionKind;
  account: AccountKind;
  /** The spreadsheet the execution is bound to; null in a trigger or web app (no containing document). */
  documentId: string | null;
  /**
   * Called when the execution takes a lock or flushes: what other executions
   * wrote becomes visible and its own writes reach them (the workbook's sync).
   */
  onSync?: (reason: 'lock' | 'flush') => void;
}

const hashed = (s: string) => createHash('sha256').update(s.toLowerCase()).digest('hex').slice(0, 16);

/** Where the emulated Google side lives for a workbook: beside it unless told. */
function googleHomeFor(options: Pick<EmulatorOptions, 'googleHome' | 'workbookPath'>): string {
  if (options.googleHome) return path.resolve(options.googleHome);
  if (process.env.LODESK_GOOGLE_HOME) return path.resolve(process.env.LODESK_GOOGLE_HOME);
  return path.join(path.dirname(path.resolve(options.workbookPath)), '.lodesk-google');
}

function googlePaths(home: string): GooglePaths {
  return {
    home,
    scriptProperties: path.join(home, 'project', 'script-properties.json'),
    triggers: path.join(home, 'project', 'triggers.json'),
    locks: path.join(home, 'project', 'locks'),
    user: (email) => {
      const dir = path.join(home, 'users', hashed(email || '(nobody)'));
      return { properties: path.join(dir, 'properties.json'), quota: path.join(dir, 'quota.json'), locks: path.join(dir, 'locks') };
    },
    document: (id) => {
      const dir = path.join(home, 'documents', id.replace(/[^\w-]/g, '_'));
      return { properties: path.join(dir, 'properties.json'), locks: path.join(dir, 'locks') };
    },
  };
}

export function sidecarPaths(workbookPath: string): SidecarPaths {
  const dir = `${path.resolve(workbookPath)}.lodesk`;
  return {
    dir,
    drive: path.join(dir, 'drive.json'),
    documents: path.join(dir, 'documents'),
    locks: path.join(dir, 'locks'),
  };
}

export function createServiceContext(
  options: EmulatorOptions,
  extra: { clock?: GoogleClock; documentId?: string | null; onSync?: ServiceContext['onSync'] } = {},
): ServiceContext {
  if (!options || typeof options.workbookPath !== 'string' || options.workbookPath === '') {
    throw new Error('Emulator options need a workbookPath: the sidecar files live beside the workbook.');
  }
  // Outside an execution (a service used on its own), Google time runs on with real time.
  const clock = extra.clock ?? new GoogleClock(options.now ? options.now.getTime() : Date.now());
  if (!extra.clock) clock.start();
  const execution = options.execution ?? 'menu';
  return {
    options,
    clock,
    now: () => new Date(clock.now()),
    paths: sidecarPaths(options.workbookPath),
    google: googlePaths(googleHomeFor(options)),
    execution,
    account: options.account ?? 'consumer',
    documentId: execution === 'menu' || execution === 'simple' ? extra.documentId ?? null : null,
    onSync: extra.onSync,
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
  const name = `file-${createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 16)}`;
  return withMutex(ctx.google.locks, name, () => {
    const value = readJson(file, fallback);
    const result = change(value);
    writeJsonAtomic(file, value);
    return result;
  });
}
