/**
 * CellData as the Sheets API gives and takes it, for the fields the emulator
 * serves: `note`, `userEnteredFormat.backgroundColor` and `userEnteredValue`
 * (written only: stringValue, numberValue, boolValue). Colours are the API's
 * 0–1 floats; a channel it leaves out is 0.
 */

interface ApiColor {
  red?: number;
  green?: number;
  blue?: number;
  alpha?: number;
}

export interface ApiCellData {
  note?: string;
  userEnteredFormat?: { backgroundColor?: ApiColor };
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
