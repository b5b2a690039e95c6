/**
 * transport_manifest: one per event day, landscape, for the transport desk and
 * the drivers. One table per vehicle (then the jobs whose car is to be
 * confirmed), each in pickup order, a row per job: when and where to collect,
 * where to, whom, the flight and its landing (airport runs), the car and driver,
 * the LO to call and the transfer's notes ("meeting point gate 3"). A flight
 * without a transfer still appears, its car "to be confirmed". Rows whose day
 * cannot be told go to one extra manifest, "date to be confirmed", instead of
 * being dropped. No medical or dietary data.
 *
 * Cars, drivers and LOs come from the guest facts (../facts/guest-facts), not
 * from rows looked up here.
 */
import { guestFacts, type TransferFacts } from '../facts/guest-facts';
import type { IsoDate } from '../model';
import { ms } from '../model-index';
import { heading, para, table } from './blocks';
import type { DocContext } from './context';
import type { Movement } from './movements';
import { confidentialFooter, driverText, eventLine, guestsText, losText, sharesMedical, transferFactsOf, vehicleText, zoneNote } from './parts';
import { has, type Phrasebook, phrasebookOf } from './phrasebook';
import type { Block, Doc } from './types';

export const UNDATED = 'tbc';

/** Movements grouped by event day, days in order; undated ones under UNDATED, last. */
export function movementsByDay(movements: Movement[]): Map<string, Movement[]> {
  const days = new Map<string, Movement[]>();
  for (const m of movements) {
    const d = m.date ?? UNDATED;
    const list = days.get(d);
    if (list) list.push(m);
    else days.set(d, [m]);
  }
  const keys = [...days.keys()].filter((k) => k !== UNDATED).sort();
  if (days.has(UNDATED)) keys.push(UNDATED);
  return new Map(keys.map((k) => [k, days.get(k)!]));
}

/** One job of a car: a transfer, or a flight nobody has arranged a car for yet. */
interface Job {
  movement: Movement;
  /** The transfer and its car and driver, as the guest facts give them; missing for a flight without a transfer. */
  facts?: TransferFacts;
  /** Sorting moment: the pickup, else the movement's time. */
  at?: Date;
}

/** The group a job's row goes in: its known vehicle, else "" (car to be confirmed). */
const groupOf = (job: Job) => job.facts?.vehicle?.vehicle_id ?? '';

function jobsOf(ctx: DocContext, movements: Movement[]): Job[] {
  const jobs: Job[] = [];
  for (const m of movements) {
    if (m.transfers.length === 0) jobs.push({ movement: m, at: m.at });
    for (const tr of m.transfers) jobs.push({ movement: m, facts: transferFactsOf(ctx, tr), at: tr.pickup?.at ?? m.at });
  }
  return jobs.map((j, i) => ({ j, i })).sort((a, b) => ms(a.j.at) - ms(b.j.at) || a.i - b.i).map((x) => x.j);
}

/** The flight's number and terminal, for airport runs; "none" for other transfers. */
function flightCell(say: Phrasebook, m: Movement): string {
  if (m.kind === 'transfer') return has(m.flightNo) ? m.flightNo.trim() : say.none;
  if (!has(m.flightNo)) return say.tbc;
  return has(m.terminal) ? say.s('flightTerminal', { flight: m.flightNo.trim(), terminal: m.terminal.trim() }) : m.flightNo.trim();
}

/** "lands 15:30" (the airport's zone named when it is not the event's), "takes off 22:00"; CANCELLED marked. */
function flightTimeCell(say: Phrasebook, m: Movement): string {
  if (m.kind === 'transfer') return say.none;
  const f = m.flights[0];
  const z = m.kind === 'arrival' ? f?.arrive : f?.depart;
  const time = !z ? say.tbc : z.zone === say.zone ? say.eventTime(z.at) : say.timeIn(z.at, z.zone);
  const s = say.s(m.kind === 'arrival' ? 'manifest.lands' : 'manifest.takesOff', { time });
  if (m.cancelled) return `${say.s('cancelled')} ${s}`;
  return m.flights.some((x) => x.status === 'changed') ? `${s} ${say.s('changedMark')}` : s;
}

