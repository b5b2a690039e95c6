/**
 * The advanced Drive service (Drive API v3) as the bundle sees it: the global
 * `Drive`, with `Drive.Files.create/get/update/list/remove` taking the
 * arguments @types/google-apps-script's drive_v3.d.ts gives them.
 *
 * Why it exists: every DriveApp method needs the full, restricted `drive`
 * scope; under `drive.file` only this service works, and it sees only the
 * files the project itself made. So items are visible here when they carry
 * the registry's `app` mark (made by this service or by DocumentApp.create);
 * anything else (e.g. made through DriveApp) is "File not found", as Google
 * answers for a file the app may not see. The root folder is visible as a
 * parent (and as the alias `root`), never listed.
 *
 * Storage is DriveApp's (drive.ts): the same registry and the same folders
 * and files on disk, so a Google Doc from DocumentApp.create can be moved
 * into a folder made here, and a file uploaded here is a real file.
 *
 * Responses are plain v3 File resources. Without `fields`, v3 answers with
 * only kind, id, name and mimeType (not parents, not webViewLink), so that is
 * what comes back here too; `fields` picks top-level fields (sub-selections
 * such as `files(id,name)` are honoured one level deep) and an unknown field
 * name fails as on Google.
 *
 * Not emulated: the `q` operators beyond `and`, `=`, `!=` and `in parents`
 * on name, mimeType, trashed and parents; uploads converted into Google Docs;
 * shared drives, permissions, revisions. Those throw an error saying so.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  MimeType,
  addFile,
  addFolder,
  moveItem,
  readRegistry,
  removeItem,
  renameItem,
  rootFolderId,
  trashItem,
  updateRegistry,
  writeContent,
  type DriveRegistry,
  type FileRecord,
  type FolderRecord,
} from './drive';
import type { ServiceContext } from './state';
import { blobBuffer, type BlobLike } from './utilities';

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
const LIST_FIELDS = new Set(['kind', 'nextPageToken', 'incompleteSearch', 'files']);
/** What v3 returns for a file when the request names no fields. */
const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;
const GOOGLE_TYPE = 'application/vnd.google-apps.';

export type DriveFileResource = Record<string, unknown>;

type Item = { kind: 'file'; rec: FileRecord } | { kind: 'folder'; rec: FolderRecord };

/** How Apps Script reports a Drive API error through the advanced service. */
function apiError(method: string, message: string): Error {
  return new Error(`API call to drive.files.${method} failed with error: ${message}`);
}

const notFound = (method: string, id: string) => apiError(method, `File not found: ${id}.`);

/** An error for something Google would do that this emulator does not. */
function notEmulated(method: string, what: string): Error {
  return new Error(`Drive.Files.${method}: ${what} is not emulated locally (see src/local/emulator/advanced-drive.ts).`);
}

