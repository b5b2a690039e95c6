/**
 * Ui (SpreadsheetApp.getUi()): menus, sidebars, dialogs and alerts are not
 * shown anywhere; they are recorded into the execution's UiRecord, which the
 * runner and the preview read.
 *
 * Exports:
 *   createUi(record: UiRecord, opts?: { alertResponse?: ButtonName }): UiEmu
 *   UiEmu, MenuEmu, PromptResponseEmu
 *
 * The service lives in ./ui/, one module per Apps Script class:
 * ui.ts Ui, menu.ts Menu, prompt-response.ts PromptResponse; and enums.ts
 * (Button, ButtonSet), caption.ts.
 */
export { createUi, UiEmu, type HtmlOutputLike } from './ui/ui';
export { MenuEmu } from './ui/menu';
export { PromptResponseEmu } from './ui/prompt-response';
export type { ButtonName } from './ui/enums';
