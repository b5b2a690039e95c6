/**
 * The journal beside a live workbook (`journal.jsonl`): the entries
 * executions committed since the checkpoint, one JSON line each. Appends are
 * fsync'd, so an entry survives its process being killed from then on; a line
 * a killed process cut short was never committed and is skipped. Callers hold
 * the workbook's mutex.
 */
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import type { LiveFiles } from './files';
import type { Entry } from './operations';

/** The entries of spreadsheet `id` after `after`, in journal order. */
export function readJournal(files: LiveFiles, id: string | undefined, after: number): Entry[] {
  let text: string;
  try {
    text = readFileSync(files.journal, 'utf8');
  } catch {
    return [];
  }
  const out: Entry[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    let e: Entry;
    try {
      e = JSON.parse(line) as Entry;
    } catch {
      // A line cut short by a killed process was never committed.
      continue;
    }
    if (e.seq > after && e.spreadsheet === id) out.push(e);
  }
  return out.sort((a, b) => a.seq - b.seq);
}

export function appendEntry(files: LiveFiles, entry: Entry): void {
  mkdirSync(files.dir, { recursive: true });
  const fd = openSync(files.journal, 'a+');
  try {
    // A line a killed process left cut short must not swallow this one: start on a line of its own.
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    const fresh = size === 0 || (readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a);
    writeSync(fd, `${fresh ? '' : '\n'}${JSON.stringify(entry)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Drops the entries up to `keepAfter` (the checkpoint holds them and every live
 * execution has read them): rewritten aside and renamed, under a name of this
 * execution (`tag`) that the sweep of leftovers recognises.
 */
export function compactJournal(files: LiveFiles, keepAfter: number, tag: string): void {
  if (!existsSync(files.journal)) return;
  const lines = readFileSync(files.journal, 'utf8').split('\n').filter((line) => {
    if (!line) return false;
    try {
      return (JSON.parse(line) as Entry).seq > keepAfter;
    } catch {
      return false;
    }
  });
  const tmp = `${files.journal}.${tag}.tmp`;
  writeFileSync(tmp, lines.length ? `${lines.join('\n')}\n` : '');
  renameSync(tmp, files.journal);
}
