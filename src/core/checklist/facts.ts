/**
 * The checklist's own words about a guest's facts (../facts/guest-facts): why a
 * due moment is unknown, and the hotel check-out the fallback rule reads.
 */
import type { ModelIndex } from '../model-index';
import type { GuestFacts } from '../facts/guest-facts';
import { eventInstant, parseTimeOfDay } from '../facts/event-time';
import type { TravelReason } from '../facts/travel';
import { DEFAULT_CHECK_OUT_TIME } from './rules';

/** Why a due moment or an anchor is unknown. Each has a `checklist.reason.*` text. */
export type ReasonKey = TravelReason | 'no_arrival_date' | 'no_departure_date' | 'stay_dates_unknown' | 'custom_item';

/** The hotel's check-out time on the departure day, for the fallback rule. */
export function checkOutInstant(idx: ModelIndex, facts: GuestFacts): Date | undefined {
  if (!facts.departureDay) return undefined;
  const t = parseTimeOfDay(facts.hotel?.check_out_time) ?? parseTimeOfDay(DEFAULT_CHECK_OUT_TIME)!;
  return eventInstant(idx, facts.departureDay, t);
}
