/**
 * The Sent tab read for planning: which keys may not be sent again, which may be
 * retried, and what each LO was last told about each subject.
 */
import type { SentRecord, SentStatus } from '../model';
import { decodeSentFingerprint } from './snapshot';
import type { Snapshot, SubjectId } from './types';

/**
 * sent: delivered. uncertain: a run stopped between claim and send, so it may have
 * gone; never resent automatically. claimed: a run is sending it now (or died,
 * until the sender turns it into uncertain). All three block a resend, and all
 * three count as "the LO may have been told" for change detection.
 */
const BLOCKING: ReadonlySet<SentStatus> = new Set<SentStatus>(['sent', 'uncertain', 'claimed']);

interface KeyState {
  /** A row with this key says sent, uncertain or claimed. */
  blocked: boolean;
  /** Status of the latest row with this key. */
  last: SentStatus;
  reason?: string;
}

interface ToldState {
  /** The latest snapshot told to that LO. */
  snap: Snapshot;
  /** How many messages have told it (used to keep change-notice keys unique when values flip back). */
  count: number;
}

export interface SentIndex {
  byKey: Map<string, KeyState>;
  /** lo_id → subject → what the LO last heard. */
  told: Map<string, Map<SubjectId, ToldState>>;
  /** All rows, oldest first. */
  rows: SentRecord[];
}

function time(r: SentRecord): number {
  const t = r.at instanceof Date ? r.at.getTime() : NaN;
  return Number.isFinite(t) ? t : -Infinity;
}

/** Oldest first: by `at`, rows without a time first, then by sheet row. */
function sentInOrder(records: readonly SentRecord[]): SentRecord[] {
  return records.slice().sort((a, b) => time(a) - time(b) || a.row - b.row);
}

export function indexSent(records: readonly SentRecord[] | undefined): SentIndex {
  const rows = sentInOrder(records ?? []);
  const byKey = new Map<string, KeyState>();
  const told = new Map<string, Map<SubjectId, ToldState>>();
  for (const r of rows) {
    if (!r || typeof r.key !== 'string' || r.key === '') continue;
    const prev = byKey.get(r.key);
    byKey.set(r.key, {
      blocked: (prev?.blocked ?? false) || BLOCKING.has(r.status),
      last: r.status,
      reason: r.reason,
    });
    if (!BLOCKING.has(r.status)) continue;
    const fp = decodeSentFingerprint(r.fingerprint);
    if (!fp?.lo || !fp.s) continue;
    let mine = told.get(fp.lo);
    if (!mine) {
      mine = new Map();
      told.set(fp.lo, mine);
    }
    for (const [subject, snap] of Object.entries(fp.s)) {
      const before = mine.get(subject);
      mine.set(subject, { snap, count: (before?.count ?? 0) + 1 });
    }
  }
  return { byKey, told, rows };
}
