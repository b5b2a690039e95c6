/**
 * What Drive makes of an HTML file imported as a Google Doc, as the
 * emulator's document model (../document/model.ts), so that DocumentApp's
 * commit writes it as a real .docx. The HTML is parsed by htmlparser2 (a
 * maintained parser, pinned in package.json), never by regular expressions.
 *
 * Kept: headings h1–h6, paragraphs, line breaks, bold, italic, underline,
 * links, bullet and numbered lists (nested), tables with their <thead> rows
 * as header rows and their <col>/<th>/<td> percent widths, page breaks
 * (`page-break-before: always`), and per run the `lang` and the first
 * `font-family` of inline styles. A <style> sheet is not applied (Docs
 * applies some of it; the .docx keeps Word's defaults there), and neither
 * is its `@page` rule: no landscape pages from `size: … landscape`, no footer
 * from margin boxes (`@bottom-center`, `counter(page)`). Google documents no
 * behaviour of its HTML import for any of these, so the strict reading is a
 * portrait document with no footer; LO Desk uploads .docx files instead
 * (src/addon/docs-drive.ts), which say their page set-up natively.
 */
import { parseDocument } from 'htmlparser2';
import { GlyphType, ParagraphHeading } from '../document/enums';
import type {
  BlockModel, CellModel, DocumentModel, ListItemModel, ParagraphModel, RowModel, Run, RunStyle, TableModel,
} from '../document/model';

/** The parts of htmlparser2's DOM (domhandler) read here. */
interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}

const HEADINGS: Record<string, string> = {
  h1: ParagraphHeading.HEADING1,
  h2: ParagraphHeading.HEADING2,
  h3: ParagraphHeading.HEADING3,
  h4: ParagraphHeading.HEADING4,
  h5: ParagraphHeading.HEADING5,
  h6: ParagraphHeading.HEADING6,
};
const SKIPPED = new Set(['head', 'style', 'script', 'title', 'template', 'colgroup', 'col']);
const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'table', 'blockquote', 'pre', 'hr', 'section', 'article', 'header', 'footer', ...Object.keys(HEADINGS)]);

function styleOf(node: HtmlNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of (node.attribs?.style ?? '').split(';')) {
    const at = decl.indexOf(':');
    if (at > 0) out[decl.slice(0, at).trim().toLowerCase()] = decl.slice(at + 1).trim();
  }
  return out;
}

