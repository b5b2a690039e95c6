/** PromptResponse: what Ui.prompt answers (the runner's button, empty text: nobody types locally). */
import type { Assert, Conforms } from '../conformance';
import type { ButtonName } from './enums';

export class PromptResponseEmu {
  readonly gasType = 'PromptResponse';
  constructor(private readonly button: ButtonName, private readonly text: string) {}
  getResponseText(): string { return this.text; }
  getSelectedButton(): ButtonName { return this.button; }
}

// Compile-time: PromptResponse keeps to Apps Script's PromptResponse (see ../conformance.ts).
type _PromptResponseConforms = Assert<Conforms<PromptResponseEmu, GoogleAppsScript.Base.PromptResponse>>;
