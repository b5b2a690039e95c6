/** The facts of the organisers' daily digest, gathered from the model, the Sent log and this run. */
import type { GuestFacts } from '../facts/guest-facts';
import type { IsoDate, SentStatus } from '../model';
import type { ReminderContext } from './context';
import type { DigestData, DigestProblem, PlanOptions, ReadinessGap, SkippedMessage } from './types';

const READINESS_GAPS: readonly ReadinessGap[] = ['arrival_flight', 'departure_flight', 'hotel', 'room', 'lo', 'car'];

/** What a guest still lacks before the LO can do the job. */
export function gapsOf(f: GuestFacts): ReadinessGap[] {
  const gaps: ReadinessGap[] = [];
  if (!f.landing) gaps.push('arrival_flight');
  if (!f.takeoff) gaps.push('departure_flight');
  if (!f.hotel) gaps.push('hotel');
  if (!f.guest.room_no) gaps.push('room');
  if (!f.hasLo) gaps.push('lo');
  if (!f.car) gaps.push('car');
  return gaps;
}

const DAY = 86_400_000;
const PROBLEM_STATUSES: ReadonlySet<SentStatus> = new Set<SentStatus>(['deferred', 'uncertain', 'failed', 'claimed']);
/** A claim older than this is a run that died mid-send, not one still working. */
const STALE_CLAIM_MS = 10 * 60_000;
/** Deferred and failed rows older than this are history; uncertain ones stay until a person settles them. */
const PROBLEM_HORIZON_MS = 7 * DAY;

export function buildDigestData(
  ctx: ReminderContext, now: Date, date: IsoDate, today: IsoDate, skipped: readonly SkippedMessage[], opts: PlanOptions,
): DigestData {
  let errors = 0;
  let warnings = 0;
  for (const f of opts.findings ?? []) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  const gaps = Object.fromEntries(READINESS_GAPS.map((g) => [g, 0])) as Record<ReadinessGap, number>;
  const unassigned: DigestData['unassigned'] = [];
  let total = 0;
  let ready = 0;
  for (const guest of ctx.idx.guestsById.values()) {
    const f = ctx.facts(guest.guest_id)!;
    if (f.departureDay && f.departureDay < today) continue;
    total++;
    const g = gapsOf(f);
    if (g.length === 0) ready++;
    for (const x of g) gaps[x]++;
    if (!f.hasLo) unassigned.push({ guest_id: guest.guest_id, name: f.names.full });
  }

  // The latest row per key tells the key's state.
  const latest = new Map<string, (typeof ctx.sent.rows)[number]>();
  for (const r of ctx.sent.rows) latest.set(r.key, r);
  const problems: DigestProblem[] = [];
  let sentLast24h = 0;
  const nowMs = now.getTime();
  for (const r of ctx.sent.rows) {
    if (r.status === 'sent' && r.at && nowMs - r.at.getTime() < DAY && r.at.getTime() <= nowMs) sentLast24h++;
  }
  for (const r of latest.values()) {
    if (!PROBLEM_STATUSES.has(r.status)) continue;
    if (ctx.sent.byKey.get(r.key)?.blocked && r.status !== 'uncertain' && r.status !== 'claimed') continue;
    const age = r.at ? nowMs - r.at.getTime() : 0;
    if (r.status === 'claimed' && age < STALE_CLAIM_MS) continue;
    if ((r.status === 'deferred' || r.status === 'failed') && age > PROBLEM_HORIZON_MS) continue;
    problems.push({ key: r.key, kind: r.kind, recipient: r.recipient, status: r.status, at: r.at, reason: r.reason });
  }
  const order: Record<string, number> = { uncertain: 0, claimed: 1, failed: 2, deferred: 3 };
  problems.sort((a, b) => (order[a.status] ?? 9) - (order[b.status] ?? 9) || (a.key < b.key ? -1 : 1));

  return {
    date,
    errors,
    warnings,
    findingsKnown: opts.findings !== undefined,
    unassigned,
    readiness: { total, ready, gaps },
    checklist: opts.checklistProgress,
    overdue: opts.overdue ? opts.overdue.slice() : undefined,
    problems,
    skipped: skipped.slice(),
    sentLast24h,
    ...(opts.sentTabEdited ? { sentTabEdited: opts.sentTabEdited } : {}),
  };
}
