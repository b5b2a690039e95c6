/**
 * DocumentApp: documents are edited in memory as a small model of Google
 * Docs' structure (body → paragraphs, list items, tables → rows → cells), and
 * at commit() each changed document becomes a real .docx (with the `docx`
 * package) at its Drive file's place, plus a JSON copy of the model in the
 * sidecar so a later execution can openById and rewrite it.
 *
 * Text formatting lives on runs (ranges of a paragraph's text with one set of
 * attributes), so setBold(start, end, true) and links on part of a paragraph
 * survive into the .docx.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as docx from 'docx';
import { MimeType, fileRecord, readRegistry, registerFile, rootFolderId, touchFile, updateRegistry } from './drive';
import { readJson, writeJsonAtomic, type ServiceContext } from './state';
import { Blob } from './utilities';

export const ParagraphHeading = {
  NORMAL: 'NORMAL',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
  HEADING4: 'HEADING4',
  HEADING5: 'HEADING5',
  HEADING6: 'HEADING6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
} as const;

export const GlyphType = {
  BULLET: 'BULLET',
  HOLLOW_BULLET: 'HOLLOW_BULLET',
  SQUARE_BULLET: 'SQUARE_BULLET',
  NUMBER: 'NUMBER',
  LATIN_UPPER: 'LATIN_UPPER',
  LATIN_LOWER: 'LATIN_LOWER',
  ROMAN_UPPER: 'ROMAN_UPPER',
  ROMAN_LOWER: 'ROMAN_LOWER',
} as const;

export const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as const;

export const ElementType = {
  BODY_SECTION: 'BODY_SECTION',
  PARAGRAPH: 'PARAGRAPH',
  LIST_ITEM: 'LIST_ITEM',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  TEXT: 'TEXT',
  HORIZONTAL_RULE: 'HORIZONTAL_RULE',
  PAGE_BREAK: 'PAGE_BREAK',
} as const;

export const Attribute = {
  BOLD: 'BOLD',
  ITALIC: 'ITALIC',
  UNDERLINE: 'UNDERLINE',
  STRIKETHROUGH: 'STRIKETHROUGH',
  LINK_URL: 'LINK_URL',
  FONT_SIZE: 'FONT_SIZE',
  FONT_FAMILY: 'FONT_FAMILY',
  FOREGROUND_COLOR: 'FOREGROUND_COLOR',
  BACKGROUND_COLOR: 'BACKGROUND_COLOR',
  HEADING: 'HEADING',
  HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
  GLYPH_TYPE: 'GLYPH_TYPE',
  NESTING_LEVEL: 'NESTING_LEVEL',
} as const;

export const DOCUMENT_MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";
export const DOCUMENT_CLOSED = 'Document is closed, its contents cannot be updated.';

// ---------------------------------------------------------------------------
// The model

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

export interface TableModel {
  kind: 'table';
  rows: { cells: CellModel[] }[];
}

export type BlockModel = ParagraphModel | ListItemModel | TableModel;
type TextBlock = ParagraphModel | ListItemModel;

export interface DocumentModel {
  id: string;
  body: BlockModel[];
}

const STYLE_KEYS: (keyof RunStyle)[] = ['bold', 'italic', 'underline', 'strikethrough', 'link', 'fontSize', 'fontFamily', 'color', 'background'];

function styleOf(run: Run | undefined): RunStyle {
  const s: RunStyle = {};
  if (!run) return s;
  for (const k of STYLE_KEYS) if (run[k] !== undefined) (s as Record<string, unknown>)[k] = run[k];
  return s;
}

function sameStyle(a: Run, b: Run): boolean {
  return STYLE_KEYS.every((k) => (a[k] ?? null) === (b[k] ?? null));
}

function textOf(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

function normalise(runs: Run[]): void {
  for (let i = runs.length - 1; i >= 0; i--) {
    if (runs[i].text === '' && runs.length > 1) runs.splice(i, 1);
    else if (i > 0 && sameStyle(runs[i - 1], runs[i])) {
      runs[i - 1].text += runs[i].text;
      runs.splice(i, 1);
    }
  }
  if (runs.length === 0) runs.push({ text: '' });
}

/** Makes a run boundary at `offset`; returns the index of the run starting there. */
function splitAt(runs: Run[], offset: number): number {
  let pos = 0;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i];
    if (offset === pos) return i;
    if (offset < pos + r.text.length) {
      const cut = offset - pos;
      runs.splice(i + 1, 0, { ...r, text: r.text.slice(cut) });
      r.text = r.text.slice(0, cut);
      return i + 1;
    }
    pos += r.text.length;
  }
  return runs.length;
}

function applyStyle(runs: Run[], start: number, end: number, patch: RunStyle): void {
  if (end <= start) return;
  const a = splitAt(runs, start);
  const b = splitAt(runs, end);
  for (let i = a; i < b; i++) Object.assign(runs[i], patch);
  normalise(runs);
}

function deleteRange(runs: Run[], start: number, end: number): void {
  if (end <= start) return;
  const a = splitAt(runs, start);
  const b = splitAt(runs, end);
  runs.splice(a, b - a);
  normalise(runs);
}

function insertAt(runs: Run[], offset: number, text: string, style?: RunStyle): void {
  const i = splitAt(runs, offset);
  // Inserted text takes the style of the text before it, as typing does.
  const inherit = style ?? styleOf(runs[i - 1] ?? runs[i]);
  runs.splice(i, 0, { ...inherit, text });
  normalise(runs);
}

