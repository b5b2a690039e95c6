/**
 * Drive.Files (gasType 'Files', as Google's messages name it): create, get,
 * update, list and remove over DriveApp's registry and disk, seeing only the
 * project's own items (the drive.file scope).
 */
import type { Assert, Conforms } from '../conformance';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MimeType } from '../drive/mime-type';
import {
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
  type FolderRecord,
} from '../drive/registry';
import type { ServiceContext } from '../state';
import { blobBuffer } from '../utilities';
import { idList, isBlob, isPlainObject } from './args';
import { apiError, badSignature, notEmulated, notFound } from './errors';
import { DEFAULT_FILE_FIELDS, fieldsOf, LIST_FIELDS, parseFields, selectFile, type DriveFileResource } from './fields';
import type { Item } from './item';
import { parseQuery } from './query';
import { spendThisMinute, spendToday } from '../daily-quota';
import { ACCOUNT_LIMITS, DOCUMENTS_EXCEEDED, DRIVE_API_PER_MINUTE, DRIVE_RATE_EXCEEDED } from '../quotas';
import { GOOGLE_DOC, importedDoc, type Imported, type ImportSink } from './doc-media';
import { newParagraph } from '../document/model';
import { writeModel } from '../document/persistence';

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;
const GOOGLE_TYPE = 'application/vnd.google-apps.';


export class DriveFiles {
  readonly gasType = 'Files';

  constructor(
    private readonly ctx: ServiceContext,
    /** Where imported Google Docs go to be written as .docx (DocumentApp); without one, only their model is saved. */
    private readonly docs?: ImportSink,
  ) {}

  /**
   * A Google Doc's new content: an uploaded .docx is the file itself, written now (and the model
   * an earlier HTML import left is dropped, as it no longer says what the document holds); an
   * HTML import is saved as its model (and as .docx at the end of the execution).
   */
  private imported(r: DriveRegistry, id: string, content: Imported): void {
    if ('docx' in content) {
      writeContent(this.ctx, r, id, content.docx);
      rmSync(path.join(this.ctx.paths.documents, `${id}.json`), { force: true });
      this.docs?._replaced(id);
      return;
    }
    const model = { id, ...content.model };
    if (this.docs) this.docs._imported(model);
    else writeModel(this.ctx, model);
  }

  /** Google counts each Google Doc made against the user's documents a day. */
  private countDocument(): void {
    const max = this.ctx.options.documentsQuota ?? ACCOUNT_LIMITS[this.ctx.account].documentsCreated;
    spendToday(this.ctx, 'documents_created', 1, { max, message: DOCUMENTS_EXCEEDED });
  }

  /** Every request counts against the Drive API's per-minute quota for the user (quotas.ts). */
  private rateLimit(): void {
    spendThisMinute(this.ctx, 'drive_api_requests', DRIVE_API_PER_MINUTE, DRIVE_RATE_EXCEEDED);
  }

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
    const props = item.kind === 'file' ? item.rec.appProperties : undefined;
    if (props && Object.keys(props).length) out.appProperties = { ...props };
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
    this.rateLimit();
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
    if (mimeType.startsWith(GOOGLE_TYPE) && mimeType !== MimeType.FOLDER && mimeType !== GOOGLE_DOC) {
      throw notEmulated('create', `creating a ${mimeType} file`);
    }
    if (mimeType === MimeType.FOLDER && media) throw notEmulated('create', 'a folder with media content');
    const appProperties = appPropertiesOf('create', resource.appProperties, {});
    // Checked before anything is made: a refused import makes nothing, as on Google.
    const body: Imported | null = mimeType === GOOGLE_DOC ? (media ? importedDoc('create', media) : { model: { body: [newParagraph('')] } }) : null;
    if (body) this.countDocument();
    const item = updateRegistry(this.ctx, (r): Item => {
      const parent = this.visibleFolder(r, 'create', parents[0] ?? 'root', rootId);
      if (mimeType === MimeType.FOLDER) return { kind: 'folder', rec: addFolder(this.ctx, r, parent.id, name, true) };
      const content = media && !body ? blobBuffer(media) : Buffer.alloc(0);
      const rec = addFile(this.ctx, r, parent.id, name, mimeType, body ? undefined : content, true);
      if (Object.keys(appProperties).length) rec.appProperties = appProperties;
      if (body) this.imported(r, rec.id, body);
      return { kind: 'file', rec };
    });
    return this.answer('create', item, optionalArgs);
  }

  /** get(fileId), get(fileId, optionalArgs); `alt: 'media'` gives the content as a string. */
  get(fileId: unknown, optionalArgs?: unknown): DriveFileResource | string {
    this.rateLimit();
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
    this.rateLimit();
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
      let body: Imported | null = null;
      if (isBlob(mediaData)) {
        if (found.kind === 'folder') throw notEmulated('update', 'media content for a folder');
        // New content for a Google Doc is imported into it: same id, same URL.
        if (found.rec.mimeType === GOOGLE_DOC) body = importedDoc('update', mediaData);
        else if (found.rec.mimeType.startsWith(GOOGLE_TYPE)) throw notEmulated('update', `uploading content into a ${found.rec.mimeType} file`);
      }
      const appProperties = found.kind === 'file' ? appPropertiesOf('update', resource.appProperties, found.rec.appProperties ?? {}) : null;
      const name = resource.name === undefined || resource.name === null ? undefined : String(resource.name);
      if (name === '') throw apiError('update', 'Invalid Value');

      if (next[0] !== current[0]) moveItem(this.ctx, r, id, next[0]);
      if (name !== undefined) renameItem(this.ctx, r, id, name);
      if (appProperties && found.kind === 'file') found.rec.appProperties = appProperties;
      if (body) this.imported(r, id, body);
      else if (isBlob(mediaData) && found.kind === 'file') {
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
    this.rateLimit();
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
      .sort((a, b) => a.rec.createdAt.localeCompare(b.rec.createdAt) || a.rec.id.localeCompare(b.rec.id));

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
    this.rateLimit();
    const rootId = this.rootId();
    updateRegistry(this.ctx, (r) => {
      const item = this.visible(r, 'delete', fileId, rootId);
      if (item.kind === 'folder' && item.rec.parentId === null) throw apiError('delete', 'The root folder cannot be deleted.');
      removeItem(this.ctx, r, item.rec.id);
    });
  }
}

/**
 * A File's appProperties after a request: string values (Google keeps them as
 * strings), a null value removing its key, merged into what the file had.
 */
function appPropertiesOf(method: string, given: unknown, had: Record<string, string>): Record<string, string> {
  if (given === undefined || given === null) return { ...had };
  if (!isPlainObject(given)) throw apiError(method, 'Invalid Value');
  const out = { ...had };
  for (const [k, v] of Object.entries(given)) {
    if (v === null) delete out[k];
    else out[k] = String(v);
  }
  return out;
}

// Compile-time: Drive.Files keeps to the advanced service's Files collection (drive_v3.d.ts, see ../conformance.ts).
type _FilesConforms = Assert<Conforms<DriveFiles, GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection>>;
