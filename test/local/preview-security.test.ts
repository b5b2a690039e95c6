/**
 * The preview answers only its own pages and scripts on the same machine:
 * no other web page the organiser visits may run a server function or read an
 * answer, whether by a cross-site request or by DNS rebinding (a foreign Host).
 */
import { readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { createPreviewServer, listen } from '../../src/local/preview/server';
import { emulatorWith, rawRequest, type RawResponse } from './preview-helpers';

const CODE = `
function whoAmI() { return Session.getActiveUser().getEmail(); }
function marks_() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  return ss.getSheetByName('Marks') || ss.insertSheet('Marks');
}
function mark(v) { marks_().getRange('A1').setValue(v); return v; }
function lastMark() { return String(marks_().getRange('A1').getValue()); }
function openSidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('page')); }
`;

const emulator = emulatorWith(CODE);
const calls = jest.spyOn(emulator, 'call');
let server: Server;
let port: number;

beforeAll(async () => {
  server = createPreviewServer({ emulator, defaultUser: 'a@example.org', port: 0 });
  port = Number(new URL(await listen(server, 0)).port);
  // The workbook exists and holds a mark before any refused request is tried.
  expect((await runAsScript('mark', ['before'])).status).toBe(200);
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => calls.mockClear());

const own = () => `127.0.0.1:${port}`;
const json = (fn: string, args: unknown[] = []) => JSON.stringify({ fn, args });

function runAsScript(fn: string, args: unknown[] = []): Promise<RawResponse> {
  return rawRequest(port, { method: 'POST', path: '/api/run', headers: { 'content-type': 'application/json' }, body: json(fn, args) });
}

/** The workbook's bytes and mtime: any execution writes the file back. */
function workbookState() {
  const file = emulator.options.workbookPath;
  return { bytes: readFileSync(file), mtime: statSync(file).mtimeMs };
}

/** Runs the requests and checks that each was refused with `status` and that nothing ran. */
async function expectRefusedAndNothingRan(status: number, requests: (() => Promise<RawResponse>)[]) {
  calls.mockClear();
  const before = workbookState();
  for (const send of requests) {
    const r = await send();
    expect(r.status).toBe(status);
    expect(r.headers['content-type']).toMatch(/^text\/plain/);
    expect(r.body).not.toContain('"ok"');
  }
  expect(calls).not.toHaveBeenCalled();
  expect(workbookState()).toEqual(before);
  expect(JSON.parse((await runAsScript('lastMark')).body)).toEqual({ ok: true, value: 'before' });
}

const crossSitePost = (headers: Record<string, string>) => () =>
  rawRequest(port, { method: 'POST', path: '/api/run', headers: { 'content-type': 'application/json', ...headers }, body: json('mark', ['evil']) });

describe('requests from another web page', () => {
  it('a cross-site POST to /api/run is refused and runs nothing', async () => {
    await expectRefusedAndNothingRan(403, [
      crossSitePost({ origin: 'http://evil.example' }),
      crossSitePost({ origin: 'null' }),
      crossSitePost({ origin: `http://127.0.0.1:${port + 1}` }),
      crossSitePost({ origin: `https://127.0.0.1:${port}` }),
      crossSitePost({ 'sec-fetch-site': 'cross-site' }),
      crossSitePost({ 'sec-fetch-site': 'same-site', origin: `http://localhost:${port + 1}` }),
    ]);
  });

  it('a page on another site cannot navigate to or frame the preview pages', async () => {
    await expectRefusedAndNothingRan(403, [
      () => rawRequest(port, { path: '/sidebar', headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'iframe' } }),
      () => rawRequest(port, { path: '/mobile', headers: { 'sec-fetch-site': 'cross-site' } }),
      () => rawRequest(port, { path: '/dashboard', headers: { origin: 'http://evil.example' } }),
    ]);
  });

  it('a form-encoded or plain-text POST (no preflight needed) is refused, even with no Origin', async () => {
    const post = (type: string, headers: Record<string, string> = {}) => () =>
      rawRequest(port, { method: 'POST', path: '/api/run', headers: { 'content-type': type, ...headers }, body: json('mark', ['evil']) });
    await expectRefusedAndNothingRan(415, [
      post('application/x-www-form-urlencoded'),
      post('text/plain'),
      post('multipart/form-data; boundary=x'),
      () => rawRequest(port, { method: 'POST', path: '/api/run', body: json('mark', ['evil']) }),
    ]);
    // With a foreign Origin the Origin check answers first; either way nothing ran.
    await expectRefusedAndNothingRan(403, [post('text/plain', { origin: 'http://evil.example' })]);
  });

  it('a CORS preflight gets a refusal and no Access-Control-Allow-* header', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port}`]) {
      const r = await rawRequest(port, {
        method: 'OPTIONS', path: '/api/run',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(r.status).toBe(403);
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(calls).not.toHaveBeenCalled();
  });
});

describe('requests addressed to another host (DNS rebinding)', () => {
  const routes: [string, string][] = [
    ['GET', '/'], ['GET', '/sidebar'], ['GET', '/dashboard'], ['GET', '/mobile'],
    ['GET', '/outbox'], ['GET', '/outbox?m=x.eml'], ['GET', '/docs'], ['GET', '/docs?f=x.docx'], ['GET', '/nowhere'],
    ['POST', '/api/run'],
  ];
  const at = (host: string) =>
    routes.map(([method, path]) => () =>
      rawRequest(port, { method, path, headers: { host, 'content-type': 'application/json' }, body: method === 'POST' ? json('mark', ['evil']) : undefined }));

  it('refuses a foreign name on the preview port on every route', async () => {
    await expectRefusedAndNothingRan(421, at(`evil.example:${port}`));
  });

  it('refuses its own address with another port, no port, or port 0', async () => {
    await expectRefusedAndNothingRan(421, [...at(`127.0.0.1:${port + 1}`), ...at('127.0.0.1'), ...at('localhost:0')]);
  });

  it('refuses a request with no Host header', async () => {
    // Node's own requireHostHeader answers 400 before the preview sees it; the guard would say 421.
    const before = workbookState();
    const r = await rawRequest(port, { method: 'POST', path: '/api/run', setHost: false, headers: { 'content-type': 'application/json' }, body: json('mark', ['evil']) });
    expect([400, 421]).toContain(r.status);
    expect(calls).not.toHaveBeenCalled();
    expect(workbookState()).toEqual(before);
  });

  it('says in plain text which hosts it answers', async () => {
    const r = await rawRequest(port, { path: '/', headers: { host: `evil.example:${port}` } });
    expect(r.body).toContain(`127.0.0.1:${port}`);
    expect(r.body).not.toContain('<');
  });
});

describe('what still works', () => {
  it("the preview's own pages, as a browser sends them", async () => {
    for (const name of ['127.0.0.1', 'localhost', '[::1]']) {
      const host = `${name}:${port}`;
      const page = await rawRequest(port, { path: '/sidebar', headers: { host, 'sec-fetch-site': 'same-origin', 'sec-fetch-dest': 'document' } });
      expect(page.status).toBe(200);
      expect(page.body).toContain('window.google = { script:');
      const typed = await rawRequest(port, { path: '/', headers: { host, 'sec-fetch-site': 'none' } });
      expect(typed.status).toBe(200);
    }
  });

  it('a same-origin fetch from a preview page runs the function', async () => {
    const r = await rawRequest(port, {
      method: 'POST', path: '/api/run?as=lo1%40example.go.th',
      headers: { host: `localhost:${port}`, origin: `http://localhost:${port}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: json('whoAmI'),
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: 'lo1@example.go.th' });
  });

  it('a script on the same machine (no Origin, JSON) may still call and write', async () => {
    expect(JSON.parse((await runAsScript('mark', ['script'])).body)).toEqual({ ok: true, value: 'script' });
    expect(JSON.parse((await runAsScript('lastMark')).body)).toEqual({ ok: true, value: 'script' });
    await runAsScript('mark', ['before']);
    const charset = await rawRequest(port, {
      method: 'POST', path: '/api/run', headers: { host: own(), 'content-type': 'Application/JSON; charset=utf-8' }, body: json('whoAmI'),
    });
    expect(JSON.parse(charset.body)).toEqual({ ok: true, value: 'a@example.org' });
  });
});

describe('where it listens', () => {
  it('refuses a host another machine could reach, in one line, without listening', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.org']) {
      const other = createPreviewServer({ emulator, defaultUser: '', port: 0 });
      await expect(listen(other, 0, host)).rejects.toThrow(/^the preview listens only on 127\.0\.0\.1, ::1 or localhost, not /);
      expect(other.listening).toBe(false);
    }
  });

  it('listens on 127.0.0.1 by default and reports the port the OS picked', () => {
    const addr = server.address();
    expect(addr).toEqual(expect.objectContaining({ address: '127.0.0.1', port }));
    expect(port).toBeGreaterThan(0);
  });
});
