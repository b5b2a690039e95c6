/**
 * Google time: every emulated call is charged its cost from costs.ts, the
 * bundle's clock is Google time, and an execution dies at Google's limits
 * (6 minutes; 30 s for a simple trigger) measured in that time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Emulator } from '../../src/local/emulator/runner';
import { costOf, EXECUTION_START_MS, FIRST_SHEETS_ROUND_TRIP_MS } from '../../src/local/emulator/costs';
import { tempDir } from '../helpers/cli';
import { WELL_KNOWN_SCOPES } from '../../src/local/emulator/scopes';

function runnerWith(code: string, over: Partial<ConstructorParameters<typeof Emulator>[0]> = {}) {
  const dir = tempDir('lodesk-gtime-');
  const dist = path.join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'Code.js'), code);
  return new Emulator({
    workbookPath: path.join(dir, 'book.xlsx'), user: 'someone@example.org', outboxDir: path.join(dir, 'outbox'),
    docsDir: path.join(dir, 'docs'), distDir: dist, createIfMissing: true, oauthScopes: [...WELL_KNOWN_SCOPES], ...over,
  });
}

const START = new Date('2026-12-06T02:00:00Z');

describe('Google time', () => {
  it('charges each call its modelled cost, start-up and first round trip included', async () => {
    const emu = runnerWith(`function f() {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      for (var i = 0; i < 10; i++) sheet.getRange(1, 1, 10, 10).getValues();
      return true;
    }`);
    await emu.call('f');
    const expected = EXECUTION_START_MS + costOf('SpreadsheetApp.getActiveSpreadsheet') + costOf('Spreadsheet.getSheets')
      + 10 * costOf('Sheet.getRange') + 10 * costOf('Range.getValues', 100) + FIRST_SHEETS_ROUND_TRIP_MS;
    expect(emu.stats.chargedMs).toBeCloseTo(expected, 6);
    expect(emu.stats.executions).toBe(1);
    expect(emu.stats.googleMs).toBeGreaterThanOrEqual(expected);
  });

  it('makes Date.now() inside the bundle Google time: 100 writes move the clock by their cost', async () => {
    const emu = runnerWith(`function f() {
      var range = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
      var t0 = Date.now();
      for (var i = 0; i < 100; i++) range.setValue(i);
      return Date.now() - t0;
    }`, { now: START });
    const r = await emu.call('f');
    // At least the modelled cost of 100 single-cell writes, whatever this machine's speed.
    expect(r.value as number).toBeGreaterThanOrEqual(100 * costOf('Range.setValue', 1));
  });

  it('keeps a subclass of Date what it is (as V8 does), while new Date() is Google time', async () => {
    const emu = runnerWith(`class Later extends Date { later() { return this.getTime() + 1; } }
    function f() {
      var d = new Later(5);
      return [d instanceof Later, d.later(), new Date().getTime(), typeof Date(), new Date(7).getTime()];
    }`, { now: START });
    const r = await emu.call('f');
    const [isLater, later, now, str, seven] = r.value as [boolean, number, number, string, number];
    expect([isLater, later, str, seven]).toEqual([true, 6, 'string', 7]);
    // Google time: the start-up charge, plus the bundle's own few milliseconds of computing (more on a loaded machine).
    expect(now).toBeGreaterThanOrEqual(START.getTime() + EXECUTION_START_MS);
    expect(now).toBeLessThan(START.getTime() + EXECUTION_START_MS + 60_000);
  });

  it('kills an execution past 6 minutes of Google time, as Google does', async () => {
    // 2,000 flushes at 300 ms each would take 10 minutes on Google.
    const emu = runnerWith(`function f() {
      for (var i = 0; i < 2000; i++) {
        try { SpreadsheetApp.flush(); } catch (e) { return { died: e.message, at: i, elapsed: Date.now() - ${START.getTime()} }; }
      }
      return { died: '', at: i, elapsed: Date.now() - ${START.getTime()} };
    }`, { now: START });
    const r = await emu.call('f');
    const v = r.value as { died: string; at: number; elapsed: number };
    expect(v.died).toBe('Exceeded maximum execution time');
    expect(v.elapsed).toBeGreaterThan(6 * 60 * 1000);
    expect(v.elapsed).toBeLessThan(6 * 60 * 1000 + 1000);
  });

  it('gives a simple trigger 30 seconds of Google time', async () => {
    const emu = runnerWith(`function onEdit() {
      var range = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B1');
      for (var i = 0; i < 1000; i++) range.setValue(i);
    }`, { now: START });
    const r = await emu.simulateEdit('Sheet1', 'A1', 'x');
    expect(r.ok).toBe(false);
    expect(r.error).toBe('Exceeded maximum execution time');
    expect(r.googleMs!).toBeGreaterThan(30_000);
    expect(r.googleMs!).toBeLessThan(31_000);
  });

  it('moves a command through Google time: the next execution starts where the last one ended', async () => {
    const emu = runnerWith('function f() { MailApp.getRemainingDailyQuota(); return Date.now(); }', { now: START });
    const a = (await emu.call('f')).value as number;
    const b = (await emu.call('f')).value as number;
    expect(b - a).toBeGreaterThanOrEqual(EXECUTION_START_MS + costOf('MailApp.getRemainingDailyQuota'));
  });
});

describe('what a simple trigger may not do (AuthMode.LIMITED)', () => {
  it.each([
    ['MailApp.sendEmail', "MailApp.sendEmail('a@example.org', 's', 'b')"],
    ['PropertiesService.getScriptProperties', 'PropertiesService.getScriptProperties()'],
    ['LockService.getDocumentLock', 'LockService.getDocumentLock()'],
    ['SpreadsheetApp.openById', "SpreadsheetApp.openById('x')"],
    ['Ui.showSidebar', 'SpreadsheetApp.getUi().showSidebar(null)'],
    ['HtmlService.createHtmlOutput', "HtmlService.createHtmlOutput('x')"],
  ])('refuses %s', async (name, call) => {
    const emu = runnerWith(`function onEdit() { ${call}; }`);
    const r = await emu.simulateEdit('Sheet1', 'A1', 'x');
    expect(r.ok).toBe(false);
    expect(r.error).toContain(`You do not have permission to call ${name}`);
  });

  it('lets it read and write the bound spreadsheet, and knows no user', async () => {
    const emu = runnerWith(`function onEdit(e) {
      e.range.offset(0, 1).setValue('seen:' + Session.getActiveUser().getEmail());
    }
    function read() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B1').getValue(); }`);
    const r = await emu.simulateEdit('Sheet1', 'A1', 'x');
    expect(r.error).toBeUndefined();
    expect((await emu.call('read')).value).toBe('seen:');
  });
});

describe('scopes as the deployment grants them', () => {
  it('refuses a call no granted scope covers with Google\'s message, and allows it once the scope is granted', async () => {
    const code = "function f() { return DriveApp.createFolder('Briefs').getName(); }";
    const without = runnerWith(code, { oauthScopes: ['https://www.googleapis.com/auth/drive.file'] });
    const r = await without.call('f');
    expect(r.ok).toBe(false);
    expect(r.error).toBe('You do not have permission to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive');
    const granted = runnerWith(code, { oauthScopes: ['https://www.googleapis.com/auth/drive'] });
    expect((await granted.call('f')).value).toBe('Briefs');
  });
});
