/** File: a file of the registry, its content a real file on disk (a Google Doc's is its .docx). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';
import { Blob } from '../utilities';
import type { Folder } from './folder';
import { FolderIterator } from './folder-iterator';
import { MimeType } from './mime-type';
import { NO_ITEM, fileRecord, moveItem, needName, renameItem, trashItem, updateRegistry, writeContent, type FileRecord } from './registry';

export class File {
  readonly gasType = 'File';

  constructor(
    private readonly ctx: ServiceContext,
    readonly _id: string,
  ) {}

  _record(): FileRecord {
    const rec = fileRecord(this.ctx, this._id);
    if (!rec) throw new Error(NO_ITEM);
    return rec;
  }

  getId(): string {
    return this._id;
  }

  getName(): string {
    return this._record().name;
  }

  setName(name: string): File {
    const n = needName(name);
    updateRegistry(this.ctx, (r) => {
      if (!r.files[this._id]) throw new Error(NO_ITEM);
      renameItem(this.ctx, r, this._id, n);
    });
    return this;
  }

  getUrl(): string {
    // Like Google's /file/d/<id>/view, the URL names the id as well as the place.
    return `${pathToFileURL(this._record().path).href}#id=${encodeURIComponent(this._record().id)}`;
  }

  getMimeType(): string {
    return this._record().mimeType;
  }

  getSize(): number {
    const p = this._record().path;
    return existsSync(p) ? statSync(p).size : 0;
  }

  getDateCreated(): Date {
    return new Date(this._record().createdAt);
  }

  getLastUpdated(): Date {
    return new Date(this._record().updatedAt);
  }

  isTrashed(): boolean {
    return this._record().trashed;
  }

  setContent(content: string): File {
    const rec = this._record();
    if (rec.mimeType === MimeType.GOOGLE_DOCS) throw new Error('Cannot set the content of a Google Docs file; edit it with DocumentApp.');
    if (typeof content !== 'string') throw new Error('Invalid argument: content');
    updateRegistry(this.ctx, (r) => writeContent(this.ctx, r, this._id, Buffer.from(content, 'utf8')));
    return this;
  }

  getBlob(): Blob {
    const rec = this._record();
    if (!existsSync(rec.path)) {
      throw new Error(`The content of ${rec.name} is not written yet (documents are written when the execution ends).`);
    }
    // Apps Script would convert a Google Doc to PDF; locally its .docx is what exists.
    const isDoc = rec.mimeType === MimeType.GOOGLE_DOCS;
    return new Blob(readFileSync(rec.path), isDoc ? MimeType.MICROSOFT_WORD : rec.mimeType, isDoc ? `${rec.name}.docx` : rec.name);
  }

  getParents(): FolderIterator {
    return new FolderIterator(this.ctx, [this._record().parentId]);
  }

  moveTo(destination: Folder | GoogleAppsScript.Drive.Folder): File {
    const folderId = destination && typeof destination.getId === 'function' ? destination.getId() : null;
    if (!folderId) throw new Error('Invalid argument: destination');
    updateRegistry(this.ctx, (r) => {
      if (!r.files[this._id]) throw new Error(NO_ITEM);
      moveItem(this.ctx, r, this._id, folderId);
    });
    return this;
  }

  setTrashed(trashed: boolean): File {
    updateRegistry(this.ctx, (r) => {
      if (!r.files[this._id]) throw new Error(NO_ITEM);
      trashItem(this.ctx, r, this._id, Boolean(trashed));
    });
    return this;
  }
}

// Compile-time: File keeps to Apps Script's File (see ../conformance.ts).
type _FileConforms = Assert<Conforms<File, GoogleAppsScript.Drive.File>>;
