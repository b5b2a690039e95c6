/**
 * guest_itinerary: one per guest, written to the guest. English always; when the
 * event's language is Thai, a Thai copy follows after a page break. No medical or
 * dietary data: an itinerary gets printed and left on desks.
 */
import type { Guest, Lang, Transfer } from '../model';
import { bold, field, heading, list, pageBreak, para, phoneRun, table, text } from './blocks';
import { guestName, losOf, type DocContext } from './context';
import { guestFacts, type GuestFacts } from '../facts/guest-facts';
import { eventDate } from '../model-index';
import { carsOf, hotelRuns, zoneNote } from './parts';
import { has, type Phrasebook, phrasebookOf } from './phrasebook';
import type { Block, Doc, Run } from './types';

function eventName(say: Phrasebook, ctx: DocContext): string {
  const e = ctx.index.model.event;
  return say.lang === 'th' && has(e.event_name_th) ? e.event_name_th.trim() : say.or(e.event_name);
}

function transfersOf(f: GuestFacts, purpose: Transfer['purpose']): Transfer[] {
  return f.transfers.map((t) => t.transfer).filter((tr) => tr.purpose === purpose);
}

function carLine(say: Phrasebook, ctx: DocContext, transfers: Transfer[]): Block {
  const car = carsOf(say, ctx, transfers);
  return field(say.label('car'), say.s('it.carLine', { vehicle: car.vehicle, driver: car.driver }));
}

function section(say: Phrasebook, ctx: DocContext, g: Guest): Block[] {
  const facts = guestFacts(ctx.index, g);
  const flights = facts.flightsByTime.filter((f) => f.status !== 'cancelled');
  const arrivals = flights.filter((f) => f.direction === 'arrival');
  const departures = flights.filter((f) => f.direction === 'departure');
  const { hotel, room, checkIn, checkOut, checkInTime, checkOutTime } = facts.stay;
  // The welcome uses the preferred form of address, else the full name.
  const address = has(g.preferred_address) ? g.preferred_address.trim() : facts.names.full;
  const out: Block[] = [
    heading(1, say.s('title.guest_itinerary', { name: facts.names.full })),
    para(say.s('it.welcome', { name: address, event: eventName(say, ctx) })),
    zoneNote(say, ctx),
  ];

  out.push(heading(2, say.s('it.arrival')));
  if (arrivals.length === 0) out.push(para(say.s('it.noArrival')));
  for (const f of arrivals) {
    out.push(para(say.s('it.arrivalLine', {
      flight: f.flight_no, from: say.or(f.from_airport), time: say.zoned(f.arrive), terminal: say.or(f.terminal),
    })));
  }
  out.push(para(say.s('it.metByLo')));
  out.push(carLine(say, ctx, transfersOf(facts, 'arrival')));

  out.push(heading(2, say.s('it.hotel')));
  if (!hotel) {
    out.push(field(say.label('hotel'), say.tbc));
  } else {
    out.push(
      field(say.label('hotel'), hotelRuns(hotel)),
      field(say.label('hotel_phone'), has(hotel.phone) ? [phoneRun(hotel.phone.trim())] : say.tbc),
      field(say.label('check_in'), `${say.date(checkIn)}, ${say.timeOfDay(checkInTime)}`),
      field(say.label('check_out'), `${say.date(checkOut)}, ${say.timeOfDay(checkOutTime)}`),
      field(say.label('breakfast'), say.or(hotel.breakfast)),
      field(say.label('internet'), say.or(hotel.wifi)),
      field(say.label('key_card'), say.or(hotel.key_card)),
    );
  }
  out.push(field(say.label('room'), say.or(room)), field(say.label('host_covers'), say.or(g.host_covers)));

  out.push(heading(2, say.s('it.programme')));
  const items = facts.programme;
  if (items.length === 0) out.push(para(say.s('noProgramme')));
  else {
    out.push(table(
      say.cols(['col.date', 'label.time', 'col.item', 'label.venue', 'label.dress_code']),
      items.map((i) => [
        say.date(eventDate(ctx.index, i.starts?.at)),
        `${say.eventTime(i.starts?.at)} – ${say.eventTime(i.ends?.at)}`,
        say.itemTitle(i),
        say.or(i.venue),
        say.or(i.dress_code),
      ]),
    ));
  }

  out.push(heading(2, say.s('it.lo')));
  const los = losOf(ctx, g.guest_id).filter((r) => r.role === 'primary');
  if (los.length === 0) out.push(para(say.s('it.loTbc')));
  else {
    out.push(list(los.map(({ lo, assignment }): Run[] => {
      const period = assignment.from || assignment.to
        ? ` (${say.s('it.period', { from: say.date(assignment.from), to: say.date(assignment.to) })})`
        : '';
      return [bold(lo.name), text(' '), ...(has(lo.phone) ? [phoneRun(lo.phone.trim())] : [text(say.tbc)]), text(period)];
    })));
  }

  out.push(heading(2, say.s('it.cars')));
  if (facts.transfers.length === 0) out.push(para(say.s('noTransfers')));
  else {
    out.push(table(
      say.cols(['label.pickup', 'label.route', 'label.vehicle', 'label.driver']),
      facts.transfers.map((tr) => {
        const car = carsOf(say, ctx, [tr.transfer]);
        return [say.eventDay(tr.pickup?.at), `${say.or(tr.from)} → ${say.or(tr.to)}`, car.vehicle, car.driver];
      }),
    ));
  }

  out.push(heading(2, say.s('it.departure')));
  if (departures.length === 0) out.push(para(say.s('it.noDeparture')));
  for (const f of departures) {
    out.push(para(say.s('it.departureLine', {
      flight: f.flight_no, to: say.or(f.to_airport), time: say.zoned(f.depart), terminal: say.or(f.terminal),
    })));
  }
  const leaving = transfersOf(facts, 'departure');
  for (const tr of leaving) {
    out.push(para(say.s('it.departurePickup', { time: say.eventDateTime(tr.pickup?.at), from: say.or(tr.from_place) })));
  }
  if (leaving.length === 0) out.push(para(say.s('it.departurePickupTbc')));
  out.push(carLine(say, ctx, leaving));
  return out;
}

/** English first; Thai after it when the event speaks Thai. */
function itineraryLangs(eventLang: Lang): Lang[] {
  return eventLang === 'th' ? ['en', 'th'] : ['en'];
}

export function buildGuestItinerary(ctx: DocContext, g: Guest): Doc {
  const blocks: Block[] = [];
  for (const lang of itineraryLangs(ctx.lang)) {
    if (blocks.length) blocks.push(pageBreak());
    blocks.push(...section(phrasebookOf(ctx, lang), ctx, g));
  }
  const en = phrasebookOf(ctx, 'en');
  return {
    kind: 'guest_itinerary',
    key: `guest_itinerary:${g.guest_id}`,
    title: en.s('title.guest_itinerary', { name: guestName(ctx, g) }),
    subject: guestName(ctx, g),
    lang: 'en',
    blocks,
  };
}
