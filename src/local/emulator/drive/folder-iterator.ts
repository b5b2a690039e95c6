/** FolderIterator: the folders a DriveApp or Folder listing found (or an item's parents), by id. */
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';
import { ITERATOR_END } from './file-iterator';
import { Folder } from './folder';

export class FolderIterator {
  readonly gasType = 'FolderIterator';
  private i = 0;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly ids: string[],
  ) {}

  hasNext(): boolean {
    return this.i < this.ids.length;
  }

  next(): Folder {
    if (!this.hasNext()) throw new Error(ITERATOR_END);
    return new Folder(this.ctx, this.ids[this.i++]);
  }

  getContinuationToken(): string {
    return Buffer.from(JSON.stringify(this.ids.slice(this.i))).toString('base64url');
  }
}

// Compile-time: FolderIterator keeps to Apps Script's FolderIterator (see ../conformance.ts).
type _FolderIteratorConforms = Assert<Conforms<FolderIterator, GoogleAppsScript.Drive.FolderIterator>>;
