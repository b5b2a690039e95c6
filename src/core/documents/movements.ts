/**
 * Movements: every arrival, departure and transfer, with the transfers that serve
 * a flight merged into that flight's row (one row per flight and time, all its
 * guests together), so a driver reads one line per job. Shared by the transport
 * manifest, the run-sheet and the LO calendar.
 */
import type { Flight, Guest, IsoDate, Transfer } from '../model';
import type { DocContext } from './context';
import { eventDate, flightMoment, ms } from '../model-index';

export interface Movement {
  /** Stable across runs: built from ids, flight numbers and typed times. */
  id: string;
  kind: 'arrival' | 'departure' | 'transfer';
  /** The moment the row is ordered by: landing, pickup (else take-off), or pickup. */
  at?: Date;
  /** Event date of the row; from stay dates when the time is missing; undefined if unknown. */
  date?: IsoDate;
  /** The flight rows (one per guest) of a flight movement; empty for a plain transfer. */
  flights: Flight[];
  flightNo?: string;
  terminal?: string;
  from: string;
  to: string;
  guests: Guest[];
  /** Guest ids that the Guests tab does not know (reported by validation). */
  unknownGuests: string[];
  transfers: Transfer[];
  cancelled: boolean;
}

/** "TG 641" and "tg641" are the same flight. */
export function normFlightNo(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, '').toUpperCase();
}

function addGuest(m: Movement, ctx: DocContext, id: string): void {
  const g = ctx.index.guestsById.get(id);
  if (g) {
    if (!m.guests.includes(g)) m.guests.push(g);
  } else if (!m.unknownGuests.includes(id)) {
    m.unknownGuests.push(id);
  }
}

function flightGroups(ctx: DocContext): Movement[] {
  const groups = new Map<string, Movement>();
  for (const f of ctx.index.model.flights) {
    const moment = flightMoment(f);
    const wall = (f.direction === 'arrival' ? f.arrive?.wall : f.depart?.wall) ?? '';
    const key = [f.direction, normFlightNo(f.flight_no), wall, f.from_airport, f.to_airport].join('|');
    let m = groups.get(key);
    if (!m) {
      m = {
        id: `${f.direction}-${normFlightNo(f.flight_no)}-${wall.replace(/\D/g, '')}`,
        kind: f.direction, at: moment, flights: [], flightNo: f.flight_no, terminal: f.terminal,
        from: f.from_airport, to: f.to_airport, guests: [], unknownGuests: [], transfers: [], cancelled: true,
      };
      groups.set(key, m);
    }
    m.flights.push(f);
    if (!m.terminal && f.terminal) m.terminal = f.terminal;
    if (f.status !== 'cancelled') m.cancelled = false;
    addGuest(m, ctx, f.guest_id);
  }
  return [...groups.values()];
}

/** The flight movement a transfer serves, if any: same direction, a shared guest, same flight or same day. */
function flightFor(ctx: DocContext, tr: Transfer, byGuest: Map<string, Movement[]>): Movement | undefined {
  if (tr.purpose === 'programme' || tr.purpose === 'private') return undefined;
  const no = normFlightNo(tr.flight_no);
  const day = eventDate(ctx.index, tr.pickup?.at);
  const candidates = new Set<Movement>();
  for (const id of tr.guest_ids) for (const m of byGuest.get(id) ?? []) candidates.add(m);
  let best: Movement | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const m of candidates) {
    if (tr.purpose && tr.purpose !== m.kind) continue;
    if (no) {
      if (normFlightNo(m.flightNo) !== no) continue;
    } else if (!day || day !== eventDate(ctx.index, m.at)) {
      continue;
    }
    const gap = Math.abs(ms(tr.pickup?.at) - ms(m.at));
    const g = Number.isFinite(gap) ? gap : Number.MAX_SAFE_INTEGER;
    if (!best || g < bestGap) {
      best = m;
      bestGap = g;
    }
  }
  return best;
}

function stayDate(m: Movement): IsoDate | undefined {
  const dates = m.guests
    .map((g) => (m.kind === 'arrival' ? g.check_in : g.check_out))
    .filter((d): d is string => !!d)
    .sort();
  return dates[0];
}

/** Every movement of the event, in time order (rows without a time last, stably). */
export function buildMovements(ctx: DocContext): Movement[] {
  const flights = flightGroups(ctx);
  const byGuest = new Map<string, Movement[]>();
  for (const m of flights) {
    for (const f of m.flights) {
      const list = byGuest.get(f.guest_id);
      if (!list) byGuest.set(f.guest_id, [m]);
      else if (!list.includes(m)) list.push(m);
    }
  }
  const plain: Movement[] = [];
  for (const tr of ctx.index.model.transfers) {
    const m = flightFor(ctx, tr, byGuest);
    if (m) {
      m.transfers.push(tr);
      for (const id of tr.guest_ids) addGuest(m, ctx, id);
      continue;
    }
    const own: Movement = {
      id: `transfer-${tr.transfer_id}`, kind: 'transfer', at: tr.pickup?.at, flights: [], flightNo: tr.flight_no,
      from: tr.from_place, to: tr.to_place, guests: [], unknownGuests: [], transfers: [tr], cancelled: false,
    };
    for (const id of tr.guest_ids) addGuest(own, ctx, id);
    plain.push(own);
  }
  for (const m of flights) {
    m.transfers.sort((a, b) => ms(a.pickup?.at) - ms(b.pickup?.at));
    // A departure job starts when the car picks the guests up, not at take-off.
    if (m.kind === 'departure' && m.transfers[0]?.pickup) m.at = m.transfers[0].pickup.at;
  }
  const all = [...flights, ...plain];
  for (const m of all) m.date = eventDate(ctx.index, m.at) ?? (m.kind === 'transfer' ? undefined : stayDate(m));
  return all
    .map((m, i) => ({ m, i }))
    .sort((a, b) => ms(a.m.at) - ms(b.m.at) || a.i - b.i)
    .map((x) => x.m);
}
