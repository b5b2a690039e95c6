/**
 * When checklist items fall due. Gathered in one place so the sidebar, the reminders
 * and the README can all point at the same numbers.
 *
 * Anchors, worked out per guest (see facts.ts):
 * - landing: the arrival flight that lands last (the final leg into the event city);
 *   cancelled flights are ignored.
 * - takeoff: the departure flight that leaves first (the first leg out).
 * - arrival day / departure day: the calendar dates of those instants in the event's
 *   zone; without a flight, the guest's check_in / check_out dates stand in.
 *
 * Rules:
 * - prepare items: PREPARE_TIME in the event zone, PREPARE_DAYS_BEFORE days before the
 *   arrival day.
 * - before_arrival items: BEFORE_ARRIVAL_TIME in the event zone, the day before the
 *   arrival day.
 * - arrival items: a fixed number of minutes after landing (ARRIVAL_OFFSETS), except
 *   the airport item, due `airport_lead_minutes` before landing. With no landing time
 *   but a check_in date, items that do not need the flight are due by the end of that
 *   day; the airport ones say why they have no due moment.
 * - stay: one `confirm_tomorrow@DATE` item per evening from the arrival day to the
 *   evening before the departure day, at `daily_confirm_time` in the event zone; an
 *   evening whose confirmation time is before the landing is left out. The other
 *   stay items run through the stay and are due when the departure phase starts; `departure_prepared` is due the evening before the
 *   departure day at `daily_confirm_time`.
 * - departure items: minutes before takeoff (DEPARTURE_OFFSETS); check-out and the car
 *   are due at the pickup time of the departure transfer when there is one. With no
 *   flight but a check_out date, check-out and the car are due at the hotel's
 *   check_out_time (else DEFAULT_CHECK_OUT_TIME) that day.
 * - organisers' own items have no due moment.
 *
 * Phases at an instant: prepare until the prepare items fall due; before_arrival until
 * the arrival phase starts (the start of the arrival day, or the airport call when
 * that is earlier); arrival until the later of the next midnight and landing +
 * ARRIVAL_PHASE_MIN_MINUTES; stay until the departure phase starts (the start of the
 * departure day, or takeoff − DEPARTURE_PHASE_LEAD_MINUTES when earlier); then
 * departure. With no arrival date at all the guest is in prepare until the departure
 * phase starts.
 */

export const PREPARE_DAYS_BEFORE = 3;
export const PREPARE_TIME = { hour: 9, minute: 0 };
export const BEFORE_ARRIVAL_TIME = { hour: 12, minute: 0 };

/** Minutes after landing. */
export const ARRIVAL_OFFSETS = {
  baggage_checked: 45,
  name_pronunciation: 60,
  car_to_hotel: 60,
  guest_briefed: 120,
  hotel_check_in: 150,
  hotel_explained: 180,
  room_number_noted: 180,
  lo_contact_given: 180,
  documents_handed_over: 180,
  key_times_given: 180,
} as const;

/** Minutes before takeoff. */
export const DEPARTURE_OFFSETS = {
  flight_checked: 24 * 60,
  departure_meeting_agreed: 12 * 60,
  check_out: 4 * 60,
  car_to_airport: 4 * 60,
  farewell: 60,
} as const;

export const ARRIVAL_PHASE_MIN_MINUTES = 6 * 60;
export const DEPARTURE_PHASE_LEAD_MINUTES = 6 * 60;

/** A hotel without a check-out time: the usual noon. */
export const DEFAULT_CHECK_OUT_TIME = '12:00';

/** A stay longer than this many evenings is data gone wrong; no more evening items are made. */
export const MAX_EVENINGS = 60;
