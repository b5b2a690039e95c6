import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { MENU, menuFunctionNames } from '../../src/addon/menu';
import { Workbook } from '../../src/local/emulator/workbook';
import { emptyUi } from '../../src/local/emulator/runner';
import { DIST } from '../helpers/cli';
import { freshEmulator } from '../helpers/emulator';

const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');

/**
 * The globals Apps Script must find in dist/Code.js. Listed by hand on
 * purpose: removing an entry point from src/addon/main.ts must fail here.
 */
const REQUIRED_GLOBALS = [
  'onOpen', 'onInstall', 'onEdit', 'doGet',
  'openSidebar', 'openDashboard', 'setUpWorkbook', 'validateWorkbook',
  'generateAllDocuments', 'generateDocuments', 'turnRemindersOn', 'turnRemindersOff', 'runReminders',
  'getLoView', 'getDashboardView', 'getDashboardGuest', 'tickChecklistItem',
];

describe('dist/Code.js as Apps Script loads it', () => {
  it('declares every entry point as a top-level function declaration', () => {
    for (const name of REQUIRED_GLOBALS) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('loads in a context without any Apps Script service and defines the entry points as globals', () => {
    // Any service touched at load time would throw a ReferenceError here.
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const name of REQUIRED_GLOBALS) expect(typeof context[name]).toBe('function');
  });

  it('calls no service while loading, even with every service present', async () => {
    const emu = freshEmulator();
    const wb = Workbook.createEmpty();
    emu.load(wb, emptyUi());
    expect(emu.stats.total).toBe(0);
  });

  it('uses no Node.js global, which Apps Script does not have', () => {
    expect(code).not.toMatch(/\bprocess\.(env|argv|cwd|exit)|\brequire\(|\bBuffer\.|__dirname/);
  });

  it('has no top-level const/let that Apps Script would need as a global', () => {
    expect(code).not.toMatch(/^(const|let) /m);
  });
});

describe('onOpen', () => {
  it('builds the LO Desk menu in AuthMode.NONE and touches nothing but the Ui', async () => {
    const emu = freshEmulator();
    const r = await emu.call('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    expect(r.error).toBeUndefined();
    expect(r.ok).toBe(true);
    const methods = Object.keys(emu.stats.byMethod);
    expect(methods.length).toBeGreaterThan(0);
    for (const m of methods) expect(m).toMatch(/^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/);
    expect(r.ui.menus).toHaveLength(1);
  });

  it('offers every menu item, and each names a global that exists', async () => {
    const emu = freshEmulator();
    const r = await emu.call('onOpen', [], { authMode: 'NONE' });
    const recorded = r.ui.menus.flatMap((m) => m.items.map((i) => i.functionName)).filter(Boolean);
    expect(new Set(recorded)).toEqual(new Set(menuFunctionNames(MENU)));
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const fn of recorded) expect(typeof context[fn]).toBe('function');
  });

  it('onInstall builds the same menu', async () => {
    const emu = freshEmulator();
    const r = await emu.call('onInstall', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    expect(r.ok).toBe(true);
    expect(r.ui.menus).toHaveLength(1);
  });
});

describe('executions', () => {
  it('reports a function that does not exist as Apps Script does', async () => {
    const r = await freshEmulator().call('noSuchFunction');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/Script function not found: noSuchFunction/);
  });

  it('start afresh: a global set by one execution is gone in the next', async () => {
    const emu = freshEmulator();
    const first = emu.load(Workbook.createEmpty(), emptyUi());
    vm.runInContext('globalThis.leftover = 42', first.context);
    const second = emu.load(Workbook.createEmpty(), emptyUi());
    expect(vm.runInContext('typeof leftover', second.context)).toBe('undefined');
  });
});
