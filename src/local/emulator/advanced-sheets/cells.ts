/**
 * CellData as the Sheets API gives and takes it, for the fields the emulator
 * serves: `note`, `userEnteredFormat.backgroundColor`,
 * `userEnteredFormat.numberFormat` (written only) and `userEnteredValue`
 * (stringValue, numberValue, boolValue; formulaValue read only). Colours are
 * the API's 0–1 floats; a channel it leaves out is 0.
 */

interface ApiColor {
  red?: number;
  green?: number;
  blue?: number;
  alpha?: number;
}

export interface ApiCellData {
  note?: string;
  userEnteredFormat?: { backgroundColor?: ApiColor; numberFormat?: unknown };
  userEnteredValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean; formulaValue?: string };
}

const hex2 = (x: number) => Math.round(x * 255).toString(16).padStart(2, '0');

/** '#rrggbb' as the API's Color. */
export function hexToApi(hex: string): ApiColor {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/** The API's Color as '#rrggbb'; a reason when a channel is not a number from 0 to 1. */
export function apiToHex(c: unknown): string | { invalid: string } {
  if (c === null || typeof c !== 'object' || Array.isArray(c)) return { invalid: 'backgroundColor must be a Color object' };
  const o = c as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!['red', 'green', 'blue', 'alpha'].includes(k)) return { invalid: `Unknown name "${k}" at 'backgroundColor'` };
    const v = o[k];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) return { invalid: `backgroundColor.${k} must be between 0 and 1` };
  }
  return `#${hex2((o.red as number) ?? 0)}${hex2((o.green as number) ?? 0)}${hex2((o.blue as number) ?? 0)}`;
}

/** Patterns Sheets gives a NumberFormat that has a type and no pattern (assumption: the en_US locale's). */
const DEFAULT_PATTERNS: Record<string, string> = {
  TEXT: '@', NUMBER: '#,##0.00', PERCENT: '0.00%', CURRENCY: '$#,##0.00', DATE: 'M/d/yyyy', TIME: 'h:mm:ss am/pm',
  DATE_TIME: 'M/d/yyyy H:mm:ss', SCIENTIFIC: '0.00E+00',
};

/** The API's NumberFormat as the pattern a cell gets ('General' when absent: the field in the mask clears it); a reason when it is not one. */
export function apiNumberFormat(nf: unknown): string | { invalid: string } {
  if (nf === undefined) return 'General';
  if (nf === null || typeof nf !== 'object' || Array.isArray(nf)) return { invalid: 'must be a NumberFormat object' };
  const o = nf as Record<string, unknown>;
  for (const k of Object.keys(o)) if (k !== 'type' && k !== 'pattern') return { invalid: `Unknown name "${k}"` };
  if (typeof o.type !== 'string' || !(o.type in DEFAULT_PATTERNS)) return { invalid: `type must be one of ${Object.keys(DEFAULT_PATTERNS).join(', ')}` };
  if (o.pattern !== undefined && (typeof o.pattern !== 'string' || o.pattern === '')) return { invalid: 'pattern must be a non-empty string' };
  return (o.pattern as string | undefined) ?? DEFAULT_PATTERNS[o.type];
}
