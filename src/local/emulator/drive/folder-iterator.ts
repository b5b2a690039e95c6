/** FolderIterator: the folders a DriveApp or Folder listing found (or an item's parents), by id. */
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';
import { Folder } from './folder';
import { IdIterator } from './id-iterator';

export class FolderIterator extends IdIterator<Folder> {
  readonly gasType = 'FolderIterator';

  constructor(
    private readonly ctx: ServiceContext,
    ids: string[],
  ) {
    super(ids);
  }

  protected item(id: string): Folder {
    return new Folder(this.ctx, id);
  }
}

// Compile-time: FolderIterator keeps to Apps Script's FolderIterator (see ../conformance.ts).
type _FolderIteratorConforms = Assert<Conforms<FolderIterator, GoogleAppsScript.Drive.FolderIterator>>;
