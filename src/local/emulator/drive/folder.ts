/** Folder: a folder of the registry, a real directory on disk. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Assert, Conforms } from '../conformance';
import { blobBuffer, blobOf, type BlobLike, type BlobSourceLike } from '../utilities';
import { File } from './file';
import { FileIterator } from './file-iterator';
import { FolderIterator } from './folder-iterator';
import { MimeType } from './mime-type';
import { DriveItem } from './item';
import { addFolder, byCreation, needName, readRegistry, registerFile, updateRegistry, type FolderRecord } from './registry';

export class Folder extends DriveItem<FolderRecord> {
  readonly gasType = 'Folder';
  protected readonly _table = 'folders';

  getUrl(): string {
    return pathToFileURL(this._record().path + path.sep).href;
  }

  getParents(): FolderIterator {
    const p = this._record().parentId;
    return new FolderIterator(this.ctx, p ? [p] : []);
  }

  createFolder(name: string): Folder {
    const n = needName(name);
    const id = updateRegistry(this.ctx, (r) => addFolder(this.ctx, r, this._id, n).id);
    return new Folder(this.ctx, id);
  }

  /** createFile(name, content[, mimeType]) or createFile(blob), the blob from any BlobSource (File, HtmlOutput, ...). */
  createFile(nameOrBlob: string | BlobLike | BlobSourceLike, content?: string, mimeType?: string): File {
    let name: string;
    let data: Buffer;
    let type: string;
    if (typeof nameOrBlob === 'string') {
      name = needName(nameOrBlob);
      if (content === undefined || content === null) throw new Error('Invalid argument: content');
      data = Buffer.from(String(content), 'utf8');
      type = mimeType ?? MimeType.PLAIN_TEXT;
    } else {
      const blob = blobOf(nameOrBlob);
      if (!blob) throw new Error('Invalid argument: name');
      name = blob.getName?.() || 'Untitled';
      data = blobBuffer(blob);
      type = blob.getContentType?.() ?? 'application/octet-stream';
    }
    if (type.startsWith('application/vnd.google-apps.')) {
      throw new Error(`Invalid argument: mimeType (use DocumentApp/SpreadsheetApp to create ${type})`);
    }
    return new File(this.ctx, registerFile(this.ctx, this._id, name, type, data).id);
  }

  private childFiles(name?: string): string[] {
    return Object.values(readRegistry(this.ctx).files)
      .filter((f) => f.parentId === this._id && (name === undefined || f.name === name))
      .sort(byCreation)
      .map((f) => f.id);
  }

  private childFolders(name?: string): string[] {
    return Object.values(readRegistry(this.ctx).folders)
      .filter((f) => f.parentId === this._id && (name === undefined || f.name === name))
      .sort(byCreation)
      .map((f) => f.id);
  }

  getFiles(): FileIterator {
    this._record();
    return new FileIterator(this.ctx, this.childFiles());
  }

  getFilesByName(name: string): FileIterator {
    this._record();
    return new FileIterator(this.ctx, this.childFiles(String(name)));
  }

  getFolders(): FolderIterator {
    this._record();
    return new FolderIterator(this.ctx, this.childFolders());
  }

  getFoldersByName(name: string): FolderIterator {
    this._record();
    return new FolderIterator(this.ctx, this.childFolders(String(name)));
  }

  /** Drive items have one parent now: adding a file to a folder moves it there. */
  addFile(child: File | GoogleAppsScript.Drive.File): Folder {
    if (!child || typeof child.moveTo !== 'function') throw new Error('Invalid argument: child');
    // Typed as Apps Script's File too; a script can only have files from this emulator.
    (child as File).moveTo(this);
    return this;
  }

  moveTo(destination: Folder | GoogleAppsScript.Drive.Folder): Folder {
    return this.moveInto(destination);
  }
}

// Compile-time: Folder keeps to Apps Script's Folder (see ../conformance.ts).
type _FolderConforms = Assert<Conforms<Folder, GoogleAppsScript.Drive.Folder>>;
