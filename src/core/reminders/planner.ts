/**
 * The reminder planner: from the model (with its Sent log) and an instant, the
 * messages to send in this run and those that cannot be built, with why.
 *
 * When each kind falls due, and until when it can still help (event zone unless
 * said; defaults in context.ts DEFAULTS and checklist/rules.ts, overridable
 * through PlanOptions):
 *
 * | kind             | to                                   | due                                                            | useful until (exclusive)                      |
 * |------------------|--------------------------------------|----------------------------------------------------------------|-----------------------------------------------|
 * | prepare          | each LO with guests                  | prepareTime (09:00) prepareDaysBefore (3) days before the day   | the LO's first guest lands                    |
 * |                  |                                      | the LO's first guest lands                                      |                                               |
 * | arrival_brief    | the guest's LOs on the arrival day   | landing − arrivalBriefHours (24 h)                              | the LO must leave for the airport             |
 * |                  |                                      |                                                                 | (landing − airport lead − travelMinutes)      |
 * | airport_call     | the guest's primary LOs that day     | when the LO must leave for the airport                          | "be there" (landing − airport_lead_minutes)   |
 * |                  | (backups only when no primary)       | (landing − airport_lead_minutes − travelMinutes (120))          |                                               |
 * | daily_confirm    | each LO, one message for all guests  | daily_confirm_time each evening from the arrival day to the     | tomorrow's first item or pickup               |
 * |                  | staying tomorrow                     | evening before the departure day; tells tomorrow's programme    | (else the end of tomorrow)                    |
 * | departure_prep   | the guest's LOs on the departure day | takeoff − departurePrepHours (24 h)                             | the departure pickup (else takeoff − 4 h)     |
 * | change_notice    | each LO told of something changed    | the first run that sees the change                             | the changed thing's (latest) moment           |
 * | organiser_digest | each organiser address               | digest_time every day until the day after the last departure    | the end of that day                           |
 *
 * Google's hourly trigger drifts and skips (PLATFORM.md), so a message is due
 * from its moment until it can no longer help, whatever the gap between runs:
 * the first run in that span sends it, and one sent more than `slack` (60 min)
 * after its moment is marked late and says so. Sent records decide the rest:
 * - sent, uncertain or claimed: never planned again (uncertain needs a person).
 * - failed or deferred (quota, time): planned again in each run while useful.
 * - useful moment passed in the last 24 h without being sent: reported as
 *   skipped for the digest, with why (the trigger did not run, reminders were
 *   off, the quota was used up, sending failed, or the address problem).
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
  /** The moment after which it can no longer help (exclusive). */
  until: Date;
  audience: 'lo' | 'organiser';
  lo_id?: string;
  /** For organisers: the address as typed. */
  address?: string;
  guest_id?: string;
  lang: Lang;
  make(): { facts: MessageFacts; told: Record<SubjectId, Snapshot>; extra?: unknown };
}

/**
 * True when reminders were on at some time in [from, to): then only the trigger
 * not running can explain a message never sent. Without a record of the
 * periods (an event turned on before they were kept) that is assumed.
 */
