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
export { createUi, UiEmu } from './ui/ui';



