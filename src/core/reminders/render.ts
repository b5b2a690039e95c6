/**
 * A tiny document model for emails, rendered twice: as HTML (every piece of text
 * escaped here, in one place, so no caller can forget) and as plain text.
 */
import { escapeHtml } from '../text';

export type Inline = string | { text: string; href: string };
export type Block =
  | { t: 'h'; text: string }
  | { t: 'p'; parts: Inline[] }
  | { t: 'kv'; rows: [string, Inline[]][] }
  | { t: 'ul'; items: Inline[][] };

/** Links carry only what they name: a number, one address (no ?cc= or body), or a web page. */
const SAFE_HREF = /^(tel:\+?[0-9]+|https?:\/\/[^\s"'<>]+|mailto:[^\s"'<>?&,;]+@[^\s"'<>?&,;]+)$/i;

function inlineHtml(parts: Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return escapeHtml(p);
      if (!SAFE_HREF.test(p.href)) return escapeHtml(p.text);
      return `<a href="${escapeHtml(p.href)}">${escapeHtml(p.text)}</a>`;
    })
    .join('');
}

function inlineText(parts: Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p;
      // Phone numbers and addresses read fine as they are; a web link needs its address.
      return /^https?:/i.test(p.href) ? `${p.text}: ${p.href}` : p.text;
    })
    .join('');
}

export function renderHtml(blocks: Block[], lang: string): string {
  const body = blocks
    .map((b) => {
      switch (b.t) {
        case 'h':
          return `<h3 style="margin:16px 0 4px">${escapeHtml(b.text)}</h3>`;
        case 'p':
          return `<p style="margin:4px 0 8px">${inlineHtml(b.parts)}</p>`;
        case 'ul':
          return `<ul>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</ul>`;
        case 'kv':
          return `<table cellpadding="3" style="border-collapse:collapse">${b.rows
            .map(([k, v]) => `<tr><th align="left" valign="top" style="font-weight:600;padding-right:12px">${escapeHtml(k)}</th><td>${inlineHtml(v)}</td></tr>`)
            .join('')}</table>`;
        default:
          return '';
      }
    })
    .join('\n');
  return `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;font-size:14px;line-height:1.45">\n${body}\n</body></html>`;
}

export function renderText(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'h':
        out.push('', b.text, '-'.repeat(Math.min(40, Math.max(3, b.text.length))));
        break;
      case 'p':
        out.push(inlineText(b.parts), '');
        break;
      case 'ul':
        for (const i of b.items) out.push(`- ${inlineText(i)}`);
        out.push('');
        break;
      case 'kv':
        for (const [k, v] of b.rows) out.push(`${k}: ${inlineText(v)}`);
        out.push('');
        break;
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
