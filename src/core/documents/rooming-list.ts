/**
 * rooming_list: one per hotel, for the hotel's front office. Names, rooms, dates,
 * arrival times, dietary and other needs as need-to-know.ts allows, and whom to
 * call. Medical notes only when shared (PDPA: a hotel needs what to serve and how
 * to help, not a diagnosis).
 */
import type { Guest, Hotel } from '../model';
import { field, heading, para, table } from './blocks';
import { guestName, type DocContext } from './context';
import { eventLine, losText, zoneNote } from './parts';
import { sharedDiet, sharedNeeds } from './need-to-know';
import { has, type Phrasebook, phrasebookOf } from './phrasebook';
import type { Block, Doc } from './types';

function byName(a: Guest, b: Guest): number {
  return a.family_name.localeCompare(b.family_name) || a.given_name.localeCompare(b.given_name)
    || a.guest_id.localeCompare(b.guest_id);
}

function arrivalText(say: Phrasebook, ctx: DocContext, g: Guest): string {
  const f = (ctx.index.flightsByGuest.get(g.guest_id) ?? []).find((x) => x.direction === 'arrival' && x.status !== 'cancelled');
  return f ? `${f.flight_no} ${say.zoned(f.arrive)}` : say.tbc;
}

function buildRoomingList(ctx: DocContext, hotel: Hotel, guests: Guest[]): Doc {
  const say = phrasebookOf(ctx);
  const title = say.s('title.rooming_list', { name: hotel.name });
  const sorted = [...guests].sort(byName);
  const blocks: Block[] = [
    heading(1, title),
    eventLine(say, ctx),
    field(say.s('f.hotelAddress'), say.or(hotel.address)),
    field(say.s('f.hotelContact'), has(hotel.contact_name)
      ? `${hotel.contact_name.trim()} ${say.or(hotel.contact_phone)}`
      : say.tbc),
    field(say.s('f.checkInTime'), say.timeOfDay(hotel.check_in_time)),
    field(say.s('f.checkOutTime'), say.timeOfDay(hotel.check_out_time)),
    zoneNote(say, ctx),
    para(say.s('rooming.count', { guests: sorted.length, rooms: new Set(sorted.map((g) => g.room_no).filter(has)).size })),
  ];
  if (sorted.length === 0) blocks.push(para(say.s('noGuestsHotel')));
  else {
    blocks.push(table(
      say.cols(['col.guest', 'col.delegation', 'col.room', 'col.checkIn', 'col.checkOut', 'col.arrival', 'col.dietary', 'col.needs', 'col.lo']),
      sorted.map((g) => [
        guestName(ctx, g),
        [...new Set([g.delegation, g.country].filter(has).map((s) => s.trim()))].join(', ') || say.none,
        say.or(g.room_no),
        say.date(g.check_in),
        say.date(g.check_out),
        arrivalText(say, ctx, g),
        sharedDiet(say, g),
        sharedNeeds(say, g) ?? say.none,
        losText(say, ctx, [g]),
      ]),
    ));
  }
  return { kind: 'rooming_list', key: `rooming_list:${hotel.hotel_id}`, title, subject: hotel.name, lang: say.lang, blocks };
}

/** One list per hotel of the Hotels tab (even an empty one, so a list that lost its last guest is rewritten). */
export function buildRoomingLists(ctx: DocContext): Doc[] {
  const byHotel = new Map<string, Guest[]>();
  for (const g of ctx.index.guestsById.values()) {
    if (!has(g.hotel_id)) continue;
    const list = byHotel.get(g.hotel_id);
    if (list) list.push(g);
    else byHotel.set(g.hotel_id, [g]);
  }
  return [...ctx.index.hotelsById.values()].map((h) => buildRoomingList(ctx, h, byHotel.get(h.hotel_id) ?? []));
}
