/**
 * lo_brief: one per LO. Everything the LO needs about each of their guests
 * (primary and backup), the event's contacts and the checklist by phase.
 * It holds medical and dietary notes, so it goes to that LO and organisers only.
 */
import type { Guest, Lo } from '../model';
import { PHASES } from '../model';
import { bold, field, heading, list, pageBreak, para, phoneRun, table, text } from './blocks';
import type { ChecklistSource } from './checklist-hook';
import { guestName, type DocContext } from './context';
import { guestFacts } from '../facts/guest-facts';
import { carsOf, confidentialFooter, eventLine, hotelRuns, routeText, zoneNote } from './parts';
import { has, type Phrasebook, phrasebookOf } from './phrasebook';
import type { Block, Doc } from './types';

interface LoGuest {
  guest: Guest;
  role: 'primary' | 'backup';
}

/** The LO's guests in Guests-tab order; ids the Guests tab does not know are returned apart. */
export function guestsOfLo(ctx: DocContext, loId: string): { guests: LoGuest[]; unknown: string[] } {
  const roles = new Map<string, 'primary' | 'backup'>();
  const unknown: string[] = [];
  for (const a of ctx.index.assignmentsByLo.get(loId) ?? []) {
    if (!ctx.index.guestsById.has(a.guest_id)) {
      if (!unknown.includes(a.guest_id)) unknown.push(a.guest_id);
    } else if (roles.get(a.guest_id) !== 'primary') {
      roles.set(a.guest_id, a.role);
    }
  }
  const guests: LoGuest[] = [...roles]
    .sort((a, b) => ctx.index.guestOrder.get(a[0])! - ctx.index.guestOrder.get(b[0])!)
    .map(([id, role]) => ({ guest: ctx.index.guestsById.get(id)!, role }));
  return { guests, unknown };
}

function arrivalOf(say: Phrasebook, ctx: DocContext, g: Guest, direction: 'arrival' | 'departure'): string {
  const f = guestFacts(ctx.index, g).flightsByTime.find((x) => x.direction === direction && x.status !== 'cancelled');
  if (!f) return say.tbc;
  return `${f.flight_no} ${say.zoned(direction === 'arrival' ? f.arrive : f.depart)}`;
}

function hotelAndRoom(say: Phrasebook, ctx: DocContext, g: Guest): string {
  const { hotel: h, room } = guestFacts(ctx.index, g).stay;
  return `${h ? h.name : say.tbc}, ${say.s('room')} ${say.or(room)}`;
}

function guestCard(say: Phrasebook, g: Guest): Block[] {
  const address = has(g.preferred_address) ? g.preferred_address.trim() : say.tbc;
  return [
    heading(3, say.s('brief.card')),
    field(say.label('address_form'), address),
    field(say.label('position'), say.or(g.position)),
    field(say.label('organisation'), say.or(g.organisation)),
    field(say.label('country'), say.or(g.country)),
    field(say.label('delegation'), say.orNone(g.delegation)),
    field(say.label('languages'), say.join(g.languages, say.tbc)),
    field(say.label('dietary'), say.diet(g.dietary, g.dietary_notes)),
    field(say.label('medical'), say.orNone(g.medical_notes)),
    field(say.label('accessibility'), say.orNone(g.accessibility)),
    field(say.label('phone'), has(g.phone) ? [phoneRun(g.phone.trim())] : say.tbc),
    field(say.label('email'), say.orNone(g.email)),
    field(say.label('notes'), say.orNone(g.notes)),
  ];
}

function flightsBlock(say: Phrasebook, ctx: DocContext, g: Guest): Block[] {
  const flights = guestFacts(ctx.index, g).flightsByTime;
  const out: Block[] = [heading(3, say.s('brief.flights'))];
  if (flights.length === 0) return [...out, para(say.s('noFlights'))];
  out.push(
    table(
      say.cols(['col.direction', 'label.flight', 'label.route', 'col.departs', 'col.arrives', 'label.terminal', 'label.baggage', 'label.booking', 'label.status']),
      flights.map((f) => [
        say.s(f.direction === 'arrival' ? 'dir.arrival' : 'dir.departure'),
        say.or(f.flight_no),
        routeText(say, f.from_airport, f.to_airport),
        say.zoned(f.depart),
        say.zoned(f.arrive),
        say.or(f.terminal),
        say.orNone(f.baggage),
        say.or(f.booking_ref),
        say.s(`status.${f.status}`),
      ]),
    ),
  );
  return out;
}

