/**
 * SpreadsheetApp, Spreadsheet and Ui: active spreadsheet rules, sheets, ids,
 * and what the UI records.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbook, createSpreadsheetApp } from '../../src/local/emulator/spreadsheet';
import { createUi } from '../../src/local/emulator/ui';
import { appFor, emptyUi, reload, tempDir } from './spreadsheet-helpers';

function html(content: string, title = '', width = 300, height = 200) {
  return {
    getContent: () => content, getTitle: () => title, getWidth: () => width, getHeight: () => height,
  };
}

describe('SpreadsheetApp', () => {
  test('every object handed to a script names its Apps Script class', () => {
    const app = appFor(Workbook.createEmpty());
    const ss = app.getActive()!;
    const sheet = ss.getSheets()[0];
    const builder = app.newDataValidation();
    const ui = app.getUi();
    expect([
      app.gasType, ss.gasType, sheet.gasType, sheet.getRange('A1').gasType, builder.gasType,
      builder.requireValueInList(['a']).build().gasType, ui.gasType, ui.createMenu('M').gasType,
    ]).toEqual(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'DataValidationBuilder', 'DataValidation', 'Ui', 'Menu']);
  });

  test('without an active spreadsheet (time-driven trigger) getActive is null, openById still works', () => {
    const wb = Workbook.createEmpty();
    const app = appFor(wb, { active: false });
    expect(app.getActive()).toBeNull();
    expect(app.getActiveSpreadsheet()).toBeNull();
    expect(app.getActiveSheet()).toBeNull();
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    const ss = app.openById(wb.id);
    expect(ss.getSheets()).toHaveLength(1);
    expect(() => app.openById('someone-elses-file')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    expect(app.openByUrl(`https://docs.google.com/spreadsheets/d/${wb.id}/edit`).getId()).toBe(wb.id);
  });

  test('createSpreadsheetApp rejects a missing workbook with a clear message', () => {
    expect(() => createSpreadsheetApp({ workbook: {} as never, ui: emptyUi(), activeSpreadsheet: true }))
      .toThrow(/opts.workbook must be a Workbook/);
  });

  test('DataValidationCriteria enum and flush are there', () => {
    const app = appFor(Workbook.createEmpty());
    expect(app.DataValidationCriteria.VALUE_IN_RANGE).toBe('VALUE_IN_RANGE');
    expect(() => app.flush()).not.toThrow();
  });

  test('getSpreadsheetLocale comes from the option, else the file, else en_US', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'loc.xlsx');
      const wb = Workbook.createEmpty(file);
      expect(appFor(wb).getActive()!.getSpreadsheetLocale()).toBe('en_US');
      expect(appFor(wb, { locale: 'th_TH' }).getActive()!.getSpreadsheetLocale()).toBe('th_TH');
      appFor(wb).getActive()!.setSpreadsheetLocale('en_GB');
      const { app } = await reload(wb, file);
      expect(app.getActive()!.getSpreadsheetLocale()).toBe('en_GB');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Spreadsheet sheets', () => {
  test('insertSheet adds at an index, activates it, and refuses a taken name', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 's.xlsx');
      const wb = Workbook.createEmpty(file);
      const ss = appFor(wb).getActive()!;
      ss.insertSheet('Guests');
      const first = ss.insertSheet('Event', 0);
      expect(ss.getActiveSheet()).toBe(first);
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['Event', 'Sheet1', 'Guests']);
      expect(first.getIndex()).toBe(1);
      expect(() => ss.insertSheet('guests')).toThrow('A sheet with the name "guests" already exists. Please enter another name.');
      expect(() => ss.insertSheet('a/b')).toThrow(/cannot be stored in an \.xlsx file/);
      expect(ss.getSheetByName('Nope')).toBeNull();
      const { app } = await reload(wb, file);
      expect(app.getActive()!.getSheets().map((s) => s.getName())).toEqual(['Event', 'Sheet1', 'Guests']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('overloads it does not emulate are refused, not half done; restoreSelection is taken and changes nothing', () => {
    const app = appFor(Workbook.createEmpty());
    const ss = app.getActive()!;
    const template = ss.getSheets()[0];
    expect(() => ss.insertSheet('Copy', 1, { template })).toThrow(/options\.template .* is not emulated/);
    expect(() => ss.insertSheet({ template })).toThrow(/options\.template .* is not emulated/);
    expect(ss.getNumSheets()).toBe(1);
    // Options without a template change nothing Apps Script would do differently here.
    expect(ss.insertSheet('Plain', 1, {}).getIndex()).toBe(2);
    expect(() => ss.addDeveloperMetadata('k', 'v', 'PROJECT' as never)).toThrow(/a visibility is not emulated/);
    expect(ss.getDeveloperMetadata()).toEqual([]);
    expect(() => app.newDataValidation().requireCheckbox('yes', 'no')).toThrow(/custom checked and unchecked values are not emulated/);
    // setActiveSheet(sheet, restoreSelection): the emulator keeps no selection, so the flag changes nothing.
    expect(app.setActiveSheet(template, true)).toBe(template);
    expect(ss.getActiveSheet()).toBe(template);
  });

  test('sheet ids are stable numbers and getSheetById finds them', () => {
    const ss = appFor(Workbook.createEmpty()).getActive()!;
    const a = ss.getSheets()[0];
    const b = ss.insertSheet('B');
    expect(a.getSheetId()).toBe(0);
    expect(b.getSheetId()).not.toBe(a.getSheetId());
    expect(ss.getSheetById(b.getSheetId())).toBe(b);
    expect(b.getParent()).toBe(ss);
  });

  test('deleteSheet removes a sheet but never the last one', () => {
    const ss = appFor(Workbook.createEmpty()).getActive()!;
    const extra = ss.insertSheet('Extra');
    ss.deleteSheet(extra);
    expect(ss.getSheetByName('Extra')).toBeNull();
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  test('setName renames; a clash throws', () => {
    const ss = appFor(Workbook.createEmpty()).getActive()!;
    const s = ss.insertSheet('Temp');
    s.setName('Findings');
    expect(ss.getSheetByName('Findings')).toBe(s);
    expect(() => s.setName('Sheet1')).toThrow(/already exists/);
  });

  test('toast is recorded with its title', () => {
    const ui = emptyUi();
    const ss = appFor(Workbook.createEmpty(), { ui }).getActive()!;
    ss.toast('Saved 3 rows', 'LO Desk', 5);
    ss.toast('No title');
    expect(ui.toasts).toEqual([{ message: 'Saved 3 rows', title: 'LO Desk' }, { message: 'No title', title: '' }]);
  });
});

describe('Ui', () => {
  test('menus with items and sub-menus are recorded by addToUi', () => {
    const ui = emptyUi();
    const app = appFor(Workbook.createEmpty(), { ui });
    const sub = app.getUi().createMenu('Documents').addItem('Hotel list', 'docsHotel');
    app.getUi().createMenu('LO Desk')
      .addItem('Set up workbook', 'setUpWorkbook')
      .addSeparator()
      .addSubMenu(sub)
      .addToUi();
    expect(ui.menus).toEqual([{
      title: 'LO Desk',
      items: [
        { caption: 'Set up workbook', functionName: 'setUpWorkbook' },
        { caption: 'Documents > Hotel list', functionName: 'docsHotel' },
      ],
    }]);
    app.getUi().createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
    expect(ui.menus[1]).toEqual({ title: 'Extensions', items: [{ caption: 'Open sidebar', functionName: 'showSidebar' }] });
    expect(() => app.getUi().createMenu('X').addItem('Bad', 'not a name')).toThrow(/not a function name/);
  });

  test('sidebars, dialogs and alerts are recorded', () => {
    const ui = emptyUi();
    const u = createUi(ui);
    u.showSidebar(html('<p>side</p>', 'LO sidebar'));
    u.showModalDialog(html('<p>modal</p>', '', 600, 400), 'Import');
    u.showModelessDialog(html('<p>less</p>'), 'Info');
    expect(u.alert('Done')).toBe(u.Button.OK);
    expect(u.alert('Delete?', 'Really delete?', u.ButtonSet.YES_NO)).toBe(u.Button.YES);
    expect(ui.sidebars).toEqual([{ title: 'LO sidebar', html: '<p>side</p>' }]);
    expect(ui.dialogs).toEqual([
      { title: 'Import', html: '<p>modal</p>', width: 600, height: 400 },
      { title: 'Info', html: '<p>less</p>', width: 300, height: 200 },
    ]);
    expect(ui.alerts).toEqual(['Done', 'Delete?: Really delete?']);
    expect(() => u.showSidebar('<p>raw</p>')).toThrow(/expected an HtmlOutput/);
  });

  test('a runner can choose the answer to alerts', () => {
    const ui = emptyUi();
    const u = createUi(ui, { alertResponse: 'NO' });
    expect(u.alert('Send?', u.ButtonSet.YES_NO)).toBe('NO');
    expect(u.prompt('Name?').getSelectedButton()).toBe('NO');
  });
});
