/**
 * What Paragraph and ListItem share: text with runs, a heading, an alignment,
 * and a place in a body or cell.
 */
import { attributesOf, checkEnum, styleFromAttributes } from './attributes';
import type { DocState } from './doc-state';
import { removeFrom, isLastIn, type Container } from './element-tree';
import { Attribute, HorizontalAlignment, ParagraphHeading, type AlignmentArg, type HeadingArg } from './enums';
import { textOf, type TextBlock } from './model';
import { applyStyle, styleAt } from './runs';
import type { Table } from './table';
import { Text } from './text';

export abstract class TextBlockElement<M extends TextBlock> {
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

  /** Text given as a Text element is appended as a copy, each part keeping its own formatting. */
  appendText(text: string | Text | GoogleAppsScript.Document.Text): Text {
    if (text instanceof Text) return this.editAsText()._appendCopy(text);
    return this.editAsText().appendText(text as string);
  }

  editAsText(): Text {
    this.doc.read();
    return new Text(this.doc, this._model);
  }

  setHeading(heading: HeadingArg): this {
    this.doc.edit();
    this._model.heading = checkEnum(heading, ParagraphHeading, 'heading');
    return this;
  }

  getHeading(): string {
    return this._model.heading;
  }

  setAlignment(alignment: AlignmentArg): this {
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
    return isLastIn(this.parent, this._model);
  }

  asTable(): Table {
    throw new Error(`Cannot cast ${this.gasType} to Table.`);
  }
}
