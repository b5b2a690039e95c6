/** The advanced Drive service's errors, worded as Apps Script reports them. */

/** How Apps Script reports a Drive API error through the advanced service. */
export function apiError(method: string, message: string): Error {
  return new Error(`API call to drive.files.${method} failed with error: ${message}`);
}

export const notFound = (method: string, id: string) => apiError(method, `File not found: ${id}.`);

/** An error for something Google would do that this emulator does not. */
export function notEmulated(method: string, what: string): Error {
  return new Error(`Drive.Files.${method}: ${what} is not emulated locally (see src/local/emulator/advanced-drive.ts).`);
}

export function badSignature(method: string, args: unknown[]): Error {
  const kind = (v: unknown) =>
    v === null || v === undefined ? 'null' : typeof v === 'string' ? 'String' : typeof v === 'number' ? 'number' : 'Object';
  return new Error(`The parameters (${args.map(kind).join(',')}) don't match the method signature for Drive.Files.${method}.`);
}
