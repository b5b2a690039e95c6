/**
 * The words of each reminder, in Thai or English, as HTML and plain text.
 * Everything from the sheet passes through render.ts, which escapes it for HTML.
 * Times are written in the zone where they happen (the airport's for flights, the
 * event's for pickups and programme) with that zone named; Thai dates carry
 * Buddhist-era years (views/format.ts).
 */
import type { EventModel, Guest, Lang, ProgrammeItem, Transfer } from '../model';
import type { GuestFacts } from '../facts/guest-facts';
import { t, tDynamic, type Params } from '../i18n';
// Adds the reminders strings to t()'s table (they are not there from the start).
import '../i18n/reminders-strings';
import { joinNonEmpty, oneLine } from '../text';
import { DEPARTURE_PICKUP_MIN_LEAD_MINUTES } from '../validate/margins';
import { telHref } from '../views/links';
import { guestFacts } from '../facts/guest-facts';
import { formatDate, formatDateTime, formatTime } from '../time/format';
import { reminderContext, mayReceiveHealthData, vehicleOf, type ReminderContext } from './context';
import { gapsOf } from './digest';
import { renderHtml, renderText, type Block, type Inline } from './render';
import { parseSubject, parseZonedLabel, TIME_FIELDS } from './snapshot';
import { arrivalTransfers, dayPlan, departureTransfers } from './subjects';
import type { BuiltMessage, DigestData, PlanOptions, PlannedMessage, SubjectChange } from './types';

type Planned = Omit<PlannedMessage, 'message'>;

/** Longest list printed in a digest section; the rest is counted. */
const LIST_LIMIT = 30;

function reminderText(lang: Lang, key: string, params?: Params): string {
  return tDynamic(lang, `reminders.${key}`, params);
}

function when(at: Date | undefined, zone: string | undefined, lang: Lang): string {
  if (!at || !zone || !Number.isFinite(at.getTime())) return reminderText(lang, 'tbc');
  return formatDateTime(at, zone, lang) ?? '';
}

function tel(phone: string | undefined): Inline[] {
  if (!phone) return [];
  const href = telHref(phone);
  return [href ? { text: phone, href } : phone];
}

function eventName(ctx: ReminderContext, lang: Lang): string {
  const ev = ctx.model.event;
  return (lang === 'th' && ev?.event_name_th) || ev?.event_name || 'LO Desk';
}

function itemTitle(item: Pick<ProgrammeItem, 'title' | 'title_th'>, lang: Lang): string {
  return (lang === 'th' && item.title_th) || item.title;
}

function fullName(ctx: ReminderContext, g: Guest): string {
  return guestFacts(ctx.idx, g).names.full;
}

function names(ctx: ReminderContext, ids: readonly string[], lang: Lang): string {
  return ids
    .map((id) => ctx.idx.guestsById.get(id))
    .filter((g): g is Guest => !!g)
    .map((g) => fullName(ctx, g))
    .join(t(lang, 'common.list.separator'));
}

/** Adds a row only when it has something to say. */
function kv(rows: [string, Inline[] | string | undefined][]): Block | undefined {
  const kept: [string, Inline[]][] = [];
  for (const [k, v] of rows) {
    if (v === undefined || v === '') continue;
    const parts = typeof v === 'string' ? [v] : v;
    if (parts.length === 0 || parts.every((p) => (typeof p === 'string' ? p.trim() === '' : p.text.trim() === ''))) continue;
    kept.push([k, parts]);
  }
  return kept.length ? { t: 'kv', rows: kept } : undefined;
}

function push(out: Block[], ...blocks: (Block | undefined)[]): void {
  for (const b of blocks) if (b) out.push(b);
}