function wasOn(periods: PlanOptions['onPeriods'], from: Date, to: Date): boolean {
  if (!periods) return true;
  return periods.some((p) => p.on.getTime() < to.getTime() && (!p.off || p.off.getTime() > from.getTime()));
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
    const until = c.until;
    if (!Number.isFinite(c.due.getTime()) || this.nowMs < c.due.getTime()) return;
    if (this.nowMs >= until.getTime()) {
      // No longer useful and never sent: said once, for a day, in the digest.
      if (this.nowMs - until.getTime() < DAY) this.skip(this.missed(c, st?.last));
      return;
    }
    const retry: PlannedMessage['retry'] = st?.last === 'failed' || st?.last === 'deferred' ? st.last : undefined;
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
      late: this.nowMs - c.due.getTime() >= this.ctx.slackMs,
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

  /** Why a message that can no longer help was never sent. */
  private missed(c: Candidate, last: string | undefined): SkippedMessage {
    const base = { key: c.key, kind: c.kind, guest_id: c.guest_id, lo_id: c.lo_id };
    const r = this.recipient(c);
    if ('reason' in r) return { ...base, reason: r.reason, detail: r.detail };
    if (last === 'deferred') return { ...base, reason: 'quota_exhausted' };
    if (last === 'failed') return { ...base, reason: 'send_failed' };
    return { ...base, reason: wasOn(this.opts.onPeriods, c.due, c.until) ? 'trigger_not_run' : 'reminders_off' };
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
    const leave = plus(beAt, -ctx.travelMs);
    for (const a of losFor(ctx, gid, f.arrivalDay)) {
      const lo = ctx.losById.get(a.lo_id);
      run.consider({
        key: `arrival_brief:${tail}:lo:${a.lo_id}`, kind: 'arrival_brief', audience: 'lo', lo_id: a.lo_id, guest_id: gid,
        due: briefDue, until: later(leave, plus(briefDue, MIN)), lang: langOf(ctx, lo),
        make: () => ({ facts: { kind: 'arrival_brief', lo_id: a.lo_id, guest_id: gid }, told: toldArrival(ctx, f) }),
      });
    }
    for (const a of losFor(ctx, gid, f.arrivalDay, true)) {
      const lo = ctx.losById.get(a.lo_id);
      run.consider({
        key: `airport_call:${tail}:lo:${a.lo_id}`, kind: 'airport_call', audience: 'lo', lo_id: a.lo_id, guest_id: gid,
        due: leave, until: beAt, lang: langOf(ctx, lo),
        make: () => ({ facts: { kind: 'airport_call', lo_id: a.lo_id, guest_id: gid, be_at: beAt }, told: toldArrival(ctx, f) }),
      });
    }
  }

  if (f.takeoff && f.departureFlight) {
    const takeoff = f.takeoff.at;
    const tail = `${gid}:${flightKeyPart(f.departureFlight.flight_no)}:${f.takeoff.wall.slice(0, 10)}`;
    const due = plus(takeoff, -ctx.departurePrepMs);
    // Useful until the car comes for the airport; without a known pickup, until check-out.
    const pickup = f.departureTransfer?.pickup?.at;
    const until = pickup && Number.isFinite(pickup.getTime()) && pickup < takeoff ? pickup : plus(takeoff, -DEPARTURE_OFFSETS.check_out * MIN);
    for (const a of losFor(ctx, gid, f.departureDay)) {
      const lo = ctx.losById.get(a.lo_id);
      run.consider({
        key: `departure_prep:${tail}:lo:${a.lo_id}`, kind: 'departure_prep', audience: 'lo', lo_id: a.lo_id, guest_id: gid,
        due, until: later(until, plus(due, MIN)), lang: langOf(ctx, lo),
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
        due, until: landing, lang,
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
    let plan: ReturnType<typeof dayPlan> | undefined;
    const planOf = () => (plan ??= dayPlan(ctx, staying, tomorrow));
    run.consider({
      key: `daily_confirm:${tomorrow}:lo:${loId}`, kind: 'daily_confirm', audience: 'lo', lo_id: loId,
      due, lang,
      get until() {
        const p = planOf();
        const firsts = [
          ...p.items.map((x) => x.item.starts!.at.getTime()),
          ...p.transfers.map((x) => x.transfer.pickup!.at.getTime()),
        ];
        // Nothing booked tomorrow: the confirmation helps until tomorrow starts.
        const end = firsts.length ? new Date(Math.min(...firsts)) : startOfLocalDay(tomorrow, ctx.zone);
        return later(plus(due, MIN), end);
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
    due: now, until: changeUntil, lang: langOf(ctx, lo),
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
    const until = later(plus(due, MIN), startOfLocalDay(addDays(date, 1), ctx.zone));
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
        due, until, lang: ctx.eventLang, make,
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
