/** Small constructors for blocks, so builders read like the document they make. */
import type { Block, Doc, Run } from './types';

export const text = (s: string): Run => ({ text: s });
export const bold = (s: string): Run => ({ text: s, bold: true });
export const italic = (s: string): Run => ({ text: s, italic: true });

export const heading = (level: 1 | 2 | 3, s: string): Block => ({ type: 'heading', level, text: s });

/** A paragraph from runs or plain strings. */
export const para = (...runs: (Run | string)[]): Block => ({
  type: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? text(r) : r)),
});

/** "Label: value" with the label in bold. */
export const field = (label: string, value: string | Run[]): Block => ({
  type: 'paragraph',
  runs: [bold(`${label}: `), ...(typeof value === 'string' ? [text(value)] : value)],
});

export const list = (items: (Run[] | string)[]): Block => ({
  type: 'list',
  items: items.map((i) => (typeof i === 'string' ? [text(i)] : i)),
});

export const table = (header: string[], rows: string[][]): Block => ({ type: 'table', header, rows });

/** The page-number field, for a footer. */
export const pageNumber = (): Run => ({ text: '#', field: 'page' });

export const pageBreak = (): Block => ({ type: 'pageBreak' });

/** A phone number as a tap-to-call link (digits and + only in the target). */
export function phoneRun(phone: string): Run {
  const target = phone.replace(/[^\d+]/g, '');
  return target.length >= 3 ? { text: phone, link: `tel:${target}` } : text(phone);
}

/** Every piece of text a document shows, in order: title, headings, runs, cells. */
export function docTexts(doc: Doc): string[] {
  const out: string[] = [doc.title, doc.subject];
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'heading':
        out.push(b.text);
        break;
      case 'paragraph':
        for (const r of b.runs) out.push(r.text);
        break;
      case 'list':
        for (const item of b.items) for (const r of item) out.push(r.text);
        break;
      case 'table':
        out.push(...b.header);
        for (const row of b.rows) out.push(...row);
        break;
      case 'pageBreak':
        break;
    }
  }
  return out;
}