function styleAt(runs: Run[], offset: number): RunStyle {
  let pos = 0;
  for (const r of runs) {
    if (offset < pos + r.text.length) return styleOf(r);
    pos += r.text.length;
  }
  return styleOf(runs[runs.length - 1]);
}

function newParagraph(text: string, style: RunStyle = {}): ParagraphModel {
  return { kind: 'paragraph', heading: ParagraphHeading.NORMAL, runs: [{ ...style, text }] };
}

function blockText(b: BlockModel): string {
  if (b.kind === 'table') return b.rows.map((r) => r.cells.map(cellText).join('\t')).join('\n');
  return textOf(b.runs);
}

function cellText(c: CellModel): string {
  return c.children.map(blockText).join('\n');
}

// ---------------------------------------------------------------------------
// Attribute maps (setAttributes / getAttributes)

function checkBool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') throw new Error(`Invalid argument: ${what}`);
  return v;
}

function styleFromAttributes(attrs: Record<string, unknown>): RunStyle {
  const s: RunStyle = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    switch (k) {
      case Attribute.BOLD:
        s.bold = v === null ? undefined : checkBool(v, k);
        break;
      case Attribute.ITALIC:
        s.italic = v === null ? undefined : checkBool(v, k);
        break;
      case Attribute.UNDERLINE:
        s.underline = v === null ? undefined : checkBool(v, k);
        break;
      case Attribute.STRIKETHROUGH:
        s.strikethrough = v === null ? undefined : checkBool(v, k);
        break;
      case Attribute.LINK_URL:
        s.link = v === null || v === '' ? null : String(v);
        break;
      case Attribute.FONT_SIZE:
        s.fontSize = v === null ? undefined : Number(v);
        break;
      case Attribute.FONT_FAMILY:
        s.fontFamily = v === null ? undefined : String(v);
        break;
      case Attribute.FOREGROUND_COLOR:
        s.color = v === null ? undefined : checkColor(v);
        break;
      case Attribute.BACKGROUND_COLOR:
        s.background = v === null ? undefined : checkColor(v);
        break;
      default:
        break;
    }
  }
  return s;
}

function attributesOf(style: RunStyle): Record<string, unknown> {
  return {
    [Attribute.BOLD]: style.bold ?? null,
    [Attribute.ITALIC]: style.italic ?? null,
    [Attribute.UNDERLINE]: style.underline ?? null,
    [Attribute.STRIKETHROUGH]: style.strikethrough ?? null,
    [Attribute.LINK_URL]: style.link ?? null,
    [Attribute.FONT_SIZE]: style.fontSize ?? null,
    [Attribute.FONT_FAMILY]: style.fontFamily ?? null,
    [Attribute.FOREGROUND_COLOR]: style.color ?? null,
    [Attribute.BACKGROUND_COLOR]: style.background ?? null,
  };
}

function checkColor(v: unknown): string {
  if (typeof v !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(v)) throw new Error(`Invalid argument: color (expected #rrggbb, got ${String(v)})`);
  return v;
}

function checkEnum(v: unknown, values: Record<string, string>, what: string): string {
  if (!Object.values(values).includes(v as string)) throw new Error(`Invalid argument: ${what} (${String(v)})`);
  return v as string;
}

// ---------------------------------------------------------------------------
// Element wrappers

/** One open document of this execution. */
export class DocState {
  dirty = false;
  closed = false;

  constructor(
    readonly ctx: ServiceContext,
    readonly model: DocumentModel,
  ) {}

  edit(): void {
    if (this.closed) throw new Error(DOCUMENT_CLOSED);
    this.dirty = true;
  }

  read(): void {
    if (this.closed) throw new Error(DOCUMENT_CLOSED);
  }
}

type Container = { children: BlockModel[] } | { children: TextBlock[] };

/** A view of a paragraph's text: the whole of it, or the part one appendText added. */
export class Text {
  readonly gasType = 'Text';

  constructor(
    private readonly doc: DocState,
    private readonly block: TextBlock,
    private readonly start = 0,
    private readonly length: number | null = null,
  ) {}

  private end(): number {
    const total = textOf(this.block.runs).length;
    return this.length === null ? total : Math.min(total, this.start + this.length);
  }

  /** (start, endInclusive, value) or (value): the range in paragraph offsets. */
  private range(args: unknown[], method: string): [number, number, unknown] {
    if (args.length === 1) return [this.start, this.end(), args[0]];
    if (args.length === 3) {
      const [s, e, v] = args;
      const len = this.end() - this.start;
      if (typeof s !== 'number' || typeof e !== 'number' || !Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e < s || e >= len) {
        throw new Error(`Invalid argument: Text.${method} offsets ${String(s)}..${String(e)} are outside the text (length ${len}).`);
      }
      return [this.start + s, this.start + e + 1, v];
    }
    throw new Error(`The parameters don't match the method signature for Text.${method}.`);
  }

  private style(args: unknown[], method: string, patch: (v: unknown) => RunStyle): Text {
    this.doc.edit();
    const [s, e, v] = this.range(args, method);
    applyStyle(this.block.runs, s, e, patch(v));
    return this;
  }

  getText(): string {
    this.doc.read();
    return textOf(this.block.runs).slice(this.start, this.end());
  }

  setText(text: string): Text {
    this.doc.edit();
    const style = styleAt(this.block.runs, this.start);
    deleteRange(this.block.runs, this.start, this.end());
    insertAt(this.block.runs, this.start, String(text ?? ''), style);
    return this;
  }

