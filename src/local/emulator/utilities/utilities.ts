/**
 * Utilities: digests, signatures, base64, UUIDs, sleep, formatDate and
 * newBlob, with Apps Script's Java conventions (signed bytes, charsets).
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { sleepSync } from '../lock/file-lock';
import type { ServiceContext } from '../state';
import { Blob } from './blob';
import { toBuffer, toSignedBytes } from './bytes';
import { Charset, DigestAlgorithm, MacAlgorithm } from './enums';
import { formatDate } from './format-date';

const NODE_HASH: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const B64_WEB = /^[A-Za-z0-9_-]*={0,2}$/;

export class Utilities {
  readonly gasType = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  getUuid(): string {
    return randomUUID();
  }

  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds) || milliseconds < 0 || milliseconds > 300000) {
      throw new Error('Invalid argument: milliseconds (0 to 300000)');
    }
    sleepSync(milliseconds);
  }

  computeDigest(algorithm: string, value: string | number[], charset?: string): number[] {
    const name = NODE_HASH[String(algorithm)];
    if (!name) throw new Error(`Invalid argument: algorithm (${String(algorithm)} is not supported here)`);
    return toSignedBytes(createHash(name).update(toBuffer(value, charset ?? Charset.UTF_8, 'value')).digest());
  }

  computeHmacSignature(algorithm: string, value: string | number[], key: string | number[], charset?: string): number[] {
    const name = NODE_HASH[String(algorithm).replace(/^HMAC_/, '')];
    if (!name || !String(algorithm).startsWith('HMAC_')) throw new Error(`Invalid argument: algorithm (${String(algorithm)})`);
    const cs = charset ?? Charset.UTF_8;
    return toSignedBytes(createHmac(name, toBuffer(key, cs, 'key')).update(toBuffer(value, cs, 'value')).digest());
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: string): number[] {
    return this.computeHmacSignature(MacAlgorithm.HMAC_SHA_256, value, key, charset);
  }

  base64Encode(data: string | number[], charset?: string): string {
    return toBuffer(data, charset ?? Charset.UTF_8).toString('base64');
  }

  /** Web-safe alphabet, padding kept (as Java's URL-safe encoder does). */
  base64EncodeWebSafe(data: string | number[], charset?: string): string {
    return toBuffer(data, charset ?? Charset.UTF_8).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    const s = String(encoded).replace(/\s+/g, '');
    if (!B64.test(s)) throw new Error('Could not decode string.');
    return toSignedBytes(Buffer.from(s, 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    const s = String(encoded).replace(/\s+/g, '');
    if (!B64_WEB.test(s)) throw new Error('Could not decode string.');
    return toSignedBytes(Buffer.from(s, 'base64url'));
  }

  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    const buf = data === undefined || data === null ? Buffer.alloc(0) : toBuffer(data);
    return new Blob(buf, contentType ?? null, name ?? null);
  }
}

export function createUtilities(_ctx?: ServiceContext): Utilities {
  return new Utilities();
}