function flightRows(f: GuestFacts, dir: 'arrival' | 'departure', lang: Lang): Block | undefined {
  const fl = dir === 'arrival' ? f.arrivalFlight : f.departureFlight;
  if (!fl) return undefined;
  return kv([
    [t(lang, 'label.flight'), fl.flight_no],
    [reminderText(lang, 'label.route'), `${fl.from_airport} → ${fl.to_airport}`],
    [reminderText(lang, 'label.departs'), when(fl.depart?.at, fl.depart?.zone, lang)],
    [reminderText(lang, 'label.lands'), when(fl.arrive?.at, fl.arrive?.zone, lang)],
    [t(lang, 'label.terminal'), fl.terminal],
    [t(lang, 'label.baggage'), fl.baggage],
  ]);
}

function carRows(ctx: ReminderContext, tr: Transfer, lang: Lang, withGuests?: readonly string[]): Block | undefined {
  const v = vehicleOf(ctx, tr);
  return kv([
    [t(lang, 'label.pickup'), when(tr.pickup?.at, tr.pickup?.zone, lang)],
    [t(lang, 'label.route'), `${tr.from_place} → ${tr.to_place}`],
    [t(lang, 'label.car'), v ? [v.plate, v.type ? ` (${v.type})` : ''].join('') : reminderText(lang, 'tbc')],
    [t(lang, 'label.driver'), v ? [`${v.driver_name} `, ...tel(v.driver_phone)] : undefined],
    [t(lang, 'label.guests'), withGuests ? names(ctx, withGuests, lang) : undefined],
  ]);
}

function carSection(ctx: ReminderContext, list: Transfer[], lang: Lang, out: Block[]): void {
  out.push({ t: 'h', text: t(lang, 'label.car') });
  if (list.length === 0) out.push({ t: 'p', parts: [reminderText(lang, 'tbc')] });
  for (const tr of list) push(out, carRows(ctx, tr, lang));
}

function guestSection(ctx: ReminderContext, f: GuestFacts, recipient: string, lang: Lang, out: Block[]): void {
  const g = f.guest;
  out.push({ t: 'h', text: reminderText(lang, 'section.guest') });
  push(out, kv([
    [reminderText(lang, 'label.address_as'), f.names.address],
    [reminderText(lang, 'label.full_name'), f.names.full],
    [t(lang, 'label.position'), [g.position, g.organisation, g.country].filter(Boolean).join(', ')],
    [t(lang, 'label.languages'), (g.languages ?? []).join(', ')],
    [reminderText(lang, 'label.guest_phone'), tel(g.phone)],
  ]));
  if (!mayReceiveHealthData(ctx, recipient, g.guest_id)) return;
  const { dietary, dietaryNotes, medicalNotes, accessibility } = f.needs;
  const diet = dietary && dietary !== 'none' ? tDynamic(lang, `schema.enum.dietary.${dietary}`, undefined, dietary) : '';
  const health = kv([
    [t(lang, 'label.dietary'), [diet, dietaryNotes].filter(Boolean).join(': ')],
    [t(lang, 'label.medical'), medicalNotes],
    [t(lang, 'label.accessibility'), accessibility],
  ]);
  if (health) out.push({ t: 'h', text: reminderText(lang, 'section.sensitive') }, health);
}

function hotelSection(f: GuestFacts, lang: Lang, out: Block[], departure = false): void {
  const { hotel: h, room, checkIn, checkOut, checkInTime, checkOutTime } = f.stay;
  const g = f.guest;
  out.push({ t: 'h', text: t(lang, 'label.hotel') });
  if (!h) {
    out.push({ t: 'p', parts: [reminderText(lang, 'tbc')] });
    return;
  }
  push(out, kv([
    [t(lang, 'label.hotel'), h.name],
    [t(lang, 'label.address'), h.address],
    [t(lang, 'label.phone'), tel(h.phone)],
    [t(lang, 'label.hotel_contact'), h.contact_name || h.contact_phone ? [`${h.contact_name ?? ''} `, ...tel(h.contact_phone)] : undefined],
    [t(lang, 'label.room'), room ?? reminderText(lang, 'tbc')],
    ...(departure
      ? ([[t(lang, 'label.check_out'), [checkOut ? (formatDate(checkOut, lang) ?? checkOut) : '', checkOutTime].filter(Boolean).join(' ')]] as [string, string][])
      : ([
          [t(lang, 'label.check_in'), [checkIn ? (formatDate(checkIn, lang) ?? checkIn) : '', checkInTime].filter(Boolean).join(' ')],
          [t(lang, 'label.key_card'), h.key_card],
          [t(lang, 'label.breakfast'), h.breakfast],
          [t(lang, 'label.internet'), h.wifi],
          [t(lang, 'label.welcome'), h.welcome_protocol],
          [reminderText(lang, 'label.host_covers'), g.host_covers],
        ] as [string, string | undefined][])),
  ]));
}

