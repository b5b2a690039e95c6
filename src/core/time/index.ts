/** Time zones, airports and people-facing dates. */
export * from './zones';
export * from './format';
export { zoneForAirport, airportCount } from './airports';

