import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Emulator } from '../../src/local/emulator/runner';
import { tempDir } from '../helpers/cli';
import { WELL_KNOWN_SCOPES } from '../../src/local/emulator/scopes';

/** A runner over a hand-written Code.js, to test what the runner itself promises. */
function runnerWith(code: string, over: Partial<ConstructorParameters<typeof Emulator>[0]> = {}) {
  const dir = tempDir('lodesk-runner-');
  const dist = path.join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'Code.js'), code);
  return new Emulator({
    workbookPath: path.join(dir, 'book.xlsx'),
    user: 'someone@example.org',
    outboxDir: path.join(dir, 'outbox'),
    docsDir: path.join(dir, 'docs'),
    distDir: dist,
    createIfMissing: true,
    // A hand-written bundle has no manifest: every scope is granted.
    oauthScopes: [...WELL_KNOWN_SCOPES],
    ...over,
  });
}

describe('the runner', () => {
  it('reads the file again when it changed on disk after an execution that changed nothing (no stale kept view)', async () => {
    const emu = runnerWith(`function read() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); }`);
    const write = async (v: string) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1').getCell('A1').value = v;
      await wb.xlsx.writeFile(emu.options.workbookPath);
    };
    await write('first');
    // Two read-only executions: the second is served the first one's view.
    expect((await emu.call('read')).value).toBe('first');
    expect((await emu.call('read')).value).toBe('first');
    // Someone else rewrites the file (same length of text): the next execution sees it.
    await write('again');
    expect((await emu.call('read')).value).toBe('again');
  });

  it('gives the bundle Date cells as Dates of its own realm, read in the spreadsheet zone', async () => {
    const emu = runnerWith(`
      function probe() {
        var v = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue();
        return { isDate: v instanceof Date, iso: v.toISOString(), arrays: SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getDataRange().getValues() instanceof Array };
      }`);
    const wb = new ExcelJS.Workbook();
    // exceljs stores dates as their UTC fields: this cell shows 2026-12-06 14:35.
    wb.addWorksheet('Sheet1').getCell('A1').value = new Date(Date.UTC(2026, 11, 6, 14, 35));
    await wb.xlsx.writeFile(emu.options.workbookPath);
    const r = await emu.call('probe');
    expect(r.value).toEqual({ isDate: true, iso: '2026-12-06T07:35:00.000Z', arrays: true });
  });

  it('runs the bundle at a given instant with --now, and the clock runs on from there', async () => {
    const emu = runnerWith('function now() { return [new Date().toISOString(), Date.now(), new Date(0) instanceof Date]; }', {
      now: new Date('2026-12-06T02:00:00Z'),
    });
    const r = await emu.call('now');
    const [iso, ms, isDate] = r.value as [string, number, boolean];
    expect(iso.startsWith('2026-12-06T02:0')).toBe(true);
    expect(Math.abs(ms - Date.parse('2026-12-06T02:00:00Z'))).toBeLessThan(60_000);
    expect(isDate).toBe(true);
  });

  it('refuses to carry a Date back to the page, as google.script.run does', async () => {
    const r = await runnerWith('function d() { return { when: new Date() }; }').call('d');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/result\.when is a Date/);
  });

  it('turns an exception in the bundle into the failure message, and keeps what was written before it', async () => {
    const emu = runnerWith(`function boom() {
      SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('kept');
      throw new Error('Guests row 4 is broken');
    }
    function read() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); }`);
    const r = await emu.call('boom');
    expect(r).toMatchObject({ ok: false, error: 'Guests row 4 is broken' });
    expect((await emu.call('read')).value).toBe('kept');
  });

  it('gives service errors to the bundle as its own Error objects', async () => {
    const r = await runnerWith(`function bad() {
      try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1); } catch (e) { return [e instanceof Error, e.message]; }
    }`).call('bad');
    const [isError, message] = r.value as [boolean, string];
    expect(isError).toBe(true);
    expect(message.length).toBeGreaterThan(5);
  });

  it('refuses every service but the Ui in AuthMode.NONE', async () => {
    const r = await runnerWith('function p() { return PropertiesService.getScriptProperties().getProperty("x"); }').call('p', [], { authMode: 'NONE' });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/permission/);
  });

  it('writes the workbook back after every call, so the next call sees the change', async () => {
    const emu = runnerWith(`function w(v) { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B2').setValue(v); }`);
    await emu.call('w', ['hello']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(emu.options.workbookPath);
    expect(wb.getWorksheet('Sheet1')!.getCell('B2').value).toBe('hello');
  });

  it('stores a string starting with "=" as a formula, as Sheets does', async () => {
    const emu = runnerWith(`function w() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('=1+1'); }`);
    await emu.call('w');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(emu.options.workbookPath);
    expect(wb.getWorksheet('Sheet1')!.getCell('A1').formula).toBe('1+1');
  });

  it('counts each service call by method', async () => {
    const emu = runnerWith(`function c() { var s = SpreadsheetApp.getActiveSpreadsheet(); s.getSheets(); s.getSheets(); }`);
    await emu.call('c');
    expect(emu.stats.byMethod).toEqual({ 'SpreadsheetApp.getActiveSpreadsheet': 1, 'Spreadsheet.getSheets': 2 });
    expect(emu.stats.total).toBe(3);
  });

  it('runs executions on one workbook at once; the document lock makes each see what the last one flushed', async () => {
    // No lock around executions: only the bundle's own lock keeps the increments apart.
    const emu = runnerWith(`function inc() {
      var lock = LockService.getDocumentLock();
      lock.waitLock(10000);
      var r = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
      r.setValue((Number(r.getValue()) || 0) + 1);
      SpreadsheetApp.flush();
      lock.releaseLock();
    }`);
    await emu.call('inc');
    await Promise.all([emu.call('inc'), emu.call('inc'), emu.call('inc')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(emu.options.workbookPath);
    expect(wb.getWorksheet('Sheet1')!.getCell('A1').value).toBe(4);
  });
});
