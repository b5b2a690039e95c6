/**
 * The reminder planner: from the model (with its Sent log) and an instant, the
 * messages to send in this run and those that cannot be built, with why.
 *
 * When each kind falls due (event zone unless said; defaults in context.ts DEFAULTS
 * and checklist/rules.ts, overridable through PlanOptions):
 *
 * | kind             | to                                   | due                                                            | on-time window ends (exclusive)      | a deferred one may go until      |
 * |------------------|--------------------------------------|----------------------------------------------------------------|--------------------------------------|----------------------------------|
 * | prepare          | each LO with guests                  | prepareTime (09:00) prepareDaysBefore (3) days before the day   | due + slack, not after that landing  | the first landing                |
 * |                  |                                      | the LO's first guest lands                                      |                                      |                                  |
 * | arrival_brief    | the guest's LOs on the arrival day   | landing − arrivalBriefHours (24 h)                              | due + slack, not after landing       | landing − airport_lead_minutes   |
 * | airport_call     | the guest's primary LOs that day     | landing − airport_lead_minutes − travelMinutes (120)            | due + slack, not after "be there"    | "be there" (landing − lead)      |
 * |                  | (backups only when no primary)       |                                                                 |                                      |                                  |
 * | daily_confirm    | each LO, one message for all guests  | daily_confirm_time on each evening from the arrival day to the  | due + slack                          | tomorrow's first item or pickup  |
 * |                  | staying tomorrow                     | evening before the departure day; tells tomorrow's programme    |                                      | (else the end of tomorrow)       |
 * | departure_prep   | the guest's LOs on the departure day | takeoff − departurePrepHours (24 h)                             | due + slack, not after takeoff       | takeoff − 4 h (check-out, car)   |
 * | change_notice    | each LO told of something changed    | the first run that sees the change                             | the changed thing's (latest) moment  | same                             |
 * | organiser_digest | each organiser address               | digest_time every day until the day after the last departure    | due + slack                          | the end of that day              |
 *
 * slack is 60 minutes: the trigger runs about once an hour, so a message goes out in
 * the first run at or after its moment and never later than `slack` after it (a late
 * "be at the airport" is worse than none). Sent rows decide the rest:
 * - sent, uncertain or claimed: never planned again (uncertain needs a person).
 * - failed: planned again while the on-time window lasts.
 * - deferred (quota): planned again in each run until the "deferred" column above.
 * - no row and the window passed in the last 24 h: reported as skipped
 *   (`window_passed`, or the address problem that stopped it) for the digest.
 *
 * Guest anchors (landing, takeoff, arrival/departure day) are the checklist's
 * (checklist/facts.ts), so reminders and checklist due times agree.
 */
import type { EventModel, IsoDate, Lang, Lo, ReminderKind } from '../model';
import { DEPARTURE_OFFSETS } from '../checklist/rules';
import type { GuestFacts } from '../facts/guest-facts';
import { addDays, localDate, startOfLocalDay } from '../time/zones';
import { atTime, checkAddress, losFor, messageLang, reminderContext as makeContext, type ReminderContext } from './context';
import { covers } from '../facts/guest-facts';
import { buildDigestData } from './digest';
import { fingerprintOf } from './fingerprint';
import { buildWith } from './message';
import { diffSnapshots, encodeSentFingerprint, snapshotMoment } from './snapshot';
import {
  currentSubject, dayPlan, flightKeyPart, toldArrival, toldDay, toldDeparture,
} from './subjects';
import type {
  DigestData, MessageFacts, PlanOptions, PlanResult, PlannedMessage, SkippedMessage, SkipReason, Snapshot,
  SubjectChange, SubjectId,
} from './types';

const MIN = 60_000;
const DAY = 86_400_000;

interface Candidate {
  key: string;
  kind: ReminderKind;
  due: Date;
  until: Date;
  expiry: Date;
  audience: 'lo' | 'organiser';
  lo_id?: string;
  /** For organisers: the address as typed. */
  address?: string;
  guest_id?: string;
  lang: Lang;
  make(): { facts: MessageFacts; told: Record<SubjectId, Snapshot>; extra?: unknown };
}

