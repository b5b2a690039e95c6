/**
 * The Drive API v3 upload endpoints, the only URLs UrlFetchApp reaches here:
 *   POST  https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart        (files.create)
 *   PATCH https://www.googleapis.com/upload/drive/v3/files/{fileId}?uploadType=multipart (files.update)
 * ("Upload file data": "Multipart upload (uploadType=multipart): Use this upload
 * type to transfer a small file (5 MB or less) along with metadata that
 * describes the file, in a single request").
 *
 * One way to do a thing: the request is answered by the advanced Drive
 * service's own Files.create / Files.update (advanced-drive/files.ts), so an
 * upload is checked, imported (doc-media.ts, doc-import.ts), rate-limited and
 * counted against the day's documents exactly as Drive.Files calls are; what
 * they throw becomes Google's JSON error with its HTTP status.
 */
import type { DriveFiles } from '../advanced-drive/files';
import { DOCUMENTS_EXCEEDED, DRIVE_RATE_EXCEEDED } from '../quotas';
import { Blob } from '../utilities';
import { BadUpload, parseMultipart } from './multipart';

export const UPLOAD_BASE = 'https://www.googleapis.com/upload/drive/v3/files';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
/** Scopes any one of which lets a token create or update a file (the Drive discovery document; scopes.ts). */
const CREATE_SCOPES = ['https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/drive.appdata', DRIVE_FILE];
const UPDATE_SCOPES = [...CREATE_SCOPES, 'https://www.googleapis.com/auth/drive.metadata', 'https://www.googleapis.com/auth/drive.scripts'];

export interface Answer {
  code: number;
  body: string;
}

/** Google's JSON error body. */
export function errorAnswer(code: number, message: string, reason: string, status: string): Answer {
  return { code, body: JSON.stringify({ error: { code, message, errors: [{ message, domain: 'global', reason }], status } }) };
}

/** Whether `url` is one of the two upload endpoints (the query is checked by `upload`). */
export function isUploadUrl(url: URL): boolean {
  return url.origin === 'https://www.googleapis.com' && /^\/upload\/drive\/v3\/files(\/[\w-]+)?$/.test(url.pathname);
}

function fromThrown(err: unknown): Answer {
  const message = err instanceof Error ? err.message : String(err);
  if (message === DOCUMENTS_EXCEEDED) {
    // ASSUMPTION: Google does not publish how the REST API words the day's document limit; the
    // Apps Script message is kept in a 403 so the refusal reads the same through either route.
    return errorAnswer(403, message, 'dailyLimitExceeded', 'PERMISSION_DENIED');
  }
  if (message === DRIVE_RATE_EXCEEDED) return errorAnswer(403, 'User rate limit exceeded.', 'userRateLimitExceeded', 'PERMISSION_DENIED');
  const api = /^API call to drive\.files\.\w+ failed with error: (.*)$/s.exec(message);
  if (!api) throw err; // not a Drive answer (e.g. "not emulated"): the emulator's own error, loud.
  if (/^File not found/.test(api[1])) return errorAnswer(404, api[1], 'notFound', 'NOT_FOUND');
  return errorAnswer(400, api[1], 'invalid', 'INVALID_ARGUMENT');
}

/** One upload request, answered by the advanced Drive service's Files collection. */
export function upload(files: DriveFiles, scopes: ReadonlySet<string>, method: string, url: URL, contentType: string, payload: Buffer): Answer {
  const fileId = /^\/upload\/drive\/v3\/files\/([\w-]+)$/.exec(url.pathname)?.[1];
  const uploadType = url.searchParams.get('uploadType');
  if (uploadType !== 'multipart') {
    throw new Error(`UrlFetchApp: Drive uploads with uploadType=${uploadType ?? '(none)'} are not emulated locally (multipart is; see src/local/emulator/url-fetch.ts).`);
  }
  const wanted = fileId ? 'PATCH' : 'POST';
  if (method !== wanted) return errorAnswer(405, `Method ${method} is not allowed here: use ${wanted}.`, 'methodNotAllowed', 'INVALID_ARGUMENT');
  const allowed = fileId ? UPDATE_SCOPES : CREATE_SCOPES;
  if (!allowed.some((s) => scopes.has(s))) {
    return errorAnswer(403, 'Request had insufficient authentication scopes.', 'insufficientPermissions', 'PERMISSION_DENIED');
  }
  let parsed: ReturnType<typeof parseMultipart>;
  try {
    parsed = parseMultipart(contentType, payload);
  } catch (err) {
    if (err instanceof BadUpload) return errorAnswer(400, err.message, 'badContent', 'INVALID_ARGUMENT');
    throw err;
  }
  const media = new Blob(parsed.media, parsed.mediaType.split(';')[0].trim(), null);
  const fields = url.searchParams.get('fields');
  const opts = fields ? { fields } : {};
  try {
    const file = fileId ? files.update(parsed.metadata, fileId, media, opts) : files.create(parsed.metadata, media, opts);
    return { code: 200, body: JSON.stringify(file) };
  } catch (err) {
    return fromThrown(err);
  }
}
