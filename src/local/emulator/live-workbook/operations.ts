/**
 * A live workbook's writes as data: what the journal holds (where each write
 * applied, the method and its arguments, serialised to JSON), which Apps
 * Script calls count as writes, and replaying entries onto a workbook. Kept
 * apart from the files and locks (../live-workbook.ts) because replay must
 * give the same document for every execution that reads the journal.
 */
import type { SpreadsheetEmu } from '../spreadsheet';
import { SpreadsheetEmu as SpreadsheetClass } from '../spreadsheet';
import { DeveloperMetadataEmu } from '../spreadsheet/developer-metadata';
import { RangeEmu } from '../spreadsheet/range';
import { RangeListEmu } from '../spreadsheet/range-list';
import { SheetEmu } from '../spreadsheet/sheet';
import { DataValidationEmu } from '../spreadsheet/validation';
import type { Workbook } from '../workbook';

/** Where a recorded operation applies. */
type Target =
  | { t: 'ss' }
  | { t: 'sheet'; id: number }
  | { t: 'range'; id: number; r: number; c: number; nr: number; nc: number }
  | { t: 'ranges'; id: number; list: { r: number; c: number; nr: number; nc: number }[] }
  | { t: 'dm'; id: number };

export interface Op {
  target: Target;
  method: string;
  args: unknown[];
  /** For insertSheet: the id the sheet got in the view that recorded it. */
  sheetId?: number;
}

export interface Entry {
  seq: number;
  spreadsheet: string;
  ops: Op[];
}

/** Methods that change the document, by class (the rest read, or act on the execution's own UI). */
const WRITES = /^(set(?!Active)|insert|delete|append|hide|show|clear|autoResize|rename|add|remove|merge|sort|copyTo|moveTo|protect|break)/;
const DOCUMENT_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DeveloperMetadata']);

export function isDocumentWrite(gasType: string, method: string): boolean {
  return DOCUMENT_CLASSES.has(gasType) && WRITES.test(method) && !(gasType === 'Spreadsheet' && method === 'setActiveSheet');
}


/** A write that succeeded, as the journal keeps it; null for an object the journal does not track. */
export function recordedOp(target: object, method: string, args: unknown[], result: unknown): Op | null {
  const t = describe(target);
  if (!t) return null;
  const op: Op = { target: t, method, args: args.map(serialize) };
  if (result instanceof SheetEmu) op.sheetId = result._wsId;
  return op;
}

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
export function applyEntries(wb: Workbook, entries: Entry[]): void {
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
export function applyOps(wb: Workbook, ops: Op[]): { ops: Op[]; errors: string[]; renumbered: Map<number, number> } {
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
