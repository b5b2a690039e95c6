/** PageBreak: held by the paragraph it was appended to (written as a break after that paragraph's text). */
import { ElementType } from './enums';
import type { ParagraphModel } from './model';

export class PageBreak {
  readonly gasType = 'PageBreak';

  constructor(readonly _paragraph: ParagraphModel) {}

  getType(): string {
    return ElementType.PAGE_BREAK;
  }
}
