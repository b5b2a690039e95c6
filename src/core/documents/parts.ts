/** Pieces of text that several kinds of document share. */
import type { Guest, Hotel, IsoDate, Lo, Transfer } from '../model';
import { bold, italic, pageNumber, para, text } from './blocks';
import { guestName, leadLo, type DocContext } from './context';
import { guestFacts, transferFacts, type TransferFacts } from '../facts/guest-facts';
import type { Movement } from './movements';
import { sharedNeeds } from './need-to-know';
import { has, type Phrasebook } from './phrasebook';
import type { Block, Run } from './types';
import { zoneLabel } from '../time/format';

/** The event's name in the document's language, and the host. */
export function eventLine(say: Phrasebook, ctx: DocContext): Block {
  const e = ctx.index.model.event;
  const name = say.lang === 'th' && has(e.event_name_th) ? e.event_name_th.trim() : say.or(e.event_name);
  return has(e.host_organisation) ? para(italic(`${name} · ${e.host_organisation.trim()}`)) : para(italic(name));
}

/** The hotel's name in bold, then its address when known. */
export function hotelRuns(h: Hotel): Run[] {
  return has(h.address) ? [bold(h.name), text(`, ${h.address.trim()}`)] : [bold(h.name)];
}

/** A line that names the zone that unmarked times are in. */
export function zoneNote(say: Phrasebook, ctx: DocContext): Block {
  return para(italic(say.s('zoneNote', { zone: zoneLabel(ctx.index.refAt, ctx.index.zone, say.lang) })));
}

/** The transfer's facts from its first known guest's facts (the same object every feature reads). */
export function transferFactsOf(ctx: DocContext, tr: Transfer): TransferFacts {
  for (const id of tr.guest_ids) {
    const g = ctx.index.guestsById.get(id);
    const f = g && guestFacts(ctx.index, g).transfers.find((x) => x.transfer === tr);
    if (f) return f;
  }
  return transferFacts(ctx.index, tr);
}

/** "plate (type)"; "to be confirmed" without a vehicle; the unknown id named. */
export function vehicleText(say: Phrasebook, f: TransferFacts | undefined): string {
  if (!f || !has(f.transfer.vehicle_id)) return say.tbc;
  if (!f.vehicle) return say.s('unknownVehicle', { id: f.transfer.vehicle_id });
  return has(f.vehicle.type) ? `${say.or(f.plate)} (${f.vehicle.type.trim()})` : say.or(f.plate);
}

/** "driver phone", or "to be confirmed" without a known vehicle. */
export function driverText(say: Phrasebook, f: TransferFacts | undefined): string {
  return f?.vehicle ? `${say.or(f.driver)} ${say.or(f.driverPhone)}` : say.tbc;
}

/** Vehicles and drivers of all transfers of a movement, from the guest facts; "to be confirmed" when there is none. */
export function carsOf(say: Phrasebook, ctx: DocContext, transfers: Transfer[]): { vehicle: string; driver: string } {
  if (transfers.length === 0) return { vehicle: say.tbc, driver: say.tbc };
  const facts = transfers.map((tr) => transferFactsOf(ctx, tr));
  const vehicle = [...new Set(facts.map((f) => vehicleText(say, f)))];
  const driver = [...new Set(facts.map((f) => driverText(say, f)))];
  return { vehicle: vehicle.join('; '), driver: driver.join('; ') };
}

/**
 * Guest names, each guest without an LO marked, unknown ids named; after a name the
 * needs a driver may know (need-to-know.ts), so a wheelchair is never a surprise.
 */
export function guestsText(say: Phrasebook, ctx: DocContext, guests: Guest[], unknown: string[], date?: IsoDate): string {
  const names = guests.map((g) => {
    const needs = sharedNeeds(say, g);
    const name = needs ? `${guestName(ctx, g)} (${needs})` : guestName(ctx, g);
    return leadLo(ctx, g.guest_id, date) ? name : `${name} ${say.s('noLoMark')}`;
  });
  for (const id of unknown) names.push(say.s('unknownGuest', { id }));
  return names.length ? names.join('; ') : say.tbc;
}

