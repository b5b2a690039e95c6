/**
 * Writing documents in parallel: batches of Drive API v3 multipart uploads
 * sent together with one UrlFetchApp.fetchAll, each creating a file (POST
 * …/upload/drive/v3/files?uploadType=multipart) or putting new content into
 * the file that already holds the document (PATCH …/files/{id}?uploadType=multipart).
 * A document's media part is its .docx (docs-docx.ts), typed as Word's, under metadata
 * that names the Google Doc type, so Drive converts it; the body is then bytes: the
 * text of the parts' headers, the .docx's bytes and the closing boundary, one byte array
 * ("It can be a string, a byte array, or a JavaScript object", UrlFetchApp's payload; the
 * array holds Java's signed bytes, as Blob.getBytes gives them, the stricter reading of
 * what converts to byte[]). An .ics stays a text body.
 *
 * What Google's documentation says, and how this keeps to its strictest reading:
 *  - UrlFetchApp: "This service requires the https://www.googleapis.com/auth/script.external_request
 *    scope … if you are setting your scopes explicitly you must manually add this scope"
 *    (appsscript.json lists it; the README's scope table says why).
 *  - ScriptApp.getOAuthToken: "Gets the OAuth 2.0 access token for the effective user"; it
 *    carries the scopes the user granted, so the uploads stay within drive.file (files this
 *    app made), as the advanced Drive service did.
 *  - "Upload file data": a multipart upload is for "a small file (5 MB or less) along with
 *    metadata that describes the file, in a single request". A larger document is refused
 *    here before it is sent, with its name.
 *  - Apps Script quotas: URL Fetch calls a day (20,000 consumer, 100,000 Workspace; each
 *    request of a fetchAll counted as one call, the strict reading), and 50 MB a call's
 *    payload. A batch is at most BATCH_SIZE requests and BATCH_BYTES bytes in all.
 *    Google documents no limit on the number of requests in one fetchAll; 50 is what
 *    COSTS.md's measurement [T4] sent in one, so the cost model covers it.
 *  - Drive API usage limits: 12,000 queries a minute per user; "403: User rate limit
 *    exceeded" past it, and "429: Too many requests" from further backend checks, for which
 *    Google says to back off and try again later. A batch of 50 every few seconds stays far
 *    below the per-minute figure; a 403 rate limit, 429 or 5xx answer is one document's
 *    problem: it is tried again later in the run, or left for the next run, and reported.
 *
 * Never twice: the document's key rides in the metadata of the very request that creates
 * the file (appProperties), so a batch that dies half-way leaves only files that carry
 * their key; the next run lists the folder (docs-drive.ts) and updates them.
 */
import { KEY_PROPERTY, type DriveWrite } from './docs-drive';

const UPLOAD = 'https://www.googleapis.com/upload/drive/v3/files';
/** Requests in one fetchAll (see the top of this file). */
const BATCH_SIZE = 50;
/** Bytes in one fetchAll: well under the 50 MB a call's payload may be. */
const BATCH_BYTES = 40 * 1024 * 1024;
/** "Upload file data": a multipart upload carries 5 MB or less. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface Upload {
  write: DriveWrite;
  /** The file that already holds the document (updated in place), or none (created in `folderId`). */
  existing?: string;
  folderId: string;
}

export type UploadResult =
  | { ok: true; link: string }
  | {
      ok: false;
      status: number;
      message: string;
      /** Worth trying again later (429, 5xx, the per-user rate limit). */
      retry: boolean;
      /** Google's refusal for the day's new documents. */
      dayQuota: boolean;
    };

interface Prepared {
  request: GoogleAppsScript.URL_Fetch.URLFetchRequest;
  bytes: number;
}

/** A string's UTF-8 bytes, signed as Apps Script's byte[] is (-128..127): the body's text around a .docx. */
function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out.map((b) => (b > 127 ? b - 256 : b));
}

