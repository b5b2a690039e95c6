/**
 * UrlFetchApp: fetch and fetchAll, emulating ONLY the Drive API v3 upload
 * endpoints (drive-upload.ts). Any other URL is refused with an error saying
 * it is not emulated: nothing here reaches the network.
 *
 * What Google's reference says and this keeps to:
 *  - "This service requires the https://www.googleapis.com/auth/script.external_request
 *    scope" (scopes.ts; the membrane refuses the call without it);
 *  - fetch(url): the URL may have "a maximum of 2,082 characters" (longer is refused);
 *  - muteHttpExceptions: "If true the fetch doesn't throw an exception if the
 *    response code indicates failure, and instead returns the HTTPResponse"; so
 *    without it a status of 400 or more throws "Request failed for … returned code …";
 *  - fetchAll takes "An array of either URLs or JSON objects representing requests";
 *    Google sends them together, so here every request of the batch is made
 *    before any error is thrown (the strict reading: an unmuted failure loses
 *    the answers, not the work the other requests did).
 * The bearer token must be the execution's ScriptApp.getOAuthToken(); missing
 * or wrong is Google's 401; a token whose scopes do not reach Drive is 403.
 *
 * Test hooks (EmulatorOptions): killAt 'DriveUpload#n' kills the execution at
 * the n-th upload of the execution (the earlier ones of its batch stand, as
 * when Apps Script stops a script mid-call); uploadFaults {n: status} makes the
 * n-th upload answer that status (429, 503) without reaching Drive.
 */
import type { Assert, Conforms } from '../conformance';
import type { DriveFiles } from '../advanced-drive/files';
import { oauthTokenOf } from '../script-app/oauth-token';
import type { ServiceContext } from '../state';
import { blobBuffer, blobOf } from '../utilities';
import { errorAnswer, isUploadUrl, upload, UPLOAD_BASE, type Answer } from './drive-upload';
import { HTTPResponse } from './http-response';

const MAX_URL_LENGTH = 2082;
const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

interface Request {
  url: string;
  method?: string;
  contentType?: string;
  payload?: unknown;
  headers?: Record<string, unknown>;
  muteHttpExceptions?: boolean;
}

function payloadBuffer(p: unknown): Buffer {
  if (p === undefined || p === null) return Buffer.alloc(0);
  if (typeof p === 'string') return Buffer.from(p, 'utf8');
  if (Array.isArray(p)) return Buffer.from(p.map((b) => Number(b) & 0xff));
  const blob = blobOf(p);
  if (blob) return blobBuffer(blob);
  throw new Error('UrlFetchApp: a payload of form fields is not emulated locally (the Drive uploads send a string, bytes or a blob).');
}

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() === name) return String(v);
  return undefined;
}

export class UrlFetchApp {
  readonly gasType = 'UrlFetchApp';
  /** Uploads made in this execution (for the test hooks). */
  private uploads = 0;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly files: DriveFiles,
    private readonly scopes: ReadonlySet<string>,
  ) {}

  fetch(url: string, params?: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions): HTTPResponse {
    const [response] = this.run([{ ...(params as object), url } as Request]);
    return response;
  }

  fetchAll(requests: (GoogleAppsScript.URL_Fetch.URLFetchRequest | string)[]): HTTPResponse[] {
    if (!Array.isArray(requests)) throw new Error('Invalid argument: requests');
    return this.run(requests.map((r) => (typeof r === 'string' ? { url: r } : (r as Request))));
  }

  private run(requests: Request[]): HTTPResponse[] {
    // Every request is checked before any is sent: a request Google would refuse to send stops the call.
    const parsed = requests.map((r) => this.check(r));
    const answers = parsed.map(({ r, url }) => new HTTPResponse(...this.answer(r, url)));
    const failed = answers.findIndex((a, i) => a.getResponseCode() >= 400 && !parsed[i].r.muteHttpExceptions);
    if (failed >= 0) {
      const a = answers[failed];
      throw new Error(
        `Request failed for https://www.googleapis.com returned code ${a.getResponseCode()}. Truncated server response: ${a.getContentText().slice(0, 200)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return answers;
  }

  private check(r: Request): { r: Request; url: URL } {
    if (typeof r !== 'object' || r === null || typeof r.url !== 'string' || r.url === '') throw new Error('Invalid argument: url');
    if (r.url.length > MAX_URL_LENGTH) throw new Error(`Invalid argument: url (longer than ${MAX_URL_LENGTH} characters)`);
    let url: URL;
    try {
      url = new URL(r.url);
    } catch {
      throw new Error(`Invalid argument: ${r.url}`);
    }
    if (!isUploadUrl(url)) {
      throw new Error(
        `UrlFetchApp: ${url.origin}${url.pathname} is not emulated locally: only the Drive API v3 upload endpoints (${UPLOAD_BASE}) are (see src/local/emulator/url-fetch.ts).`,
      );
    }
    return { r, url };
  }

  private answer(r: Request, url: URL): [number, string] {
    const n = ++this.uploads;
    if (this.ctx.options.killAt === `DriveUpload#${n}`) throw new Error(TIME_LIMIT_MESSAGE);
    const fault = this.ctx.options.uploadFaults?.[n];
    if (fault) {
      const a = errorAnswer(fault, fault === 429 ? 'Too many requests.' : 'Backend Error', fault === 429 ? 'rateLimitExceeded' : 'backendError', fault === 429 ? 'RESOURCE_EXHAUSTED' : 'UNAVAILABLE');
      return [a.code, a.body];
    }
    const a: Answer = this.authorised(header(r.headers, 'authorization')) ?? upload(
      this.files,
      this.scopes,
      String(r.method ?? 'get').toUpperCase(),
      url,
      r.contentType ?? header(r.headers, 'content-type') ?? 'application/x-www-form-urlencoded',
      payloadBuffer(r.payload),
    );
    return [a.code, a.body];
  }

  /** Google's 401 for a missing or wrong bearer token; undefined when it is the execution's own. */
  private authorised(auth: string | undefined): Answer | undefined {
    if (auth === undefined || !/^Bearer \S+$/.test(auth)) {
      return errorAnswer(401, 'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.', 'required', 'UNAUTHENTICATED');
    }
    if (auth.slice('Bearer '.length) !== oauthTokenOf(this.ctx, this.scopes)) {
      return errorAnswer(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', 'authError', 'UNAUTHENTICATED');
    }
    return undefined;
  }
}

// Compile-time: UrlFetchApp keeps to Apps Script's UrlFetchApp (see ../conformance.ts).
type _UrlFetchAppConforms = Assert<Conforms<UrlFetchApp, GoogleAppsScript.URL_Fetch.UrlFetchApp>>;

export function createUrlFetchApp(ctx: ServiceContext, files: DriveFiles, scopes: ReadonlySet<string>): UrlFetchApp {
  return new UrlFetchApp(ctx, files, scopes);
}
