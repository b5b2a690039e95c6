/** Time zones, airports and people-facing dates. */
export * from './zones';
export * from './format';
export { zoneForAirport, normaliseIata, airportCount } from './airports';
export { AIRPORT_ZONES_SOURCE } from './airports-data';
