/** HorizontalRule: held by the paragraph it was appended to (written as that paragraph's bottom border). */
import { ElementType } from './enums';
import type { ParagraphModel } from './model';

export class HorizontalRule {
  readonly gasType = 'HorizontalRule';

  constructor(readonly _paragraph: ParagraphModel) {}

  getType(): string {
    return ElementType.HORIZONTAL_RULE;
  }
}