interface Draft {
  subject: string;
  blocks: Block[];
}

function loName(ctx: ReminderContext, loId: string): string {
  return ctx.losById.get(loId)?.name ?? loId;
}

function draftFor(ctx: ReminderContext, p: Planned, lang: Lang): Draft {
  const ev = eventName(ctx, lang);
  const facts = p.facts;
  const blocks: Block[] = [];
  const greet = (loId: string) => blocks.push({ t: 'p', parts: [reminderText(lang, 'greeting', { name: loName(ctx, loId) })] });
  switch (facts.kind) {
    case 'prepare': {
      greet(facts.lo_id);
      const date = when(facts.first_landing, ctx.zone, lang);
      blocks.push({ t: 'p', parts: [reminderText(lang, 'prepare.intro', { date })] });
      for (const gid of facts.guest_ids) {
        const f = ctx.facts(gid);
        if (!f) continue;
        blocks.push({ t: 'h', text: f.names.full });
        const items: Inline[][] = [];
        items.push([f.landing && f.arrivalFlight
          ? reminderText(lang, 'prepare.arrives', { flight: f.arrivalFlight.flight_no, time: when(f.landing.at, f.landing.zone, lang) })
          : reminderText(lang, 'prepare.arrival_unknown')]);
        const gaps = gapsOf(f);
        items.push([gaps.length
          ? reminderText(lang, 'prepare.missing', { list: gaps.map((x) => reminderText(lang, `gap.${x}`)).join(t(lang, 'common.list.separator')) })
          : reminderText(lang, 'prepare.complete')]);
        blocks.push({ t: 'ul', items });
      }
      blocks.push({ t: 'p', parts: [reminderText(lang, 'prepare.todo')] });
      return { subject: reminderText(lang, 'subject.prepare', { date: formatDateTime(facts.first_landing, ctx.zone, lang, false) ?? date }), blocks };
    }
    case 'arrival_brief':
    case 'airport_call': {
      const f = ctx.facts(facts.guest_id)!;
      const fl = f.arrivalFlight!;
      const land = when(f.landing?.at, f.landing?.zone, lang);
      const guest = f.names.full;
      greet(facts.lo_id);
      if (facts.kind === 'airport_call') {
        const airport = fl.to_airport + (fl.terminal ? ` (${t(lang, 'label.terminal')} ${fl.terminal})` : '');
        const beAt = when(facts.be_at, f.landing?.zone, lang);
        blocks.push({ t: 'p', parts: [reminderText(lang, 'airport_call.intro', { airport, be_at: beAt, guest: f.names.address })] });
        blocks.push({ t: 'p', parts: [reminderText(lang, 'airport_call.lands', { flight: fl.flight_no, time: land })] });
        carSection(ctx, arrivalTransfers(ctx, f), lang, blocks);
        blocks.push({ t: 'p', parts: [reminderText(lang, 'airport_call.todo')] });
        const beAtTime = formatTime(facts.be_at, f.landing?.zone ?? ctx.zone, lang) ?? beAt;
        return { subject: reminderText(lang, 'subject.airport_call', { time: beAtTime, guest: shortName(f), flight: fl.flight_no }), blocks };
      }
      blocks.push({ t: 'p', parts: [reminderText(lang, 'arrival_brief.intro', { guest, flight: fl.flight_no, time: land })] });
      blocks.push({ t: 'h', text: t(lang, 'label.flight') });
      push(blocks, flightRows(f, 'arrival', lang));
      carSection(ctx, arrivalTransfers(ctx, f), lang, blocks);
      hotelSection(f, lang, blocks);
      guestSection(ctx, f, p.recipient, lang, blocks);
      blocks.push({ t: 'p', parts: [reminderText(lang, 'arrival_brief.ask_name')] });
      return { subject: reminderText(lang, 'subject.arrival_brief', { guest: shortName(f), flight: fl.flight_no, time: subjectTime(f.landing, lang) }), blocks };
    }
    case 'departure_prep': {
      const f = ctx.facts(facts.guest_id)!;
      const fl = f.departureFlight!;
      const time = when(f.takeoff?.at, f.takeoff?.zone, lang);
      const guest = f.names.full;
      greet(facts.lo_id);
      blocks.push({ t: 'p', parts: [reminderText(lang, 'departure_prep.intro', { guest, flight: fl.flight_no, time })] });
      blocks.push({ t: 'p', parts: [reminderText(lang, 'departure_prep.todo')] });
      blocks.push({ t: 'h', text: t(lang, 'label.flight') });
      push(blocks, flightRows(f, 'departure', lang));
      hotelSection(f, lang, blocks, true);
      carSection(ctx, departureTransfers(ctx, f), lang, blocks);
      return { subject: reminderText(lang, 'subject.departure_prep', { guest: shortName(f), flight: fl.flight_no, time: subjectTime(f.takeoff, lang) }), blocks };
    }
    case 'daily_confirm': {
      greet(facts.lo_id);
      const date = formatDate(facts.date, lang) ?? facts.date;
      blocks.push({ t: 'p', parts: [reminderText(lang, 'daily_confirm.intro', { date })] });
      blocks.push({ t: 'p', parts: [reminderText(lang, 'daily_confirm.for', { list: names(ctx, facts.guest_ids, lang) })] });
      const plan = dayPlan(ctx, facts.guest_ids, facts.date);
      if (plan.items.length === 0 && plan.transfers.length === 0) blocks.push({ t: 'p', parts: [reminderText(lang, 'daily_confirm.nothing')] });
      if (plan.items.length) {
        blocks.push({ t: 'h', text: reminderText(lang, 'section.programme') });
        for (const { item, guest_ids } of plan.items) {
          const ends = item.ends && Number.isFinite(item.ends.at.getTime()) ? ` – ${formatTime(item.ends.at, item.ends.zone, lang) ?? ''}` : '';
          const time = `${when(item.starts?.at, item.starts?.zone, lang)}${ends}`;
          push(blocks, kv([
            [itemTitle(item, lang), time],
            [t(lang, 'label.venue'), item.venue],
            [t(lang, 'label.dress_code'), item.dress_code],
            [t(lang, 'label.guests'), guest_ids.length === facts.guest_ids.length ? undefined : names(ctx, guest_ids, lang)],
          ]));
        }
      }
      if (plan.transfers.length) {
        blocks.push({ t: 'h', text: reminderText(lang, 'section.transfers') });
        for (const { transfer, guest_ids } of plan.transfers) push(blocks, carRows(ctx, transfer, lang, guest_ids));
      }
      return { subject: reminderText(lang, 'subject.daily_confirm', { date }), blocks };
    }
    case 'change_notice': {
      greet(facts.lo_id);
      blocks.push({ t: 'p', parts: [reminderText(lang, 'change.intro')] });
      const labels = facts.changes.map((c) => changeLabel(ctx, c, lang));
      facts.changes.forEach((c, i) => {
        blocks.push({ t: 'h', text: labels[i] });
        if (!c.now) {
          blocks.push({ t: 'p', parts: [reminderText(lang, 'change.removed')] });
          push(blocks, kv(Object.keys(c.was).map((field) => [reminderText(lang, `field.${field}`), fieldValue(field, c.was[field], lang)])));
          return;
        }
        blocks.push({
          t: 'ul',
          items: c.fields.map((x) => [reminderText(lang, 'change.row', {
            field: reminderText(lang, `field.${x.field}`), old: fieldValue(x.field, x.old, lang), new: fieldValue(x.field, x.new, lang),
          })]),
        });
        for (const line of brokenByChange(ctx, c, lang)) blocks.push({ t: 'p', parts: [line] });
      });
      const what = labels.length === 1 ? labels[0] : reminderText(lang, 'change.many', { n: labels.length });
      return { subject: reminderText(lang, 'subject.change_notice', { what }), blocks };
    }
    case 'organiser_digest': {
      blocks.push({ t: 'p', parts: [reminderText(lang, 'greeting.organisers')] });
      const date = formatDate(facts.date, lang) ?? facts.date;
      blocks.push({ t: 'p', parts: [reminderText(lang, 'digest.intro', { event: ev, date })] });
      digestBlocks(ctx, facts.digest, lang, blocks);
      return { subject: reminderText(lang, 'subject.organiser_digest', { date }), blocks };
    }
  }
}