/** The LOs responsible for these guests on that date, with phones; the no-LO mark if any guest has none. */
export function losText(say: Phrasebook, ctx: DocContext, guests: Guest[], date?: IsoDate): string {
  const los: Lo[] = [];
  let missing = guests.length === 0;
  for (const g of guests) {
    const lo = leadLo(ctx, g.guest_id, date);
    if (!lo) missing = true;
    else if (!los.includes(lo)) los.push(lo);
  }
  const parts = los.map((lo) => say.loLine(lo));
  if (missing) parts.push(say.s('noLo'));
  return parts.join('; ');
}

/** "Arrival: lands 14:35 (Bangkok, UTC+7)", "Departure: pickup …, takes off …", "Transfer (programme)". */
function movementText(say: Phrasebook, m: Movement): string {
  const f = m.flights[0];
  let s: string;
  if (m.kind === 'arrival') {
    s = say.s('mv.arrival', { time: say.timeIn(f?.arrive?.at, f?.arrive?.zone ?? say.zone) });
  } else if (m.kind === 'departure') {
    const pickup = m.transfers[0]?.pickup?.at;
    s = say.s('mv.departure', { time: say.timeIn(f?.depart?.at, f?.depart?.zone ?? say.zone) });
    if (pickup) s = `${say.s('mv.pickup', { time: say.eventTime(pickup) })}; ${s}`;
  } else {
    const purpose = m.transfers[0]?.purpose;
    s = purpose ? say.s('mv.transferFor', { purpose: say.s(`purpose.${purpose}`) }) : say.s('mv.transfer');
  }
  if (m.cancelled) s = `${say.s('cancelled')} ${s}`;
  else if (m.flights.some((x) => x.status === 'changed')) s = `${s} ${say.s('changedMark')}`;
  return s;
}

function flightText(say: Phrasebook, m: Movement): string {
  if (!has(m.flightNo)) return m.kind === 'transfer' ? say.none : say.tbc;
  return has(m.terminal) ? say.s('flightTerminal', { flight: m.flightNo.trim(), terminal: m.terminal.trim() }) : m.flightNo.trim();
}

export function routeText(say: Phrasebook, from: string | undefined, to: string | undefined): string {
  return `${say.or(from)} → ${say.or(to)}`;
}

/** The cells of one manifest row. */
export function movementRow(say: Phrasebook, ctx: DocContext, m: Movement): string[] {
  const cars = carsOf(say, ctx, m.transfers);
  return [
    say.eventTime(m.at),
    movementText(say, m),
    flightText(say, m),
    routeText(say, m.from, m.to),
    guestsText(say, ctx, m.guests, m.unknownGuests, m.date),
    cars.vehicle,
    cars.driver,
    losText(say, ctx, m.guests, m.date),
  ];
}

export function movementHeader(say: Phrasebook): string[] {
  return say.cols(['label.time', 'col.movement', 'label.flight', 'label.route', 'label.guests', 'label.vehicle', 'label.driver', 'label.lo']);
}

/** Does the guest's medical note reach third-party documents (manifests, run-sheets)? See need-to-know.ts. */
export const sharesMedical = (g: Guest) => has(g.medical_notes) && !!g.share_medical_notes;

/**
 * Where medical notes appear, the confidentiality line goes under the title
 * (inserted into `blocks`) and into every page's footer; the footer has the page
 * number either way.
 */
export function confidentialFooter(say: Phrasebook, blocks: Block[], showsMedical: boolean): Run[] {
  if (showsMedical) blocks.splice(1, 0, para(bold(say.s('confidential'))));
  return [...(showsMedical ? [text(`${say.s('confidential')} · `)] : []), text(say.s('footer.page')), pageNumber()];
}
