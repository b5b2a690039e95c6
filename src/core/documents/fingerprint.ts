/**
 * Fingerprints decide which documents to rewrite. A document's fingerprint is a
 * hash of its content (never of when it was made), so an unchanged model gives
 * unchanged fingerprints, and a change to one guest changes exactly the
 * documents that show something of that guest.
 */
import type { Doc } from './types';

/** Bump when builders change what they write, so every document is rewritten once. */
export const DOC_FORMAT_VERSION = 2;

/**
 * 64-bit string hash (two 32-bit lanes, cyrb53-style mixing). Not cryptographic:
 * it only has to tell "changed" from "unchanged" with a negligible false match.
 */
export function hash64(s: string): string {
  let h1 = 0xdeadbeef ^ s.length;
  let h2 = 0x41c6ce57 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

/** "v1-0123456789abcdef": stable over the document's content. */
export function docFingerprint(doc: Doc): string {
  const content = JSON.stringify([doc.kind, doc.key, doc.title, doc.subject, doc.lang, doc.blocks]);
  return `v${DOC_FORMAT_VERSION}-${hash64(content)}`;
}
