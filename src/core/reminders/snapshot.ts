/**
 * What an LO was told about each flight, transfer and programme item, kept so a
 * later change can be named with its old and new values.
 *
 * Storage choice: the Sent tab's `fingerprint` cell of each message holds a compact
 * JSON object `{"v":1,"h":"<8 hex>","lo":"<lo_id>","s":{"<subject>":{field:value}}}`:
 * `h` is the short fingerprint of everything the message told (what a person
 * compares by eye), `s` the readable snapshot per subject that change detection
 * diffs against. Values are the sheet's own words and wall times with their zone
 * ("2026-12-06 14:35 Asia/Bangkok"), so an old value can be shown without the old
 * workbook. A daily confirmation of ten items is about 2 KB; a cell holds 50,000
 * characters, so the cell is capped at MAX_FINGERPRINT_CHARS: past that the
 * snapshots are dropped (`"t":1`) and only `h` is kept, which means later changes
 * to those subjects are compared with the previous message that did fit.
 * No guest health or dietary data is ever put in a snapshot.
 */
import type { Flight, ProgrammeItem, Transfer, Vehicle, ZonedTime } from '../model';
import { wallToInstant } from '../time/zones';
import { fingerprintOf } from './fingerprint';
import type { FieldChange, Snapshot, SubjectId } from './types';

export const MAX_FINGERPRINT_CHARS = 40_000;

/** Snapshot fields that hold "wall time + zone" and are shown as people-facing times. */
export const TIME_FIELDS: ReadonlySet<string> = new Set(['depart', 'arrive', 'pickup', 'starts', 'ends']);

export function flightSubject(guestId: string, direction: 'arrival' | 'departure'): SubjectId {
  return `flight:${guestId}:${direction}`;
}
export function transferSubject(transferId: string): SubjectId {
  return `transfer:${transferId}`;
}
export function itemSubject(itemId: string): SubjectId {
  return `item:${itemId}`;
}

export type SubjectRef =
  | { type: 'flight'; guest_id: string; direction: 'arrival' | 'departure' }
  | { type: 'transfer'; id: string }
  | { type: 'item'; id: string };

export function parseSubject(subject: SubjectId): SubjectRef | undefined {
  if (subject.startsWith('flight:')) {
    const rest = subject.slice(7);
    const cut = rest.lastIndexOf(':');
    const direction = rest.slice(cut + 1);
    if (cut <= 0 || (direction !== 'arrival' && direction !== 'departure')) return undefined;
    return { type: 'flight', guest_id: rest.slice(0, cut), direction };
  }
  if (subject.startsWith('transfer:')) return { type: 'transfer', id: subject.slice(9) };
  if (subject.startsWith('item:')) return { type: 'item', id: subject.slice(5) };
  return undefined;
}

function okTime(z: ZonedTime | undefined): z is ZonedTime {
  return !!z && z.at instanceof Date && Number.isFinite(z.at.getTime());
}

/** "2026-12-06 14:35 Asia/Bangkok", or '' when the time is unknown. */
function zonedLabel(z: ZonedTime | undefined): string {
  return okTime(z) ? `${z.wall} ${z.zone}` : '';
}

const ZONED_LABEL = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}) (\S+)$/;

/** Reads zonedLabel's text back; undefined when it is not one. */
export function parseZonedLabel(s: string | undefined): { at: Date; zone: string } | undefined {
  const m = s ? ZONED_LABEL.exec(s) : null;
  if (!m) return undefined;
  try {
    const at = wallToInstant({ year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5] }, m[6]);
    return Number.isFinite(at.getTime()) ? { at, zone: m[6] } : undefined;
  } catch {
    return undefined;
  }
}

function compact(o: Record<string, string | undefined>): Snapshot {
  const out: Snapshot = {};
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  }
  return out;
}

export function flightSnapshot(f: Flight): Snapshot {
  return compact({
    flight_no: f.flight_no,
    from: f.from_airport,
    to: f.to_airport,
    depart: zonedLabel(f.depart),
    arrive: zonedLabel(f.arrive),
    terminal: f.terminal,
    status: f.status,
  });
}

