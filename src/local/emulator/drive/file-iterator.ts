/** FileIterator: the files a DriveApp or Folder listing found, by id, each read when reached. */
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';
import { File } from './file';
import { IdIterator } from './id-iterator';



export class FileIterator extends IdIterator<File> {
  readonly gasType = 'FileIterator';

  constructor(
    private readonly ctx: ServiceContext,
    ids: string[],
  ) {
    super(ids);
  }

  protected item(id: string): File {
    return new File(this.ctx, id);
  }
}

// Compile-time: FileIterator keeps to Apps Script's FileIterator (see ../conformance.ts).
type _FileIteratorConforms = Assert<Conforms<FileIterator, GoogleAppsScript.Drive.FileIterator>>;
