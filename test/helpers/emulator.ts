import path from 'node:path';
import { Emulator, type RunnerOptions } from '../../src/local/emulator/runner';
import { DIST, tempDir } from './cli';

/** An emulator over a fresh workbook path in a temp folder (created on first write). */
export function freshEmulator(over: Partial<RunnerOptions> = {}): Emulator {
  const dir = tempDir('lodesk-emu-');
  return new Emulator({
    workbookPath: path.join(dir, 'event.xlsx'),
    user: 'organiser@example.go.th',
    outboxDir: path.join(dir, 'outbox'),
    docsDir: path.join(dir, 'docs'),
    distDir: DIST,
    createIfMissing: true,
    ...over,
  });
}