  appendText(text: string): Text {
    this.doc.edit();
    const at = this.end();
    insertAt(this.block.runs, at, String(text ?? ''));
    return new Text(this.doc, this.block, at, String(text ?? '').length);
  }

  insertText(offset: number, text: string): Text {
    this.doc.edit();
    const len = this.end() - this.start;
    if (typeof offset !== 'number' || offset < 0 || offset > len) throw new Error('Invalid argument: offset');
    insertAt(this.block.runs, this.start + offset, String(text ?? ''));
    return this;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    this.doc.edit();
    const [s, e] = this.range([startOffset, endOffsetInclusive, null], 'deleteText');
    deleteRange(this.block.runs, s, e);
    return this;
  }

  setBold(...args: unknown[]): Text {
    return this.style(args, 'setBold', (v) => ({ bold: v === null ? undefined : checkBool(v, 'bold') }));
  }

  setItalic(...args: unknown[]): Text {
    return this.style(args, 'setItalic', (v) => ({ italic: v === null ? undefined : checkBool(v, 'italic') }));
  }

  setUnderline(...args: unknown[]): Text {
    return this.style(args, 'setUnderline', (v) => ({ underline: v === null ? undefined : checkBool(v, 'underline') }));
  }

  setStrikethrough(...args: unknown[]): Text {
    return this.style(args, 'setStrikethrough', (v) => ({ strikethrough: v === null ? undefined : checkBool(v, 'strikethrough') }));
  }

  setLinkUrl(...args: unknown[]): Text {
    return this.style(args, 'setLinkUrl', (v) => ({ link: v === null || v === '' ? null : String(v) }));
  }

  setFontSize(...args: unknown[]): Text {
    return this.style(args, 'setFontSize', (v) => {
      if (typeof v !== 'number' || v <= 0) throw new Error('Invalid argument: size');
      return { fontSize: v };
    });
  }

  setFontFamily(...args: unknown[]): Text {
    return this.style(args, 'setFontFamily', (v) => ({ fontFamily: String(v) }));
  }

  setForegroundColor(...args: unknown[]): Text {
    return this.style(args, 'setForegroundColor', (v) => ({ color: checkColor(v) }));
  }

  setBackgroundColor(...args: unknown[]): Text {
    return this.style(args, 'setBackgroundColor', (v) => ({ background: checkColor(v) }));
  }

  setAttributes(...args: unknown[]): Text {
    return this.style(args, 'setAttributes', (v) => {
      if (!v || typeof v !== 'object') throw new Error('Invalid argument: attributes');
      return styleFromAttributes(v as Record<string, unknown>);
    });
  }

  getAttributes(offset?: number): Record<string, unknown> {
    this.doc.read();
    return attributesOf(styleAt(this.block.runs, this.start + (offset ?? 0)));
  }

  isBold(offset?: number): boolean | null {
    return styleAt(this.block.runs, this.start + (offset ?? 0)).bold ?? null;
  }

  isItalic(offset?: number): boolean | null {
    return styleAt(this.block.runs, this.start + (offset ?? 0)).italic ?? null;
  }

  getLinkUrl(offset?: number): string | null {
    return styleAt(this.block.runs, this.start + (offset ?? 0)).link ?? null;
  }

  getTextAttributeIndices(): number[] {
    const out: number[] = [];
    let pos = 0;
    for (const r of this.block.runs) {
      if (pos >= this.start && pos < this.end()) out.push(pos - this.start);
      pos += r.text.length;
    }
    return out.length ? out : [0];
  }

  getType(): string {
    return ElementType.TEXT;
  }
}

function wrapBlock(doc: DocState, parent: Container, block: BlockModel): Paragraph | ListItem | Table {
  if (block.kind === 'paragraph') return new Paragraph(doc, parent, block);
  if (block.kind === 'listItem') return new ListItem(doc, parent, block);
  return new Table(doc, parent, block);
}

function removeFrom(parent: Container, block: BlockModel): void {
  const list = parent.children as BlockModel[];
  const i = list.indexOf(block);
  if (i < 0) throw new Error('Element does not contain the specified child element.');
  // A body or cell always keeps one paragraph, as in Google Docs.
  if (list.length === 1) throw new Error("Can't remove the last paragraph in a document section.");
  list.splice(i, 1);
}

abstract class TextBlockElement<M extends TextBlock> {
  abstract readonly gasType: string;

  constructor(
    protected readonly doc: DocState,
    protected readonly parent: Container,
    readonly _model: M,
  ) {}

  getText(): string {
    this.doc.read();
    return textOf(this._model.runs);
  }

  setText(text: string): this {
    this.editAsText().setText(text);
    return this;
  }

  appendText(text: string): Text {
    return this.editAsText().appendText(text);
  }

  editAsText(): Text {
    this.doc.read();
    return new Text(this.doc, this._model);
  }

  setHeading(heading: string): this {
    this.doc.edit();
    this._model.heading = checkEnum(heading, ParagraphHeading, 'heading');
    return this;
  }

  getHeading(): string {
    return this._model.heading;
  }

  setAlignment(alignment: string): this {
    this.doc.edit();
    this._model.alignment = checkEnum(alignment, HorizontalAlignment, 'alignment');
    return this;
  }

  getAlignment(): string | null {
    return this._model.alignment ?? null;
  }

  setLinkUrl(url: string | null): this {
    this.editAsText().setLinkUrl(url);
    return this;
  }

  getLinkUrl(): string | null {
    return styleAt(this._model.runs, 0).link ?? null;
  }

