/** Argument checks of the advanced Drive service's methods. */
import type { BlobLike } from '../utilities';

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isBlob(v: unknown): v is BlobLike {
  return typeof v === 'object' && v !== null && typeof (v as BlobLike).getBytes === 'function';
}


/** Comma-separated ids of addParents/removeParents. */
export function idList(v: unknown): string[] {
  if (v === undefined || v === null || v === '') return [];
  return String(v)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
