/** Menu (Ui.createMenu, Ui.createAddonMenu): recorded into the execution's UiRecord at addToUi. */
import type { Assert, Conforms } from '../conformance';
import type { UiRecord } from '../types';
import { caption } from './caption';

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

  addSubMenu(menu: MenuEmu | GoogleAppsScript.Base.Menu): MenuEmu {
    if (!menu || (menu as { gasType?: string }).gasType !== 'Menu') {
      throw new Error('Menu.addSubMenu: expected a Menu from Ui.createMenu.');
    }
    this._items.push({ submenu: menu as MenuEmu });
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

// Compile-time: Menu keeps to Apps Script's Menu (see ../conformance.ts).
type _MenuConforms = Assert<Conforms<MenuEmu, GoogleAppsScript.Base.Menu>>;