function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
function plus(at: Date, ms: number): Date {
  return new Date(at.getTime() + ms);
}

class Run {
  readonly due: PlannedMessage[] = [];
  readonly skipped: SkippedMessage[] = [];
  private readonly skippedKeys = new Set<string>();
  /** `lo_id \0 subject` told by a message planned in this run (a change notice need not repeat it). */
  private readonly toldNow = new Set<string>();
  readonly nowMs: number;
  readonly today: IsoDate;

  constructor(readonly ctx: ReminderContext, readonly now: Date, readonly opts: PlanOptions) {
    this.nowMs = now.getTime();
    this.today = localDate(now, ctx.zone);
  }

  skip(s: SkippedMessage): void {
    const id = `${s.key}\u0000${s.reason}`;
    if (this.skippedKeys.has(id)) return;
    this.skippedKeys.add(id);
    this.skipped.push(s);
  }

  private recipient(c: Candidate): { address: string } | { reason: SkipReason; detail?: string } {
    if (c.audience === 'organiser') {
      const r = checkAddress(c.address);
      return 'reason' in r && r.reason === 'lo_without_email' ? { reason: 'no_organiser_email' } : r;
    }
    const lo = c.lo_id !== undefined ? this.ctx.losById.get(c.lo_id) : undefined;
    return lo ? checkAddress(lo.email) : { reason: 'unknown_lo', detail: c.lo_id };
  }

  consider(c: Candidate): void {
    const st = this.ctx.sent.byKey.get(c.key);
    if (st?.blocked) return;
    if (!Number.isFinite(c.due.getTime()) || this.nowMs < c.due.getTime()) return;
    let retry: PlannedMessage['retry'];
    let until = c.until;
    if (this.nowMs < c.until.getTime()) {
      retry = st?.last === 'failed' || st?.last === 'deferred' ? st.last : undefined;
      if (st?.last === 'deferred') until = later(c.until, c.expiry);
    } else if (st?.last === 'deferred' && this.nowMs < c.expiry.getTime()) {
      retry = 'deferred';
      until = c.expiry;
    } else {
      // Gone by without any run trying: tell the organisers once, for a day.
      if (!st && this.nowMs - c.until.getTime() < DAY) {
        const r = this.recipient(c);
        this.skip({
          key: c.key, kind: c.kind, reason: 'reason' in r ? r.reason : 'window_passed',
          guest_id: c.guest_id, lo_id: c.lo_id, detail: 'reason' in r ? r.detail : undefined,
        });
      }
      return;
    }
    const r = this.recipient(c);
    if ('reason' in r) {
      this.skip({ key: c.key, kind: c.kind, reason: r.reason, guest_id: c.guest_id, lo_id: c.lo_id, detail: r.detail });
      return;
    }
    const { facts, told, extra } = c.make();
    const base = {
      key: c.key,
      kind: c.kind,
      recipient: r.address,
      audience: c.audience,
      ...(c.lo_id !== undefined ? { lo_id: c.lo_id } : {}),
      due: c.due,
      until,
      lang: c.lang,
      ...(retry ? { retry } : {}),
      facts,
      told,
      fingerprint: encodeSentFingerprint(c.key, c.lo_id, told, extra),
    };
    const planned: PlannedMessage = { ...base, message: buildWith(this.ctx, base, c.lang) };
    this.due.push(planned);
    if (c.lo_id !== undefined && c.kind !== 'change_notice') {
      for (const s of Object.keys(told)) this.toldNow.add(`${c.lo_id}\u0000${s}`);
    }
  }

  wasToldNow(loId: string, subject: SubjectId): boolean {
    return this.toldNow.has(`${loId}\u0000${subject}`);
  }
}

function langOf(ctx: ReminderContext, lo: Lo | undefined): Lang {
  return messageLang(lo?.languages, ctx.eventLang);
}