/** In a subject: "Sun 6 Dec 2026 16:15", without the zone (the body names it). */
function subjectTime(z: { at: Date; zone: string } | undefined, lang: Lang): string {
  return (z && formatDateTime(z.at, z.zone, lang, false)) || reminderText(lang, 'tbc');
}

/** Honorific and family name ("H.E. Dr. Santos"), short enough for a subject on a phone. */
function shortName(f: GuestFacts): string {
  return joinNonEmpty([f.guest.honorific, f.guest.family_name], ' ') || f.names.full;
}

/**
 * What a changed flight now breaks, for the LO to pass on: an arrival pickup
 * before the new landing, a departure pickup too close to the new take-off.
 */
function brokenByChange(ctx: ReminderContext, c: SubjectChange, lang: Lang): string[] {
  const ref = parseSubject(c.subject);
  if (ref?.type !== 'flight' || !c.now) return [];
  const f = ctx.facts(ref.guest_id);
  if (!f) return [];
  const out: string[] = [];
  const pickupOf = (tr: Transfer) => (tr.pickup && Number.isFinite(tr.pickup.at.getTime()) ? tr.pickup : undefined);
  if (ref.direction === 'arrival' && f.landing) {
    for (const tr of arrivalTransfers(ctx, f)) {
      const p = pickupOf(tr);
      if (p && p.at < f.landing.at) {
        out.push(reminderText(lang, 'change.breaks.arrival_pickup', {
          pickup: when(p.at, p.zone, lang), from: tr.from_place, to: tr.to_place, landing: when(f.landing.at, f.landing.zone, lang),
        }));
      }
    }
  }
  if (ref.direction === 'departure' && f.takeoff) {
    const latest = f.takeoff.at.getTime() - DEPARTURE_PICKUP_MIN_LEAD_MINUTES * 60_000;
    for (const tr of departureTransfers(ctx, f)) {
      const p = pickupOf(tr);
      if (p && p.at.getTime() > latest) {
        out.push(reminderText(lang, 'change.breaks.departure_pickup', {
          pickup: when(p.at, p.zone, lang), from: tr.from_place, to: tr.to_place, takeoff: when(f.takeoff.at, f.takeoff.zone, lang),
          hours: DEPARTURE_PICKUP_MIN_LEAD_MINUTES / 60,
        }));
      }
    }
  }
  return out;
}

