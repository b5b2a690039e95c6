import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CliResult, DIST, lodesk, lodeskInProcess, tempDir } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';

/** One line on stderr, nothing on stdout, exit 2. */
function expectUsageError(r: CliResult, mention: RegExp) {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(mention);
}

/**
 * Most cases run the built command line inside this process (lodeskInProcess: its status is what the bin exits
 * with); the cases marked "(a process)" run it as one, for the exit status and the output of a real process.
 */
describe('lo-desk given bad input', () => {
  const dir = tempDir();
  const notXlsx = path.join(dir, 'notes.xlsx');
  const text = 'guest list, typed by hand\n';
  writeFileSync(notXlsx, text);
  const csv = path.join(dir, 'guests.csv');
  writeFileSync(csv, 'a,b\n');

  describe('a manifest that would not deploy', () => {
    let sample = '';
    const distWith = (manifest: string | null): string => {
      const d = path.join(tempDir('lodesk-manifest-'), 'dist');
      mkdirSync(d);
      for (const f of readdirSync(DIST)) if (f !== 'appsscript.json') copyFileSync(path.join(DIST, f), path.join(d, f));
      if (manifest !== null) writeFileSync(path.join(d, 'appsscript.json'), manifest);
      return d;
    };
    beforeAll(() => {
      sample = sampleCopy().file;
    });
    it.each([
      ['missing', null, /no such manifest/],
      ['not JSON', '{ "oauthScopes": [', /not valid JSON/],
      ['with an unknown scope', JSON.stringify({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheet'] }), /unknown OAuth scope/],
    ])('refuses a manifest that is %s, in one line, running nothing', async (what, manifest, message) => {
      const before = statSync(sample).mtimeMs;
      const args = ['validate', sample, '--dist', distWith(manifest)];
      // (a process, for the missing one)
      expectUsageError(what === 'missing' ? lodesk(args) : await lodeskInProcess(args), message);
      expect(statSync(sample).mtimeMs).toBe(before);
    });
  });

  it('rejects an unknown command (a process)', () => {
    expectUsageError(lodesk(['frobnicate', 'x.xlsx']), /unknown command "frobnicate"/);
  });

  it('rejects an unknown flag', async () => {
    expectUsageError(await lodeskInProcess(['validate', notXlsx, '--colour']), /colour/);
  });

  it('rejects a missing file', async () => {
    expectUsageError(await lodeskInProcess(['validate', path.join(dir, 'missing.xlsx')]), /no such file/);
  });

  it('rejects a file that is not an xlsx and leaves it untouched', async () => {
    const before = statSync(notXlsx).mtimeMs;
    expectUsageError(await lodeskInProcess(['validate', notXlsx]), /not an \.xlsx workbook/);
    expect(readFileSync(notXlsx, 'utf8')).toBe(text);
    expect(statSync(notXlsx).mtimeMs).toBe(before);
  });

  it('rejects a file with another extension', async () => {
    expectUsageError(await lodeskInProcess(['validate', csv]), /not an \.xlsx workbook/);
  });

  it('rejects a corrupt xlsx (a zip that is not a workbook) in one line (a process)', () => {
    const corrupt = path.join(dir, 'corrupt.xlsx');
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]);
    writeFileSync(corrupt, bytes);
    expectUsageError(lodesk(['validate', corrupt]), /corrupt\.xlsx: cannot open the workbook/);
    expect(readFileSync(corrupt).equals(bytes)).toBe(true);
  });

  it('rejects a malformed --now', async () => {
    expectUsageError(await lodeskInProcess(['remind', notXlsx, '--now', 'tomorrow']), /not an ISO instant/);
  });

  it('rejects --now without a zone, which would be ambiguous', async () => {
    expectUsageError(await lodeskInProcess(['remind', notXlsx, '--now', '2026-12-06T09:00']), /with a zone/);
  });

  it('rejects a wrong number of arguments', async () => {
    expectUsageError(await lodeskInProcess(['validate']), /expected 1 file argument/);
  });

  it('rejects an unknown document kind', async () => {
    expectUsageError(await lodeskInProcess(['docs', notXlsx, '--kind', 'menu_cards']), /not a document kind/);
  });

  it('rejects --outbox and --smtp together, and an --smtp that is not an smtp:// address', async () => {
    expectUsageError(await lodeskInProcess(['remind', notXlsx, '--now', '2026-12-06T09:00+07:00', '--outbox', 'o', '--smtp', 'smtp://127.0.0.1:25']), /not both/);
    expectUsageError(await lodeskInProcess(['remind', notXlsx, '--now', '2026-12-06T09:00+07:00', '--smtp', 'http://mail']), /smtp:\/\/host:port/);
  });

  it('says which setting is missing when reminders have no organiser to run as', async () => {
    const empty = path.join(dir, 'empty.xlsx');
    expect((await lodeskInProcess(['init', empty, '--empty'])).status).toBe(0);
    expectUsageError(await lodeskInProcess(['remind', empty, '--now', '2026-12-06T09:00+07:00']), /organiser_emails/);
  });

  it('refuses to overwrite an existing file with init', async () => {
    expectUsageError(await lodeskInProcess(['init', notXlsx]), /exists/);
    expect(readFileSync(notXlsx, 'utf8')).toBe(text);
  });

  describe('every command, given a file it cannot open, exits 2 in one line and leaves nothing beside it', () => {
    const commands: [string, (file: string) => string[]][] = [
      ['validate', (f) => ['validate', f]],
      ['remind', (f) => ['remind', f, '--now', '2026-12-06T09:00+07:00', '--outbox', 'o']],
      ['docs', (f) => ['docs', f]],
      ['call', (f) => ['call', f, 'validateWorkbook']],
      ['simulate', (f) => ['simulate', f, '--from', '2026-12-06T09:00+07:00', '--to', '2026-12-06T11:00+07:00']],
      ['preview', (f) => ['preview', f, '--port', '49321']],
    ];
    const inputs: [string, (d: string) => string, RegExp][] = [
      ['a corrupt zip', (d) => {
        const f = path.join(d, 'corrupt.xlsx');
        writeFileSync(f, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
        return f;
      }, /cannot open the workbook/],
      ['an empty file', (d) => {
        const f = path.join(d, 'empty.xlsx');
        writeFileSync(f, '');
        return f;
      }, /not an \.xlsx workbook/],
      ['a folder', (d) => {
        const f = path.join(d, 'folder.xlsx');
        mkdirSync(f);
        return f;
      }, /not a file/],
      ['a missing file', (d) => path.join(d, 'missing.xlsx'), /no such file/],
    ];
    // Every input for every command: run inside this process, a case costs no process start.
    const cases = commands.flatMap(([name, args]) => inputs.map(([what, make, message]) => [name, what, args, make, message] as const));
    it.each(cases)('%s on %s', async (_name, _what, args, make, message) => {
      const d = tempDir('lodesk-unreadable-');
      const file = make(d);
      const before = readdirSync(d).sort();
      expectUsageError(await lodeskInProcess(args(file), { cwd: d }), message);
      expect(readdirSync(d).sort()).toEqual(before);
    });
  });
});
