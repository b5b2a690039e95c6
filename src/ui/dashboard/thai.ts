/**
 * Thai has no spaces between words, and Chromium's line breaker does not always
 * know where a Thai word ends; with `overflow-wrap: anywhere` it then breaks
 * inside words. The page marks each word boundary with a zero-width space,
 * found by Intl.Segmenter, so the browser wraps Thai between words only.
 */
const THAI = /[\u0E00-\u0E7F]/;
const ZWSP = '\u200B';

let segmenter: Intl.Segmenter | undefined;

/** The text with a break opportunity between Thai words; other text unchanged. */
export function thaiBreaks(text: string): string {
  if (!THAI.test(text) || typeof Intl === 'undefined' || !('Segmenter' in Intl)) return text;
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  let out = '';
  let prevThai = false;
  for (const { segment } of segmenter.segment(text)) {
    const thai = THAI.test(segment);
    if (thai && prevThai) out += ZWSP;
    out += segment;
    prevThai = thai;
  }
  return out;
}
