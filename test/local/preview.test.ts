import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { createPreviewServer, listen } from '../../src/local/preview/server';
import { injectShim } from '../../src/local/preview/script-run-shim';
import { lodesk, tempDir } from '../helpers/cli';
import { emulatorWith } from './preview-helpers';

const CODE = `
function whoAmI() { return Session.getActiveUser().getEmail(); }
function fails() { throw new Error('The Guests tab has no guest_id column.'); }
function secret_() { return 'private'; }
function openSidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('page')); }
`;

describe('the preview server', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createPreviewServer({ emulator: emulatorWith(CODE), defaultUser: 'a@example.org', port: 0 }) as unknown as Server;
    base = await listen(server as never, 0);
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const run = (fn: string, args: unknown[] = [], as?: string) =>
    fetch(`${base}api/run${as !== undefined ? `?as=${encodeURIComponent(as)}` : ''}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn, args }),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));

  it('runs a server function as the default user, or as ?as=', async () => {
    expect((await run('whoAmI')).body).toEqual({ ok: true, value: 'a@example.org' });
    expect((await run('whoAmI', [], 'lo1@example.go.th')).body).toEqual({ ok: true, value: 'lo1@example.go.th' });
    expect((await run('whoAmI', [], '')).body).toEqual({ ok: true, value: '' });
  });

  it('hands a server exception to the page as the failure handler would', async () => {
    expect((await run('fails')).body).toEqual({ ok: false, error: 'The Guests tab has no guest_id column.' });
  });

  it('does not expose functions whose names end in "_"', async () => {
    const r = await run('secret_');
    expect(r.status).toBe(400);
    expect(r.body.ok).toBe(false);
  });

  it('serves the page the bundle showed, with google.script.run wired in', async () => {
    const html = await (await fetch(`${base}sidebar`)).text();
    expect(html).toContain('hi');
    expect(html).toContain('window.google = { script:');
  });

  it('says when a port is busy', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const other = createPreviewServer({ emulator: emulatorWith(CODE), defaultUser: '', port });
    await expect(listen(other, port)).rejects.toThrow(`port ${port} is busy`);
    blocker.close();
  });

  it('the command line reports a busy port in one line and exits 2', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'e.xlsx');
    expect(lodesk(['init', file, '--empty']).status).toBe(0);
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const r = lodesk(['preview', file, '--port', String(port)]);
    blocker.close();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/busy/);
  });
});

describe('the google.script.run shim', () => {
  it('goes first in <head>, before the page script', () => {
    const out = injectShim('<html><head><script>page()</script></head></html>');
    expect(out.indexOf('window.google')).toBeLessThan(out.indexOf('page()'));
  });
});