  setAttributes(attributes: Record<string, unknown>): this {
    this.doc.edit();
    if (!attributes || typeof attributes !== 'object') throw new Error('Invalid argument: attributes');
    if (attributes[Attribute.HEADING] != null) this._model.heading = checkEnum(attributes[Attribute.HEADING], ParagraphHeading, 'HEADING');
    if (attributes[Attribute.HORIZONTAL_ALIGNMENT] != null) {
      this._model.alignment = checkEnum(attributes[Attribute.HORIZONTAL_ALIGNMENT], HorizontalAlignment, 'HORIZONTAL_ALIGNMENT');
    }
    this.applyBlockAttributes(attributes);
    const style = styleFromAttributes(attributes);
    if (Object.keys(style).length) applyStyle(this._model.runs, 0, textOf(this._model.runs).length, style);
    return this;
  }

  protected applyBlockAttributes(_attributes: Record<string, unknown>): void {}

  getAttributes(): Record<string, unknown> {
    return {
      ...attributesOf(styleAt(this._model.runs, 0)),
      [Attribute.HEADING]: this._model.heading,
      [Attribute.HORIZONTAL_ALIGNMENT]: this._model.alignment ?? null,
    };
  }

  /** Spacing and indents do not change what LO Desk's documents say; accepted and not kept. */
  setSpacingBefore(_n: number): this {
    this.doc.edit();
    return this;
  }

  setSpacingAfter(_n: number): this {
    this.doc.edit();
    return this;
  }

  setLineSpacing(_n: number): this {
    this.doc.edit();
    return this;
  }

  setIndentStart(_n: number): this {
    this.doc.edit();
    return this;
  }

  setIndentFirstLine(_n: number): this {
    this.doc.edit();
    return this;
  }

  getNumChildren(): number {
    return textOf(this._model.runs) === '' ? 0 : 1;
  }

  removeFromParent(): this {
    this.doc.edit();
    removeFrom(this.parent, this._model);
    return this;
  }

  isAtDocumentEnd(): boolean {
    const list = this.parent.children as BlockModel[];
    return list[list.length - 1] === this._model;
  }

  asTable(): Table {
    throw new Error(`Cannot cast ${this.gasType} to Table.`);
  }
}

export class Paragraph extends TextBlockElement<ParagraphModel> {
  readonly gasType = 'Paragraph';

  getType(): string {
    return ElementType.PARAGRAPH;
  }

  asParagraph(): Paragraph {
    return this;
  }

  asListItem(): ListItem {
    throw new Error('Cannot cast Paragraph to ListItem.');
  }

  appendHorizontalRule(): HorizontalRule {
    this.doc.edit();
    this._model.inline = 'hr';
    return new HorizontalRule(this._model);
  }

  appendPageBreak(): PageBreak {
    this.doc.edit();
    this._model.inline = 'pageBreak';
    return new PageBreak(this._model);
  }
}

export class ListItem extends TextBlockElement<ListItemModel> {
  readonly gasType = 'ListItem';

  getType(): string {
    return ElementType.LIST_ITEM;
  }

  asListItem(): ListItem {
    return this;
  }

  asParagraph(): Paragraph {
    throw new Error('Cannot cast ListItem to Paragraph.');
  }

  setGlyphType(glyphType: string): ListItem {
    this.doc.edit();
    this._model.glyph = checkEnum(glyphType, GlyphType, 'glyphType');
    return this;
  }

  getGlyphType(): string {
    return this._model.glyph;
  }

  setNestingLevel(nestingLevel: number): ListItem {
    this.doc.edit();
    if (typeof nestingLevel !== 'number' || !Number.isInteger(nestingLevel) || nestingLevel < 0 || nestingLevel > 8) {
      throw new Error('Invalid argument: nestingLevel (0 to 8)');
    }
    this._model.nesting = nestingLevel;
    return this;
  }

  getNestingLevel(): number {
    return this._model.nesting;
  }

  getListId(): string {
    return this._model.listId;
  }

  setListId(listItem: ListItem): ListItem {
    this.doc.edit();
    if (!listItem || typeof listItem.getListId !== 'function') throw new Error('Invalid argument: listItem');
    this._model.listId = listItem.getListId();
    return this;
  }

  protected override applyBlockAttributes(attributes: Record<string, unknown>): void {
    if (attributes[Attribute.GLYPH_TYPE] != null) this._model.glyph = checkEnum(attributes[Attribute.GLYPH_TYPE], GlyphType, 'GLYPH_TYPE');
    if (attributes[Attribute.NESTING_LEVEL] != null) this.setNestingLevel(attributes[Attribute.NESTING_LEVEL] as number);
  }
}

export class HorizontalRule {
  readonly gasType = 'HorizontalRule';

  constructor(readonly _paragraph: ParagraphModel) {}

  getType(): string {
    return ElementType.HORIZONTAL_RULE;
  }
}

export class PageBreak {
  readonly gasType = 'PageBreak';

  constructor(readonly _paragraph: ParagraphModel) {}

  getType(): string {
    return ElementType.PAGE_BREAK;
  }
}

function newListId(): string {
  return `kix.${Math.random().toString(36).slice(2, 14)}`;
}

/** What Body and TableCell share: a list of paragraphs and list items (and, in a body, tables). */
abstract class BlockContainer {
  constructor(
    protected readonly doc: DocState,
    protected readonly holder: { children: BlockModel[] },
  ) {}