function hotelBlock(say: Phrasebook, ctx: DocContext, g: Guest): Block[] {
  const out: Block[] = [heading(3, say.s('brief.hotel'))];
  const { hotel: h, room, checkIn, checkOut, checkInTime, checkOutTime } = guestFacts(ctx.index, g).stay;
  if (!h) {
    out.push(field(say.label('hotel'), has(g.hotel_id) ? say.s('unknownHotel', { id: g.hotel_id }) : say.tbc));
    out.push(field(say.label('room'), say.or(room)));
    return out;
  }
  out.push(
    field(say.label('hotel'), hotelRuns(h)),
    field(say.label('hotel_phone'), has(h.phone) ? [phoneRun(h.phone.trim())] : say.tbc),
    field(say.label('room'), say.or(room)),
    field(say.label('check_in'), `${say.date(checkIn)}, ${say.timeOfDay(checkInTime)}`),
    field(say.label('check_out'), `${say.date(checkOut)}, ${say.timeOfDay(checkOutTime)}`),
    field(say.label('welcome'), say.or(h.welcome_protocol)),
    field(say.label('breakfast'), say.or(h.breakfast)),
    field(say.label('internet'), say.or(h.wifi)),
    field(say.label('key_card'), say.or(h.key_card)),
    field(say.label('host_covers'), say.or(g.host_covers)),
    field(say.label('hotel_contact'), has(h.contact_name)
      ? [text(`${h.contact_name.trim()} `), ...(has(h.contact_phone) ? [phoneRun(h.contact_phone.trim())] : [text(say.tbc)])]
      : say.tbc),
  );
  return out;
}

function carBlock(say: Phrasebook, ctx: DocContext, g: Guest): Block[] {
  const { transfers } = guestFacts(ctx.index, g);
  const out: Block[] = [heading(3, say.s('brief.car'))];
  if (transfers.length === 0) return [...out, para(say.s('noTransfers'))];
  out.push(
    table(
      say.cols(['label.pickup', 'label.route', 'label.purpose', 'label.flight', 'label.vehicle', 'label.driver']),
      transfers.map((tr) => {
        const car = carsOf(say, ctx, [tr.transfer]);
        const purpose = tr.transfer.purpose;
        return [
          say.eventDay(tr.pickup?.at),
          routeText(say, tr.from, tr.to),
          purpose ? say.s(`purpose.${purpose}`) : say.tbc,
          say.orNone(tr.flightNo),
          car.vehicle,
          car.driver,
        ];
      }),
    ),
  );
  return out;
}

function programmeBlock(say: Phrasebook, ctx: DocContext, g: Guest): Block[] {
  const items = guestFacts(ctx.index, g).programme;
  const out: Block[] = [heading(3, say.s('brief.programme'))];
  if (items.length === 0) return [...out, para(say.s('noProgramme'))];
  out.push(
    table(
      say.cols(['col.when', 'col.item', 'label.venue', 'label.dress_code']),
      items.map((i) => [
        `${say.eventDay(i.starts?.at)} – ${say.eventTime(i.ends?.at)}`,
        i.kind === 'private' ? `${say.itemTitle(i)} ${say.s('privateMark')}` : say.itemTitle(i),
        say.or(i.venue),
        say.or(i.dress_code),
      ]),
    ),
  );
  return out;
}

function checklistBlock(say: Phrasebook, ctx: DocContext, g: Guest, source: ChecklistSource): Block[] {
  const out: Block[] = [heading(3, say.s('brief.checklist'))];
  const phases = source(g, say.lang, ctx.index);
  for (const phase of PHASES) {
    const items = phases.find((p) => p.phase === phase)?.items ?? [];
    out.push(para(bold(say.s(`phase.${phase}`))));
    out.push(items.length ? list(items) : para(say.s('checklistInSidebar')));
  }
  return out;
}