function badSignature(method: string, args: unknown[]): Error {
  const kind = (v: unknown) =>
    v === null || v === undefined ? 'null' : typeof v === 'string' ? 'String' : typeof v === 'number' ? 'number' : 'Object';
  return new Error(`The parameters (${args.map(kind).join(',')}) don't match the method signature for Drive.Files.${method}.`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBlob(v: unknown): v is BlobLike {
  return typeof v === 'object' && v !== null && typeof (v as BlobLike).getBytes === 'function';
}

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
function parseFields(method: string, fields: string, allowed: Set<string>): Map<string, string> {
  const picked = new Map<string, string>();
  for (const part of splitTop(fields)) {
    const m = /^([A-Za-z0-9]+)(?:\((.*)\)|\/(.+))?$/.exec(part);
    if (!m) throw apiError(method, `Invalid field selection ${part}`);
    if (!allowed.has(m[1])) throw apiError(method, `Invalid field selection ${m[1]}`);
    picked.set(m[1], m[2] ?? m[3] ?? '*');
  }
  return picked;
}

function selectFile(method: string, full: DriveFileResource, fields: string): DriveFileResource {
  if (fields.trim() === '*') return full;
  const out: DriveFileResource = {};
  for (const name of parseFields(method, fields, FILE_FIELDS).keys()) {
    if (full[name] !== undefined) out[name] = full[name];
  }
  return out;
}

function fieldsOf(optionalArgs: unknown): string | undefined {
  if (!isPlainObject(optionalArgs) || optionalArgs.fields === undefined || optionalArgs.fields === null) return undefined;
  return String(optionalArgs.fields);
}

/** Comma-separated ids of addParents/removeParents. */
function idList(v: unknown): string[] {
  if (v === undefined || v === null || v === '') return [];
  return String(v)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// ---------------------------------------------------------------------------
// The `q` of files.list: terms joined by `and`.

type Token = { t: 'str'; v: string } | { t: 'op'; v: string } | { t: 'word'; v: string } | { t: 'paren'; v: string };

function tokenize(q: string): Token[] | null {
  const re = /\s*(?:'((?:[^'\\]|\\.)*)'|(!=|<=|>=|=|<|>)|([()])|([A-Za-z_][\w.]*))/y;
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    if (/^\s*$/.test(q.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(q);
    if (!m) return null;
    i = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: 'str', v: m[1].replace(/\\(.)/g, '$1') });
    else if (m[2]) out.push({ t: 'op', v: m[2] });
    else if (m[3]) out.push({ t: 'paren', v: m[3] });
    else out.push({ t: 'word', v: m[4] });
  }
  return out;
}

type Predicate = (item: Item, parentOf: (item: Item) => string | null) => boolean;

function parseQuery(q: string, rootId: string): Predicate {
  const invalid = () => apiError('list', 'Invalid Value');
  const tokens = tokenize(q);
  if (!tokens || tokens.length === 0) throw invalid();
  const terms: Predicate[] = [];
  let i = 0;
  for (;;) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const c = tokens[i + 2];
    if (!a || !b || !c) throw invalid();
    if (a.t === 'paren' || (a.t === 'word' && /^(not|or)$/i.test(a.v))) throw notEmulated('list', `"${a.v}" in q`);
    if (a.t === 'str' && b.t === 'word' && b.v === 'in' && c.t === 'word') {
      if (c.v !== 'parents') throw notEmulated('list', `"in ${c.v}" in q`);
      const id = a.v === 'root' ? rootId : a.v;
      terms.push((item, parentOf) => parentOf(item) === id);
    } else if (a.t === 'word' && b.t === 'op') {
      if (b.v !== '=' && b.v !== '!=') throw notEmulated('list', `"${a.v} ${b.v}" in q`);
      const same = b.v === '=';
      if (a.v === 'name' || a.v === 'mimeType') {
        if (c.t !== 'str') throw invalid();
        const field = a.v;
        terms.push((item) => (valueOf(item, field) === c.v) === same);
      } else if (a.v === 'trashed') {
        if (c.t !== 'word' || !/^(true|false)$/.test(c.v)) throw invalid();
        const want = c.v === 'true';
        terms.push((item) => (item.rec.trashed === want) === same);
      } else {
        throw notEmulated('list', `the term "${a.v}" in q`);
      }
    } else if (a.t === 'word' && b.t === 'word' && b.v === 'contains') {
      throw notEmulated('list', `"${a.v} contains" in q`);
    } else {
      throw invalid();
    }
    i += 3;
    if (i === tokens.length) break;
    const join = tokens[i];
    if (join.t === 'word' && /^or$/i.test(join.v)) throw notEmulated('list', '"or" in q');
    if (join.t !== 'word' || !/^and$/i.test(join.v)) throw invalid();
    i++;
  }
  return (item, parentOf) => terms.every((t) => t(item, parentOf));
}

function valueOf(item: Item, field: 'name' | 'mimeType'): string {
  if (field === 'name') return item.rec.name;
  return item.kind === 'folder' ? MimeType.FOLDER : item.rec.mimeType;
}

// ---------------------------------------------------------------------------

export class DriveFiles {
  readonly gasType = 'Files';

