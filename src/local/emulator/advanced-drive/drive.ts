/** Drive: the advanced service's global, of which the emulator has the Files collection. */
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';
import { DriveFiles } from './files';

export class AdvancedDrive {
  readonly gasType = 'Drive';
  readonly Files: DriveFiles;

  constructor(ctx: ServiceContext) {
    this.Files = new DriveFiles(ctx);
  }
}

// Compile-time: Drive keeps to the advanced service's global (GoogleAppsScript.Drive, drive_v3.d.ts; see ../conformance.ts).
type _DriveConforms = Assert<Conforms<AdvancedDrive, GoogleAppsScript.Drive>>;

export function createAdvancedDrive(ctx: ServiceContext): AdvancedDrive {
  return new AdvancedDrive(ctx);
}