  protected add<T extends BlockModel>(block: T): T {
    this.doc.edit();
    this.holder.children.push(block);
    return block;
  }

  protected paragraphFrom(arg: unknown): ParagraphModel {
    if (arg instanceof Paragraph) return JSON.parse(JSON.stringify(arg._model)) as ParagraphModel;
    return newParagraph(arg === undefined || arg === null ? '' : String(arg));
  }

  appendParagraph(textOrParagraph: string | Paragraph): Paragraph {
    return new Paragraph(this.doc, this.holder, this.add(this.paragraphFrom(textOrParagraph)));
  }

  insertParagraph(childIndex: number, textOrParagraph: string | Paragraph): Paragraph {
    this.doc.edit();
    if (typeof childIndex !== 'number' || childIndex < 0 || childIndex > this.holder.children.length) {
      throw new Error('Child index (' + String(childIndex) + ') must be less than or equal to the number of child elements (' + this.holder.children.length + ').');
    }
    const p = this.paragraphFrom(textOrParagraph);
    this.holder.children.splice(childIndex, 0, p);
    return new Paragraph(this.doc, this.holder, p);
  }

  appendListItem(textOrItem: string | ListItem): ListItem {
    if (textOrItem instanceof ListItem) {
      const copy = JSON.parse(JSON.stringify(textOrItem._model)) as ListItemModel;
      return new ListItem(this.doc, this.holder, this.add(copy));
    }
    // Consecutive list items form one list, as typing them in Docs does.
    const prev = this.holder.children[this.holder.children.length - 1];
    const prevItem = prev && prev.kind === 'listItem' ? prev : null;
    const item: ListItemModel = {
      kind: 'listItem',
      heading: ParagraphHeading.NORMAL,
      runs: [{ text: textOrItem === undefined || textOrItem === null ? '' : String(textOrItem) }],
      glyph: prevItem?.glyph ?? GlyphType.BULLET,
      nesting: 0,
      listId: prevItem?.listId ?? newListId(),
    };
    return new ListItem(this.doc, this.holder, this.add(item));
  }

  getNumChildren(): number {
    this.doc.read();
    return this.holder.children.length;
  }

  getChild(childIndex: number): Paragraph | ListItem | Table {
    this.doc.read();
    const block = this.holder.children[childIndex];
    if (!block) throw new Error(`Child index (${String(childIndex)}) must be less than the number of child elements (${this.holder.children.length}).`);
    return wrapBlock(this.doc, this.holder, block);
  }

  getChildIndex(child: { _model: BlockModel }): number {
    const i = this.holder.children.indexOf(child?._model);
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    return i;
  }

  removeChild(child: { _model: BlockModel }): this {
    this.doc.edit();
    removeFrom(this.holder, child?._model);
    return this;
  }

  getText(): string {
    this.doc.read();
    return this.holder.children.map(blockText).join('\n');
  }

  setText(text: string): this {
    this.doc.edit();
    this.holder.children.splice(0, this.holder.children.length, newParagraph(String(text ?? '')));
    return this;
  }

  getParagraphs(): Paragraph[] {
    return this.holder.children.filter((b): b is ParagraphModel => b.kind === 'paragraph').map((b) => new Paragraph(this.doc, this.holder, b));
  }

  getListItems(): ListItem[] {
    return this.holder.children.filter((b): b is ListItemModel => b.kind === 'listItem').map((b) => new ListItem(this.doc, this.holder, b));
  }

  /** Replaces every match of a regular expression (Apps Script's RE2 syntax is close to JS's here). */
  replaceText(searchPattern: string, replacement: string): this {
    this.doc.edit();
    let re: RegExp;
    try {
      re = new RegExp(String(searchPattern), 'g');
    } catch {
      throw new Error(`Invalid argument: searchPattern (${String(searchPattern)})`);
    }
    const visit = (b: BlockModel) => {
      if (b.kind === 'table') {
        for (const row of b.rows) for (const cell of row.cells) cell.children.forEach(visit);
        return;
      }
      const text = textOf(b.runs);
      const matches = [...text.matchAll(re)].filter((m) => m[0] !== '');
      for (const m of matches.reverse()) {
        const at = m.index ?? 0;
        const style = styleAt(b.runs, at);
        deleteRange(b.runs, at, at + m[0].length);
        insertAt(b.runs, at, String(replacement ?? ''), style);
      }
    };
    this.holder.children.forEach(visit);
    return this;
  }
}

export class Body extends BlockContainer {
  readonly gasType = 'Body';

  appendTable(cells?: unknown[][] | Table): Table {
    let model: TableModel;
    if (cells instanceof Table) model = JSON.parse(JSON.stringify(cells._model)) as TableModel;
    else if (cells === undefined || cells === null) model = { kind: 'table', rows: [] };
    else {
      if (!Array.isArray(cells) || !cells.every((row) => Array.isArray(row))) throw new Error('Invalid argument: cells (an array of rows of text)');
      model = { kind: 'table', rows: cells.map((row) => ({ cells: row.map((c) => ({ children: [newParagraph(c === null || c === undefined ? '' : String(c))] })) })) };
    }
    return new Table(this.doc, this.holder, this.add(model));
  }

  appendHorizontalRule(): HorizontalRule {
    const p = this.add(newParagraph(''));
    p.inline = 'hr';
    return new HorizontalRule(p);
  }

  appendPageBreak(): PageBreak {
    const p = this.add(newParagraph(''));
    p.inline = 'pageBreak';
    return new PageBreak(p);
  }