/** The first family of a font-family list, unquoted. */
function firstFamily(list: string): string | undefined {
  const first = list.split(',')[0]?.trim().replace(/^['"]|['"]$/g, '');
  return first || undefined;
}

function percent(node: HtmlNode): number | undefined {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(styleOf(node).width ?? node.attribs?.width ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The run style a tag and its inline style add to what is inherited. */
function inlineStyle(node: HtmlNode, inherited: RunStyle): RunStyle {
  const s: RunStyle = { ...inherited };
  const name = node.name ?? '';
  if (name === 'b' || name === 'strong' || name === 'th') s.bold = true;
  if (name === 'i' || name === 'em') s.italic = true;
  if (name === 'u') s.underline = true;
  if (name === 'a' && node.attribs?.href) s.link = node.attribs.href;
  if (node.attribs?.lang) s.lang = node.attribs.lang;
  const css = styleOf(node);
  if (css['font-family']) s.fontFamily = firstFamily(css['font-family']);
  if (css['font-weight'] === 'bold' || Number(css['font-weight']) >= 600) s.bold = true;
  if (css['font-style'] === 'italic') s.italic = true;
  return s;
}

const sameStyle = (a: Run, b: Run) => JSON.stringify({ ...a, text: '' }) === JSON.stringify({ ...b, text: '' });

/** Collects a paragraph's runs: HTML whitespace collapses to one space; <br> is a line break. */
class RunCollector {
  readonly runs: Run[] = [];

  add(text: string, style: RunStyle): void {
    const last = this.runs[this.runs.length - 1];
    const run: Run = { ...style, text };
    if (last && sameStyle(last, run)) last.text += text;
    else this.runs.push(run);
  }

  /** The runs with collapsed spaces and no space at the start or end of a line. */
  finish(): Run[] {
    for (const r of this.runs) r.text = r.text.replace(/[ \t\r\n\f]+/g, ' ').replace(/\u2028/g, '\n');
    const all = this.runs;
    for (let i = 0; i < all.length; i++) {
      const prevEnd = i === 0 ? '\n' : all[i - 1].text.slice(-1);
      if (prevEnd === '\n' || prevEnd === ' ') all[i].text = all[i].text.replace(/^ /, '');
      all[i].text = all[i].text.replace(/ \n/g, '\n').replace(/\n /g, '\n');
    }
    if (all.length) all[all.length - 1].text = all[all.length - 1].text.replace(/ $/, '');
    return all.filter((r) => r.text !== '');
  }
}

function collectInline(nodes: HtmlNode[], style: RunStyle, out: RunCollector): void {
  for (const node of nodes) {
    if (node.type === 'text') out.add(node.data ?? '', style);
    else if (node.type === 'tag' && node.name === 'br') out.add('\u2028', style);
    else if (node.type === 'tag' && !SKIPPED.has(node.name ?? '')) collectInline(node.children ?? [], inlineStyle(node, style), out);
  }
}

function paragraph(nodes: HtmlNode[], style: RunStyle, heading: string = ParagraphHeading.NORMAL): ParagraphModel {
  const c = new RunCollector();
  collectInline(nodes, style, c);
  return { kind: 'paragraph', heading, runs: c.finish() };
}

class Importer {
  private lists = 0;

  blocks(nodes: HtmlNode[], style: RunStyle): BlockModel[] {
    const out: BlockModel[] = [];
    let loose: HtmlNode[] = [];
    const flush = () => {
      if (loose.some((n) => n.type !== 'text' || (n.data ?? '').trim() !== '')) out.push(paragraph(loose, style));
      loose = [];
    };
    for (const node of nodes) {
      const name = node.type === 'tag' ? (node.name ?? '') : '';
      if (node.type === 'tag' && SKIPPED.has(name)) continue;
      if (!BLOCKS.has(name)) {
        if (node.type === 'tag' && ['html', 'body', 'main', 'span'].includes(name) && this.hasBlocks(node)) {
          flush();
          out.push(...this.blocks(node.children ?? [], inlineStyle(node, style)));
        } else if (node.type === 'text' || node.type === 'tag') loose.push(node);
        continue;
      }
      flush();
      out.push(...this.block(node, style));
    }
    flush();
    return out;
  }

  private hasBlocks(node: HtmlNode): boolean {
    return (node.children ?? []).some((c) => c.type === 'tag' && (BLOCKS.has(c.name ?? '') || this.hasBlocks(c)));
  }

  private block(node: HtmlNode, inherited: RunStyle): BlockModel[] {
    const name = node.name ?? '';
    const style = inlineStyle(node, inherited);
    if (name === 'ul' || name === 'ol') return this.list(node, style, 0, name === 'ol' ? GlyphType.NUMBER : GlyphType.BULLET);
    if (name === 'table') return [this.table(node, style)];
    if (name === 'hr') return [{ kind: 'paragraph', heading: ParagraphHeading.NORMAL, runs: [], inline: 'hr' }];
    if (this.hasBlocks(node)) return this.blocks(node.children ?? [], style);
    const p = paragraph(node.children ?? [], style, HEADINGS[name] ?? ParagraphHeading.NORMAL);
    if (/always|page/.test(styleOf(node)['page-break-before'] ?? '') || styleOf(node)['break-before'] === 'page') {
      // The break comes first: a paragraph of its own holding the page break, then the text, if any.
      const brk: ParagraphModel = { kind: 'paragraph', heading: ParagraphHeading.NORMAL, runs: [], inline: 'pageBreak' };
      return p.runs.length ? [brk, p] : [brk];
    }
    return [p];
  }

  private list(node: HtmlNode, style: RunStyle, nesting: number, glyph: string): BlockModel[] {
    const listId = `imported-list-${++this.lists}`;
    const out: BlockModel[] = [];
    for (const li of node.children ?? []) {
      if (li.type !== 'tag' || li.name !== 'li') continue;
      const inner = li.children ?? [];
      const nested = inner.filter((c) => c.type === 'tag' && (c.name === 'ul' || c.name === 'ol'));
      const text = paragraph(inner.filter((c) => !nested.includes(c)), inlineStyle(li, style));
      const item: ListItemModel = { kind: 'listItem', heading: ParagraphHeading.NORMAL, runs: text.runs, glyph, nesting, listId };
      out.push(item);
      for (const n of nested) out.push(...this.list(n, style, Math.min(nesting + 1, 8), n.name === 'ol' ? GlyphType.NUMBER : GlyphType.BULLET));
    }
    return out;
  }

  private table(node: HtmlNode, style: RunStyle): TableModel {
    const rows: RowModel[] = [];
    const cellWidths: (number | undefined)[][] = [];
    let widths: number[] | undefined;
    const visit = (parent: HtmlNode, header: boolean) => {
      for (const child of parent.children ?? []) {
        if (child.type !== 'tag') continue;
        if (child.name === 'colgroup') {
          const cols = (child.children ?? []).filter((c) => c.type === 'tag' && c.name === 'col').map(percent);
          if (cols.length && cols.every((w) => w !== undefined)) widths = cols as number[];
        } else if (child.name === 'thead') visit(child, true);
        else if (child.name === 'tbody' || child.name === 'tfoot') visit(child, false);
        else if (child.name === 'tr') {
          const { row, widths: w } = this.row(child, style, header);
          rows.push(row);
          cellWidths.push(w);
        }
      }
    };
    visit(node, false);
    // Without a <colgroup>, the first row's cell widths.
    const first = cellWidths[0] ?? [];
    if (!widths && first.length && first.every((w) => w !== undefined)) widths = first as number[];
    return { kind: 'table', rows, ...(widths ? { widths } : {}) };
  }

  private row(tr: HtmlNode, style: RunStyle, header: boolean): { row: RowModel; widths: (number | undefined)[] } {
    const cells: CellModel[] = [];
    const widths: (number | undefined)[] = [];
    for (const td of tr.children ?? []) {
      if (td.type !== 'tag' || (td.name !== 'td' && td.name !== 'th')) continue;
      const children = this.blocks(td.children ?? [], inlineStyle(td, style)).filter((b) => b.kind !== 'table') as CellModel['children'];
      cells.push({ children: children.length ? children : [paragraph([], style)] });
      widths.push(percent(td));
    }
    return { row: { cells, ...(header ? { header: true } : {}) }, widths };
  }
}

/** The Google Doc Drive makes from this HTML: its body (portrait, no footer: see the top of this file). */
export function importHtml(html: string): Omit<DocumentModel, 'id'> {
  const dom = parseDocument(html) as unknown as HtmlNode;
  const body = new Importer().blocks(dom.children ?? [], {});
  // A Google Doc has at least one paragraph.
  return { body: body.length ? body : [{ kind: 'paragraph', heading: ParagraphHeading.NORMAL, runs: [{ text: '' }] }] };
}