function contactsBlock(say: Phrasebook, ctx: DocContext, guests: LoGuest[]): Block[] {
  const rows: string[][] = ctx.index.model.contacts.map((c) => [
    say.or(c.role), say.or(c.name), say.or(c.phone), say.orNone(c.email), say.orNone(c.organisation),
  ]);
  const seen = new Set<string>();
  for (const { guest } of guests) {
    const facts = guestFacts(ctx.index, guest);
    const h = facts.stay.hotel;
    if (h && !seen.has(`h:${h.hotel_id}`)) {
      seen.add(`h:${h.hotel_id}`);
      rows.push([say.s('role.hotel'), has(h.contact_name) ? h.contact_name.trim() : h.name,
        say.or(h.contact_phone ?? h.phone), say.orNone(h.contact_email), h.name]);
    }
    for (const { vehicle: v, plate, driver, driverPhone } of facts.transfers) {
      if (v && !seen.has(`v:${v.vehicle_id}`)) {
        seen.add(`v:${v.vehicle_id}`);
        rows.push([say.s('role.driver', { plate: say.or(plate) }), say.or(driver), say.or(driverPhone), say.none, say.none]);
      }
    }
  }
  const out: Block[] = [heading(2, say.s('brief.contacts'))];
  if (rows.length === 0) return [...out, para(say.s('noContacts'))];
  out.push(table(say.cols(['label.role', 'label.name', 'label.phone', 'label.email', 'label.organisation']), rows));
  return out;
}

export function buildLoBrief(ctx: DocContext, lo: Lo, checklist: ChecklistSource): Doc {
  const say = phrasebookOf(ctx);
  const { guests, unknown } = guestsOfLo(ctx, lo.lo_id);
  const title = say.s('title.lo_brief', { name: lo.name });
  const blocks: Block[] = [
    heading(1, title),
    eventLine(say, ctx),
    field(say.label('phone'), has(lo.phone) ? [phoneRun(lo.phone.trim())] : say.tbc),
    field(say.label('email'), say.or(lo.email)),
    field(say.label('team'), say.orNone(lo.team)),
    field(say.label('radio'), say.orNone(lo.radio_channel)),
    zoneNote(say, ctx),
    heading(2, say.s('brief.guests')),
  ];
  if (guests.length === 0) blocks.push(para(say.s('noGuests')));
  else {
    blocks.push(
      table(
        say.cols(['label.guest', 'label.role', 'col.arrival', 'col.departure', 'col.hotelRoom']),
        guests.map(({ guest, role }) => [
          guestName(ctx, guest),
          say.s(`role.${role}`),
          arrivalOf(say, ctx, guest, 'arrival'),
          arrivalOf(say, ctx, guest, 'departure'),
          hotelAndRoom(say, ctx, guest),
        ]),
      ),
    );
  }
  if (unknown.length) blocks.push(para(say.s('unknownAssigned', { ids: unknown.join(', ') })));
  blocks.push(...contactsBlock(say, ctx, guests));
  for (const { guest, role } of guests) {
    blocks.push(
      pageBreak(),
      heading(2, role === 'backup' ? `${guestName(ctx, guest)} ${say.s('backupMark')}` : guestName(ctx, guest)),
      ...guestCard(say, guest),
      ...flightsBlock(say, ctx, guest),
      ...hotelBlock(say, ctx, guest),
      ...carBlock(say, ctx, guest),
      ...programmeBlock(say, ctx, guest),
      ...checklistBlock(say, ctx, guest, checklist),
    );
  }
  // Health information is marked where it appears: under the title and on every page's footer.
  const footer = confidentialFooter(say, blocks, guests.some(({ guest }) => has(guest.medical_notes)));
  return { kind: 'lo_brief', key: `lo_brief:${lo.lo_id}`, title, subject: lo.name, lang: say.lang, blocks, footer };
}