  /** Empties the body; like Docs, one empty paragraph always remains. */
  clear(): Body {
    this.doc.edit();
    this.holder.children.splice(0, this.holder.children.length, newParagraph(''));
    return this;
  }

  getTables(): Table[] {
    return this.holder.children.filter((b): b is TableModel => b.kind === 'table').map((b) => new Table(this.doc, this.holder, b));
  }

  editAsText(): Text {
    throw new Error('Body.editAsText is not supported by the emulator: edit paragraphs one by one.');
  }

  getType(): string {
    return ElementType.BODY_SECTION;
  }

  /** Page margins do not change what LO Desk's documents say; accepted and not kept. */
  setMarginTop(_n: number): Body {
    return this;
  }

  setMarginBottom(_n: number): Body {
    return this;
  }

  setMarginLeft(_n: number): Body {
    return this;
  }

  setMarginRight(_n: number): Body {
    return this;
  }
}

export class TableCell extends BlockContainer {
  readonly gasType = 'TableCell';

  constructor(
    doc: DocState,
    readonly _model: CellModel,
  ) {
    super(doc, _model as { children: BlockModel[] });
  }

  override setText(text: string): this {
    this.doc.edit();
    const style = this._model.children[0] ? styleAt(this._model.children[0].runs, 0) : {};
    this._model.children.splice(0, this._model.children.length, newParagraph(String(text ?? ''), style));
    return this;
  }

  editAsText(): Text {
    this.doc.read();
    const first = this._model.children[0];
    if (!first) throw new Error('This cell has no text to edit.');
    return new Text(this.doc, first);
  }

  setBackgroundColor(color: string): TableCell {
    this.doc.edit();
    this._model.background = checkColor(color);
    return this;
  }

  getBackgroundColor(): string | null {
    return this._model.background ?? null;
  }

  getType(): string {
    return ElementType.TABLE_CELL;
  }
}

export class TableRow {
  readonly gasType = 'TableRow';

  constructor(
    private readonly doc: DocState,
    readonly _model: { cells: CellModel[] },
  ) {}

  appendTableCell(text?: string): TableCell {
    this.doc.edit();
    const cell: CellModel = { children: [newParagraph(text === undefined || text === null ? '' : String(text))] };
    this._model.cells.push(cell);
    return new TableCell(this.doc, cell);
  }

  getNumCells(): number {
    return this._model.cells.length;
  }

  getCell(cellIndex: number): TableCell {
    const cell = this._model.cells[cellIndex];
    if (!cell) throw new Error(`Child index (${String(cellIndex)}) must be less than the number of child elements (${this._model.cells.length}).`);
    return new TableCell(this.doc, cell);
  }

  getText(): string {
    return this._model.cells.map(cellText).join('\t');
  }

  /** The row's text as one editable Text; whole-row styling (no offsets) applies to every cell. */
  editAsText(): RowText {
    return new RowText(this._model.cells.map((c) => new TableCell(this.doc, c)));
  }

  getType(): string {
    return ElementType.TABLE_ROW;
  }
}

/** TableRow.editAsText(): styles applied without offsets reach every cell of the row. */
export class RowText {
  readonly gasType = 'Text';

  constructor(private readonly cells: TableCell[]) {}

  private each(method: 'setBold' | 'setItalic' | 'setUnderline', args: unknown[]): RowText {
    if (args.length !== 1) throw new Error(`RowText.${method}: only whole-row styling (one argument) is emulated.`);
    for (const c of this.cells) (c.editAsText() as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args);
    return this;
  }

  setBold(...args: unknown[]): RowText {
    return this.each('setBold', args);
  }

  setItalic(...args: unknown[]): RowText {
    return this.each('setItalic', args);
  }

  setUnderline(...args: unknown[]): RowText {
    return this.each('setUnderline', args);
  }

  getText(): string {
    return this.cells.map((c) => c.getText()).join('\t');
  }
}

export class Table {
  readonly gasType = 'Table';

  constructor(
    private readonly doc: DocState,
    private readonly parent: Container,
    readonly _model: TableModel,
  ) {}

  appendTableRow(): TableRow {
    this.doc.edit();
    const row = { cells: [] as CellModel[] };
    this._model.rows.push(row);
    return new TableRow(this.doc, row);
  }

  getNumRows(): number {
    return this._model.rows.length;
  }

  getRow(rowIndex: number): TableRow {
    const row = this._model.rows[rowIndex];
    if (!row) throw new Error(`Child index (${String(rowIndex)}) must be less than the number of child elements (${this._model.rows.length}).`);
    return new TableRow(this.doc, row);
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }

  removeRow(rowIndex: number): TableRow {
    const row = this.getRow(rowIndex);
    this.doc.edit();
    this._model.rows.splice(rowIndex, 1);
    return row;
  }

  getText(): string {
    return blockText(this._model);
  }

  getType(): string {
    return ElementType.TABLE;
  }

  /** Borders and column widths are left to Word's defaults; accepted and not kept. */
  setBorderWidth(_w: number): Table {
    return this;
  }

  setBorderColor(_c: string): Table {
    return this;
  }

  setColumnWidth(_i: number, _w: number): Table {
    return this;
  }

  asTable(): Table {
    return this;
  }

  asParagraph(): Paragraph {
    throw new Error('Cannot cast Table to Paragraph.');
  }

  asListItem(): ListItem {
    throw new Error('Cannot cast Table to ListItem.');
  }

  removeFromParent(): Table {
    this.doc.edit();
    removeFrom(this.parent, this._model);
    return this;
  }
}

