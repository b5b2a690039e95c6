/**
 * Utilities: digests, signatures, base64, UUIDs, sleep, formatDate, newBlob
 * and zip, with Apps Script's Java conventions (signed bytes, charsets).
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { zipSync } from 'fflate';
import { sleepSync } from '../lock/file-lock';
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';
import { Blob, blobBuffer, blobOf, type BlobLike } from './blob';
import { toBuffer, toSignedBytes } from './bytes';
import { Charset, DigestAlgorithm, MacAlgorithm, type CharsetArg, type DigestAlgorithmArg, type MacAlgorithmArg } from './enums';
import { formatDate } from './format-date';

const NODE_HASH: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const B64_WEB = /^[A-Za-z0-9_-]*={0,2}$/;

export class Utilities {
  readonly gasType = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;

  formatDate(date: Date | GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    // formatDate checks that it is a Date.
    return formatDate(date as Date, timeZone, format);
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

  computeDigest(algorithm: DigestAlgorithmArg, value: string | number[], charset?: CharsetArg): number[] {
    const name = NODE_HASH[String(algorithm)];
    if (!name) throw new Error(`Invalid argument: algorithm (${String(algorithm)} is not supported here)`);
    return toSignedBytes(createHash(name).update(toBuffer(value, charset ?? Charset.UTF_8, 'value')).digest());
  }

  computeHmacSignature(algorithm: MacAlgorithmArg, value: string | number[], key: string | number[], charset?: CharsetArg): number[] {
    const name = NODE_HASH[String(algorithm).replace(/^HMAC_/, '')];
    if (!name || !String(algorithm).startsWith('HMAC_')) throw new Error(`Invalid argument: algorithm (${String(algorithm)})`);
    const cs = charset ?? Charset.UTF_8;
    return toSignedBytes(createHmac(name, toBuffer(key, cs, 'key')).update(toBuffer(value, cs, 'value')).digest());
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: CharsetArg): number[] {
    return this.computeHmacSignature(MacAlgorithm.HMAC_SHA_256, value, key, charset);
  }

  base64Encode(data: string | number[], charset?: CharsetArg): string {
    return toBuffer(data, charset ?? Charset.UTF_8).toString('base64');
  }

  /** Web-safe alphabet, padding kept (as Java's URL-safe encoder does). */
  base64EncodeWebSafe(data: string | number[], charset?: CharsetArg): string {
    return toBuffer(data, charset ?? Charset.UTF_8).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  /** The charset names the encoded string's; base64 text is ASCII in every charset Apps Script has, so it changes nothing. */
  base64Decode(encoded: string, _charset?: CharsetArg): number[] {
    const s = String(encoded).replace(/\s+/g, '');
    if (!B64.test(s)) throw new Error('Could not decode string.');
    return toSignedBytes(Buffer.from(s, 'base64'));
  }

  base64DecodeWebSafe(encoded: string, _charset?: CharsetArg): number[] {
    const s = String(encoded).replace(/\s+/g, '');
    if (!B64_WEB.test(s)) throw new Error('Could not decode string.');
    return toSignedBytes(Buffer.from(s, 'base64url'));
  }

  newBlob(data: string | number[], contentType?: string, name?: string): Blob {
    const buf = data === undefined || data === null ? Buffer.alloc(0) : toBuffer(data);
    return new Blob(buf, contentType ?? null, name ?? null);
  }

  /**
   * zip(blobs[, name]): "Creates a new Blob object that is a zip file containing the data from
   * the Blobs passed in" (Google's reference), each entry named by its blob's name, a "/" in
   * the name making folders as zip names do. Google does not say what a blob without a name or
   * two blobs of one name give; the strict reading refuses both (a zip entry has one name, and
   * one entry a name). The zip is written synchronously, as the call returns it (fflate; jszip
   * has no synchronous writer), its entries deflated as Java's ZipOutputStream does.
   */
  zip(blobs: (GoogleAppsScript.Base.BlobSource | BlobLike)[], name?: string): Blob {
    if (!Array.isArray(blobs)) throw new Error('Invalid argument: blobs');
    const entries: Record<string, Uint8Array> = Object.create(null);
    for (const source of blobs) {
      const blob = blobOf(source);
      if (!blob) throw new Error('Invalid argument: blobs (each must be a Blob or a BlobSource)');
      const entry = blob.getName?.();
      if (!entry) throw new Error('Invalid argument: blobs (a blob to zip has no name: each zip entry is named by its blob)');
      if (entry in entries) throw new Error(`Invalid argument: blobs (two blobs are named "${entry}"; a zip holds one entry a name)`);
      entries[entry] = blobBuffer(blob);
    }
    return new Blob(Buffer.from(zipSync(entries, { level: 6 })), 'application/zip', name ?? null);
  }
}

// Compile-time: Utilities keeps to Apps Script's Utilities (see ../conformance.ts).
type _UtilitiesConforms = Assert<Conforms<Utilities, GoogleAppsScript.Utilities.Utilities>>;

export function createUtilities(_ctx?: ServiceContext): Utilities {
  return new Utilities();
}