function fieldValue(field: string, value: string | undefined, lang: Lang): string {
  if (value === undefined || value === '') return reminderText(lang, 'value.empty');
  if (TIME_FIELDS.has(field)) {
    const z = parseZonedLabel(value);
    return z ? (formatDateTime(z.at, z.zone, lang) ?? '') : value;
  }
  if (field === 'status') return tDynamic(lang, `schema.enum.status.${value}`, undefined, value);
  return value;
}

function changeLabel(ctx: ReminderContext, c: SubjectChange, lang: Lang): string {
  const ref = parseSubject(c.subject);
  const snap = c.now ?? c.was;
  if (ref?.type === 'flight') {
    const g = ctx.idx.guestsById.get(ref.guest_id);
    const f = ctx.facts(ref.guest_id);
    const flight = (ref.direction === 'arrival' ? f?.arrivalFlight : f?.departureFlight)?.flight_no ?? snap.flight_no ?? '';
    return reminderText(lang, `change.flight.${ref.direction}`, { guest: g ? fullName(ctx, g) : ref.guest_id, flight }).replace(/\s{2,}/g, ' ');
  }
  if (ref?.type === 'transfer') return reminderText(lang, 'change.transfer', { from: snap.from ?? '', to: snap.to ?? '' });
  const item = ref ? ctx.idx.itemsById.get(ref.id) : undefined;
  return reminderText(lang, 'change.item', { title: item ? itemTitle(item, lang) : snap.title ?? c.subject });
}

