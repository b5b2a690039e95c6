/** FileIterator: the files a DriveApp or Folder listing found, by id, each read when reached. */
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';
import { File } from './file';

export const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';

export class FileIterator {
  readonly gasType = 'FileIterator';
  private i = 0;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly ids: string[],
  ) {}

  hasNext(): boolean {
    return this.i < this.ids.length;
  }

  next(): File {
    if (!this.hasNext()) throw new Error(ITERATOR_END);
    return new File(this.ctx, this.ids[this.i++]);
  }

  getContinuationToken(): string {
    return Buffer.from(JSON.stringify(this.ids.slice(this.i))).toString('base64url');
  }
}

// Compile-time: FileIterator keeps to Apps Script's FileIterator (see ../conformance.ts).
type _FileIteratorConforms = Assert<Conforms<FileIterator, GoogleAppsScript.Drive.FileIterator>>;
