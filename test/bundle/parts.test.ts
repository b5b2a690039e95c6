/**
 * A smaller bundle (issue 14): dist/Code.js, parsed on every execution and
 * every page call, stays within 250 KB; the documents run and the reminder
 * run are not in it but in their own files (src/addon/parts.ts), each read
 * once by the execution that runs it and by no other.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALWAYS_EN, ALWAYS_TH, EN, TH, type LaterDomain } from '../../src/core/i18n/domains';
import { partCode, partFile, partHtml } from '../../src/addon/part-file';
import { Emulator, type RunnerOptions } from '../../src/local/emulator/runner';
import { DIST, tempDir } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';

const ORGANISER = 'organiser@example.go.th';
const READ_FILE = 'HtmlService.createHtmlOutputFromFile';
const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
const part = (name: string) => partCode(readFileSync(path.join(DIST, `${partFile(name)}.html`), 'utf8')) ?? '';

function emulator(file: string, dir: string, distDir = DIST, over: Partial<RunnerOptions> = {}): Emulator {
  return new Emulator({ workbookPath: file, user: ORGANISER, outboxDir: path.join(dir, 'outbox'), docsDir: path.join(dir, 'docs'), distDir, ...over });
}

/**
 * The strings of a domain only its part has: long enough to be its own, not a
 * string some domain of every execution also has, and written in the bundle as
 * in the source, in double quotes (no quote, backslash or line break that
 * minifying may escape).
 */
function ownStrings(domain: LaterDomain): string[] {
  const always = new Set([ALWAYS_EN, ALWAYS_TH].flatMap((t) => Object.values(t).flatMap((d) => Object.values(d as Record<string, string>))));
  return [EN[domain], TH[domain]]
    .flatMap((d) => Object.values(d as Record<string, string>))
    .filter((s) => s.length >= 12 && !always.has(s) && !/["'`\\\n]/.test(s));
}

describe('the bundle Apps Script parses on every execution', () => {
  test('dist/Code.js is at most 250 KB', () => {
    expect(statSync(path.join(DIST, 'Code.js')).size).toBeLessThanOrEqual(250 * 1024);
  });

  test.each([
    ['documents', 'documents', 'BEGIN:VCALENDAR'],
    ['reminders', 'reminders', 'mail quota is used up; the next run sends it'],
  ] as const)('the %s part: its code and its strings in both languages are in its file, not in Code.js', (name, domain, marker) => {
    const strings = ownStrings(domain);
    expect(strings.length).toBeGreaterThan(20);
    const text = part(name);
    // As string literals: a short one may also be a piece of a longer string of Code.js.
    expect(strings.filter((s) => !text.includes(`"${s}"`))).toEqual([]);
    expect(strings.filter((s) => code.includes(`"${s}"`))).toEqual([]);
    expect([text.includes(marker), code.includes(marker)]).toEqual([true, false]);
  });

  test.each(['documents', 'reminders'] as const)('no code of Code.js asks for a %s string (only its part has them)', (domain) => {
    // A key asked for in Code.js would find no string in the executions that do not load the part.
    const keys = Object.keys(EN[domain]).map((k) => `"${domain}.${k}"`);
    expect(keys.filter((k) => code.includes(k))).toEqual([]);
    expect(code.includes(`\`${domain}.`)).toBe(false);
    expect(keys.some((k) => part(domain).includes(k)) || part(domain).includes(`\`${domain}.`)).toBe(true);
  });

  test('a part\'s file gives back code that does what the code did, a "</script" in it included', () => {
    const body = 'return ["</script>", "</SCRIPT >", 1 < 2].join("|");';
    const html = partHtml(body);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(new Function(partCode(html) ?? '')()).toBe('</script>|</SCRIPT >|true');
    expect(partCode('<!DOCTYPE html><p>not a part</p>')).toBeUndefined();
  });

  test('only the part files hold code, and dist/ holds each of them', () => {
    const parts = readdirSync(DIST).filter((f) => f.startsWith('part-')).sort();
    expect(parts).toEqual([`${partFile('documents')}.html`, `${partFile('reminders')}.html`]);
  });
});

describe('a part is read once, by the execution that runs it', () => {
  test('a documents run reads its part once; validation reads none', async () => {
    const { dir, file } = sampleCopy();
    const emu = emulator(file, dir);
    const validated = await emu.call('validateWorkbook');
    expect(validated.error).toBeUndefined();
    expect(emu.stats.byMethod[READ_FILE] ?? 0).toBe(0);
    emu.stats.reset();
    const r = await emu.call('generateDocuments', ['rooming_list']);
    expect(r.error).toBeUndefined();
    expect((r.value as { written: number }).written).toBeGreaterThan(0);
    expect(emu.stats.byMethod[READ_FILE]).toBe(1);
  });

  test('sending due reminders reads the reminder part once; turning them on, and a send while off, read none', async () => {
    const { dir, file } = sampleCopy();
    const emu = emulator(file, dir);
    const off = await emu.call('sendDueRemindersNow');
    expect((off.value as { note?: string }).note).toMatch(/off/);
    const on = await emu.call('turnRemindersOn');
    expect(on.error).toBeUndefined();
    expect(emu.stats.byMethod[READ_FILE] ?? 0).toBe(0);
    const sent = await emu.call('sendDueRemindersNow', [], { now: new Date('2026-12-03T09:10:00+07:00') });
    expect(sent.error).toBeUndefined();
    expect(sent.value).toMatchObject({ sent: expect.any(Number), failures: [] });
    expect(emu.stats.byMethod[READ_FILE]).toBe(1);
  });

  test('a part built with another Code.js refuses to run and says what to do', async () => {
    const { dir, file } = sampleCopy();
    const dist = path.join(tempDir('lodesk-dist-'), 'dist');
    mkdirSync(dist);
    for (const f of readdirSync(DIST)) copyFileSync(path.join(DIST, f), path.join(dist, f));
    const partPath = path.join(dist, `${partFile('documents')}.html`);
    const stale = readFileSync(partPath, 'utf8').replace(/host\.id\s*!==\s*"([0-9a-f]+)"/, 'host.id!=="000000000000"');
    expect(stale).toContain('"000000000000"');
    writeFileSync(partPath, stale);
    const r = await emulator(file, dir, dist).call('generateDocuments', ['rooming_list']);
    expect(r.error).toMatch(/built with another dist\/Code\.js: build and push dist\/ again/);
  });
});
