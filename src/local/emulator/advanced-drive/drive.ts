/** Drive: the advanced service's global, of which the emulator has the Files collection. */
import type { ServiceContext } from '../state';
import { DriveFiles } from './files';

export class AdvancedDrive {
  readonly gasType = 'Drive';
  readonly Files: DriveFiles;

  constructor(ctx: ServiceContext) {
    this.Files = new DriveFiles(ctx);
  }
}

export function createAdvancedDrive(ctx: ServiceContext): AdvancedDrive {
  return new AdvancedDrive(ctx);
}
