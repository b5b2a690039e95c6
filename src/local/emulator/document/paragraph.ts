/** Paragraph: a block of text with a heading; it may also hold a horizontal rule or a page break. */
import type { Assert, Conforms } from '../conformance';
import { ElementType } from './enums';
import { HorizontalRule } from './horizontal-rule';
import type { ListItem } from './list-item';
import type { ParagraphModel } from './model';
import { PageBreak } from './page-break';
import { TextBlockElement } from './text-block-element';

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

  /** A page break given to copy has nothing of its own: the copy is a page break. */
  appendPageBreak(_pageBreak?: PageBreak | GoogleAppsScript.Document.PageBreak | null): PageBreak {
    this.doc.edit();
    this._model.inline = 'pageBreak';
    return new PageBreak(this._model);
  }
}

// Compile-time: Paragraph keeps to Apps Script's Paragraph (see ../conformance.ts).
type _ParagraphConforms = Assert<Conforms<Paragraph, GoogleAppsScript.Document.Paragraph>>;
