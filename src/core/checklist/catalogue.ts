/**
 * The built-in checklist: what an LO does in each phase, when it is due, and which
 * items the workbook's data can prove done. Texts live in i18n (`checklist.item.<id>`).
 */
import type { Phase } from '../model';
import { addDays, addMinutes } from '../time/zones';
import { checkOutInstant, type ReasonKey } from './facts';
import { eventInstant, okTime, startOfDay } from '../facts/event-time';
import type { GuestFacts } from '../facts/guest-facts';
import type { ModelIndex } from '../model-index';
import {
  ARRIVAL_OFFSETS, BEFORE_ARRIVAL_TIME, DEPARTURE_OFFSETS, MAX_EVENINGS, PREPARE_DAYS_BEFORE, PREPARE_TIME,
} from './rules';

export type DueResult = { at: Date; zone: string } | { reason: ReasonKey };

/** Facts that tick an item by themselves. Each has a `checklist.auto.*` text. */
type AutoFactKey = 'flights' | 'baggage' | 'dietary' | 'medical' | 'hotel' | 'car' | 'room';

export interface AutoFact {
  fact: AutoFactKey;
  params: Record<string, string>;
}

export interface CatalogueItem {
  id: string;
  phase: Phase;
  due: (idx: ModelIndex, f: GuestFacts) => DueResult;
  auto?: (idx: ModelIndex, f: GuestFacts) => AutoFact | undefined;
}

/** Id stem of the per-evening items: `confirm_tomorrow@2026-12-07`. */
export const CONFIRM_TOMORROW = 'confirm_tomorrow';

// ---- due rules -------------------------------------------------------------

function daysBeforeArrival(days: number, time: { hour: number; minute: number }) {
  return (idx: ModelIndex, f: GuestFacts): DueResult => {
    if (!f.arrivalDay) return { reason: 'no_arrival_date' };
    const at = eventInstant(idx, addDays(f.arrivalDay, -days), time);
    return at ? { at, zone: idx.zone } : { reason: 'no_arrival_date' };
  };
}

function airportCall(idx: ModelIndex, f: GuestFacts): DueResult {
  if (!f.landing) return { reason: f.landingReason ?? 'no_arrival_flight' };
  return { at: addMinutes(f.landing.at, -idx.model.event.airport_lead_minutes), zone: f.landing.zone };
}

/**
 * Minutes after landing. `byDayEnd`: without a landing time, the item is still due by
 * the end of the check-in day (a guest who comes by road still needs the briefing).
 */
function afterLanding(minutes: number, byDayEnd: boolean) {
  return (idx: ModelIndex, f: GuestFacts): DueResult => {
    if (f.landing) return { at: addMinutes(f.landing.at, minutes), zone: idx.zone };
    if (byDayEnd && f.arrivalDay) {
      const end = startOfDay(idx, addDays(f.arrivalDay, 1));
      if (end) return { at: end, zone: idx.zone };
    }
    return { reason: f.landingReason ?? 'no_arrival_flight' };
  };
}

function throughStay(idx: ModelIndex, f: GuestFacts): DueResult {
  return f.departureStart ? { at: f.departureStart, zone: idx.zone } : { reason: 'no_departure_date' };
}

function eveningBeforeDeparture(idx: ModelIndex, f: GuestFacts): DueResult {
  if (!f.departureDay) return { reason: 'no_departure_date' };
  const at = eventInstant(idx, addDays(f.departureDay, -1), idx.model.event.daily_confirm_time);
  return at ? { at, zone: idx.zone } : { reason: 'no_departure_date' };
}

/**
 * Minutes before takeoff. `byPickup`: the departure transfer's pickup wins when known.
 * `byCheckOut`: without a flight, the hotel's check-out time on the check-out date.
 */
function beforeTakeoff(minutes: number, byPickup: boolean, byCheckOut: boolean) {
  return (idx: ModelIndex, f: GuestFacts): DueResult => {
    const pickup = f.departureTransfer?.pickup;
    if (byPickup && okTime(pickup)) return { at: pickup.at, zone: pickup.zone };
    if (f.takeoff) return { at: addMinutes(f.takeoff.at, -minutes), zone: f.takeoff.zone };
    if (byCheckOut) {
      const at = checkOutInstant(idx, f);
      if (at) return { at, zone: idx.zone };
    }
    return { reason: f.takeoffReason ?? 'no_departure_flight' };
  };
}

// ---- facts that prove an item ----------------------------------------------

function flightsKnown(_: ModelIndex, f: GuestFacts): AutoFact | undefined {
  if (!f.landing || !f.takeoff || !f.arrivalFlight || !f.departureFlight) return undefined;
  return { fact: 'flights', params: { arrival: f.arrivalFlight.flight_no, departure: f.departureFlight.flight_no } };
}

function baggageKnown(_: ModelIndex, f: GuestFacts): AutoFact | undefined {
  const fl = f.flights.find((x) => x.status !== 'cancelled' && !!x.baggage && x.baggage.trim() !== '');
  return fl ? { fact: 'baggage', params: { baggage: fl.baggage!.trim(), flight: fl.flight_no } } : undefined;
}

function dietaryKnown(_: ModelIndex, f: GuestFacts): AutoFact | undefined {
  return f.guest.dietary ? { fact: 'dietary', params: { dietary: f.guest.dietary } } : undefined;
}

function medicalKnown(_: ModelIndex, f: GuestFacts): AutoFact | undefined {
  return f.guest.medical_notes?.trim() ? { fact: 'medical', params: {} } : undefined;
}

function hotelKnown(_: ModelIndex, f: GuestFacts): AutoFact | undefined {
  return f.hotel ? { fact: 'hotel', params: { hotel: f.hotel.name } } : undefined;
}

