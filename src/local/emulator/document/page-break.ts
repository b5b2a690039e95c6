/** PageBreak: held by the paragraph it was appended to (written as a break after that paragraph's text). */
import type { Assert, Conforms } from '../conformance';
import { ElementType } from './enums';
import type { ParagraphModel } from './model';

export class PageBreak {
  readonly gasType = 'PageBreak';

  constructor(readonly _paragraph: ParagraphModel) {}

  getType(): string {
    return ElementType.PAGE_BREAK;
  }
}

// Compile-time: PageBreak keeps to Apps Script's PageBreak (see ../conformance.ts).
type _PageBreakConforms = Assert<Conforms<PageBreak, GoogleAppsScript.Document.PageBreak>>;