/** Whether `needle` occurs in `hay` (bytes; both signed). */
function holds(hay: readonly number[], needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A boundary that occurs in no part (text, or the .docx's bytes). */
function boundaryFor(parts: (string | readonly number[])[]): string {
  let b = 'lodesk_part_4f1c9e';
  while (parts.some((p) => (typeof p === 'string' ? p.includes(b) : holds(p, utf8Bytes(b))))) b += '_';
  return b;
}

/** The media's size in bytes (a text's as UTF-8). */
function byteLength(content: string | readonly number[]): number {
  return typeof content === 'string' ? utf8Bytes(content).length : content.length;
}

function prepare(u: Upload, token: string): Prepared {
  const w = u.write;
  const metadata = u.existing
    ? { name: w.name, appProperties: { [KEY_PROPERTY]: w.key } }
    : { name: w.name, mimeType: w.mimeType, parents: [u.folderId], appProperties: { [KEY_PROPERTY]: w.key } };
  const json = JSON.stringify(metadata);
  const content = w.content();
  const text = typeof content === 'string';
  const b = boundaryFor([json, content]);
  const head = `--${b}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${json}\r\n--${b}\r\nContent-Type: ${w.mediaType}${text ? '; charset=UTF-8' : ''}\r\n\r\n`;
  const tail = `\r\n--${b}--`;
  // A .docx is bytes: the body is the text's bytes around them ("It can be a string, a byte array, or a
  // JavaScript object", UrlFetchApp's payload). A text (the .ics) stays one string.
  const payload = text ? head + content + tail : [...utf8Bytes(head), ...content, ...utf8Bytes(tail)];
  const url = u.existing
    ? `${UPLOAD}/${encodeURIComponent(u.existing)}?uploadType=multipart&fields=id,webViewLink`
    : `${UPLOAD}?uploadType=multipart&fields=id,webViewLink`;
  return {
    request: {
      url,
      method: u.existing ? 'patch' : 'post',
      contentType: `multipart/related; boundary=${b}`,
      payload,
      headers: { Authorization: `Bearer ${token}` },
      // Each answer is judged on its own: one failed document must not lose the batch's others.
      muteHttpExceptions: true,
    },
    bytes: byteLength(content),
  };
}

function judged(response: GoogleAppsScript.URL_Fetch.HTTPResponse): UploadResult {
  const status = response.getResponseCode();
  const text = response.getContentText();
  let body: { webViewLink?: string; error?: { message?: string; errors?: { reason?: string }[] } } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  if (status >= 200 && status < 300) {
    return body.webViewLink ? { ok: true, link: body.webViewLink } : { ok: false, status, message: 'Drive gave no link to the file.', retry: true, dayQuota: false };
  }
  const message = body.error?.message ?? text.slice(0, 200);
  const reasons = (body.error?.errors ?? []).map((e) => e.reason ?? '');
  const dayQuota = /too many times for one day/i.test(message) || reasons.includes('dailyLimitExceeded');
  const rate = reasons.includes('userRateLimitExceeded') || reasons.includes('rateLimitExceeded');
  return { ok: false, status, message, retry: !dayQuota && (status === 429 || status >= 500 || (status === 403 && rate)), dayQuota };
}

/** Sends one batch in one fetchAll; one result per upload, in order. */
export function uploadBatch_(uploads: Upload[]): UploadResult[] {
  const token = ScriptApp.getOAuthToken();
  const prepared = uploads.map((u) => prepare(u, token));
  const results: (UploadResult | null)[] = prepared.map((p, i) =>
    p.bytes > MAX_UPLOAD_BYTES
      ? { ok: false, status: 413, message: `${uploads[i].write.name} is ${p.bytes} bytes: a document upload carries 5 MB or less.`, retry: false, dayQuota: false }
      : null,
  );
  const send = prepared.filter((_, i) => results[i] === null);
  if (send.length) {
    const responses = UrlFetchApp.fetchAll(send.map((p) => p.request));
    let k = 0;
    for (let i = 0; i < results.length; i++) if (results[i] === null) results[i] = judged(responses[k++]);
  }
  return results as UploadResult[];
}

/** How many of `uploads`, from the start, fit one batch (requests and bytes; at least one), and at most `max`. */
export function batchLength_(uploads: Upload[], max = BATCH_SIZE): number {
  let bytes = 0;
  let n = 0;
  for (const u of uploads.slice(0, Math.min(max, BATCH_SIZE))) {
    bytes += byteLength(u.write.content());
    if (n > 0 && bytes > BATCH_BYTES) break;
    n++;
  }
  return n;
}