function carKnown(_: ModelIndex, f: GuestFacts): AutoFact | undefined {
  if (!f.car) return undefined;
  const v = f.car.vehicle;
  return { fact: 'car', params: { plate: v.plate, driver: v.driver_name, phone: v.driver_phone } };
}

function roomKnown(_: ModelIndex, f: GuestFacts): AutoFact | undefined {
  const room = f.guest.room_no?.trim();
  return room ? { fact: 'room', params: { room } } : undefined;
}

// ---- the catalogue ---------------------------------------------------------

const prep = daysBeforeArrival(PREPARE_DAYS_BEFORE, PREPARE_TIME);
const beforeArr = daysBeforeArrival(1, BEFORE_ARRIVAL_TIME);
const A = ARRIVAL_OFFSETS;
const D = DEPARTURE_OFFSETS;

/** Fixed items, in the order an LO meets them. The evening items are made per guest (eveningItems). */
export const CATALOGUE: readonly CatalogueItem[] = [
  { id: 'briefing_attended', phase: 'prepare', due: prep },
  { id: 'phone_radio_checked', phase: 'prepare', due: prep },
  { id: 'contact_numbers_at_hand', phase: 'prepare', due: prep },
  { id: 'teams_met', phase: 'prepare', due: prep },
  { id: 'guest_data_studied', phase: 'prepare', due: prep },
  { id: 'programme_venues_studied', phase: 'prepare', due: prep },

  { id: 'flights_collected', phase: 'before_arrival', due: beforeArr, auto: flightsKnown },
  { id: 'baggage_collected', phase: 'before_arrival', due: beforeArr, auto: baggageKnown },
  { id: 'dietary_collected', phase: 'before_arrival', due: beforeArr, auto: dietaryKnown },
  { id: 'medical_collected', phase: 'before_arrival', due: beforeArr, auto: medicalKnown },
  { id: 'data_passed_on', phase: 'before_arrival', due: beforeArr },
  { id: 'hotel_details', phase: 'before_arrival', due: beforeArr, auto: hotelKnown },
  { id: 'car_details', phase: 'before_arrival', due: beforeArr, auto: carKnown },
  { id: 'programme_documents_received', phase: 'before_arrival', due: beforeArr },

  { id: 'at_airport_early', phase: 'arrival', due: airportCall },
  { id: 'baggage_checked', phase: 'arrival', due: afterLanding(A.baggage_checked, false) },
  { id: 'name_pronunciation', phase: 'arrival', due: afterLanding(A.name_pronunciation, true) },
  { id: 'car_to_hotel', phase: 'arrival', due: afterLanding(A.car_to_hotel, false) },
  { id: 'guest_briefed', phase: 'arrival', due: afterLanding(A.guest_briefed, true) },
  { id: 'hotel_check_in', phase: 'arrival', due: afterLanding(A.hotel_check_in, true) },
  { id: 'hotel_explained', phase: 'arrival', due: afterLanding(A.hotel_explained, true) },
  { id: 'room_number_noted', phase: 'arrival', due: afterLanding(A.room_number_noted, true), auto: roomKnown },
  { id: 'lo_contact_given', phase: 'arrival', due: afterLanding(A.lo_contact_given, true) },
  { id: 'documents_handed_over', phase: 'arrival', due: afterLanding(A.documents_handed_over, true) },
  { id: 'key_times_given', phase: 'arrival', due: afterLanding(A.key_times_given, true) },

  { id: 'programme_support', phase: 'stay', due: throughStay },
  { id: 'movements_shared', phase: 'stay', due: throughStay },
  { id: 'on_time', phase: 'stay', due: throughStay },
  { id: 'special_appointments', phase: 'stay', due: throughStay },
  { id: 'changes_passed_on', phase: 'stay', due: throughStay },
  { id: 'departure_prepared', phase: 'stay', due: eveningBeforeDeparture },

  { id: 'flight_checked', phase: 'departure', due: beforeTakeoff(D.flight_checked, false, false) },
  { id: 'departure_meeting_agreed', phase: 'departure', due: beforeTakeoff(D.departure_meeting_agreed, false, false) },
  { id: 'check_out', phase: 'departure', due: beforeTakeoff(D.check_out, true, true) },
  { id: 'car_to_airport', phase: 'departure', due: beforeTakeoff(D.car_to_airport, true, true) },
  { id: 'farewell', phase: 'departure', due: beforeTakeoff(D.farewell, false, false) },
];

export const CATALOGUE_IDS: readonly string[] = CATALOGUE.map((c) => c.id);

export interface EveningItem {
  /** `confirm_tomorrow@YYYY-MM-DD`, or `confirm_tomorrow` alone when the evenings cannot be worked out. */
  id: string;
  date?: string;
  due: DueResult;
}

/**
 * One confirmation per evening of the stay (see rules.ts). When the stay's dates are
 * unknown, a single dateless item stands in so the duty is not lost from the list.
 */
export function eveningItems(idx: ModelIndex, f: GuestFacts): EveningItem[] {
  const none = (reason: ReasonKey): EveningItem[] => [{ id: CONFIRM_TOMORROW, due: { reason } }];
  if (!f.arrivalDay || !f.departureDay) return none('stay_dates_unknown');
  const out: EveningItem[] = [];
  let day = f.arrivalDay;
  for (let i = 0; i < MAX_EVENINGS && day < f.departureDay; i++, day = addDays(day, 1)) {
    const at = eventInstant(idx, day, idx.model.event.daily_confirm_time);
    if (!at) continue;
    if (f.landing && at < f.landing.at) continue;
    out.push({ id: `${CONFIRM_TOMORROW}@${day}`, date: day, due: { at, zone: idx.zone } });
  }
  return out;
}
