/**
 * rooming_list: one per hotel, for the hotel's front office. Names, rooms, dates,
 * arrival (flight and landing, in the airport's local time), dietary and other
 * needs as need-to-know.ts allows, and whom to call. Never medical notes (PDPA:
 * a hotel needs what to serve and how to help, not a diagnosis). Guests whose
 * hotel is missing or not in the Hotels tab are listed too, in one more list,
 * "hotel to be confirmed", so nobody is left without a bed unseen.
 *
 * What each row shows comes from the guest facts (../facts/guest-facts).
 */
import { guestFacts, type GuestFacts } from '../facts/guest-facts';
import type { Guest, Hotel } from '../model';
import { field, heading, para, table } from './blocks';
import type { DocContext } from './context';
import { eventLine, losText, zoneNote } from './parts';
import { sharedDiet, sharedNeeds } from './need-to-know';
import { has, type Phrasebook, phrasebookOf } from './phrasebook';
import type { Block, Doc } from './types';

/** The key of the list of guests without a known hotel. */
const NO_HOTEL = 'tbc';

function byName(a: Guest, b: Guest): number {
  return a.family_name.localeCompare(b.family_name) || a.given_name.localeCompare(b.given_name)
    || a.guest_id.localeCompare(b.guest_id);
}

/** The arrival flight that counts and its landing in the arrival airport's time, else "to be confirmed". */
function arrivalText(say: Phrasebook, f: GuestFacts): string {
  return f.arrivalFlight && f.landing ? `${f.arrivalFlight.flight_no} ${say.zoned(f.landing)}` : say.tbc;
}

function rowOf(say: Phrasebook, ctx: DocContext, f: GuestFacts, withHotel: boolean): string[] {
  const g = f.guest;
  const hotel = has(g.hotel_id) ? say.s('unknownHotel', { id: g.hotel_id.trim() }) : say.s('rooming.noHotel');
  return [
    f.names.full,
    [...new Set([g.delegation, g.country].filter(has).map((s) => s.trim()))].join(', ') || say.none,
    ...(withHotel ? [hotel] : []),
    say.or(f.stay.room),
    say.date(f.stay.checkIn),
    say.date(f.stay.checkOut),
    arrivalText(say, f),
    sharedDiet(say, g),
    sharedNeeds(say, g, { medical: false }) ?? say.none,
    losText(say, ctx, [g]),
  ];
}

function header(say: Phrasebook, withHotel: boolean): string[] {
  return [
    say.label('guest'), say.s('col.delegation'), ...(withHotel ? [say.label('hotel')] : []), say.label('room'),
    say.label('check_in'), say.label('check_out'), say.s('col.arrival'), say.label('dietary'), say.s('col.needs'), say.label('lo'),
  ];
}

function guestTable(say: Phrasebook, ctx: DocContext, guests: Guest[], withHotel: boolean): Block {
  const facts = [...guests].sort(byName).map((g) => guestFacts(ctx.index, g));
  return table(header(say, withHotel), facts.map((f) => rowOf(say, ctx, f, withHotel)));
}

function buildRoomingList(ctx: DocContext, hotel: Hotel, guests: Guest[]): Doc {
  const say = phrasebookOf(ctx);
  const title = say.s('title.rooming_list', { name: hotel.name });
  const blocks: Block[] = [
    heading(1, title),
    eventLine(say, ctx),
    field(say.label('address'), say.or(hotel.address)),
    field(say.label('hotel_contact'), has(hotel.contact_name)
      ? `${hotel.contact_name.trim()} ${say.or(hotel.contact_phone)}`
      : say.tbc),
    field(say.label('check_in_time'), say.timeOfDay(hotel.check_in_time)),
    field(say.label('check_out_time'), say.timeOfDay(hotel.check_out_time)),
    zoneNote(say, ctx),
    para(say.s('rooming.count', { guests: guests.length, rooms: new Set(guests.map((g) => g.room_no).filter(has)).size })),
  ];
  blocks.push(guests.length === 0 ? para(say.s('noGuestsHotel')) : guestTable(say, ctx, guests, false));
  return { kind: 'rooming_list', key: `rooming_list:${hotel.hotel_id}`, title, subject: hotel.name, lang: say.lang, blocks };
}

function buildNoHotelList(ctx: DocContext, guests: Guest[]): Doc {
  const say = phrasebookOf(ctx);
  const subject = say.s('rooming.noHotel');
  const title = say.s('title.rooming_list', { name: subject });
  const blocks: Block[] = [
    heading(1, title), eventLine(say, ctx), para(say.s('rooming.noHotelNote')), zoneNote(say, ctx),
    guestTable(say, ctx, guests, true),
  ];
  return { kind: 'rooming_list', key: `rooming_list:${NO_HOTEL}`, title, subject, lang: say.lang, blocks };
}

/**
 * One list per hotel of the Hotels tab (even an empty one, so a list that lost its
 * last guest is rewritten), then, when there are any, the guests without a known hotel.
 */
export function buildRoomingLists(ctx: DocContext): Doc[] {
  const byHotel = new Map<string, Guest[]>();
  const homeless: Guest[] = [];
  for (const g of ctx.index.guestsById.values()) {
    const hotel = guestFacts(ctx.index, g).hotel;
    if (!hotel) {
      homeless.push(g);
      continue;
    }
    const list = byHotel.get(hotel.hotel_id);
    if (list) list.push(g);
    else byHotel.set(hotel.hotel_id, [g]);
  }
  const docs = [...ctx.index.hotelsById.values()].map((h) => buildRoomingList(ctx, h, byHotel.get(h.hotel_id) ?? []));
  if (homeless.length) docs.push(buildNoHotelList(ctx, homeless));
  return docs;
}