function planGuest(run: Run, f: GuestFacts): void {
  const { ctx } = run;
  const gid = f.guest.guest_id;
  const gone = !!f.departureDay && f.departureDay < run.today;
  if (!gone) {
    if (f.landingReason) {
      run.skip({ key: `arrival_brief:${gid}`, kind: 'arrival_brief', reason: f.landingReason as SkipReason, guest_id: gid, detail: f.arrivalFlight?.flight_no });
    }
    if (f.takeoffReason) {
      run.skip({ key: `departure_prep:${gid}`, kind: 'departure_prep', reason: f.takeoffReason as SkipReason, guest_id: gid, detail: f.departureFlight?.flight_no });
    }
    if (!f.arrivalDay || !f.departureDay) {
      run.skip({ key: `daily_confirm:${gid}`, kind: 'daily_confirm', reason: 'stay_dates_unknown', guest_id: gid });
    }
  }

  if (f.landing && f.arrivalFlight) {
    const landing = f.landing.at;
    const tail = `${gid}:${flightKeyPart(f.arrivalFlight.flight_no)}:${f.landing.wall.slice(0, 10)}`;
    const briefDue = plus(landing, -ctx.briefMs);
    const beAt = plus(landing, -ctx.leadMs);
    for (const a of losFor(ctx, gid, f.arrivalDay)) {
      const lo = ctx.losById.get(a.lo_id);
      run.consider({
        key: `arrival_brief:${tail}:lo:${a.lo_id}`, kind: 'arrival_brief', audience: 'lo', lo_id: a.lo_id, guest_id: gid,
        due: briefDue, until: earlier(plus(briefDue, ctx.slackMs), landing), expiry: beAt, lang: langOf(ctx, lo),
        make: () => ({ facts: { kind: 'arrival_brief', lo_id: a.lo_id, guest_id: gid }, told: toldArrival(ctx, f) }),
      });
    }
    const callDue = plus(beAt, -ctx.travelMs);
    for (const a of losFor(ctx, gid, f.arrivalDay, true)) {
      const lo = ctx.losById.get(a.lo_id);
      run.consider({
        key: `airport_call:${tail}:lo:${a.lo_id}`, kind: 'airport_call', audience: 'lo', lo_id: a.lo_id, guest_id: gid,
        due: callDue, until: earlier(plus(callDue, ctx.slackMs), beAt), expiry: beAt, lang: langOf(ctx, lo),
        make: () => ({ facts: { kind: 'airport_call', lo_id: a.lo_id, guest_id: gid, be_at: beAt }, told: toldArrival(ctx, f) }),
      });
    }
  }

  if (f.takeoff && f.departureFlight) {
    const takeoff = f.takeoff.at;
    const tail = `${gid}:${flightKeyPart(f.departureFlight.flight_no)}:${f.takeoff.wall.slice(0, 10)}`;
    const due = plus(takeoff, -ctx.departurePrepMs);
    const expiry = plus(takeoff, -DEPARTURE_OFFSETS.check_out * MIN);
    for (const a of losFor(ctx, gid, f.departureDay)) {
      const lo = ctx.losById.get(a.lo_id);
      run.consider({
        key: `departure_prep:${tail}:lo:${a.lo_id}`, kind: 'departure_prep', audience: 'lo', lo_id: a.lo_id, guest_id: gid,
        due, until: earlier(plus(due, ctx.slackMs), takeoff), expiry, lang: langOf(ctx, lo),
        make: () => ({ facts: { kind: 'departure_prep', lo_id: a.lo_id, guest_id: gid }, told: toldDeparture(ctx, f) }),
      });
    }
  }
}