  constructor(private readonly ctx: ServiceContext) {}

  /** The root folder exists before any registry update (rootFolderId takes the registry's mutex itself). */
  private rootId(): string {
    return rootFolderId(this.ctx);
  }

  private resolve(id: string, rootId: string): string {
    return id === 'root' ? rootId : id;
  }

  private item(r: DriveRegistry, id: string): Item | null {
    const file = r.files[id];
    if (file) return { kind: 'file', rec: file };
    const folder = r.folders[id];
    return folder ? { kind: 'folder', rec: folder } : null;
  }

  /** What drive.file lets the project see: its own items, and the root as a parent. */
  private visible(r: DriveRegistry, method: string, rawId: unknown, rootId: string): Item {
    if (typeof rawId !== 'string' || rawId === '') throw apiError(method, 'Required parameter: fileId');
    const id = this.resolve(rawId, rootId);
    const item = this.item(r, id);
    if (!item) throw notFound(method, rawId);
    const isRoot = item.kind === 'folder' && item.rec.parentId === null;
    if (!item.rec.app && !isRoot) throw notFound(method, rawId);
    return item;
  }

  private visibleFolder(r: DriveRegistry, method: string, id: string, rootId: string): FolderRecord {
    const item = this.visible(r, method, id, rootId);
    if (item.kind !== 'folder') throw apiError(method, `The specified parent is not a folder: ${id}.`);
    return item.rec;
  }

  private resource(item: Item): DriveFileResource {
    const rec = item.rec;
    const isFolder = item.kind === 'folder';
    const mimeType = isFolder ? MimeType.FOLDER : item.rec.mimeType;
    const link = pathToFileURL(isFolder ? rec.path + path.sep : rec.path).href;
    const out: DriveFileResource = {
      kind: 'drive#file',
      id: rec.id,
      name: rec.name,
      mimeType,
      // Like Google's /file/d/<id>/view, the link names the id as well as the place.
      webViewLink: `${link}#id=${encodeURIComponent(rec.id)}`,
      trashed: rec.trashed,
      explicitlyTrashed: rec.trashed,
      createdTime: rec.createdAt,
      modifiedTime: rec.updatedAt,
      ownedByMe: true,
      isAppAuthorized: true,
      spaces: ['drive'],
    };
    if (rec.parentId) out.parents = [rec.parentId];
    if (!isFolder && !mimeType.startsWith(GOOGLE_TYPE)) {
      out.size = String(existsSync(rec.path) ? statSync(rec.path).size : 0);
      const ext = path.extname(rec.name).slice(1);
      if (ext) out.fileExtension = ext;
    }
    return out;
  }

  private answer(method: string, item: Item, optionalArgs: unknown): DriveFileResource {
    return selectFile(method, this.resource(item), fieldsOf(optionalArgs) ?? DEFAULT_FILE_FIELDS);
  }

  /** create(resource), create(resource, mediaData), create(resource, mediaData, optionalArgs). */
  create(resource: unknown, mediaData?: unknown, optionalArgs?: unknown): DriveFileResource {
    if (!isPlainObject(resource)) throw badSignature('create', [resource, mediaData, optionalArgs]);
    if (mediaData !== undefined && mediaData !== null && !isBlob(mediaData)) {
      throw badSignature('create', [resource, mediaData, optionalArgs]);
    }
    const rootId = this.rootId();
    const name = resource.name === undefined || resource.name === null || resource.name === '' ? 'Untitled' : String(resource.name);
    const media = isBlob(mediaData) ? mediaData : undefined;
    const mimeType =
      resource.mimeType !== undefined && resource.mimeType !== null
        ? String(resource.mimeType)
        : (media?.getContentType?.() ?? 'application/octet-stream');
    if (resource.parents !== undefined && !Array.isArray(resource.parents)) throw apiError('create', 'Invalid Value');
    const parents = (resource.parents as unknown[] | undefined)?.map(String) ?? [];
    if (parents.length > 1) throw apiError('create', 'Increasing the number of parents is not allowed');
    if (mimeType.startsWith(GOOGLE_TYPE) && mimeType !== MimeType.FOLDER) {
      throw notEmulated('create', `creating a ${mimeType} file (use DocumentApp.create for a Google Doc)`);
    }
    if (mimeType === MimeType.FOLDER && media) throw notEmulated('create', 'a folder with media content');
    const item = updateRegistry(this.ctx, (r): Item => {
      const parent = this.visibleFolder(r, 'create', parents[0] ?? 'root', rootId);
      if (mimeType === MimeType.FOLDER) return { kind: 'folder', rec: addFolder(this.ctx, r, parent.id, name, true) };
      const content = media ? blobBuffer(media) : Buffer.alloc(0);
      return { kind: 'file', rec: addFile(this.ctx, r, parent.id, name, mimeType, content, true) };
    });
    return this.answer('create', item, optionalArgs);
  }

