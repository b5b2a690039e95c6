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
 */
import { randomUUID } from 'node:crypto';
import { accessSync, chmodSync, closeSync, constants, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { acquireDir, releaseDir } from './lock';
import type { SpreadsheetEmu } from './spreadsheet';
import { SpreadsheetEmu as SpreadsheetClass } from './spreadsheet';
import { DeveloperMetadataEmu } from './spreadsheet/developer-metadata';
import { RangeEmu } from './spreadsheet/range';
import { RangeListEmu } from './spreadsheet/range-list';
import { SheetEmu } from './spreadsheet/sheet';
import { DataValidationEmu } from './spreadsheet/validation';
import { sidecarPaths } from './state';
import { runSync } from './sync-bridge';
import { Workbook } from './workbook';

/** Where a recorded operation applies. */
type Target =
  | { t: 'ss' }
  | { t: 'sheet'; id: number }
  | { t: 'range'; id: number; r: number; c: number; nr: number; nc: number }
  | { t: 'ranges'; id: number; list: { r: number; c: number; nr: number; nc: number }[] }
  | { t: 'dm'; id: number };

interface Op {
  target: Target;
  method: string;
  args: unknown[];
  /** For insertSheet: the id the sheet got in the view that recorded it. */
  sheetId?: number;
}

interface Entry {
  seq: number;
  spreadsheet: string;
  ops: Op[];
}

interface Checkpoint {
  /** The last journal entry folded into the .xlsx file. */
  seq: number;
}

/** Methods that change the document, by class (the rest read, or act on the execution's own UI). */
const WRITES = /^(set(?!Active)|insert|delete|append|hide|show|clear|autoResize|rename|add|remove|merge|sort|copyTo|moveTo|protect|break)/;
const DOCUMENT_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DeveloperMetadata']);

export function isDocumentWrite(gasType: string, method: string): boolean {
  return DOCUMENT_CLASSES.has(gasType) && WRITES.test(method) && !(gasType === 'Spreadsheet' && method === 'setActiveSheet');
}

const MUTEX_WAIT_MS = 30_000;

/**
 * The last state of each workbook file this process wrote, with the file's
 * stamp then: an execution opening an unchanged file copies it instead of
 * parsing the .xlsx again. Any other writer changes the stamp (a new inode).
 */
const parsed = new Map<string, { stamp: string; wb: Workbook }>();
const MUTEX_STALE_MS = 15_000;

/** The spreadsheet id of `file` as its last checkpoint recorded it, when the file is still that checkpoint. */
export function recordedSpreadsheetId(file: string): string | null {
  try {
    const real = realpathSync(path.resolve(file));
    const rec = JSON.parse(readFileSync(path.join(sidecarPaths(real).dir, 'spreadsheet-id.json'), 'utf8')) as { id: string; stamp: string };
    return rec.stamp === stampOf(real) ? rec.id : null;
  } catch {
    return null;
  }
}

function stampOf(file: string): string {
  try {
    const st = statSync(file);
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

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
  private readonly dir: string;

  private constructor(readonly file: string, wb: Workbook, seq: number) {
    this.wb = wb;
    this.seq = seq;
    this.dir = sidecarPaths(file).dir;
  }

  private get journalFile(): string {
    return path.join(this.dir, 'journal.jsonl');
  }
  private get checkpointFile(): string {
    return path.join(this.dir, 'checkpoint.json');
  }
  private get activeDir(): string {
    return path.join(this.dir, 'active');
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
      const known = parsed.get(file);
      if (before === 'missing' && opts.createIfMissing) wb = Workbook.createEmpty(file);
      // The file is as this process last wrote or read it: a copy of that costs a fraction of parsing it again.
      else if (known && known.stamp === before) wb = known.wb.clone();
      else wb = await Workbook.load(file);
      const live = new LiveWorkbook(file, wb, 0);
      const ok = live.locked(() => {
        // Another execution wrote a checkpoint while this one was reading: read again.
        if (stampOf(file) !== before) return false;
        const cp = live.readCheckpoint();
        live.seq = Math.max(cp.seq, Number(wb.getMeta('journal_seq') ?? 0));
        live.applyForeign(live.readJournal());
        live.register();
        live.sweepLeftovers();
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
    const t = describe(target);
    if (!t) return;
    const op: Op = { target: t, method, args: args.map(serialize) };
    if (result instanceof SheetEmu) op.sheetId = result._wsId;
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
    this.locked(() => this.unregister());
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
      this.append({ seq: this.seq, spreadsheet: this.wb.id, ops: mine });
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
    let text: string;
    try {
      text = readFileSync(this.journalFile, 'utf8');
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
      if (e.seq > after && e.spreadsheet === this.wb.getMeta('id')) out.push(e);
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  private append(entry: Entry): void {
    mkdirSync(this.dir, { recursive: true });
    const fd = openSync(this.journalFile, 'a+');
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

  private readCheckpoint(): Checkpoint {
    try {
      return JSON.parse(readFileSync(this.checkpointFile, 'utf8')) as Checkpoint;
    } catch {
      return { seq: 0 };
    }
  }

  /** Says where this execution has read the journal to: written aside and renamed, so it is never half there. */
  private register(): void {
    mkdirSync(this.activeDir, { recursive: true });
    const file = path.join(this.activeDir, `${this.token}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, seq: this.seq }));
    renameSync(`${file}.tmp`, file);
  }

  /**
   * What executions killed mid-write left (run under the mutex): checkpoints being
   * serialised by a process that is gone, journal rewrites, registrations never
   * renamed into place. None is read by anyone; each would stay forever.
   */
  private sweepLeftovers(): void {
    const base = path.basename(this.file);
    const checkpointTmp = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
    const remove = (dir: string, keep: (name: string) => boolean) => {
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) if (!keep(name)) rmSync(path.join(dir, name), { force: true });
    };
    remove(path.dirname(this.file), (name) => {
      const m = checkpointTmp.exec(name);
      return !m || alive(Number(m[1]));
    });
    remove(this.dir, (name) => !(name.startsWith(`${path.basename(this.journalFile)}.`) && name.endsWith('.tmp')));
    remove(this.activeDir, (name) => !name.endsWith('.tmp') || alive(this.pidOfTmp(name)));
    // Registrations of dead processes, and unreadable ones of a writer long gone.
    this.othersReached();
  }

  /** The process of a registration being written: unknown once it is gone, so it counts as dead. */
  private pidOfTmp(name: string): number {
    try {
      return (JSON.parse(readFileSync(path.join(this.activeDir, name), 'utf8')) as { pid: number }).pid;
    } catch {
      return -1;
    }
  }

  private unregister(): void {
    rmSync(path.join(this.activeDir, `${this.token}.json`), { force: true });
  }

  /** The journal position every other live execution has reached (entries after it must stay). */
  private othersReached(): number {
    let min = Infinity;
    let names: string[] = [];
    try {
      names = readdirSync(this.activeDir);
    } catch {
      return min;
    }
    for (const name of names) {
      if (name === `${this.token}.json`) continue;
      const file = path.join(this.activeDir, name);
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
   * Writes this view as the new checkpoint: serialised outside the mutex, put
   * in place under it unless a newer checkpoint is already there; then drops
   * journal entries that every live execution has and the file holds.
   */
  private async checkpoint(force: boolean): Promise<void> {
    const seq = this.seq;
    this.wb.setMeta('journal_seq', String(seq));
    const tmp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.${this.token.slice(0, 8)}.tmp`);
    await this.wb.save(tmp);
    try {
      // The checkpoint keeps the file's permissions.
      chmodSync(tmp, statSync(this.file).mode & 0o777);
    } catch {
      // A new file: the default mode.
    }
    this.locked(() => {
      const cp = this.readCheckpoint();
      if (!force && cp.seq > seq) {
        rmSync(tmp, { force: true });
      } else {
        renameSync(tmp, this.file);
        // The spreadsheet id, readable without parsing the workbook (runner.spreadsheetId).
        writeFileSync(path.join(this.dir, 'spreadsheet-id.json'), JSON.stringify({ id: this.wb.id, stamp: stampOf(this.file) }));
        // Kept for the next execution of this process: the view itself at the end, else a copy (it goes on changing).
        parsed.set(this.file, { stamp: stampOf(this.file), wb: force ? this.wb.clone() : this.wb });
        mkdirSync(this.dir, { recursive: true });
        writeFileSync(this.checkpointFile, JSON.stringify({ seq }));
      }
      this.compact(Math.max(cp.seq, seq));
    });
    this.wb.path = this.file;
  }

  private compact(folded: number): void {
    const keepAfter = Math.min(folded, this.othersReached());
    if (!existsSync(this.journalFile)) return;
    const lines = readFileSync(this.journalFile, 'utf8').split('\n').filter((line) => {
      if (!line) return false;
      try {
        return (JSON.parse(line) as Entry).seq > keepAfter;
      } catch {
        return false;
      }
    });
    const tmp = `${this.journalFile}.${this.token.slice(0, 8)}.tmp`;
    writeFileSync(tmp, lines.length ? `${lines.join('\n')}\n` : '');
    renameSync(tmp, this.journalFile);
  }

  private locked<R>(fn: () => R): R {
    const lockDir = path.join(this.dir, 'locks', 'workbook.lock');
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

/** A registration is written in microseconds; one unreadable for this long will never be readable. */
const STALE_REGISTRATION_MS = 10_000;

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

// ----- operations as data -----

function describe(target: object): Target | null {
  if (target instanceof SpreadsheetClass) return { t: 'ss' };
  if (target instanceof SheetEmu) return { t: 'sheet', id: target._wsId };
  if (target instanceof RangeEmu) {
    const sheet = target._sheet as unknown as SheetEmu;
    return { t: 'range', id: sheet._wsId, r: target._row, c: target._col, nr: target._numRows, nc: target._numCols };
  }
  if (target instanceof RangeListEmu) {
    const sheet = target._ranges[0]._sheet as unknown as SheetEmu;
    return { t: 'ranges', id: sheet._wsId, list: target._ranges.map((x) => ({ r: x._row, c: x._col, nr: x._numRows, nc: x._numCols })) };
  }
  if (target instanceof DeveloperMetadataEmu) return { t: 'dm', id: target._id };
  return null;
}

function serialize(v: unknown): unknown {
  if (v === null || v === undefined || typeof v !== 'object') return v;
  if (v instanceof Date) return { $date: v.getTime() };
  if (Array.isArray(v)) return v.map(serialize);
  if (v instanceof RangeEmu || v instanceof SheetEmu) return { $target: describe(v) };
  if (v instanceof DataValidationEmu) return { $rule: serialize((v as unknown as { rule: unknown }).rule) };
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) o[k] = serialize(x);
  return o;
}

function renumber(t: Target, ids: Map<number, number>): Target {
  if ((t.t === 'sheet' || t.t === 'range' || t.t === 'ranges') && ids.has(t.id)) return { ...t, id: ids.get(t.id)! };
  return t;
}

function renumberValue(v: unknown, ids: Map<number, number>): unknown {
  if (ids.size === 0 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => renumberValue(x, ids));
  const o = v as Record<string, unknown>;
  if (o.$target) return { $target: renumber(o.$target as Target, ids) };
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = renumberValue(x, ids);
  return out;
}

function resolve(t: Target, ss: SpreadsheetEmu): object {
  if (t.t === 'ss') return ss;
  if (t.t === 'dm') return new DeveloperMetadataEmu(() => ss._wb, t.id);
  const ws = ss._wb.book.getWorksheet(t.id);
  if (!ws) throw new Error('The sheet it was written to has been deleted.');
  const sheet = ss._sheetFor(ws);
  if (t.t === 'ranges') return new RangeListEmu(t.list.map((x) => new RangeEmu(sheet, x.r, x.c, x.nr, x.nc)));
  return t.t === 'sheet' ? sheet : new RangeEmu(sheet, t.r, t.c, t.nr, t.nc);
}

function deserialize(v: unknown, ss: SpreadsheetEmu): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => deserialize(x, ss));
  const o = v as Record<string, unknown>;
  if (typeof o.$date === 'number') return new Date(o.$date);
  if (o.$target) return resolve(o.$target as Target, ss);
  if (o.$rule) return new DataValidationEmu(deserialize(o.$rule, ss) as never);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = deserialize(x, ss);
  return out;
}

function replayer(wb: Workbook): SpreadsheetEmu {
  return new SpreadsheetClass({ wb }, { menus: [], toasts: [], sidebars: [], dialogs: [], alerts: [] });
}

function applyOne(ss: SpreadsheetEmu, op: Op): unknown {
  const target = resolve(op.target, ss) as Record<string, (...a: unknown[]) => unknown>;
  return target[op.method](...op.args.map((a) => deserialize(a, ss)));
}

/** Replays committed entries (already in journal order); they applied once, so they apply again. */
function applyEntries(wb: Workbook, entries: Entry[]): void {
  const ss = replayer(wb);
  for (const e of entries) {
    for (const op of e.ops) {
      try {
        applyOne(ss, op);
      } catch {
        // It failed for whoever replays it, the same way: skipped by everyone.
      }
    }
  }
}

/** Replays this execution's writes on top of the others'; a new sheet may get another id there. */
function applyOps(wb: Workbook, ops: Op[]): { ops: Op[]; errors: string[]; renumbered: Map<number, number> } {
  const ss = replayer(wb);
  const renumbered = new Map<number, number>();
  const out: Op[] = [];
  const errors: string[] = [];
  for (const raw of ops) {
    const op: Op = { ...raw, target: renumber(raw.target, renumbered), args: raw.args.map((a) => renumberValue(a, renumbered)) as unknown[] };
    try {
      const result = applyOne(ss, op);
      if (result instanceof SheetEmu && raw.sheetId !== undefined && result._wsId !== raw.sheetId) {
        renumbered.set(raw.sheetId, result._wsId);
        op.sheetId = result._wsId;
      }
      out.push(op);
    } catch (err) {
      errors.push(`A write (${raw.method}) could not be applied after another execution's changes: ${(err as Error).message}`);
    }
  }
  return { ops: out, errors, renumbered };
}
