import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CALL_LOG_ENV, readCallLog, recordCall } from '../../src/local/emulator/call-log';
import { METHOD_SCOPES, SCOPES } from '../../src/local/emulator/scopes';
import { checkManifest, formatReport } from '../../src/local/manifest/check';
import { lodesk, tempDir } from '../helpers/cli';

describe('checkManifest', () => {
  const calls = ['Range.getValues', 'MailApp.sendEmail', 'Utilities.formatDate', 'SpreadsheetApp.openById'];

  it('passes a manifest that covers every call and declares nothing more', () => {
    const r = checkManifest([SCOPES.spreadsheets, SCOPES.scriptSendMail], calls, METHOD_SCOPES);
    expect(r.ok).toBe(true);
    expect(r.rows.map((row) => [row.method, row.covering])).toEqual([
      ['MailApp.sendEmail', [SCOPES.scriptSendMail]],
      ['Range.getValues', [SCOPES.spreadsheets]],
      ['SpreadsheetApp.openById', [SCOPES.spreadsheets]],
      ['Utilities.formatDate', []],
    ]);
    expect(formatReport(r)).toMatch(/^OK: 4 methods called/m);
  });

  it('fails when a scope a call needs is removed', () => {
    const r = checkManifest([SCOPES.spreadsheets], calls, METHOD_SCOPES);
    expect(r.ok).toBe(false);
    expect(r.uncovered.map((row) => row.method)).toEqual(['MailApp.sendEmail']);
    expect(r.unused).toEqual([]);
    expect(formatReport(r)).toContain('| MailApp.sendEmail | **none declared**: needs script.send_mail |');
  });

  it('fails on a declared scope that no call needs', () => {
    const r = checkManifest([SCOPES.spreadsheets, SCOPES.scriptSendMail, SCOPES.documents], calls, METHOD_SCOPES);
    expect(r.ok).toBe(false);
    expect(r.uncovered).toEqual([]);
    expect(r.unused).toEqual([SCOPES.documents]);
    expect(formatReport(r)).toContain('- documents: declared, but no called method needs it');
  });

  it('catches DriveApp under drive.file: the call is uncovered and drive.file unused', () => {
    const r = checkManifest([SCOPES.driveFile], ['DriveApp.createFolder'], METHOD_SCOPES);
    expect(r.uncovered.map((row) => row.method)).toEqual(['DriveApp.createFolder']);
    expect(r.unused).toEqual([SCOPES.driveFile]);
  });

  it('fails on a call the table does not know', () => {
    const r = checkManifest([SCOPES.spreadsheets], ['Range.getValues', 'Range.frobnicate'], METHOD_SCOPES);
    expect(r.ok).toBe(false);
    expect(r.unknown).toEqual(['Range.frobnicate']);
  });
});

describe('recordCall', () => {
  const saved = process.env[CALL_LOG_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[CALL_LOG_ENV];
    else process.env[CALL_LOG_ENV] = saved;
  });

  it('writes each method once per process to calls-<pid>.txt', () => {
    const dir = path.join(tempDir('lodesk-calls-'), 'log');
    process.env[CALL_LOG_ENV] = dir;
    for (const name of ['Range.getValues', 'Range.getValues', 'MailApp.sendEmail', 'Range.getValues']) recordCall(name);
    expect(readdirSync(dir)).toEqual([`calls-${process.pid}.txt`]);
    expect(readFileSync(path.join(dir, `calls-${process.pid}.txt`), 'utf8')).toBe('Range.getValues\nMailApp.sendEmail\n');
    expect([...readCallLog(dir)].sort()).toEqual(['MailApp.sendEmail', 'Range.getValues']);
  });

  it('writes nothing while the variable is unset', () => {
    const dir = tempDir('lodesk-calls-');
    process.env[CALL_LOG_ENV] = dir;
    recordCall('Sheet.getRange');
    delete process.env[CALL_LOG_ENV];
    recordCall('Sheet.appendRow');
    expect(readFileSync(path.join(dir, `calls-${process.pid}.txt`), 'utf8')).toBe('Sheet.getRange\n');
  });

  it('reading a missing or empty log is an error', () => {
    const dir = tempDir('lodesk-calls-');
    expect(() => readCallLog(path.join(dir, 'absent'))).toThrow(/no call log/);
    expect(() => readCallLog(dir)).toThrow(/no calls-\*\.txt files/);
  });
});

describe('lo-desk check-manifest', () => {
  it('prints the table, exits 1 on a gap, 0 when the manifest fits, 2 on bad input', () => {
    const dir = tempDir('lodesk-check-');
    const log = path.join(dir, 'calls');
    mkdirSync(log);
    writeFileSync(path.join(log, 'calls-1.txt'), 'Range.getValues\nMailApp.sendEmail\n');
    writeFileSync(path.join(log, 'calls-2.txt'), 'Range.getValues\nUtilities.formatDate\n');
    const manifest = (name: string, scopes: string[]) => {
      const file = path.join(dir, name);
      writeFileSync(file, JSON.stringify({ timeZone: 'Asia/Bangkok', oauthScopes: scopes }));
      return file;
    };

    const gap = lodesk(['check-manifest', '--calls', log, '--manifest', manifest('gap.json', [SCOPES.spreadsheets])]);
    expect(gap.status).toBe(1);
    expect(gap.stdout).toContain('| method | scopes that cover it |');
    expect(gap.stdout).toContain('| Range.getValues | spreadsheets |');
    expect(gap.stdout).toContain('| Utilities.formatDate | (none needed) |');
    expect(gap.stdout).toContain('- MailApp.sendEmail: no declared scope covers it (needs one of: script.send_mail)');

    const fits = lodesk(['check-manifest', '--calls', log, '--manifest', manifest('fits.json', [SCOPES.spreadsheets, SCOPES.scriptSendMail])]);
    expect(fits.status).toBe(0);
    expect(fits.stdout).toContain('| MailApp.sendEmail | script.send_mail |');

    const bad = lodesk(['check-manifest', '--calls', log, '--manifest', manifest('typo.json', ['https://www.googleapis.com/auth/sheets'])]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toEqual([
      'lo-desk check-manifest: typo.json: unknown OAuth scope "https://www.googleapis.com/auth/sheets" (not a Google scope the emulator knows; check its spelling)',
    ]);
  });
});
