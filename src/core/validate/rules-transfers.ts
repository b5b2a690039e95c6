/** Cars meeting flights: every guest's last arrival leg and first departure leg needs one, at a sensible time. */
import type { Flight, Transfer, ZonedTime } from '../model';
import { minutesBetween } from '../time/zones';
import { flightKey, type RuleContext } from './context';
import {
  ARRIVAL_MATCH_WINDOW, ARRIVAL_PICKUP_MAX_WAIT_MINUTES, DEPARTURE_MATCH_WINDOW, DEPARTURE_PICKUP_MIN_LEAD_MINUTES,
} from './margins';

type Timed = Transfer & { pickup: ZonedTime };

function matches(t: Timed, f: Flight, when: ZonedTime): boolean {
  if (t.flight_no) return flightKey(t.flight_no) === flightKey(f.flight_no);
  if (t.purpose !== f.direction) return false;
  const d = minutesBetween(when.at, t.pickup.at);
  const w = f.direction === 'arrival' ? ARRIVAL_MATCH_WINDOW : DEPARTURE_MATCH_WINDOW;
  return d >= w.from && d <= w.to;
}

export function checkTransfers(ctx: RuleContext): void {
  const byGuest = new Map<string, Timed[]>();
  for (const t of ctx.model.transfers) {
    if (!t.pickup) continue;
    for (const id of t.guest_ids) {
      const list = byGuest.get(id);
      if (list) list.push(t as Timed);
      else byGuest.set(id, [t as Timed]);
    }
  }

  for (const s of ctx.stays.values()) {
    const id = s.guest.guest_id;
    const mine = byGuest.get(id) ?? [];
    if (s.arrival) {
      const f = s.arrival;
      const found = mine.filter((t) => matches(t, f, f.arrive));
      if (!found.length) {
        ctx.add('warning', 'no_transfer', 'Flights', f.row, 'flight_no', 'validation.no_transfer.arrival', { guest: id, flight: f.flight_no });
      }
      for (const t of found) {
        const wait = minutesBetween(f.arrive.at, t.pickup.at);
        if (wait < 0) {
          ctx.add('warning', 'transfer_time', 'Transfers', t.row, 'pickup_at', 'validation.transfer_time.before_landing', {
            pickup: ctx.when(t.pickup), flight: f.flight_no, arrive: ctx.when(f.arrive),
          });
        } else if (wait > ARRIVAL_PICKUP_MAX_WAIT_MINUTES) {
          ctx.add('warning', 'transfer_time', 'Transfers', t.row, 'pickup_at', 'validation.transfer_time.late_arrival', {
            pickup: ctx.when(t.pickup), flight: f.flight_no, minutes: wait, max: ARRIVAL_PICKUP_MAX_WAIT_MINUTES,
          });
        }
      }
    }
    if (s.departure) {
      const f = s.departure;
      const found = mine.filter((t) => matches(t, f, f.depart));
      if (!found.length) {
        ctx.add('warning', 'no_transfer', 'Flights', f.row, 'flight_no', 'validation.no_transfer.departure', { guest: id, flight: f.flight_no });
      }
      for (const t of found) {
        const lead = minutesBetween(t.pickup.at, f.depart.at);
        if (lead < DEPARTURE_PICKUP_MIN_LEAD_MINUTES) {
          ctx.add('warning', 'transfer_time', 'Transfers', t.row, 'pickup_at', 'validation.transfer_time.late_departure', {
            pickup: ctx.when(t.pickup), flight: f.flight_no, minutes: lead, depart: ctx.when(f.depart), min: DEPARTURE_PICKUP_MIN_LEAD_MINUTES,
          });
        }
      }
    }
  }

  // A flight number on a transfer must be a flight of one of its riders.
  const guestFlights = new Set<string>();
  for (const f of ctx.model.flights) guestFlights.add(`${f.guest_id}\u0000${flightKey(f.flight_no)}`);
  for (const t of ctx.model.transfers) {
    if (!t.flight_no) continue;
    const k = flightKey(t.flight_no);
    if (!t.guest_ids.some((g) => guestFlights.has(`${g}\u0000${k}`))) {
      ctx.add('warning', 'unknown_ref', 'Transfers', t.row, 'flight_no', 'validation.unknown_ref.flight', { value: t.flight_no });
    }
  }
}