function limited<T>(list: readonly T[], lang: Lang, row: (x: T) => Inline[]): Block {
  if (list.length === 0) return { t: 'p', parts: [reminderText(lang, 'digest.none')] };
  const items = list.slice(0, LIST_LIMIT).map(row);
  if (list.length > LIST_LIMIT) items.push([reminderText(lang, 'digest.more', { n: list.length - LIST_LIMIT })]);
  return { t: 'ul', items };
}

/** Skip reasons that mean "it could have gone, but no run sent it while it helped". */
const MISSED_REASONS: ReadonlySet<string> = new Set(['trigger_not_run', 'reminders_off', 'quota_exhausted', 'send_failed']);

/** The guest a message key names (keys carry guest ids after their kind), as people know them. */
function guestOfKey(ctx: ReminderContext, key: string): string | undefined {
  const id = key.split(':')[1];
  const g = id ? ctx.idx.guestsById.get(id) : undefined;
  return g ? fullName(ctx, g) : undefined;
}

/**
 * The digest, in the order an organiser acts on it: what needs a person now
 * (messages that may or may not have gone, failures), what did not go and why,
 * guests without an LO, then the state of the data and of the preparations.
 * Names and local times throughout, never LO Desk's internal keys or ids.
 */
function digestBlocks(ctx: ReminderContext, d: DigestData, lang: Lang, out: Block[]): void {
  if (d.sentTabEdited) out.push({ t: 'p', parts: [reminderText(lang, 'digest.sent_tab_edited', d.sentTabEdited)] });

  out.push({ t: 'h', text: reminderText(lang, 'digest.problems', { n: d.problems.length }) });
  out.push(limited(d.problems, lang, (p) => {
    const why = p.status === 'failed'
      ? (p.reason ? reminderText(lang, 'why.failed', { reason: oneLine(p.reason) }) : reminderText(lang, 'why.failed.unknown'))
      : reminderText(lang, `why.${p.status}`);
    const about = guestOfKey(ctx, p.key);
    return [reminderText(lang, 'digest.problem.row', {
      kind: reminderText(lang, `kind.${p.kind}`) + (about ? ` (${about})` : ''), recipient: p.recipient, status: reminderText(lang, `status.${p.status}`), why,
    }) + (p.at ? ` (${formatDateTime(p.at, ctx.zone, lang) ?? ''})` : '')];
  }));

  const skippedRow = (s: DigestData['skipped'][number]): Inline[] => {
    const g = s.guest_id ? ctx.idx.guestsById.get(s.guest_id) : undefined;
    const lo = s.lo_id ? ctx.losById.get(s.lo_id) : undefined;
    const subject = [g ? fullName(ctx, g) : undefined, lo ? `LO ${lo.name}` : undefined].filter(Boolean).join(', ')
      || reminderText(lang, `kind.${s.kind}`);
    return [reminderText(lang, 'digest.skipped.row', {
      kind: reminderText(lang, `kind.${s.kind}`), subject, reason: reminderText(lang, `skip.${s.reason}`, { detail: s.detail ?? '' }),
    }) + (s.detail && s.reason !== 'invalid_address' && s.reason !== 'unknown_lo' ? ` (${s.detail})` : '')];
  };
  const missed = d.skipped.filter((s) => MISSED_REASONS.has(s.reason));
  const unbuilt = d.skipped.filter((s) => !MISSED_REASONS.has(s.reason));
  out.push({ t: 'h', text: reminderText(lang, 'digest.missed', { n: missed.length }) });
  out.push(limited(missed, lang, skippedRow));
  out.push({ t: 'h', text: reminderText(lang, 'digest.skipped', { n: unbuilt.length }) });
  out.push(limited(unbuilt, lang, skippedRow));

  out.push({ t: 'h', text: reminderText(lang, 'digest.unassigned', { n: d.unassigned.length }) });
  out.push(limited(d.unassigned, lang, (u) => [u.name]));

  out.push({ t: 'p', parts: [d.findingsKnown ? reminderText(lang, 'digest.findings', { errors: d.errors, warnings: d.warnings }) : reminderText(lang, 'digest.findings.unknown')] });
  out.push({ t: 'p', parts: [reminderText(lang, 'digest.readiness', { ready: d.readiness.ready, total: d.readiness.total })] });
  const gaps = (Object.keys(d.readiness.gaps) as (keyof typeof d.readiness.gaps)[])
    .filter((g) => d.readiness.gaps[g] > 0)
    .map((g) => reminderText(lang, 'digest.gap', { gap: reminderText(lang, `gap.${g}`), n: d.readiness.gaps[g] }));
  if (gaps.length) out.push({ t: 'p', parts: [reminderText(lang, 'digest.gaps', { list: gaps.join(t(lang, 'common.list.separator')) })] });

  if (d.overdue) {
    out.push({ t: 'h', text: reminderText(lang, 'digest.overdue', { n: d.overdue.length }) });
    out.push(limited(d.overdue, lang, (o) => {
      const g = ctx.idx.guestsById.get(o.guest_id);
      return [reminderText(lang, 'digest.overdue.row', {
        guest: g ? fullName(ctx, g) : o.guest_id, item: o.text ?? o.item_id,
        phase: tDynamic(lang, `checklist.phase.${o.phase}`, undefined, o.phase),
      })];
    }));
  }
  if (d.checklist) out.push({ t: 'p', parts: [reminderText(lang, 'digest.checklist', d.checklist)] });
  out.push({ t: 'p', parts: [reminderText(lang, 'digest.sent24', { n: d.sentLast24h })] });
}

