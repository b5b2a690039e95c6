/**
 * What the planner and the message builder add to the one model index
 * (../model-index): their settings, the organisers' addresses and the sent log.
 * Made once per run so the cost grows with rows, not with rows × messages.
 */
import { indexModel, type ModelIndex } from '../model-index';
import type { Assignment, EventModel, IsoDate, Lang, Lo, Transfer, Vehicle } from '../model';
import type { HourMinute } from '../model';
import { eventInstant, parseTimeOfDay } from '../facts/event-time';
import { covers, guestFacts, type GuestFacts } from '../facts/guest-facts';
import { PREPARE_DAYS_BEFORE, PREPARE_TIME } from '../checklist/rules';
import type { Zone } from '../time/zones';
import { cleanText } from '../text';
import { indexSent, type SentIndex } from './sent-log';
import type { PlanOptions, SkipReason } from './types';

const DEFAULTS = {
  slackMinutes: 60,
  travelMinutes: 120,
  arrivalBriefHours: 24,
  departurePrepHours: 24,
} as const;

export interface ReminderContext {
  model: EventModel;
  idx: ModelIndex;
  zone: Zone;
  eventLang: Lang;
  slackMs: number;
  travelMs: number;
  leadMs: number;
  briefMs: number;
  departurePrepMs: number;
  prepareDays: number;
  prepareTime: HourMinute;
  confirmTime: HourMinute;
  digestTime: HourMinute;
  phonePageUrl?: string;
  /** idx's own maps, under the names the planner reads. */
  losById: Map<string, Lo>;
  assignmentsByLo: Map<string, Assignment[]>;
  organiserSet: Set<string>;
  sent: SentIndex;
  facts(guestId: string): GuestFacts | undefined;
}

const MIN = 60_000;

function num(v: unknown, fallback: number, min = 0): number {
  const n = Number(v);
  return Number.isFinite(n) && n >= min ? n : fallback;
}


/** The reminders' context over an index already made (the run's), or over a fresh one. */
export function reminderContext(model: EventModel, opts: PlanOptions = {}, idx: ModelIndex = indexModel(model)): ReminderContext {
  const ev = model.event;
  const organiserSet = new Set<string>();
  for (const e of ev.organiser_emails) {
    const c = checkAddress(e);
    if ('address' in c) organiserSet.add(c.address.toLowerCase());
  }
  const url = typeof opts.phonePageUrl === 'string' ? opts.phonePageUrl.trim() : '';
  return {
    model,
    idx,
    zone: idx.zone,
    eventLang: ev.language,
    slackMs: num(opts.slackMinutes, DEFAULTS.slackMinutes, 1) * MIN,
    travelMs: num(opts.travelMinutes, DEFAULTS.travelMinutes) * MIN,
    leadMs: ev.airport_lead_minutes * MIN,
    briefMs: num(opts.arrivalBriefHours, DEFAULTS.arrivalBriefHours) * 60 * MIN,
    departurePrepMs: num(opts.departurePrepHours, DEFAULTS.departurePrepHours) * 60 * MIN,
    prepareDays: Math.round(num(opts.prepareDaysBefore, PREPARE_DAYS_BEFORE)),
    prepareTime: parseTimeOfDay(opts.prepareTime) ?? PREPARE_TIME,
    confirmTime: ev.daily_confirm_time,
    digestTime: ev.digest_time,
    phonePageUrl: /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined,
    losById: idx.losById,
    assignmentsByLo: idx.assignmentsByLo,
    organiserSet,
    sent: indexSent(model.sent),
    facts(guestId: string) {
      const g = idx.guestsById.get(guestId);
      return g ? guestFacts(idx, g) : undefined;
    },
  };
}

export function atTime(ctx: ReminderContext, date: IsoDate, t: HourMinute): Date | undefined {
  return eventInstant(ctx.idx, date, t);
}

export function vehicleOf(ctx: ReminderContext, t: Transfer | undefined): Vehicle | undefined {
  return t?.vehicle_id ? ctx.idx.vehiclesById.get(t.vehicle_id) : undefined;
}

const ADDRESS = /^[^\s@,;<>()"'\\[\]:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const BREAKS = /[\r\n\u2028\u2029]/;

/**
 * One recipient cell must hold exactly one address. A line break, a second address
 * or a display name is refused rather than repaired: a guess could mail the wrong
 * person, and a header injection would be worse.
 */
export function checkAddress(raw: unknown): { address: string } | { reason: SkipReason; detail?: string } {
  if (typeof raw !== 'string' || raw.trim() === '') return { reason: 'lo_without_email' };
  if (BREAKS.test(raw)) return { reason: 'invalid_address', detail: cleanText(raw) };
  const a = cleanText(raw).replace(/^mailto:/i, '');
  return ADDRESS.test(a) ? { address: a } : { reason: 'invalid_address', detail: a };
}

const THAI = new Set(['th', 'tha', 'thai', 'ไทย', 'ภาษาไทย']);
const ENGLISH = new Set(['en', 'eng', 'english', 'อังกฤษ', 'ภาษาอังกฤษ']);

function speaks(languages: readonly string[] | undefined, set: Set<string>): boolean {
  return (languages ?? []).some((l) => {
    const s = String(l).trim().toLowerCase();
    return set.has(s) || set.has(s.split(/[-_]/)[0]);
  });
}

/**
 * The language of a message to an LO. The event's language unless the LO's
 * languages are known and leave it out while including the other one:
 * - event th, LO lists th (or lists nothing)  → th
 * - event th, LO lists en but not th          → en
 * - event en, LO lists en (or lists nothing)  → en
 * - event en, LO lists th but not en          → th
 * - LO lists neither (e.g. only fr)           → the event's
 * Organisers get the event's language.
 */
export function messageLang(loLanguages: readonly string[] | undefined, eventLang: Lang): Lang {
  const th = speaks(loLanguages, THAI);
  const en = speaks(loLanguages, ENGLISH);
  if (eventLang === 'th') return !th && en ? 'en' : 'th';
  return !en && th ? 'th' : 'en';
}

/** The guest's LOs on a date: primaries first, each LO once. */
export function losFor(ctx: ReminderContext, guestId: string, date: IsoDate | undefined, primaryOnly = false): Assignment[] {
  const f = ctx.facts(guestId);
  // Primaries come first in the facts; an assignment naming an unknown LO still counts here (the planner reports it).
  const list = (f?.los ?? []).filter((l) => covers(l, date)).map((l) => l.assignment);
  const primaries = list.filter((a) => a.role !== 'backup');
  const chosen = primaryOnly && primaries.length > 0 ? primaries : list;
  const seen = new Set<string>();
  return chosen.filter((a) => {
    if (seen.has(a.lo_id)) return false;
    seen.add(a.lo_id);
    return true;
  });
}

/**
 * Health and diet go only to the guest's own LOs and to organisers (PDPA). Checked
 * against the recipient address itself when a message is built, so a message
 * re-addressed by mistake loses them.
 */
export function mayReceiveHealthData(ctx: ReminderContext, recipient: string, guestId: string): boolean {
  const r = recipient.trim().toLowerCase();
  if (r === '') return false;
  if (ctx.organiserSet.has(r)) return true;
  for (const { lo } of ctx.facts(guestId)?.los ?? []) {
    if (lo && typeof lo.email === 'string' && lo.email.trim().toLowerCase() === r) return true;
  }
  return false;
}