function planLo(run: Run, loId: string): void {
  const { ctx } = run;
  const assigns = ctx.assignmentsByLo.get(loId) ?? [];
  const lo = ctx.losById.get(loId);
  const lang = langOf(ctx, lo);
  const guestIds = Array.from(new Set(assigns.map((a) => a.guest_id))).filter((g) => ctx.idx.guestsById.has(g));
  const facts = guestIds.map((g) => ctx.facts(g)!);

  // prepare: once per LO, ahead of the first landing among their guests.
  let first: GuestFacts | undefined;
  for (const f of facts) if (f.landing && (!first || f.landing.at < first.landing!.at)) first = f;
  if (first?.landing && first.arrivalDay) {
    const landing = first.landing.at;
    const due = atTime(ctx, addDays(first.arrivalDay, -ctx.prepareDays), ctx.prepareTime);
    if (due) {
      const active = facts.filter((f) => !f.departureDay || f.departureDay >= run.today);
      run.consider({
        key: `prepare:lo:${loId}`, kind: 'prepare', audience: 'lo', lo_id: loId,
        due, until: earlier(plus(due, ctx.slackMs), landing), expiry: landing, lang,
        make: () => {
          const told: Record<SubjectId, Snapshot> = {};
          for (const f of active) Object.assign(told, toldArrival(ctx, f));
          return { facts: { kind: 'prepare', lo_id: loId, guest_ids: active.map((f) => f.guest.guest_id), first_landing: landing }, told };
        },
      });
    }
  }

  // daily_confirm: this evening's, and the two before (for the look-back report).
  for (const back of [2, 1, 0]) {
    const evening = addDays(run.today, -back);
    const tomorrow = addDays(evening, 1);
    const staying = facts
      .filter((f) => f.arrivalDay && f.departureDay && f.arrivalDay <= evening && tomorrow <= f.departureDay)
      .filter((f) => assigns.some((a) => a.guest_id === f.guest.guest_id && covers(a, tomorrow)))
      .map((f) => f.guest.guest_id);
    if (staying.length === 0) continue;
    const due = atTime(ctx, evening, ctx.confirmTime);
    if (!due) continue;
    const until = plus(due, ctx.slackMs);
    let plan: ReturnType<typeof dayPlan> | undefined;
    const planOf = () => (plan ??= dayPlan(ctx, staying, tomorrow));
    run.consider({
      key: `daily_confirm:${tomorrow}:lo:${loId}`, kind: 'daily_confirm', audience: 'lo', lo_id: loId,
      due, until, lang,
      get expiry() {
        const p = planOf();
        const firsts = [
          ...p.items.map((x) => x.item.starts!.at.getTime()),
          ...p.transfers.map((x) => x.transfer.pickup!.at.getTime()),
        ];
        const end = firsts.length ? new Date(Math.min(...firsts)) : startOfLocalDay(addDays(tomorrow, 1), ctx.zone);
        return later(until, end);
      },
      make: () => ({ facts: { kind: 'daily_confirm', lo_id: loId, date: tomorrow, guest_ids: staying }, told: toldDay(ctx, planOf()) }),
    });
  }
}

