/**
 * Organisers' own items from the optional `Checklist items` tab. The tab has no id
 * column, so an item's id comes from its English text: ticks stay attached when rows
 * are moved or others are added, and are let go only when the text itself changes.
 */
import { PHASES, type CustomChecklistItem, type Phase } from '../model';
import { cleanText } from '../text';

export interface CustomItemDef {
  id: string;
  phase: Phase;
  text_en: string;
  text_th: string;
  /** Sheet row of the item, for pointing at it. */
  row: number;
}

/** 32-bit FNV-1a over UTF-16 code units: tiny, stable across runtimes, good enough to tell texts apart. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `custom_` + 7 base-36 digits of the hash of the text, case and spacing ignored. */
export function customItemId(text: string): string {
  const key = cleanText(String(text ?? '')).toLowerCase();
  return `custom_${fnv1a(key).toString(36).padStart(7, '0')}`;
}

/**
 * Items with usable text and phase, in sheet order. A repeated text (same id) is kept
 * once, at its first row: the validator is the place that reports such rows.
 */
export function customItemsOf(rows: readonly CustomChecklistItem[]): CustomItemDef[] {
  const seen = new Set<string>();
  const out: CustomItemDef[] = [];
  for (const r of rows) {
    if (!r || !(PHASES as readonly string[]).includes(r.phase)) continue;
    const en = cleanText(typeof r.text_en === 'string' ? r.text_en : '');
    const th = cleanText(typeof r.text_th === 'string' ? r.text_th : '');
    if (!en && !th) continue;
    const id = customItemId(en || th);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, phase: r.phase, text_en: en || th, text_th: th || en, row: r.row });
  }
  return out;
}