  /** get(fileId), get(fileId, optionalArgs); `alt: 'media'` gives the content as a string. */
  get(fileId: unknown, optionalArgs?: unknown): DriveFileResource | string {
    const rootId = this.rootId();
    const item = this.visible(readRegistry(this.ctx), 'get', fileId, rootId);
    if (isPlainObject(optionalArgs) && optionalArgs.alt === 'media') {
      if (item.kind === 'folder' || item.rec.mimeType.startsWith(GOOGLE_TYPE)) {
        throw apiError('get', 'Only files with binary content can be downloaded. Use Export with Docs Editors files.');
      }
      return existsSync(item.rec.path) ? readFileSync(item.rec.path, 'utf8') : '';
    }
    return this.answer('get', item, optionalArgs);
  }

  /**
   * update(resource, fileId[, mediaData[, optionalArgs]]): `name` and
   * `trashed` in the resource, new content from mediaData (null for none),
   * moves with optionalArgs.addParents / removeParents.
   */
  update(resource: unknown, fileId: unknown, mediaData?: unknown, optionalArgs?: unknown): DriveFileResource {
    const args = [resource, fileId, mediaData, optionalArgs];
    if (!isPlainObject(resource) || typeof fileId !== 'string') throw badSignature('update', args);
    if (mediaData !== undefined && mediaData !== null && !isBlob(mediaData)) throw badSignature('update', args);
    if (resource.parents !== undefined) {
      throw apiError(
        'update',
        'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
      );
    }
    const opts = isPlainObject(optionalArgs) ? optionalArgs : {};
    const rootId = this.rootId();
    const item = updateRegistry(this.ctx, (r): Item => {
      const found = this.visible(r, 'update', fileId, rootId);
      const id = found.rec.id;
      if (found.kind === 'folder' && found.rec.parentId === null) throw apiError('update', 'The root folder cannot be changed.');
      // Check everything before changing anything: a failed call changes nothing, as on Google.
      const add = idList(opts.addParents).map((p) => this.visibleFolder(r, 'update', p, rootId).id);
      const remove = new Set(idList(opts.removeParents).map((p) => this.resolve(p, rootId)));
      const current = found.rec.parentId ? [found.rec.parentId] : [];
      const next = [...new Set([...current.filter((p) => !remove.has(p)), ...add])];
      if (next.length > 1) throw apiError('update', 'Increasing the number of parents is not allowed');
      if (next.length === 0) throw notEmulated('update', 'removing the last parent of a file (an orphan)');
      if (isBlob(mediaData)) {
        if (found.kind === 'folder') throw notEmulated('update', 'media content for a folder');
        if (found.rec.mimeType.startsWith(GOOGLE_TYPE)) throw notEmulated('update', `uploading content into a ${found.rec.mimeType} file`);
      }
      const name = resource.name === undefined || resource.name === null ? undefined : String(resource.name);
      if (name === '') throw apiError('update', 'Invalid Value');

      if (next[0] !== current[0]) moveItem(this.ctx, r, id, next[0]);
      if (name !== undefined) renameItem(this.ctx, r, id, name);
      if (isBlob(mediaData) && found.kind === 'file') {
        writeContent(this.ctx, r, id, blobBuffer(mediaData));
        // A new revision may change the type, when the resource says so.
        if (typeof resource.mimeType === 'string' && resource.mimeType !== '') found.rec.mimeType = resource.mimeType;
      }
      if (resource.trashed !== undefined && resource.trashed !== null) trashItem(this.ctx, r, id, Boolean(resource.trashed));
      found.rec.updatedAt = this.ctx.now().toISOString();
      return found;
    });
    return this.answer('update', item, optionalArgs);
  }

