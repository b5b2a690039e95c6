/**
 * The checkpoint of a live workbook: the .xlsx file itself, with the last
 * journal entry folded into it (`checkpoint.json`, and `journal_seq` in the
 * workbook's own metadata). A checkpoint is serialised aside (a file of its
 * process, so a killed one's is recognised and swept) and renamed into place,
 * so the file is never half written.
 */
import { chmodSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Workbook } from '../workbook';
import { type LiveFiles, liveFiles } from './files';

interface Checkpoint {
  /** The last journal entry folded into the .xlsx file. */
  seq: number;
}

/**
 * The last state of each workbook file this process wrote or read, with the
 * file's stamp then: an execution opening an unchanged file copies it instead
 * of parsing the .xlsx again. Any other writer changes the stamp (a new inode).
 */
const parsed = new Map<string, { stamp: string; wb: Workbook }>();

/** What this process last wrote to `file`, when the file is still that (a copy of it is the file's content). */
export function lastWritten(file: string, stamp: string): Workbook | undefined {
  const known = parsed.get(file);
  return known && known.stamp === stamp ? known.wb : undefined;
}

/**
 * An execution that changed nothing read the file as it is: its view is the
 * file's content for the next execution of this process (a preview serving
 * pages, a simulation, tests), as long as nobody wrote the file since.
 */
export function keepUnchanged(file: string, stamp: string, wb: Workbook): void {
  if (stamp !== 'missing' && stampOf(file) === stamp) parsed.set(file, { stamp, wb });
}

/** Who wrote the file last, and when: `missing` when there is none. */
export function stampOf(file: string): string {
  try {
    const st = statSync(file);
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** The spreadsheet id of `file` as its last checkpoint recorded it, when the file is still that checkpoint. */
export function recordedSpreadsheetId(file: string): string | null {
  try {
    const real = realpathSync(path.resolve(file));
    const rec = JSON.parse(readFileSync(liveFiles(real).spreadsheetId, 'utf8')) as { id: string; stamp: string };
    return rec.stamp === stampOf(real) ? rec.id : null;
  } catch {
    return null;
  }
}

export function readCheckpoint(files: LiveFiles): Checkpoint {
  try {
    return JSON.parse(readFileSync(files.checkpoint, 'utf8')) as Checkpoint;
  } catch {
    return { seq: 0 };
  }
}

/** `.<workbook>.<pid>.<tag>.tmp` beside the workbook: the process is in the name, for the sweep of leftovers. */
function checkpointTmp(files: LiveFiles, tag: string): string {
  return path.join(path.dirname(files.workbook), `.${path.basename(files.workbook)}.${process.pid}.${tag}.tmp`);
}

/** Matches checkpointTmp's names for this workbook; group 1 is the process that wrote it. */
export function checkpointTmpPattern(files: LiveFiles): RegExp {
  const base = path.basename(files.workbook);
  return new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
}

/** Serialises `wb` beside the workbook (outside the mutex: it is slow); returns the file to put in place. */
export async function saveAside(files: LiveFiles, wb: Workbook, tag: string): Promise<string> {
  const tmp = checkpointTmp(files, tag);
  await wb.save(tmp);
  try {
    // The checkpoint keeps the file's permissions.
    chmodSync(tmp, statSync(files.workbook).mode & 0o777);
  } catch {
    // A new file: the default mode.
  }
  return tmp;
}

/**
 * Puts a checkpoint saved aside in place (under the mutex) as the one holding
 * the journal up to `seq`; `kept` is what this process keeps as the file's
 * content for its next execution.
 */
export function putInPlace(files: LiveFiles, tmp: string, seq: number, id: string, kept: Workbook): void {
  renameSync(tmp, files.workbook);
  // The spreadsheet id, readable without parsing the workbook (runner.spreadsheetId).
  writeFileSync(files.spreadsheetId, JSON.stringify({ id, stamp: stampOf(files.workbook) }));
  parsed.set(files.workbook, { stamp: stampOf(files.workbook), wb: kept });
  mkdirSync(files.dir, { recursive: true });
  writeFileSync(files.checkpoint, JSON.stringify({ seq }));
}
