/** PromptResponse: what Ui.prompt answers (the runner's button, empty text: nobody types locally). */
import type { ButtonName } from './enums';

export class PromptResponseEmu {
  readonly gasType = 'PromptResponse';
  constructor(private readonly button: ButtonName, private readonly text: string) {}
  getResponseText(): string { return this.text; }
  getSelectedButton(): ButtonName { return this.button; }
}
