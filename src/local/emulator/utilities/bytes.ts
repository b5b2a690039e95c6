/**
 * Bytes as Apps Script has them: Java's signed bytes (-128..127), and strings
 * in one of its charsets.
 */
import { Charset, type CharsetArg } from './enums';

/** Node bytes → Apps Script's signed Java bytes. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

/** A string in the given Apps Script charset, or a (signed or unsigned) byte array, as Node bytes. */
export function toBuffer(data: unknown, charset: CharsetArg = Charset.UTF_8, what = 'data'): Buffer {
  if (typeof data === 'string') {
    if (charset === Charset.US_ASCII) return Buffer.from(data.replace(/[^\x00-\x7f]/g, '?'), 'latin1');
    if (charset !== Charset.UTF_8) throw new Error(`Invalid argument: charset (${String(charset)})`);
    return Buffer.from(data, 'utf8');
  }
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data) && data.every((b) => Number.isInteger(b) && b >= -128 && b <= 255)) {
    return Buffer.from(data.map((b: number) => b & 0xff));
  }
  throw new Error(`Invalid argument: ${what} (expected a string or an array of bytes)`);
}
