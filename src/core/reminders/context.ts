/**
 * Everything the planner and the message builder look up, indexed once per run so
 * the cost grows with rows, not with rows × messages.
 */
import { groupModel, pushTo } from '../model-index';
import type { Assignment, EventModel, IsoDate, Lang, Lo, ProgrammeItem, Transfer, Vehicle } from '../model';
import {
  eventInstant, guestFacts, indexModel, parseTimeOfDay,
  type ChecklistIndex, type GuestFacts, type HourMinute,
} from '../checklist/facts';
import { PREPARE_DAYS_BEFORE, PREPARE_TIME } from '../checklist/rules';
import { localDate, type Zone } from '../time/zones';
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
  idx: ChecklistIndex;
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
  losById: Map<string, Lo>;
  assignmentsByLo: Map<string, Assignment[]>;
  transfersById: Map<string, Transfer>;
  itemsById: Map<string, ProgrammeItem>;
  /** Event-zone start date → items, each list sorted by start. */
  itemsByDate: Map<IsoDate, ProgrammeItem[]>;
  organiserSet: Set<string>;
  sent: SentIndex;
  facts(guestId: string): GuestFacts | undefined;
}

const MIN = 60_000;

function num(v: unknown, fallback: number, min = 0): number {
  const n = Number(v);
  return Number.isFinite(n) && n >= min ? n : fallback;
}


export function makeContext(model: EventModel, opts: PlanOptions = {}): ReminderContext {
  const idx = indexModel(model);
  const ev = model.event;
  const { losById, assignmentsByLo, transfersById, itemsById } = groupModel(model);
  const itemsByDate = new Map<IsoDate, ProgrammeItem[]>();
  for (const p of itemsById.values()) {
    if (p.starts && Number.isFinite(p.starts.at.getTime())) pushTo(itemsByDate, localDate(p.starts.at, idx.zone), p);
  }
  for (const list of itemsByDate.values()) list.sort((a, b) => a.starts!.at.getTime() - b.starts!.at.getTime());
  const organiserSet = new Set<string>();
  for (const e of ev.organiser_emails) {
    const c = checkAddress(e);
    if ('address' in c) organiserSet.add(c.address.toLowerCase());
  }
  const memo = new Map<string, GuestFacts | undefined>();
  const url = typeof opts.phonePageUrl === 'string' ? opts.phonePageUrl.trim() : '';
  return {
    model,
    idx,
    zone: idx.zone,
    eventLang: ev.language,
    slackMs: num(opts.slackMinutes, DEFAULTS.slackMinutes, 1) * MIN,
    travelMs: num(opts.travelMinutes, DEFAULTS.travelMinutes) * MIN,
    leadMs: idx.leadMinutes * MIN,
    briefMs: num(opts.arrivalBriefHours, DEFAULTS.arrivalBriefHours) * 60 * MIN,
    departurePrepMs: num(opts.departurePrepHours, DEFAULTS.departurePrepHours) * 60 * MIN,
    prepareDays: Math.round(num(opts.prepareDaysBefore, PREPARE_DAYS_BEFORE)),
    prepareTime: parseTimeOfDay(opts.prepareTime) ?? PREPARE_TIME,
    confirmTime: idx.confirmTime,
    digestTime: ev.digest_time,
    phonePageUrl: /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined,
    losById,
    assignmentsByLo,
    transfersById,
    itemsById,
    itemsByDate,
    organiserSet,
    sent: indexSent(model.sent),
    facts(guestId: string) {
      if (!memo.has(guestId)) {
        const g = idx.guestsById.get(guestId);
        memo.set(guestId, g ? guestFacts(idx, g) : undefined);
      }
      return memo.get(guestId);
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

/** Does the assignment cover that event-zone date? Missing bounds are open. */
export function covers(a: Assignment, date: IsoDate | undefined): boolean {
  if (!date) return true;
  return (!a.from || a.from <= date) && (!a.to || a.to >= date);
}

/** The guest's LOs on a date: primaries first, each LO once. */
export function losFor(ctx: ReminderContext, guestId: string, date: IsoDate | undefined, primaryOnly = false): Assignment[] {
  const list = (ctx.idx.assignmentsByGuest.get(guestId) ?? []).filter((a) => covers(a, date));
  const primaries = list.filter((a) => a.role !== 'backup');
  const chosen = primaryOnly && primaries.length > 0 ? primaries : primaryOnly ? list : [...primaries, ...list.filter((a) => a.role === 'backup')];
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
  for (const a of ctx.idx.assignmentsByGuest.get(guestId) ?? []) {
    const lo = ctx.losById.get(a.lo_id);
    if (lo && typeof lo.email === 'string' && lo.email.trim().toLowerCase() === r) return true;
  }
  return false;
}
