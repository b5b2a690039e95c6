/**
 * The local preview: serves the sidebar, dashboard and phone page exactly as
 * the bundle produces them, with google.script.run carried to the emulator.
 * Each request that reaches the bundle is one fresh execution (runner.ts).
 */
// mailparser is loaded when the outbox is shown: every other command starts faster without it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Emulator, CallResult } from '../emulator/runner';
import { injectShim } from './script-run-shim';
import { esc, page } from './html';
import { isJsonRequest, isLoopbackHost, refusalOf } from './request-guard';

export interface PreviewOptions {
  emulator: Emulator;
  /** The user pages act as, unless ?as= says otherwise. */
  defaultUser: string;
  port: number;
}

const MAX_BODY = 1024 * 1024;

function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createPreviewServer(opts: PreviewOptions): Server {
  const emu = opts.emulator;

  function userOf(url: URL): string {
    const as = url.searchParams.get('as');
    return as !== null ? as.trim() : opts.defaultUser;
  }

  function failurePage(what: string, r: CallResult): string {
    return page(`${what} failed`, `<h1>${esc(what)} failed</h1><p>The bundle reported: <code>${esc(r.error)}</code></p><p><a href="/">Back</a></p>`);
  }

  async function servePage(res: ServerResponse, url: URL, fn: string, pick: (r: CallResult) => string | undefined) {
    const user = userOf(url);
    const parameter = Object.fromEntries(url.searchParams);
    const args = fn === 'doGet' ? [{ parameter, parameters: Object.fromEntries(Object.entries(parameter).map(([k, v]) => [k, [v]])), queryString: url.search.slice(1), contextPath: '', contentLength: -1, pathInfo: '' }] : [];
    // doGet is a web app execution; the sidebar and dashboard open from the menu.
    const r = await emu.call(fn, args, { user, execution: fn === 'doGet' ? 'webapp' : 'menu' }, 'host');
    if (!r.ok) return send(res, 500, failurePage(fn, r));
    const html = pick(r);
    if (html === undefined) return send(res, 500, failurePage(fn, { ...r, error: `${fn} showed no page` }));
    send(res, 200, injectShim(html));
  }

  async function index(res: ServerResponse, url: URL) {
    const user = userOf(url);
    const q = `?as=${encodeURIComponent(user)}`;
    // The phone page is a web app with no open spreadsheet: its link names the event, as LO Desk's messages do.
    const id = await emu.spreadsheetId();
    const mobileQ = id ? `${q}&ss=${encodeURIComponent(id)}` : q;
    send(
      res,
      200,
      page(
        'LO Desk preview',
        `<h1>LO Desk — local preview</h1>
<p>Workbook: <code>${esc(emu.options.workbookPath)}</code><br>Acting as <b>${esc(user || '(no identity)')}</b>. Add <code>?as=EMAIL</code> to any page to act as someone else.</p>
<form method="get" action="/"><label>Act as <input name="as" value="${esc(user)}" size="32"></label> <button>Switch</button></form>
<ul>
<li><a href="/sidebar${q}">LO sidebar</a> — what an LO sees in Sheets</li>
<li><a href="/dashboard${q}">Organiser dashboard</a></li>
<li><a href="/mobile${mobileQ}">LO phone page</a> (the web app, for a 390 px screen)</li>
<li><a href="/outbox">Outbox</a> — messages the reminder trigger sent</li>
<li><a href="/docs">Documents</a> — generated briefing packs, lists and manifests</li>
</ul>`,
      ),
    );
  }

  async function listFiles(dir: string, ext: RegExp): Promise<{ name: string; mtime: Date; size: number }[]> {
    let names: string[] = [];
    try {
      names = await readdir(dir, { recursive: true });
    } catch {
      return [];
    }
    const out = [];
    for (const name of names.filter((n) => ext.test(n))) {
      const st = await stat(path.join(dir, name));
      if (st.isFile()) out.push({ name, mtime: st.mtime, size: st.size });
    }
    return out.sort((a, b) => b.mtime.getTime() - a.mtime.getTime() || a.name.localeCompare(b.name));
  }

  /** A path inside dir, or undefined when the request tries to leave it. */
  function inside(dir: string, rel: string): string | undefined {
    const full = path.resolve(dir, rel);
    return full.startsWith(path.resolve(dir) + path.sep) ? full : undefined;
  }

  async function outbox(res: ServerResponse, url: URL) {
    const dir = emu.options.outboxDir;
    const name = url.searchParams.get('m');
    if (name) {
      const file = inside(dir, name);
      if (!file) return send(res, 400, page('Bad request', '<p>No such message.</p>'));
      const { simpleParser } = await import('mailparser');
      const mail = await simpleParser(await readFile(file));
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : mail.to?.text ?? '';
      const body = mail.html
        ? `<iframe sandbox="" srcdoc="${esc(mail.html)}" title="HTML body"></iframe>`
        : `<pre>${esc(mail.text)}</pre>`;
      return send(
        res,
        200,
        page(
          mail.subject ?? name,
          `<p><a href="/outbox">← Outbox</a></p><h1>${esc(mail.subject)}</h1><p>From ${esc(mail.from?.text)}<br>To ${esc(to)}<br>${esc(mail.date?.toISOString())}</p>${body}<details><summary>Plain text</summary><pre>${esc(mail.text)}</pre></details>`,
        ),
      );
    }
    const files = await listFiles(dir, /\.eml$/i);
    const rows = await Promise.all(
      files.map(async (f) => {
        const { simpleParser } = await import('mailparser');
        const mail = await simpleParser(await readFile(path.join(dir, f.name)), { skipHtmlToText: true, skipTextToHtml: true });
        const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : mail.to?.text ?? '';
        return `<tr><td>${esc(f.mtime.toISOString().slice(0, 16).replace('T', ' '))}</td><td>${esc(to)}</td><td><a href="/outbox?m=${encodeURIComponent(f.name)}">${esc(mail.subject)}</a></td></tr>`;
      }),
    );
    send(
      res,
      200,
      page(
        'Outbox',
        `<p><a href="/">← Preview</a></p><h1>Outbox</h1><p class="muted">${esc(dir)}</p>` +
          (rows.length ? `<table><tr><th>Written</th><th>To</th><th>Subject</th></tr>${rows.join('')}</table>` : '<p>No messages yet. Run <code>lo-desk remind FILE --now ISO</code>.</p>'),
      ),
    );
  }

  async function docs(res: ServerResponse, url: URL) {
    const dir = emu.options.docsDir;
    const name = url.searchParams.get('f');
    if (name) {
      const file = inside(dir, name);
      if (!file) return send(res, 400, page('Bad request', '<p>No such document.</p>'));
      const data = await readFile(file);
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(path.basename(file))}`,
      });
      return res.end(data);
    }
    const files = await listFiles(dir, /\.(docx|ics|txt|csv)$/i);
    const rows = files.map(
      (f) => `<tr><td><a href="/docs?f=${encodeURIComponent(f.name)}">${esc(f.name)}</a></td><td>${esc(f.mtime.toISOString().slice(0, 16).replace('T', ' '))}</td><td>${(f.size / 1024).toFixed(1)} KB</td></tr>`,
    );
    send(
      res,
      200,
      page(
        'Documents',
        `<p><a href="/">← Preview</a></p><h1>Documents</h1><p class="muted">${esc(dir)}</p>` +
          (rows.length ? `<table><tr><th>File</th><th>Written</th><th>Size</th></tr>${rows.join('')}</table>` : '<p>No documents yet. Run <code>lo-desk docs FILE</code>.</p>'),
      ),
    );
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (!isJsonRequest(req)) {
      return send(res, 415, 'POST /api/run takes only Content-Type: application/json.', 'text/plain; charset=utf-8');
    }
    let fn: unknown;
    let args: unknown;
    try {
      ({ fn, args } = JSON.parse(await readBody(req)));
    } catch {
      return send(res, 400, JSON.stringify({ ok: false, error: 'The request was not JSON.' }), 'application/json');
    }
    // Apps Script exposes every top-level function except those ending in "_".
    if (typeof fn !== 'string' || !/^[A-Za-z$][\w$]*$/.test(fn) || fn.endsWith('_') || !Array.isArray(args)) {
      return send(res, 400, JSON.stringify({ ok: false, error: 'Not a callable server function.' }), 'application/json');
    }
    // ?ctx=webapp: a call from the phone page, run as a web app execution is (no active spreadsheet, no document lock).
    const r = await emu.call(fn, args, { user: userOf(url), execution: url.searchParams.get('ctx') === 'webapp' ? 'webapp' : 'menu' });
    send(res, 200, JSON.stringify(r.ok ? { ok: true, value: r.value ?? null } : { ok: false, error: r.error }), 'application/json');
  }

  return createServer((req, res) => {
    const refusal = refusalOf(req, req.socket.localPort ?? -1);
    if (refusal) return send(res, refusal.status, refusal.reason, 'text/plain; charset=utf-8');
    const url = new URL(req.url ?? '/', 'http://preview.local');
    const route = `${req.method} ${url.pathname}`;
    const handle = async () => {
      switch (route) {
        case 'GET /':
          return index(res, url);
        case 'GET /sidebar':
          return servePage(res, url, 'openSidebar', (r) => r.ui.sidebars.at(-1)?.html);
        case 'GET /dashboard':
          return servePage(res, url, 'openDashboard', (r) => r.ui.dialogs.at(-1)?.html);
        case 'GET /mobile':
          return servePage(res, url, 'doGet', (r) => {
            const out = r.value as { getContent?: () => string } | undefined;
            return typeof out?.getContent === 'function' ? out.getContent() : undefined;
          });
        case 'POST /api/run':
          return api(req, res, url);
        case 'GET /outbox':
          return outbox(res, url);
        case 'GET /docs':
          return docs(res, url);
        default:
          return send(res, 404, page('Not found', '<p>Not found. <a href="/">Preview</a></p>'));
      }
    };
    handle().catch((err: Error) => {
      if (!res.headersSent) send(res, 500, page('Error', `<p>${esc(err.message)}</p>`));
      else res.end();
    });
  });
}

/**
 * Listens on loopback only, or rejects with a clear message when the port is
 * taken or the host could be reached from another machine.
 */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  if (!isLoopbackHost(host)) {
    return Promise.reject(new Error(`the preview listens only on 127.0.0.1, ::1 or localhost, not ${host}: it serves guests' medical notes`));
  }
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${port} is busy: stop what uses it or pass --port N` : err.message));
    });
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${p}/`);
    });
  });
}
