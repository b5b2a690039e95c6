/**
 * The margins the cross-tab rules use. They are judgement calls about airport and
 * road work in a capital city; each says why it has the value it has.
 */

/** Longest plausible flight leg. Longer means a mistyped date (the longest scheduled flights take about 19 h). */
export const MAX_FLIGHT_MINUTES = 20 * 60;

/**
 * An arrival pickup is when the guest gets into the car at the airport. Before the
 * landing it is certainly wrong; more than this after it, the guest waits too long
 * (immigration and baggage rarely take over two hours, plus a margin).
 */
export const ARRIVAL_PICKUP_MAX_WAIT_MINUTES = 180;

/**
 * A departure pickup must leave time for the road (up to about an hour in Bangkok
 * traffic) and for international check-in, which airlines close 60 min before and
 * advise starting 2-3 h before: at least 3 h before the flight.
 */
export const DEPARTURE_PICKUP_MIN_LEAD_MINUTES = 180;

/**
 * A transfer with no flight number counts for a flight of one of its guests when its
 * purpose matches and its pickup falls in this window around the flight (minutes
 * relative to landing or take-off).
 */
export const ARRIVAL_MATCH_WINDOW = { from: -120, to: 360 } as const;
export const DEPARTURE_MATCH_WINDOW = { from: -12 * 60, to: 0 } as const;

/**
 * A car needs this long between two pickups: a city trip plus getting to the next
 * pickup rarely takes less than an hour. Two pickups at the same place within
 * SHARED_RIDE_MINUTES are one shared trip, not a conflict (then the seats count).
 */
export const VEHICLE_MIN_GAP_MINUTES = 60;
export const SHARED_RIDE_MINUTES = 15;

/**
 * Hotel dates: check-in is the local date of landing, or the day before (a room held
 * from the night before for an early-morning landing). Check-out is the local date of
 * take-off, or the day before (for a flight in the small hours).
 */
export const HOTEL_DATE_SLACK_DAYS = 1;
