/** Drive: the advanced service's global, of which the emulator has the Files collection. */
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';
import type { ImportSink } from './doc-media';
import { DriveFiles } from './files';

export class AdvancedDrive {
  readonly gasType = 'Drive';
  readonly Files: DriveFiles;

  constructor(ctx: ServiceContext, docs?: ImportSink) {
    this.Files = new DriveFiles(ctx, docs);
  }
}

// Compile-time: Drive keeps to the advanced service's global (GoogleAppsScript.Drive, drive_v3.d.ts; see ../conformance.ts).
type _DriveConforms = Assert<Conforms<AdvancedDrive, GoogleAppsScript.Drive>>;

/** `docs` writes the Google Docs that imports make as .docx at the end of the execution (the DocumentApp of the same execution). */
export function createAdvancedDrive(ctx: ServiceContext, docs?: ImportSink): AdvancedDrive {
  return new AdvancedDrive(ctx, docs);
}
