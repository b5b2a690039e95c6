/**
 * Ui (SpreadsheetApp.getUi()): menus, sidebars, dialogs and alerts are not
 * shown anywhere; they are recorded into the execution's UiRecord, which the
 * runner and the preview read.
 */
import type { Assert, Conforms } from '../conformance';
import type { UiRecord } from '../types';
import { caption } from './caption';
import { Button, ButtonSet, type ButtonName, type ButtonSetName } from './enums';
import { MenuEmu } from './menu';
import { PromptResponseEmu } from './prompt-response';

/** The duck type of HtmlService's HtmlOutput that the Ui needs. */
interface HtmlOutputLike {
  getContent(): string;
  getTitle(): string;
  getWidth(): number;
  getHeight(): number;
}

function asHtmlOutput(v: unknown, method: string): HtmlOutputLike {
  const o = v as Partial<HtmlOutputLike> | null | undefined;
  if (!o || typeof o.getContent !== 'function' || typeof o.getTitle !== 'function') {
    throw new Error(`Ui.${method}: expected an HtmlOutput (from HtmlService), got ${o === null ? 'null' : typeof o}.`);
  }
  return o as HtmlOutputLike;
}

export class UiEmu {
  readonly gasType = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly record: UiRecord, private readonly alertResponse?: ButtonName) {}

  createMenu(menuCaption: string): MenuEmu {
    return new MenuEmu(caption(menuCaption, 'Ui.createMenu'), this.record);
  }

  /** An add-on's menu lives under Extensions, titled by the add-on's name. */
  createAddonMenu(): MenuEmu {
    return new MenuEmu('Extensions', this.record);
  }

  showSidebar(userInterface: unknown): void {
    const html = asHtmlOutput(userInterface, 'showSidebar');
    this.record.sidebars.push({ title: html.getTitle() ?? '', html: html.getContent() });
  }

  private dialog(userInterface: unknown, title: unknown, method: string): void {
    const html = asHtmlOutput(userInterface, method);
    if (typeof title !== 'string') throw new Error(`Ui.${method}: the title must be a string.`);
    const width = typeof html.getWidth === 'function' ? html.getWidth() : undefined;
    const height = typeof html.getHeight === 'function' ? html.getHeight() : undefined;
    this.record.dialogs.push({
      title, html: html.getContent(),
      ...(typeof width === 'number' ? { width } : {}),
      ...(typeof height === 'number' ? { height } : {}),
    });
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this.dialog(userInterface, title, 'showModalDialog');
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    this.dialog(userInterface, title, 'showModelessDialog');
  }

  private answer(buttons: ButtonSetName): ButtonName {
    if (this.alertResponse) return this.alertResponse;
    return buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
  }

  /**
   * alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons).
   * Nobody can click locally: it answers OK (YES for yes/no sets) unless the
   * runner chose another answer.
   */
  alert(a: unknown, b?: unknown, c?: unknown): ButtonName {
    let title = '';
    let prompt: unknown = a;
    let buttons: unknown = b ?? 'OK';
    if (c !== undefined) {
      title = String(a);
      prompt = b;
      buttons = c;
    } else if (typeof b === 'string' && !(b in ButtonSet)) {
      title = String(a);
      prompt = b;
      buttons = 'OK';
    }
    if (typeof prompt !== 'string') throw new Error('Ui.alert: the prompt must be a string.');
    if (typeof buttons !== 'string' || !(buttons in ButtonSet)) {
      throw new Error(`Ui.alert: unknown button set ${String(buttons)}.`);
    }
    this.record.alerts.push(title ? `${title}: ${prompt}` : prompt);
    return this.answer(buttons as ButtonSetName);
  }

  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons): answered with empty text. */
  prompt(a: unknown, b?: unknown, c?: unknown): PromptResponseEmu {
    let title = '';
    let text: unknown = a;
    let buttons: unknown = b ?? 'OK';
    if (c !== undefined) {
      title = String(a);
      text = b;
      buttons = c;
    }
    if (typeof text !== 'string') throw new Error('Ui.prompt: the prompt must be a string.');
    if (typeof buttons !== 'string' || !(buttons in ButtonSet)) {
      throw new Error(`Ui.prompt: unknown button set ${String(buttons)}.`);
    }
    this.record.alerts.push(title ? `${title}: ${text}` : text);
    return new PromptResponseEmu(this.answer(buttons as ButtonSetName), '');
  }
}

// Compile-time: Ui keeps to Apps Script's Ui (see ../conformance.ts).
type _UiConforms = Assert<Conforms<UiEmu, GoogleAppsScript.Base.Ui>>;

export function createUi(record: UiRecord, opts: { alertResponse?: ButtonName } = {}): UiEmu {
  return new UiEmu(record, opts.alertResponse);
}
