/** The `fields` selection of a request, and the v3 File resource fields it may name. */
import { apiError } from './errors';
import { isPlainObject } from './args';

export type DriveFileResource = Record<string, unknown>;


/** The fields of a v3 File resource (drive_v3.d.ts, Schema.File): a `fields` selection may name only these. */
const FILE_FIELDS = new Set(
  (
    'appProperties capabilities contentHints contentRestrictions copyRequiresWriterPermission createdTime description ' +
    'driveId explicitlyTrashed exportLinks fileExtension folderColorRgb fullFileExtension hasAugmentedPermissions ' +
    'hasThumbnail headRevisionId iconLink id imageMediaMetadata isAppAuthorized kind labelInfo lastModifyingUser ' +
    'linkShareMetadata md5Checksum mimeType modifiedByMe modifiedByMeTime modifiedTime name originalFilename ownedByMe ' +
    'owners parents permissionIds permissions properties quotaBytesUsed resourceKey sha1Checksum sha256Checksum shared ' +
    'sharedWithMeTime sharingUser shortcutDetails size spaces starred teamDriveId thumbnailLink thumbnailVersion trashed ' +
    'trashedTime trashingUser version videoMediaMetadata viewedByMe viewedByMeTime viewersCanCopyContent webContentLink ' +
    'webViewLink writersCanShare'
  ).split(' '),
);
export const LIST_FIELDS = new Set(['kind', 'nextPageToken', 'incompleteSearch', 'files']);
/** What v3 returns for a file when the request names no fields. */
export const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';

/** Splits "a,b(c,d),e/f" at top-level commas. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter((x) => x !== '');
}

/** A `fields` selection as top-level name → its sub-selection ('*' when none). */
export function parseFields(method: string, fields: string, allowed: Set<string>): Map<string, string> {
  const picked = new Map<string, string>();
  for (const part of splitTop(fields)) {
    const m = /^([A-Za-z0-9]+)(?:\((.*)\)|\/(.+))?$/.exec(part);
    if (!m) throw apiError(method, `Invalid field selection ${part}`);
    if (!allowed.has(m[1])) throw apiError(method, `Invalid field selection ${m[1]}`);
    picked.set(m[1], m[2] ?? m[3] ?? '*');
  }
  return picked;
}

export function selectFile(method: string, full: DriveFileResource, fields: string): DriveFileResource {
  if (fields.trim() === '*') return full;
  const out: DriveFileResource = {};
  for (const name of parseFields(method, fields, FILE_FIELDS).keys()) {
    if (full[name] !== undefined) out[name] = full[name];
  }
  return out;
}

export function fieldsOf(optionalArgs: unknown): string | undefined {
  if (!isPlainObject(optionalArgs) || optionalArgs.fields === undefined || optionalArgs.fields === null) return undefined;
  return String(optionalArgs.fields);
}