export class Document {
  readonly gasType = 'Document';

  constructor(private readonly state: DocState) {}

  getId(): string {
    return this.state.model.id;
  }

  getName(): string {
    const rec = fileRecord(this.state.ctx, this.state.model.id);
    if (!rec) throw new Error(DOCUMENT_MISSING);
    return rec.name;
  }

  setName(name: string): Document {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Invalid argument: name');
    const id = this.state.model.id;
    updateRegistry(this.state.ctx, (r) => {
      const f = r.files[id];
      if (!f) throw new Error(DOCUMENT_MISSING);
      f.name = name;
    });
    this.state.edit();
    return this;
  }

  getUrl(): string {
    const rec = fileRecord(this.state.ctx, this.state.model.id);
    if (!rec) throw new Error(DOCUMENT_MISSING);
    // Like Google's /document/d/<id>/edit, the URL names the id as well as the place.
    return `${pathToFileURL(rec.path).href}#id=${encodeURIComponent(this.state.model.id)}`;
  }

  getBody(): Body {
    this.state.read();
    // The holder shares the model's array: edits splice it, never replace it.
    return new Body(this.state, { children: this.state.model.body });
  }

  /** Apps Script writes the document now; locally the .docx is written at the end of the execution. */
  saveAndClose(): void {
    this.state.closed = true;
  }

  getBlob(): Blob {
    throw new Error('Document.getBlob (a PDF in Apps Script) is not available in the emulator; use the Drive file of the .docx after the execution.');
  }
}

// ---------------------------------------------------------------------------
// .docx output

const HEADING_LEVEL: Record<string, (typeof docx.HeadingLevel)[keyof typeof docx.HeadingLevel] | undefined> = {
  TITLE: docx.HeadingLevel.TITLE,
  HEADING1: docx.HeadingLevel.HEADING_1,
  HEADING2: docx.HeadingLevel.HEADING_2,
  HEADING3: docx.HeadingLevel.HEADING_3,
  HEADING4: docx.HeadingLevel.HEADING_4,
  HEADING5: docx.HeadingLevel.HEADING_5,
  HEADING6: docx.HeadingLevel.HEADING_6,
};

const ALIGNMENT: Record<string, (typeof docx.AlignmentType)[keyof typeof docx.AlignmentType]> = {
  LEFT: docx.AlignmentType.LEFT,
  CENTER: docx.AlignmentType.CENTER,
  RIGHT: docx.AlignmentType.RIGHT,
  JUSTIFY: docx.AlignmentType.JUSTIFIED,
};

