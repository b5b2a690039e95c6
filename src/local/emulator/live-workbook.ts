/**
 * One spreadsheet shared by executions that run at the same time, as on
 * Google: several `lo-desk` processes, or the preview serving two pages.
 *
 * The truth is the .xlsx file (a checkpoint) plus a journal beside it
 * (`<workbook>.lodesk/journal.jsonl`) of the writes executions committed
 * since. An execution:
 *  - opens: loads the checkpoint and replays the journal after it;
 *  - writes: each write to a Spreadsheet, Sheet, Range or DeveloperMetadata
 *    is applied to its own view at once and kept as a pending operation;
 *  - syncs at SpreadsheetApp.flush() and when it takes a lock: its pending
 *    operations are appended to the journal (fsync'd: they survive the
 *    process being killed from then on), and what others committed meanwhile
 *    is applied to its view, in journal order (when both sides wrote, its
 *    view is rebuilt from the committed document, its own writes on top);
 *  - closes: syncs (unless it was killed: unflushed writes are then lost, as
 *    on Google) and writes a new checkpoint.
 * Between syncs an execution sees a snapshot plus its own writes, so a
 * read-modify-write without a lock can lose an update, as it can on Google;
 * Sheet.appendRow is replayed against the rows there when it lands, so
 * appends never collide. Only short synchronous sections hold the
 * cross-process mutex; file I/O that must be asynchronous runs outside it.
 *
 * Its parts, in ./live-workbook/: the writes as data and their replay
 * (operations.ts), the journal file (journal.ts), the checkpoint
 * (checkpoint.ts), the registrations of live executions and the sweep of
 * what killed ones left (registrations.ts), the file names (files.ts).
 */
import { randomUUID } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { acquireDir, releaseDir } from './lock';
import { keepUnchanged, lastWritten, putInPlace, readCheckpoint, saveAside, stampOf } from './live-workbook/checkpoint';
import { type LiveFiles, liveFiles } from './live-workbook/files';
import { appendEntry, compactJournal, readJournal } from './live-workbook/journal';
import { applyEntries, applyOps, type Entry, type Op, recordedOp } from './live-workbook/operations';
import { othersReached, register, sweepLeftovers, unregister } from './live-workbook/registrations';
import type { SpreadsheetEmu } from './spreadsheet';
import { runSync } from './sync-bridge';
import { Workbook } from './workbook';

export { recordedSpreadsheetId } from './live-workbook/checkpoint';
export { isDocumentWrite } from './live-workbook/operations';

const MUTEX_WAIT_MS = 30_000;
const MUTEX_STALE_MS = 15_000;

export class LiveWorkbook {
  /** The execution's view (the holder its Spreadsheet, Sheets and Ranges read through). */
  wb: Workbook;
  private seq: number;
  private pending: Op[] = [];
  /** Whether anything reached this view since it was loaded (a checkpoint is due at close). */
  private changed = false;
  /** Killed with writes it never committed: its view is not the document's, so it writes no checkpoint. */
  private tainted = false;
  private spreadsheet: SpreadsheetEmu | null = null;
  private readonly token = randomUUID();
  /** This execution's part of the names of the files it writes aside. */
  private readonly tag = this.token.slice(0, 8);
  private readonly files: LiveFiles;
  /** The file's stamp when this view was read from it. */
  private loadedStamp = 'missing';

  private constructor(readonly file: string, wb: Workbook, seq: number) {
    this.wb = wb;
    this.seq = seq;
    this.files = liveFiles(file);
  }

  /** Opens the workbook at `file` as it stands: the checkpoint plus what the journal holds after it. */
  static async open(given: string, opts: { createIfMissing?: boolean } = {}): Promise<LiveWorkbook> {
    // Through a symbolic link to the file it names: the link stays a link.
    let file = path.resolve(given);
    try {
      file = realpathSync(file);
    } catch {
      // Missing: created below when asked to, else Workbook.load says so.
    }
    if (existsSync(file)) {
      let writable = true;
      try {
        accessSync(file, constants.W_OK);
        // access() says yes to root whatever the mode: a file with no write permission for anyone is read-only too.
        writable = (statSync(file).mode & 0o222) !== 0;
      } catch {
        writable = false;
      }
      if (!writable) throw new Error(`${given} is read-only: LO Desk writes its tabs into the workbook, so make it writable first.`);
    }
    for (let attempt = 0; ; attempt++) {
      const before = stampOf(file);
      let wb: Workbook;
      const known = lastWritten(file, before);
      if (before === 'missing' && opts.createIfMissing) wb = Workbook.createEmpty(file);
      // The file is as this process last wrote or read it: a copy of that costs a fraction of parsing it again.
      else if (known) wb = known.clone();
      else wb = await Workbook.load(file);
      const live = new LiveWorkbook(file, wb, 0);
      live.loadedStamp = before;
      const ok = live.locked(() => {
        // Another execution wrote a checkpoint while this one was reading: read again.
        if (stampOf(file) !== before) return false;
        const cp = readCheckpoint(live.files);
        live.seq = Math.max(cp.seq, Number(wb.getMeta('journal_seq') ?? 0));
        live.applyForeign(live.readJournal());
        live.register();
        sweepLeftovers(live.files, live.token);
        return true;
      });
      if (ok) {
        if (before === 'missing' || !wb.getMeta('id')) {
          // A spreadsheet id every execution agrees on, written at once (a new file exists from here on).
          void wb.id;
          await live.checkpoint(true);
        }
        return live;
      }
      if (attempt > 20) throw new Error(`${file} keeps changing while it is read.`);
    }
  }