/** change_notice: per LO, everything they were told that now reads differently. */
function planChanges(run: Run, loId: string, told: Map<SubjectId, { snap: Snapshot; count: number }>): void {
  const { ctx } = run;
  const lo = ctx.losById.get(loId);
  const loGuests = new Set((ctx.assignmentsByLo.get(loId) ?? []).map((a) => a.guest_id));
  if (!lo || loGuests.size === 0) return;
  const changes: SubjectChange[] = [];
  const versions: unknown[] = [];
  let until: Date | undefined;
  for (const subject of Array.from(told.keys()).sort()) {
    const { snap: was, count } = told.get(subject)!;
    if (run.wasToldNow(loId, subject)) continue;
    const cur = currentSubject(ctx, subject);
    // Already told it was removed (an empty snapshot) and still gone: nothing new.
    if (!cur.snap && !cur.problem && Object.keys(was).length === 0) continue;
    if (!cur.concerns(loGuests)) continue;
    const moment = cur.moment ?? snapshotMoment(was);
    if (!moment || moment.getTime() <= run.nowMs) continue;
    if (cur.problem) {
      run.skip({ key: `change_notice:${subject}:lo:${loId}`, kind: 'change_notice', reason: cur.problem, lo_id: loId, guest_id: cur.guest_ids[0] });
      continue;
    }
    const fields = diffSnapshots(was, cur.snap);
    if (cur.snap && fields.length === 0) continue;
    changes.push({ subject, guest_ids: cur.guest_ids, was, ...(cur.snap ? { now: cur.snap } : {}), fields });
    versions.push([subject, count, fingerprintOf(cur.snap ?? null)]);
    until = until ? later(until, moment) : moment;
  }
  if (changes.length === 0 || !until) return;
  const now = run.now;
  const changeUntil = until;
  run.consider({
    key: `change_notice:${fingerprintOf(versions)}:lo:${loId}`, kind: 'change_notice', audience: 'lo', lo_id: loId,
    due: now, until: changeUntil, expiry: changeUntil, lang: langOf(ctx, lo),
    make: () => {
      const toldNow: Record<SubjectId, Snapshot> = {};
      for (const c of changes) if (c.now) toldNow[c.subject] = c.now;
      // A removed subject is recorded as empty, so it is not announced again.
      for (const c of changes) if (!c.now) toldNow[c.subject] = {};
      return { facts: { kind: 'change_notice', lo_id: loId, changes }, told: toldNow };
    },
  });
}

function planDigests(run: Run): void {
  const { ctx, opts } = run;
  let lastDay: IsoDate | undefined;
  for (const g of ctx.idx.guestsById.values()) {
    const d = ctx.facts(g.guest_id)!.departureDay;
    if (d && (!lastDay || d > lastDay)) lastDay = d;
  }
  const raw = ctx.model.event?.organiser_emails ?? [];
  const seen = new Set<string>();
  const addresses = raw.filter((e) => {
    const k = String(e).trim().toLowerCase();
    if (k === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  for (const back of [1, 0]) {
    const date = addDays(run.today, -back);
    if (lastDay && date > addDays(lastDay, 1)) continue;
    const due = atTime(ctx, date, ctx.digestTime);
    if (!due) continue;
    const until = plus(due, ctx.slackMs);
    const expiry = later(until, startOfLocalDay(addDays(date, 1), ctx.zone));
    let data: DigestData | undefined;
    const make = () => {
      data ??= buildDigestData(ctx, run.now, date, run.today, run.skipped, opts);
      return { facts: { kind: 'organiser_digest' as const, date, digest: data }, told: {}, extra: data };
    };
    const list = addresses.length > 0 ? addresses : [''];
    for (const address of list) {
      const who = address === '' ? '' : `:to:${address.trim().toLowerCase()}`;
      run.consider({
        key: `organiser_digest:${date}${who}`, kind: 'organiser_digest', audience: 'organiser', address,
        due, until, expiry, lang: ctx.eventLang, make,
      });
    }
  }
}

/**
 * The messages due at `now` and the ones that cannot be built. Pure: reads the
 * model (its `sent` rows included) and writes nothing. `due` is ordered by
 * urgency (window end, then key) so a run that runs out of quota sends the most
 * urgent first.
 */
export function planReminders(model: EventModel, now: Date, opts: PlanOptions = {}): PlanResult {
  if (!(now instanceof Date) || !Number.isFinite(now.getTime())) {
    throw new Error('planReminders: `now` must be a valid Date');
  }
  const ctx = makeContext(model, opts);
  const run = new Run(ctx, now, opts);
  for (const guest of ctx.idx.guestsById.values()) planGuest(run, ctx.facts(guest.guest_id)!);
  for (const loId of Array.from(ctx.assignmentsByLo.keys()).sort()) planLo(run, loId);
  for (const [loId, told] of ctx.sent.told) planChanges(run, loId, told);
  planDigests(run);
  const due = run.due.sort((a, b) => a.until.getTime() - b.until.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { due, skipped: run.skipped };
}
