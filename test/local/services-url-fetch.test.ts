/**
 * UrlFetchApp emulates only the Drive API v3 multipart upload endpoints: an
 * upload there creates or updates a file through the same import as the
 * advanced Drive service; any other URL is refused as not emulated; a missing
 * or wrong bearer token is Google's 401; muteHttpExceptions decides whether a
 * failure throws or comes back as an HTTPResponse.
 */
import { createAdvancedDrive } from '../../src/local/emulator/advanced-drive';
import { createDocumentApp } from '../../src/local/emulator/document';
import { readModel } from '../../src/local/emulator/document/persistence';
import { createScriptApp } from '../../src/local/emulator/script-app';
import { SCOPES } from '../../src/local/emulator/scopes';
import { createUrlFetchApp } from '../../src/local/emulator/url-fetch';
import { costOf, requestsOf } from '../../src/local/emulator/costs';
import { sandbox, type Sandbox } from './services-helpers';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAll } from '../../src/core/documents';
import { docModel } from '../core/fixtures/documents';
import { docxOf } from '../helpers/docx';

const DOC = 'application/vnd.google-apps.document';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const UPLOAD = 'https://www.googleapis.com/upload/drive/v3/files';
const GRANTED = new Set([SCOPES.driveFile, SCOPES.scriptExternalRequest]);

function multipart(metadata: object, type: string, media: string, boundary = 'b0undary'): { contentType: string; payload: string } {
  const payload = `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify(metadata)}\r\n--${boundary}\r\nContent-Type: ${type}\r\n\r\n${media}\r\n--${boundary}--`;
  return { contentType: `multipart/related; boundary=${boundary}`, payload };
}

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

function services(scopes: ReadonlySet<string> = GRANTED, over = {}) {
  const ctx = box.ctx(over);
  const docs = createDocumentApp(ctx);
  const drive = createAdvancedDrive(ctx, docs);
  return { ctx, docs, drive, fetch: createUrlFetchApp(ctx, drive.Files, scopes), token: createScriptApp(ctx, scopes).getOAuthToken() };
}