  /** The execution's spreadsheet object: its Sheet objects are rebound when a sync renumbers a sheet. */
  attach(spreadsheet: SpreadsheetEmu): void {
    this.spreadsheet = spreadsheet;
  }

  /** Before a document write: keep the state as of the last sync, to rebuild in journal order if others wrote too. */
  beforeWrite(): void {
    // Nothing to keep: when others committed too, the state to replay onto is read back from the
    // committed document (latestCommitted), which costs a parse only when it happens.
  }

  /** After a document write succeeded: keep it for the journal. */
  record(target: object, method: string, args: unknown[], result: unknown): void {
    const op = recordedOp(target, method, args, result);
    if (!op) return;
    this.pending.push(op);
    this.changed = true;
  }

  /**
   * Commits pending writes to the journal and applies what others committed.
   * Throws (after committing the rest) when one of this execution's writes
   * could not be applied on top of the others'.
   */
  sync(): void {
    const problems = this.locked(() => this.syncLocked());
    if (problems.length) throw new Error(problems[0]);
  }

  /** Ends the execution: commit (unless killed) and write a checkpoint when anything changed. */
  async close(opts: { commit: boolean }): Promise<string[]> {
    const problems: string[] = [];
    if (!opts.commit) this.discardPending();
    try {
      problems.push(...this.locked(() => this.syncLocked()));
    } catch (err) {
      problems.push((err as Error).message);
    }
    if (this.changed && !this.tainted) await this.checkpoint(false);
    // Nothing reached the view (no write recorded or left unrecorded, nothing from others): it is still the file,
    // which would cost a parse to read again.
    else if (!this.changed && !this.tainted && !this.wb.isDirty()) keepUnchanged(this.file, this.loadedStamp, this.wb);
    this.locked(() => unregister(this.files, this.token));
    return problems;
  }

  // ----- inside the mutex -----

  private syncLocked(): string[] {
    const foreign = this.readJournal();
    const problems: string[] = [];
    let mine = this.pending;
    if (foreign.length && mine.length) {
      // Both sides wrote: rebuild from what is committed (theirs included), then ours on top.
      const view = this.latestCommitted();
      const { ops, errors, renumbered } = applyOps(view, mine);
      problems.push(...errors);
      mine = ops;
      this.swap(view, renumbered);
    } else if (foreign.length) {
      applyEntries(this.wb, foreign);
      this.changed = true;
    }
    if (foreign.length) this.seq = foreign[foreign.length - 1].seq;
    if (mine.length) {
      this.seq += 1;
      appendEntry(this.files, { seq: this.seq, spreadsheet: this.wb.id, ops: mine });
    }
    this.pending = [];
    this.register();
    return problems;
  }

  private applyForeign(entries: Entry[]): void {
    if (!entries.length) return;
    applyEntries(this.wb, entries);
    this.seq = entries[entries.length - 1].seq;
    this.changed = true;
  }

  private discardPending(): void {
    // The view holds writes that were never committed: it must not become a checkpoint.
    if (this.pending.length) this.tainted = true;
    this.pending = [];
  }

  /** The document as committed now: the checkpoint file (parsed in a worker thread, waited for) plus the journal after it. */
  private latestCommitted(): Workbook {
    const model = runSync<unknown>({ kind: 'xlsxModel', file: this.file, exceljs: require.resolve('exceljs') });
    const wb = Workbook.fromModel(model, this.file);
    const folded = Number(wb.getMeta('journal_seq') ?? 0);
    applyEntries(wb, this.readJournal(folded));
    return wb;
  }

  private swap(view: Workbook, renumbered: Map<number, number>): void {
    (this as { wb: Workbook }).wb = view;
    if (!this.spreadsheet || renumbered.size === 0) return;
    const objects = this.spreadsheet._sheetObjects();
    for (const [from, to] of renumbered) {
      const sheet = objects.get(from);
      if (!sheet) continue;
      objects.delete(from);
      sheet._wsId = to;
      objects.set(to, sheet);
    }
  }

  private readJournal(after = this.seq): Entry[] {
    return readJournal(this.files, this.wb.getMeta('id'), after);
  }

  private register(): void {
    register(this.files, this.token, this.seq);
  }

  /**
   * Writes this view as the new checkpoint: serialised outside the mutex, put
   * in place under it unless a newer checkpoint is already there; then drops
   * journal entries that every live execution has and the file holds.
   */
  private async checkpoint(force: boolean): Promise<void> {
    const seq = this.seq;
    this.wb.setMeta('journal_seq', String(seq));
    const tmp = await saveAside(this.files, this.wb, this.tag);
    this.locked(() => {
      const cp = readCheckpoint(this.files);
      if (!force && cp.seq > seq) {
        rmSync(tmp, { force: true });
      } else {
        // Kept for the next execution of this process: the view itself at the end, else a copy (it goes on changing).
        putInPlace(this.files, tmp, seq, this.wb.id, force ? this.wb.clone() : this.wb);
      }
      compactJournal(this.files, Math.min(Math.max(cp.seq, seq), othersReached(this.files, this.token)), this.tag);
    });
    this.wb.path = this.file;
  }

  private locked<R>(fn: () => R): R {
    const lockDir = this.files.lock;
    mkdirSync(path.dirname(lockDir), { recursive: true });
    const token = acquireDir(lockDir, MUTEX_WAIT_MS, MUTEX_STALE_MS);
    if (!token) throw new Error(`Timed out waiting for ${lockDir}: another execution held it for ${MUTEX_WAIT_MS} ms.`);
    try {
      return fn();
    } finally {
      releaseDir(lockDir, token);
    }
  }
}