function finish(ctx: ReminderContext, p: Planned, lang: Lang, d: Draft): BuiltMessage {
  const footer: Block[] = [];
  if (p.audience === 'lo' && ctx.phonePageUrl) {
    footer.push({ t: 'p', parts: [{ text: reminderText(lang, 'phone_page'), href: ctx.phonePageUrl }] });
  }
  const ev = eventName(ctx, lang);
  const reply = ctx.model.event?.reply_to;
  footer.push({ t: 'p', parts: [reminderText(lang, 'footer', { event: ev }) + (reply ? ` ${reminderText(lang, 'footer.reply', { reply_to: oneLine(reply) })}` : '')] });
  const blocks = [...d.blocks, ...footer];
  return {
    subject: oneLine(d.subject).slice(0, 250),
    html: renderHtml(blocks, lang),
    text: renderText(blocks),
    body: d.blocks,
    footer,
  };
}

/** Used by the planner, which already holds the run's indexes. */
export function buildWith(ctx: ReminderContext, p: Planned, lang: Lang): BuiltMessage {
  return finish(ctx, p, lang, draftFor(ctx, p, lang));
}

/**
 * The message for a planned reminder, in `lang` (default: the language the planner
 * chose, see messageLang). Reads names, hotel, car and programme from `model` as
 * it is now; change notices carry their old values in `planned.facts`.
 * Medical and dietary data appear only when the recipient address is one of the
 * guest's LOs or an organiser.
 */
export function buildMessage(
  planned: PlannedMessage | Planned, model: EventModel, lang?: Lang, opts: Pick<PlanOptions, 'phonePageUrl'> = {},
): BuiltMessage {
  const ctx = reminderContext(model, opts);
  return buildWith(ctx, planned, lang ?? planned.lang);
}
