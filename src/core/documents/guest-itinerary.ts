/**
 * guest_itinerary: one per guest, written to the guest. English always; when the
 * event's language is Thai, a Thai copy follows after a page break. No medical or
 * dietary data: an itinerary gets printed and left on desks.
 */
import type { Guest, Lang, Transfer } from '../model';
import { bold, field, heading, list, pageBreak, para, phoneRun, table, text } from './blocks';
import { losOf, type DocContext } from './context';
import { eventDate } from '../model-index';
import { carsOf, hotelRuns, zoneNote } from './parts';
import { guestName, has, type Phrasebook, phrasebookOf } from './phrasebook';
import type { Block, Doc, Run } from './types';

function eventName(say: Phrasebook, ctx: DocContext): string {
  const e = ctx.index.model.event;
  return say.lang === 'th' && has(e.event_name_th) ? e.event_name_th.trim() : say.or(e.event_name);
}

function transfersOf(ctx: DocContext, g: Guest, purpose: Transfer['purpose']): Transfer[] {
  return (ctx.index.transfersByGuest.get(g.guest_id) ?? []).filter((tr) => tr.purpose === purpose);
}

function carLine(say: Phrasebook, ctx: DocContext, transfers: Transfer[]): Block {
  const car = carsOf(say, ctx, transfers);
  return field(say.s('f.car'), say.s('it.carLine', { vehicle: car.vehicle, driver: car.driver }));
}

function section(say: Phrasebook, ctx: DocContext, g: Guest): Block[] {
  const flights = (ctx.index.flightsByGuest.get(g.guest_id) ?? []).filter((f) => f.status !== 'cancelled');
  const arrivals = flights.filter((f) => f.direction === 'arrival');
  const departures = flights.filter((f) => f.direction === 'departure');
  const hotel = has(g.hotel_id) ? ctx.index.hotelsById.get(g.hotel_id) : undefined;
  const address = has(g.preferred_address) ? g.preferred_address.trim() : guestName(g);
  const out: Block[] = [
    heading(1, say.s('title.guest_itinerary', { name: guestName(g) })),
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
  out.push(carLine(say, ctx, transfersOf(ctx, g, 'arrival')));

  out.push(heading(2, say.s('it.hotel')));
  if (!hotel) {
    out.push(field(say.s('f.hotel'), say.tbc));
  } else {
    out.push(
      field(say.s('f.hotel'), hotelRuns(hotel)),
      field(say.s('f.hotelPhone'), has(hotel.phone) ? [phoneRun(hotel.phone.trim())] : say.tbc),
      field(say.s('f.checkIn'), `${say.date(g.check_in)}, ${say.timeOfDay(hotel.check_in_time)}`),
      field(say.s('f.checkOut'), `${say.date(g.check_out)}, ${say.timeOfDay(hotel.check_out_time)}`),
      field(say.s('f.breakfast'), say.or(hotel.breakfast)),
      field(say.s('f.internet'), say.or(hotel.wifi)),
      field(say.s('f.keyCard'), say.or(hotel.key_card)),
    );
  }
  out.push(field(say.s('f.room'), say.or(g.room_no)), field(say.s('f.hostCovers'), say.or(g.host_covers)));

  out.push(heading(2, say.s('it.programme')));
  const items = ctx.index.itemsByGuest.get(g.guest_id) ?? [];
  if (items.length === 0) out.push(para(say.s('noProgramme')));
  else {
    out.push(table(
      say.cols(['col.date', 'col.time', 'col.item', 'col.venue', 'col.dress']),
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
  const all = ctx.index.transfersByGuest.get(g.guest_id) ?? [];
  if (all.length === 0) out.push(para(say.s('noTransfers')));
  else {
    out.push(table(
      say.cols(['col.pickup', 'col.route', 'col.vehicle', 'col.driver']),
      all.map((tr) => {
        const car = carsOf(say, ctx, [tr]);
        return [say.eventDay(tr.pickup?.at), `${say.or(tr.from_place)} → ${say.or(tr.to_place)}`, car.vehicle, car.driver];
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
  const leaving = transfersOf(ctx, g, 'departure');
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
    title: en.s('title.guest_itinerary', { name: guestName(g) }),
    subject: guestName(g),
    lang: 'en',
    blocks,
  };
}
