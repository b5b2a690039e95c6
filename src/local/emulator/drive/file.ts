/** File: a file of the registry, its content a real file on disk (a Google Doc's is its .docx). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Assert, Conforms } from '../conformance';
import { Blob } from '../utilities';
import type { Folder } from './folder';
import { FolderIterator } from './folder-iterator';
import { MimeType } from './mime-type';
import { DriveItem } from './item';
import { updateRegistry, writeContent, type FileRecord } from './registry';

export class File extends DriveItem<FileRecord> {
  readonly gasType = 'File';
  protected readonly _table = 'files';

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
    return this.moveInto(destination);
  }
}

// Compile-time: File keeps to Apps Script's File (see ../conformance.ts).
type _FileConforms = Assert<Conforms<File, GoogleAppsScript.Drive.File>>;