const GLYPH_FORMAT: Record<string, { format: (typeof docx.LevelFormat)[keyof typeof docx.LevelFormat]; text: (level: number) => string }> = {
  BULLET: { format: docx.LevelFormat.BULLET, text: () => '\u2022' },
  HOLLOW_BULLET: { format: docx.LevelFormat.BULLET, text: () => '\u25e6' },
  SQUARE_BULLET: { format: docx.LevelFormat.BULLET, text: () => '\u25aa' },
  NUMBER: { format: docx.LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
  LATIN_UPPER: { format: docx.LevelFormat.UPPER_LETTER, text: (l) => `%${l + 1}.` },
  LATIN_LOWER: { format: docx.LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1}.` },
  ROMAN_UPPER: { format: docx.LevelFormat.UPPER_ROMAN, text: (l) => `%${l + 1}.` },
  ROMAN_LOWER: { format: docx.LevelFormat.LOWER_ROMAN, text: (l) => `%${l + 1}.` },
};

function textRuns(run: Run, extra: { style?: string } = {}): docx.TextRun[] {
  // A line break inside a paragraph's text is a soft break in Docs.
  return run.text.split(/\r\n|\r|\n/).map(
    (part, i) =>
      new docx.TextRun({
        text: part,
        break: i > 0 ? 1 : undefined,
        bold: run.bold,
        italics: run.italic,
        underline: run.underline || run.link ? {} : undefined,
        strike: run.strikethrough,
        size: run.fontSize ? Math.round(run.fontSize * 2) : undefined,
        font: run.fontFamily,
        color: run.color ? run.color.slice(1) : run.link ? '1155CC' : undefined,
        shading: run.background ? { type: docx.ShadingType.CLEAR, color: 'auto', fill: run.background.slice(1) } : undefined,
        ...extra,
      }),
  );
}

function paragraphChildren(runs: Run[]): docx.ParagraphChild[] {
  const out: docx.ParagraphChild[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    if (run.link) out.push(new docx.ExternalHyperlink({ link: run.link, children: textRuns(run) }));
    else out.push(...textRuns(run));
  }
  return out;
}

function toDocxParagraph(b: TextBlock, listInstances: Map<string, number>): docx.Paragraph {
  const children = paragraphChildren(b.runs);
  const common = {
    heading: HEADING_LEVEL[b.heading],
    style: b.heading === ParagraphHeading.SUBTITLE ? 'Subtitle' : undefined,
    alignment: b.alignment ? ALIGNMENT[b.alignment] : undefined,
  };
  if (b.kind === 'listItem') {
    let instance = listInstances.get(b.listId);
    if (instance === undefined) {
      instance = listInstances.size + 1;
      listInstances.set(b.listId, instance);
    }
    return new docx.Paragraph({ ...common, children, numbering: { reference: `glyph-${b.glyph}`, level: b.nesting, instance } });
  }
  if (b.inline === 'pageBreak') return new docx.Paragraph({ ...common, children: [...children, new docx.PageBreak()] });
  if (b.inline === 'hr') {
    return new docx.Paragraph({ ...common, children, border: { bottom: { style: docx.BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } } });
  }
  return new docx.Paragraph({ ...common, children });
}

function toDocxBlocks(blocks: BlockModel[], listInstances: Map<string, number>): (docx.Paragraph | docx.Table)[] {
  return blocks.map((b) => {
    if (b.kind !== 'table') return toDocxParagraph(b, listInstances);
    const width = Math.max(1, ...b.rows.map((r) => r.cells.length));
    return new docx.Table({
      width: { size: 100, type: docx.WidthType.PERCENTAGE },
      rows: (b.rows.length ? b.rows : [{ cells: [{ children: [newParagraph('')] }] }]).map(
        (row) =>
          new docx.TableRow({
            children: (row.cells.length ? row.cells : [{ children: [newParagraph('')] }]).map(
              (cell) =>
                new docx.TableCell({
                  width: { size: Math.floor(100 / width), type: docx.WidthType.PERCENTAGE },
                  shading: cell.background ? { type: docx.ShadingType.CLEAR, color: 'auto', fill: cell.background.slice(1) } : undefined,
                  // A cell needs at least one paragraph.
                  children: cell.children.length ? toDocxBlocks(cell.children, listInstances) : [new docx.Paragraph('')],
                }),
          ),
          }),
      ),
    });
  });
}

/** The .docx bytes of a document model. */
export async function renderDocx(model: DocumentModel, title: string): Promise<Buffer> {
  const listInstances = new Map<string, number>();
  const children = toDocxBlocks(model.body, listInstances);
  const document = new docx.Document({
    title,
    creator: 'LO Desk',
    styles: {
      paragraphStyles: [{ id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 30, color: '666666' } }],
    },
    numbering: {
      config: Object.entries(GLYPH_FORMAT).map(([glyph, f]) => ({
        reference: `glyph-${glyph}`,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: f.format,
          text: f.text(level),
          alignment: docx.AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      })),
    },
    sections: [{ children }],
  });
  return docx.Packer.toBuffer(document);
}

// ---------------------------------------------------------------------------

function modelPath(ctx: ServiceContext, id: string): string {
  return path.join(ctx.paths.documents, `${id}.json`);
}

export class DocumentApp {
  readonly gasType = 'DocumentApp';
  readonly ParagraphHeading = ParagraphHeading;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ElementType = ElementType;
  readonly Attribute = Attribute;
  /** Documents opened or created in this execution, by id (openById twice gives one document). */
  readonly open = new Map<string, DocState>();
  /** .docx files the last commit() wrote. */
  readonly written: string[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  create(name: string): Document {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Invalid argument: name');
    // Made by this project, so the drive.file scope (advanced Drive service) may see and move it.
    const rec = registerFile(this.ctx, rootFolderId(this.ctx), name, MimeType.GOOGLE_DOCS, undefined, { app: true });
    // A new Google Doc starts with one empty paragraph.
    const s = new DocState(this.ctx, { id: rec.id, body: [newParagraph('')] });
    s.dirty = true;
    this.open.set(rec.id, s);
    return new Document(s);
  }

  openById(id: string): Document {
    const key = String(id);
    const known = this.open.get(key);
    if (known) {
      known.closed = false;
      return new Document(known);
    }
    const rec = fileRecord(this.ctx, key);
    if (!rec || rec.mimeType !== MimeType.GOOGLE_DOCS) throw new Error(DOCUMENT_MISSING);
    const model = readJson<DocumentModel | null>(modelPath(this.ctx, key), null);
    if (!model || !Array.isArray(model.body)) throw new Error(DOCUMENT_MISSING);
    const s = new DocState(this.ctx, model);
    this.open.set(key, s);
    return new Document(s);
  }

  openByUrl(url: string): Document {
    let file: string;
    try {
      file = fileURLToPath(String(url));
    } catch {
      throw new Error(DOCUMENT_MISSING);
    }
    const rec = Object.values(readRegistry(this.ctx).files).find((f) => f.path === file);
    if (!rec) throw new Error(DOCUMENT_MISSING);
    return this.openById(rec.id);
  }

  /** A Sheets add-on has no active document. */
  getActiveDocument(): null {
    return null;
  }

  /**
   * Writes every changed document as .docx (at its Drive file's current
   * place) and its model as JSON. Returns a line per document that failed.
   */
  async commit(): Promise<string[]> {
    const problems: string[] = [];
    for (const s of this.open.values()) {
      if (!s.dirty) continue;
      const rec = fileRecord(this.ctx, s.model.id);
      if (!rec) {
        problems.push(`DocumentApp: document ${s.model.id} was deleted from the Drive registry before it could be written.`);
        continue;
      }
      try {
        writeJsonAtomic(modelPath(this.ctx, s.model.id), s.model);
        const bytes = await renderDocx(s.model, rec.name);
        // The file may have been moved while the .docx was being built.
        const target = fileRecord(this.ctx, s.model.id)?.path ?? rec.path;
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, bytes);
        touchFile(this.ctx, s.model.id);
        this.written.push(target);
        s.dirty = false;
      } catch (err) {
        problems.push(`DocumentApp: could not write ${rec.name} (${rec.path}): ${(err as Error).message}`);
      }
    }
    return problems;
  }
}

export function createDocumentApp(ctx: ServiceContext): DocumentApp {
  return new DocumentApp(ctx);
}

