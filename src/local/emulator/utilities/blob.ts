/** Blob: bytes with a content type and a name, as Utilities.newBlob and the services' getBlob give them. */
import type { Assert, Conforms } from '../conformance';
import { toBuffer, toSignedBytes } from './bytes';
import { Charset } from './enums';

export class Blob {
  readonly gasType = 'Blob';

  constructor(
    private data: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {}

  getBytes(): number[] {
    return toSignedBytes(this.data);
  }

  /** Host-side access for services that write the blob out (mail attachments, Drive files). */
  _buffer(): Buffer {
    return this.data;
  }

  getDataAsString(charset?: string): string {
    return charset === Charset.US_ASCII ? this.data.toString('latin1') : this.data.toString('utf8');
  }

  setDataFromString(s: string, charset?: string): Blob {
    this.data = toBuffer(String(s), charset ?? Charset.UTF_8);
    return this;
  }

  setBytes(bytes: number[]): Blob {
    this.data = toBuffer(bytes, Charset.UTF_8, 'bytes');
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): Blob {
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): Blob {
    this.name = name;
    return this;
  }

  isGoogleType(): boolean {
    return false;
  }

  /** A Blob is a BlobSource too ("Return the data inside this object as a blob"): a copy, so changing one leaves the other. */
  getBlob(): Blob {
    return this.copyBlob();
  }

  copyBlob(): Blob {
    return new Blob(Buffer.from(this.data), this.contentType, this.name);
  }

  getAs(contentType: string): Blob {
    if (contentType === this.contentType) return this.copyBlob();
    throw new Error(`Converting from ${this.contentType ?? 'unknown'} to ${contentType} is not supported.`);
  }
}

// Compile-time: Blob keeps to Apps Script's Blob (see ../conformance.ts).
type _BlobConforms = Assert<Conforms<Blob, GoogleAppsScript.Base.Blob>>;

/** Anything the bundle may hand over as a blob: ours, or an object that behaves like one. */
export interface BlobLike {
  getBytes(): number[];
  getContentType?(): string | null;
  getName?(): string | null;
}

/** What Apps Script calls a BlobSource (File, Document, HtmlOutput, Apps Script's own Blob): it gives a blob. */
export interface BlobSourceLike {
  getBlob(): BlobLike;
}

export function blobBuffer(b: BlobLike): Buffer {
  return b instanceof Blob ? b._buffer() : toBuffer(b.getBytes(), Charset.UTF_8, 'blob');
}

/**
 * The blob a script handed over: a blob itself, or a BlobSource (File,
 * Document, HtmlOutput) through its getBlob(), as Apps Script takes either
 * where it asks for a BlobSource; null for anything else.
 */
export function blobOf(v: unknown): BlobLike | null {
  if (v && typeof (v as BlobLike).getBytes === 'function') return v as BlobLike;
  if (v && typeof (v as { getBlob?: () => BlobLike }).getBlob === 'function') return (v as { getBlob: () => BlobLike }).getBlob();
  return null;
}
