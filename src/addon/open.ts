import { MENU } from './menu';

/**
 * Builds the add-on menu. Runs in AuthMode.NONE for an installed but unused
 * add-on, so it may touch nothing but the Ui: no Properties, no sheet reads.
 */
export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const entry of MENU) {
    if (entry === 'separator') menu.addSeparator();
    else if ('submenu' in entry) {
      const sub = ui.createMenu(entry.submenu);
      for (const item of entry.items) sub.addItem(item.caption, item.functionName);
      menu.addSubMenu(sub);
    } else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}
