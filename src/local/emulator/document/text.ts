/**
 * Text: a paragraph's or list item's text (editAsText), or the part one
 * appendText added. Styling with offsets (start, endInclusive, value) reaches
 * only that range; without offsets, the whole view.
 */
import type { Assert, Conforms } from '../conformance';
import { attributesOf, checkBool, checkColor, styleFromAttributes } from './attributes';
import type { DocState } from './doc-state';
import { ElementType } from './enums';
import { textOf, type Run, type RunStyle, type TextBlock } from './model';
import { applyStyle, deleteRange, insertAt, styleAt, styleOf } from './runs';

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

  /** A copy of another Text at the end of this one, each run keeping its own formatting (not this text's). */
  _appendCopy(source: Text): Text {
    this.doc.edit();
    source.doc.read();
    // Read before writing: the source may be this very paragraph.
    const pieces = source.runsInRange();
    const at = this.end();
    let pos = at;
    for (const piece of pieces) {
      insertAt(this.block.runs, pos, piece.text, styleOf(piece));
      pos += piece.text.length;
    }
    return new Text(this.doc, this.block, at, pos - at);
  }

  /** The runs of this view's range, cut at its ends. */
  private runsInRange(): Run[] {
    const [start, end] = [this.start, this.end()];
    const out: Run[] = [];
    let pos = 0;
    for (const r of this.block.runs) {
      const a = Math.max(start, pos);
      const b = Math.min(end, pos + r.text.length);
      if (a < b) out.push({ ...r, text: r.text.slice(a - pos, b - pos) });
      pos += r.text.length;
    }
    return out;
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

  getAttributes(offset?: number | null): Record<string, unknown> {
    this.doc.read();
    return attributesOf(styleAt(this.block.runs, this.start + (offset ?? 0)));
  }

  isBold(offset?: number | null): boolean | null {
    return styleAt(this.block.runs, this.start + (offset ?? 0)).bold ?? null;
  }

  isItalic(offset?: number | null): boolean | null {
    return styleAt(this.block.runs, this.start + (offset ?? 0)).italic ?? null;
  }

  getLinkUrl(offset?: number | null): string | null {
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

// Compile-time: Text keeps to Apps Script's Text (see ../conformance.ts).
type _TextConforms = Assert<Conforms<Text, GoogleAppsScript.Document.Text>>;