describe('UrlFetchApp to the Drive upload endpoints', () => {
  test('create (POST) imports the HTML as a Google Doc carrying its appProperties; update (PATCH) puts new content into the same file', () => {
    const { ctx, fetch, token } = services();
    const auth = { Authorization: `Bearer ${token}` };
    const [made] = fetch.fetchAll([
      {
        url: `${UPLOAD}?uploadType=multipart&fields=id,webViewLink,appProperties`,
        method: 'post',
        headers: auth,
        muteHttpExceptions: true,
        ...multipart({ name: 'Brief', mimeType: DOC, appProperties: { lodeskKey: 'lo_brief:LO1' } }, 'text/html', '<p>สมชาย <b>=1+1</b></p>'),
      },
    ]);
    expect(made.getResponseCode()).toBe(200);
    const file = JSON.parse(made.getContentText());
    expect(file.appProperties).toEqual({ lodeskKey: 'lo_brief:LO1' });
    expect(readModel(ctx, file.id)?.body).toHaveLength(1);
    const again = fetch.fetch(`${UPLOAD}/${file.id}?uploadType=multipart&fields=id`, {
      method: 'patch',
      headers: auth,
      ...multipart({ name: 'Brief v2' }, 'text/html', '<p>one</p><p>two</p>'),
    });
    expect(JSON.parse(again.getContentText()).id).toBe(file.id);
    expect(readModel(ctx, file.id)?.body).toHaveLength(2);
  });

  test('a .docx sent as bytes (a byte-array payload) becomes the Google Doc, kept as it came; bytes that are no .docx are a 400', () => {
    const { fetch, token, drive } = services();
    const headers = { Authorization: `Bearer ${token}` };
    const docx = docxOf(buildAll(docModel('en'), { kinds: ['rooming_list'] })[0]);
    const text = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
    const bytesBody = (media: Buffer) => {
      const [head, tail] = multipart({ name: 'Rooming', mimeType: DOC }, DOCX, '\u0000').payload.split('\u0000');
      // Signed bytes, as Blob.getBytes gives them.
      return [...text(head), ...[...media].map((b) => (b > 127 ? b - 256 : b)), ...text(tail)];
    };
    const contentType = 'multipart/related; boundary=b0undary';
    const ok = fetch.fetch(`${UPLOAD}?uploadType=multipart&fields=id,webViewLink`, { method: 'post', headers, contentType, payload: bytesBody(docx), muteHttpExceptions: true });
    expect(ok.getResponseCode()).toBe(200);
    const file = JSON.parse(ok.getContentText());
    expect(readFileSync(fileURLToPath(String(file.webViewLink).replace(/#.*$/, '')))).toEqual(docx);
    const bad = fetch.fetch(`${UPLOAD}?uploadType=multipart`, { method: 'post', headers, contentType, payload: bytesBody(Buffer.from('PK garbage')), muteHttpExceptions: true });
    expect(bad.getResponseCode()).toBe(400);
    expect(JSON.parse(bad.getContentText()).error.message).toMatch(/could not be converted to a Google Doc: The file is not a zip/);
    expect(drive.Files.list({ q: 'trashed = false', fields: 'files(id)' }).files).toHaveLength(1);
  });

  test('refuses a URL other than the Drive upload endpoints, as not emulated, sending nothing', () => {
    const { fetch, token } = services();
    const headers = { Authorization: `Bearer ${token}` };
    expect(() => fetch.fetch('https://example.com/api', { headers })).toThrow(/example\.com\/api is not emulated locally/);
    expect(() => fetch.fetch('https://www.googleapis.com/drive/v3/files', { headers })).toThrow(/not emulated locally/);
    // One bad URL in a batch stops the whole batch before any upload is made.
    const good = { url: `${UPLOAD}?uploadType=multipart`, method: 'post' as const, headers, ...multipart({ name: 'x', mimeType: DOC }, 'text/html', '<p>x</p>') };
    expect(() => fetch.fetchAll([good, { url: 'https://example.com/' }])).toThrow(/not emulated/);
    expect(services().drive.Files.list({ q: 'trashed = false', fields: 'files(id)' }).files).toEqual([]);
  });

  test('a missing or wrong token is a 401 (thrown, or returned with muteHttpExceptions); a token without a Drive scope is a 403', () => {
    const { fetch, token, drive } = services();
    const body = multipart({ name: 'x', mimeType: DOC }, 'text/html', '<p>x</p>');
    const url = `${UPLOAD}?uploadType=multipart`;
    expect(() => fetch.fetch(url, { method: 'post', ...body })).toThrow(/returned code 401/);
    const missing = fetch.fetch(url, { method: 'post', ...body, muteHttpExceptions: true });
    expect(missing.getResponseCode()).toBe(401);
    expect(JSON.parse(missing.getContentText()).error.message).toMatch(/missing required authentication credential/);
    const wrong = fetch.fetch(url, { method: 'post', ...body, headers: { Authorization: `Bearer ${token}x` }, muteHttpExceptions: true });
    expect(wrong.getResponseCode()).toBe(401);
    expect(JSON.parse(wrong.getContentText()).error.message).toMatch(/invalid authentication credentials/);
    expect(drive.Files.list({ q: 'trashed = false', fields: 'files(id)' }).files).toEqual([]);

    const noDrive = services(new Set([SCOPES.scriptExternalRequest]));
    const refused = noDrive.fetch.fetch(url, { method: 'post', ...body, headers: { Authorization: `Bearer ${noDrive.token}` }, muteHttpExceptions: true });
    expect(refused.getResponseCode()).toBe(403);
  });

  test("a malformed multipart body is Google's 400; the day's documents past the quota a 403 with Google's message", () => {
    const { fetch, token } = services(GRANTED, { documentsQuota: 1 });
    const headers = { Authorization: `Bearer ${token}` };
    const url = `${UPLOAD}?uploadType=multipart`;
    const bad = fetch.fetch(url, { method: 'post', headers, contentType: 'multipart/related; boundary=zz', payload: 'not a multipart body', muteHttpExceptions: true });
    expect(bad.getResponseCode()).toBe(400);
    const body = multipart({ name: 'x', mimeType: DOC }, 'text/html', '<p>x</p>');
    const [one, two] = fetch.fetchAll([1, 2].map(() => ({ url, method: 'post' as const, headers, ...body, muteHttpExceptions: true })));
    expect(one.getResponseCode()).toBe(200);
    expect(two.getResponseCode()).toBe(403);
    expect(two.getContentText()).toMatch(/too many times for one day/);
  });

  test('a fetchAll is charged a base and a share per request, never less than one import in sequence', () => {
    const batch = new Array(50).fill({ url: UPLOAD });
    expect(requestsOf('UrlFetchApp.fetchAll', [batch])).toBe(50);
    // COSTS.md [T4]: 50 requests through fetchAll ~10 s; one import 2 s.
    expect(costOf('UrlFetchApp.fetchAll', 0, 50)).toBeGreaterThanOrEqual(10_000);
    expect(costOf('UrlFetchApp.fetchAll', 0, 1)).toBeGreaterThanOrEqual(costOf('Files.create'));
  });
});
