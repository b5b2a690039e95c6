/**
 * IATA airport code → IANA zone, decoded lazily from the packed table that
 * scripts/gen-airports.mjs writes (so a script run that never looks up an airport
 * pays nothing but parsing the string).
 */
import { AIRPORT_ZONES_PACKED } from './airports-data';
import { foldText } from '../text';
import type { Zone } from './zones';

let table: Map<string, string> | undefined;

function decode(): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of AIRPORT_ZONES_PACKED.split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) continue;
    const zone = line.slice(0, bar);
    let first = '';
    for (let i = bar + 1; i < line.length; ) {
      const c = line[i];
      if (c >= 'a' && c <= 'z') {
        first = c.toUpperCase();
        i += 1;
      } else {
        m.set(first + line.slice(i, i + 2), zone);
        i += 2;
      }
    }
  }
  return m;
}

const IATA = /^[A-Z]{3}$/;

/** Upper-cased, folded 3-letter code, or undefined when the text is not shaped like one. */
export function normaliseIata(code: string): string | undefined {
  const c = foldText(String(code)).toUpperCase();
  return IATA.test(c) ? c : undefined;
}

/** The IANA zone of an airport ("BKK" → "Asia/Bangkok"); undefined when unknown. */
export function zoneForAirport(code: string): Zone | undefined {
  const c = normaliseIata(code);
  if (!c) return undefined;
  table ??= decode();
  return table.get(c) as Zone | undefined;
}

/** Number of airports known, for diagnostics and tests. */
export function airportCount(): number {
  table ??= decode();
  return table.size;
}