export function transferSnapshot(t: Transfer, vehicle: Vehicle | undefined): Snapshot {
  return compact({
    pickup: zonedLabel(t.pickup),
    from: t.from_place,
    to: t.to_place,
    vehicle: vehicle ? vehicle.plate : t.vehicle_id,
    driver: vehicle?.driver_name,
    driver_phone: vehicle?.driver_phone,
    flight_no: t.flight_no,
  });
}

export function itemSnapshot(p: ProgrammeItem): Snapshot {
  return compact({
    starts: zonedLabel(p.starts),
    ends: zonedLabel(p.ends),
    title: p.title,
    venue: p.venue,
    dress_code: p.dress_code,
  });
}

/** The instant a subject happens, read from a snapshot (for subjects no longer in the data). */
export function snapshotMoment(s: Snapshot): Date | undefined {
  for (const f of ['arrive', 'depart', 'pickup', 'starts']) {
    const z = parseZonedLabel(s[f]);
    if (z) return z.at;
  }
  return undefined;
}

/** Field-by-field differences, in a fixed field order so notices read the same each time. */
export function diffSnapshots(was: Snapshot, now: Snapshot | undefined): FieldChange[] {
  if (!now) return [];
  const fields = Array.from(new Set([...Object.keys(was), ...Object.keys(now)])).sort(byFieldOrder);
  const out: FieldChange[] = [];
  for (const field of fields) {
    if ((was[field] ?? '') !== (now[field] ?? '')) out.push({ field, old: was[field], new: now[field] });
  }
  return out;
}

const FIELD_ORDER = [
  'status', 'flight_no', 'from', 'to', 'depart', 'arrive', 'terminal',
  'pickup', 'vehicle', 'driver', 'driver_phone', 'starts', 'ends', 'title', 'venue', 'dress_code',
];
function byFieldOrder(a: string, b: string): number {
  const ia = FIELD_ORDER.indexOf(a);
  const ib = FIELD_ORDER.indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface SentFingerprint {
  v: 1;
  h: string;
  lo?: string;
  s?: Record<SubjectId, Snapshot>;
  /** Set when the snapshots did not fit the cell. */
  t?: 1;
}

/** The Sent tab's fingerprint cell for a message that told `told` to LO `loId` (or to organisers). */
export function encodeSentFingerprint(key: string, loId: string | undefined, told: Record<SubjectId, Snapshot>, extra?: unknown): string {
  const h = fingerprintOf({ key, told, extra });
  const hasSubjects = Object.keys(told).length > 0;
  const full: SentFingerprint = { v: 1, h, ...(loId ? { lo: loId } : {}), ...(hasSubjects ? { s: told } : {}) };
  const text = JSON.stringify(full);
  if (text.length <= MAX_FINGERPRINT_CHARS) return text;
  return JSON.stringify({ v: 1, h, ...(loId ? { lo: loId } : {}), t: 1 });
}

/** Reads a fingerprint cell; undefined for anything that is not ours (hand edits, older formats). */
export function decodeSentFingerprint(cell: unknown): SentFingerprint | undefined {
  if (typeof cell !== 'string' || cell[0] !== '{') return undefined;
  let o: unknown;
  try {
    o = JSON.parse(cell);
  } catch {
    return undefined;
  }
  if (!o || typeof o !== 'object') return undefined;
  const r = o as Record<string, unknown>;
  if (r.v !== 1 || typeof r.h !== 'string') return undefined;
  const out: SentFingerprint = { v: 1, h: r.h };
  if (typeof r.lo === 'string') out.lo = r.lo;
  if (r.t === 1) out.t = 1;
  if (r.s && typeof r.s === 'object' && !Array.isArray(r.s)) {
    const s: Record<SubjectId, Snapshot> = {};
    for (const [k, v] of Object.entries(r.s as Record<string, unknown>)) {
      if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
      const snap: Snapshot = {};
      for (const [f, x] of Object.entries(v as Record<string, unknown>)) if (typeof x === 'string') snap[f] = x;
      s[k] = snap;
    }
    out.s = s;
  }
  return out;
}
