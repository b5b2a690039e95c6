/** Shared set-up for the tests of the emulator's non-spreadsheet services. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServiceContext, type ServiceContext } from '../../src/local/emulator/state';
import type { EmulatorOptions } from '../../src/local/emulator/types';

export const SANDBOX_SPREADSHEET_ID = 'sandbox-spreadsheet-id';

export interface Sandbox {
  dir: string;
  options: EmulatorOptions;
  /** A fresh context, as each execution of the runner makes one. */
  ctx(over?: Partial<EmulatorOptions>, documentId?: string): ServiceContext;
  cleanup(): void;
}

export function sandbox(over: Partial<EmulatorOptions> = {}): Sandbox {
  const dir = mkdtempSync(path.join(tmpdir(), 'lodesk-services-'));
  const options: EmulatorOptions = {
    workbookPath: path.join(dir, 'event.xlsx'),
    user: 'organiser@example.org',
    outboxDir: path.join(dir, 'outbox'),
    docsDir: path.join(dir, 'docs'),
    ...over,
  };
  return {
    dir,
    options,
    // A menu execution on one spreadsheet unless told otherwise (document lock and properties exist).
    ctx: (more = {}, documentId = SANDBOX_SPREADSHEET_ID) => createServiceContext({ ...options, ...more }, { documentId }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
