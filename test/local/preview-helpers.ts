import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Emulator } from '../../src/local/emulator/runner';
import { tempDir } from '../helpers/cli';
import { WELL_KNOWN_SCOPES } from '../../src/local/emulator/scopes';

/** An emulator whose dist/Code.js is `code` and whose page.html is a tiny page. */
export function emulatorWith(code: string): Emulator {
  const dir = tempDir('lodesk-preview-');
  const dist = path.join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'Code.js'), code);
  writeFileSync(path.join(dist, 'page.html'), '<!doctype html><html><head><title>t</title></head><body>hi</body></html>');
  return new Emulator({
    workbookPath: path.join(dir, 'book.xlsx'), user: 'a@example.org', outboxDir: path.join(dir, 'outbox'),
    docsDir: path.join(dir, 'docs'), distDir: dist, createIfMissing: true, oauthScopes: [...WELL_KNOWN_SCOPES],
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request to 127.0.0.1:port with exactly these headers: node's http.request
 * lets a test set Host, Origin and Sec-Fetch-Site, which fetch forbids.
 */
export function rawRequest(
  port: number,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string; setHost?: boolean },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path ?? '/', headers: opts.headers ?? {}, setHost: opts.setHost ?? true, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