  /**
   * list(), list(optionalArgs): the project's own files and folders (trashed
   * ones too, as v3 does unless q says `trashed = false`), oldest first, in
   * pages of pageSize (default 100) with nextPageToken.
   */
  list(optionalArgs?: unknown): DriveFileResource {
    const opts = isPlainObject(optionalArgs) ? optionalArgs : {};
    const rootId = this.rootId();
    const r = readRegistry(this.ctx);
    const match = opts.q === undefined || opts.q === null || opts.q === '' ? () => true : parseQuery(String(opts.q), rootId);
    if (opts.orderBy !== undefined && opts.orderBy !== null && opts.orderBy !== '') throw notEmulated('list', 'orderBy');
    const items: Item[] = [
      ...Object.values(r.folders).filter((f) => f.app && f.parentId !== null).map((rec): Item => ({ kind: 'folder', rec })),
      ...Object.values(r.files).filter((f) => f.app).map((rec): Item => ({ kind: 'file', rec })),
    ]
      .filter((item) => match(item, (x) => x.rec.parentId))
      .sort((a, b) => a.rec.createdAt.localeCompare(b.rec.createdAt));

    const size = opts.pageSize === undefined || opts.pageSize === null ? DEFAULT_PAGE_SIZE : Number(opts.pageSize);
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw apiError('list', 'Invalid Value');
    let start = 0;
    if (opts.pageToken !== undefined && opts.pageToken !== null && opts.pageToken !== '') {
      start = Number(Buffer.from(String(opts.pageToken), 'base64url').toString('utf8'));
      if (!Number.isInteger(start) || start < 0) throw apiError('list', 'Invalid Value');
    }
    const page = items.slice(start, start + size);
    const nextPageToken = start + size < items.length ? Buffer.from(String(start + size), 'utf8').toString('base64url') : undefined;

    const fields = fieldsOf(opts);
    const wanted = fields === undefined ? null : parseFields('list', fields, LIST_FIELDS);
    const fileFields = wanted ? (wanted.get('files') ?? null) : DEFAULT_FILE_FIELDS;
    const out: DriveFileResource = {};
    if (!wanted || wanted.has('kind')) out.kind = 'drive#fileList';
    if (!wanted || wanted.has('incompleteSearch')) out.incompleteSearch = false;
    if (nextPageToken && (!wanted || wanted.has('nextPageToken'))) out.nextPageToken = nextPageToken;
    if (fileFields !== null) out.files = page.map((item) => selectFile('list', this.resource(item), fileFields));
    return out;
  }

  /** remove(fileId[, optionalArgs]): deletes for good, a folder with everything in it. */
  remove(fileId: unknown, _optionalArgs?: unknown): void {
    const rootId = this.rootId();
    updateRegistry(this.ctx, (r) => {
      const item = this.visible(r, 'delete', fileId, rootId);
      if (item.kind === 'folder' && item.rec.parentId === null) throw apiError('delete', 'The root folder cannot be deleted.');
      removeItem(this.ctx, r, item.rec.id);
    });
  }
}

export class AdvancedDrive {
  readonly gasType = 'Drive';
  readonly Files: DriveFiles;

  constructor(ctx: ServiceContext) {
    this.Files = new DriveFiles(ctx);
  }
}

export function createAdvancedDrive(ctx: ServiceContext): AdvancedDrive {
  return new AdvancedDrive(ctx);
}
