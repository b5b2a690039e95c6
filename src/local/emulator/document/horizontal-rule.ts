/** HorizontalRule: held by the paragraph it was appended to (written as that paragraph's bottom border). */
import type { Assert, Conforms } from '../conformance';
import { ElementType } from './enums';
import type { ParagraphModel } from './model';

export class HorizontalRule {
  readonly gasType = 'HorizontalRule';

  constructor(readonly _paragraph: ParagraphModel) {}

  getType(): string {
    return ElementType.HORIZONTAL_RULE;
  }
}

// Compile-time: HorizontalRule keeps to Apps Script's HorizontalRule (see ../conformance.ts).
type _HorizontalRuleConforms = Assert<Conforms<HorizontalRule, GoogleAppsScript.Document.HorizontalRule>>;
