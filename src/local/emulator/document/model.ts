/**
 * The model a document is edited as, and saved as JSON in the sidecar:
 * body → paragraphs, list items, tables → rows → cells. Text formatting lives
 * on runs (ranges of a paragraph's text with one set of attributes), so
 * setBold(start, end, true) and links on part of a paragraph survive into the
 * .docx.
 */
import { ParagraphHeading } from './enums';

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  link?: string | null;
  fontSize?: number;
  fontFamily?: string;
  color?: string;
  background?: string;
  /** Language of the text (BCP 47, e.g. "th"), when the document says so (an imported lang="th"). */
  lang?: string;
}

export interface Run extends RunStyle {
  text: string;
}

export interface ParagraphModel {
  kind: 'paragraph';
  heading: string;
  alignment?: string;
  runs: Run[];
  /** A horizontal rule or page break the paragraph holds (appendHorizontalRule/appendPageBreak). */
  inline?: 'hr' | 'pageBreak';
}

export interface ListItemModel {
  kind: 'listItem';
  heading: string;
  alignment?: string;
  runs: Run[];
  glyph: string;
  nesting: number;
  listId: string;
}

export interface CellModel {
  children: (ParagraphModel | ListItemModel)[];
  background?: string;
}

export interface RowModel {
  cells: CellModel[];
  /** A header row, repeated at the top of each page (an imported <thead> row). */
  header?: boolean;
}

export interface TableModel {
  kind: 'table';
  rows: RowModel[];
  /** Each column's share of the width in percent, when the document gives them (imported <col> widths). */
  widths?: number[];
}

export type BlockModel = ParagraphModel | ListItemModel | TableModel;
export type TextBlock = ParagraphModel | ListItemModel;

/** A piece of a footer: text, or the page-number field (Word's PAGE). */
type FooterPart = { text: string } | { field: 'PAGE' };

/** Page set-up of a document: orientation and a footer on every page. */
export interface PageModel {
  landscape?: boolean;
  footer?: FooterPart[];
}

export interface DocumentModel {
  id: string;
  body: BlockModel[];
  page?: PageModel;
}

/** A deep copy of a model part, for appending a copy of an element (Apps Script appends copies: a child has one parent). */
export function copyModel<T>(model: T): T {
  return JSON.parse(JSON.stringify(model)) as T;
}

export function textOf(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

export function newParagraph(text: string, style: RunStyle = {}): ParagraphModel {
  return { kind: 'paragraph', heading: ParagraphHeading.NORMAL, runs: [{ ...style, text }] };
}

export function blockText(b: BlockModel): string {
  if (b.kind === 'table') return b.rows.map((r) => r.cells.map(cellText).join('\t')).join('\n');
  return textOf(b.runs);
}

export function cellText(c: CellModel): string {
  return c.children.map(blockText).join('\n');
}
