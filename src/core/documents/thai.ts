/**
 * Thai text in a document: which stretches of a text are Thai, and the
 * typeface they are set in. Renderers mark each stretch as Thai in that
 * typeface, so a reader without Thai fonts set up still sees it right.
 */

/** The Thai government typeface (the Sarabun family, Google Fonts' name for TH Sarabun New). */
export const THAI_FONT = 'Sarabun';

/** A stretch of Thai: Thai letters, and the spaces, digits and punctuation between two of them. */
const THAI_STRETCH = /[\u0E00-\u0E7F]+(?:[\s\d.,:;()\-–/]+[\u0E00-\u0E7F]+)*/g;

/** A text cut into pieces, in order, each Thai or not; nothing is dropped (the pieces join to the text). */
export function thaiPieces(s: string): { text: string; thai: boolean }[] {
  const out: { text: string; thai: boolean }[] = [];
  let at = 0;
  for (const m of s.matchAll(THAI_STRETCH)) {
    if (m.index > at) out.push({ text: s.slice(at, m.index), thai: false });
    out.push({ text: m[0], thai: true });
    at = m.index + m[0].length;
  }
  if (at < s.length || out.length === 0) out.push({ text: s.slice(at), thai: false });
  return out;
}
