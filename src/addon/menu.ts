/**
 * The LO Desk menu. Every item names a global entry point exported from
 * main.ts; a bundle test checks each one exists in dist/Code.js.
 * Captions are bilingual because onOpen runs in AuthMode.NONE and cannot
 * read the Event tab to learn the event's language.
 */
interface MenuItemSpec {
  caption: string;
  functionName: string;
}
export type MenuEntry = MenuItemSpec | 'separator' | { submenu: string; items: MenuItemSpec[] };

export const MENU: MenuEntry[] = [
  { caption: 'Open LO sidebar · แถบ LO', functionName: 'openSidebar' },
  { caption: 'Organiser dashboard · แดชบอร์ดผู้จัด', functionName: 'openDashboard' },
  'separator',
  { caption: 'Set up workbook · ตั้งค่าสมุดงาน', functionName: 'setUpWorkbook' },
  { caption: 'Validate · ตรวจข้อมูล', functionName: 'validateWorkbook' },
  'separator',
  {
    submenu: 'Documents · เอกสาร',
    items: [{ caption: 'Generate all · สร้างทั้งหมด', functionName: 'generateAllDocuments' }],
  },
  'separator',
  { caption: 'Turn reminders on · เปิดการแจ้งเตือน', functionName: 'turnRemindersOn' },
  { caption: 'Turn reminders off · ปิดการแจ้งเตือน', functionName: 'turnRemindersOff' },
  { caption: 'Send due reminders now · ส่งการแจ้งเตือนที่ถึงกำหนดตอนนี้', functionName: 'sendDueRemindersNow' },
];

/** Every function name the menu refers to. */
export function menuFunctionNames(entries: MenuEntry[] = MENU): string[] {
  const names: string[] = [];
  for (const e of entries) {
    if (e === 'separator') continue;
    if ('submenu' in e) names.push(...e.items.map((i) => i.functionName));
    else names.push(e.functionName);
  }
  return names;
}