/** Where a flight without a transfer is collected from, and taken to: the airport (and terminal) and the hotel. */
function placesOf(say: Phrasebook, ctx: DocContext, m: Movement): { from: string; to: string } {
  const hotels = [...new Set(m.guests.map((g) => guestFacts(ctx.index, g).hotel?.name).filter(has))];
  const hotel = hotels.length ? hotels.join('; ') : say.tbc;
  return m.kind === 'arrival' ? { from: say.or(m.to), to: hotel } : { from: hotel, to: say.or(m.from) };
}

const vehicleCell = (say: Phrasebook, job: Job) => vehicleText(say, job.facts);
const driverCell = (say: Phrasebook, job: Job) => driverText(say, job.facts);

function jobRow(say: Phrasebook, ctx: DocContext, job: Job): string[] {
  const m = job.movement;
  const f = job.facts;
  const guests = f ? m.guests.filter((g) => f.transfer.guest_ids.includes(g.guest_id)) : m.guests;
  const unknown = f ? f.transfer.guest_ids.filter((id) => !ctx.index.guestsById.has(id)) : m.unknownGuests;
  const places = f ? { from: say.or(f.from), to: say.or(f.to) } : placesOf(say, ctx, m);
  return [
    f ? say.eventTime(f.pickup?.at) : say.tbc,
    places.from,
    places.to,
    guestsText(say, ctx, guests, unknown, m.date),
    flightCell(say, m),
    flightTimeCell(say, m),
    vehicleCell(say, job),
    driverCell(say, job),
    losText(say, ctx, guests, m.date),
    f ? say.orNone(f.notes) : say.none,
  ];
}

function manifestHeader(say: Phrasebook): string[] {
  return [
    say.label('pickup'), say.s('col.from'), say.s('col.to'), say.label('guests'), say.label('flight'),
    say.s('col.flightTime'), say.label('vehicle'), say.label('driver'), say.label('lo'), say.label('notes'),
  ];
}

function buildTransportManifest(ctx: DocContext, day: IsoDate | typeof UNDATED, movements: Movement[]): Doc {
  const say = phrasebookOf(ctx);
  const dayText = day === UNDATED ? say.s('undated') : say.date(day);
  const title = say.s('title.transport_manifest', { date: dayText });
  const jobs = jobsOf(ctx, movements);
  const blocks: Block[] = [heading(1, title), eventLine(say, ctx), zoneNote(say, ctx), para(say.s('manifest.jobs', { n: jobs.length }))];
  // Vehicles in the order of their first pickup; the cars to be confirmed last.
  const groups = new Map<string, Job[]>();
  for (const j of jobs) groups.set(groupOf(j), [...(groups.get(groupOf(j)) ?? []), j]);
  const order = [...groups.keys()].filter((k) => k !== '');
  if (groups.has('')) order.push('');
  for (const key of order) {
    const list = groups.get(key)!;
    const first = list[0].facts;
    blocks.push(heading(2, key === '' || !first ? say.s('manifest.noVehicle') : `${say.s('manifest.vehicle', { plate: vehicleCell(say, list[0]) })} · ${driverCell(say, list[0])}`));
    blocks.push(table(manifestHeader(say), list.map((j) => jobRow(say, ctx, j))));
  }
  const footer = confidentialFooter(say, blocks, jobs.some((j) => j.movement.guests.some(sharesMedical)));
  return {
    kind: 'transport_manifest', key: `transport_manifest:${day}`, title, subject: dayText, lang: say.lang, blocks, footer,
    orientation: 'landscape',
  };
}

export function buildTransportManifests(ctx: DocContext, byDay: Map<string, Movement[]>): Doc[] {
  return [...byDay].map(([day, list]) => buildTransportManifest(ctx, day, list));
}
