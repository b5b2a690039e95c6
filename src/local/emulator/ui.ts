/**
 * Ui (SpreadsheetApp.getUi()): menus, sidebars, dialogs and alerts are not
 * shown anywhere; they are recorded into the execution's UiRecord, which the
 * runner and the preview read.
 *
 * Exports:
 *   createUi(record: UiRecord, opts?: { alertResponse?: ButtonName }): UiEmu
 *   UiEmu, MenuEmu, PromptResponseEmu
 */
import type { UiRecord } from './types';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

const Button = Object.freeze({ OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const);
const ButtonSet = Object.freeze({
  OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const);
type ButtonSetName = keyof typeof ButtonSet;

/** The duck type of HtmlService's HtmlOutput that the Ui needs. */
export interface HtmlOutputLike {
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

function caption(v: unknown, method: string): string {
  if (typeof v !== 'string' || v.trim() === '') {
    throw new Error(`${method}: the caption must be a non-empty string.`);
  }
  return v;
}

interface MenuEntry { caption: string; functionName: string }

export class MenuEmu {
  readonly gasType = 'Menu';
  readonly _items: (MenuEntry | { separator: true } | { submenu: MenuEmu })[] = [];

  constructor(readonly _caption: string, private readonly record: UiRecord) {}

  addItem(itemCaption: string, functionName: string): MenuEmu {
    if (typeof functionName !== 'string' || !/^[A-Za-z_$][\w$.]*$/.test(functionName)) {
      throw new Error(`Menu.addItem: "${String(functionName)}" is not a function name.`);
    }
    this._items.push({ caption: caption(itemCaption, 'Menu.addItem'), functionName });
    return this;
  }

  addSeparator(): MenuEmu {
    this._items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: MenuEmu): MenuEmu {
    if (!menu || (menu as { gasType?: string }).gasType !== 'Menu') {
      throw new Error('Menu.addSubMenu: expected a Menu from Ui.createMenu.');
    }
    this._items.push({ submenu: menu });
    return this;
  }

  /** Sub-menu items are recorded flat, captioned "Sub menu > Item"; separators are not recorded. */
  _flatItems(prefix = ''): MenuEntry[] {
    const out: MenuEntry[] = [];
    for (const item of this._items) {
      if ('functionName' in item) out.push({ caption: prefix + item.caption, functionName: item.functionName });
      else if ('submenu' in item) out.push(...item.submenu._flatItems(`${prefix}${item.submenu._caption} > `));
    }
    return out;
  }

  addToUi(): void {
    const entry = { title: this._caption, items: this._flatItems() };
    // Adding the same menu again (onOpen run twice) replaces it, as Sheets shows one menu per title.
    const at = this.record.menus.findIndex((m) => m.title === entry.title);
    if (at >= 0) this.record.menus[at] = entry;
    else this.record.menus.push(entry);
  }
}

export class PromptResponseEmu {
  readonly gasType = 'PromptResponse';
  constructor(private readonly button: ButtonName, private readonly text: string) {}
  getResponseText(): string { return this.text; }
  getSelectedButton(): ButtonName { return this.button; }
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

export function createUi(record: UiRecord, opts: { alertResponse?: ButtonName } = {}): UiEmu {
  return new UiEmu(record, opts.alertResponse);
}
