/** DriveApp: the root folder (options.docsDir) and lookups across the whole registry. */
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';
import type { BlobLike, BlobSourceLike } from '../utilities';
import { File } from './file';
import { FileIterator } from './file-iterator';
import { Folder } from './folder';
import { FolderIterator } from './folder-iterator';
import { NO_ITEM, byCreation, fileRecord, readRegistry, rootFolderId } from './registry';

export class DriveApp {
  readonly gasType = 'DriveApp';

  constructor(private readonly ctx: ServiceContext) {}

  getRootFolder(): Folder {
    return new Folder(this.ctx, rootFolderId(this.ctx));
  }

  createFolder(name: string): Folder {
    return this.getRootFolder().createFolder(name);
  }

  createFile(nameOrBlob: string | BlobLike | BlobSourceLike, content?: string, mimeType?: string): File {
    return this.getRootFolder().createFile(nameOrBlob, content, mimeType);
  }

  getFolderById(id: string): Folder {
    rootFolderId(this.ctx);
    if (!readRegistry(this.ctx).folders[String(id)]) throw new Error(NO_ITEM);
    return new Folder(this.ctx, String(id));
  }

  getFileById(id: string): File {
    if (!fileRecord(this.ctx, String(id))) throw new Error(NO_ITEM);
    return new File(this.ctx, String(id));
  }

  getFiles(): FileIterator {
    return new FileIterator(this.ctx, Object.values(readRegistry(this.ctx).files).sort(byCreation).map((f) => f.id));
  }

  getFilesByName(name: string): FileIterator {
    const ids = Object.values(readRegistry(this.ctx).files)
      .filter((f) => f.name === String(name))
      .sort(byCreation)
      .map((f) => f.id);
    return new FileIterator(this.ctx, ids);
  }

  getFolders(): FolderIterator {
    const ids = Object.values(readRegistry(this.ctx).folders)
      .filter((f) => f.parentId !== null)
      .sort(byCreation)
      .map((f) => f.id);
    return new FolderIterator(this.ctx, ids);
  }

  getFoldersByName(name: string): FolderIterator {
    const ids = Object.values(readRegistry(this.ctx).folders)
      .filter((f) => f.parentId !== null && f.name === String(name))
      .sort(byCreation)
      .map((f) => f.id);
    return new FolderIterator(this.ctx, ids);
  }
}

// Compile-time: DriveApp keeps to Apps Script's DriveApp (see ../conformance.ts).
type _DriveAppConforms = Assert<Conforms<DriveApp, GoogleAppsScript.Drive.DriveApp>>;

export function createDriveApp(ctx: ServiceContext): DriveApp {
  return new DriveApp(ctx);
}
