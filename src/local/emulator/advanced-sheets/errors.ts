/** The advanced Sheets service's errors, worded as Apps Script reports a Sheets API error. */

/** How Apps Script reports a Sheets API error through the advanced service. */
export function apiError(method: string, message: string): Error {
  return new Error(`API call to sheets.spreadsheets.${method} failed with error: ${message}`);
}

/** An error for something Google would do that this emulator does not. */
export function notEmulated(method: string, what: string): Error {
  return new Error(`Sheets.Spreadsheets.${method}: ${what} is not emulated locally (see src/local/emulator/advanced-sheets.ts).`);
}

export function badSignature(method: string, args: unknown[]): Error {
  const kind = (v: unknown) =>
    v === null || v === undefined ? 'null' : typeof v === 'string' ? 'String' : typeof v === 'number' ? 'number' : 'Object';
  return new Error(`The parameters (${args.map(kind).join(',')}) don't match the method signature for Sheets.Spreadsheets.${method}.`);
}
