import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { lodesk, tempDir } from './cli';

let master: string | undefined;

/** A fresh copy of the sample event workbook (built once per test file with `lo-desk init`). */
export function sampleCopy(): { dir: string; file: string } {
  if (!master || !existsSync(master)) {
    master = path.join(tempDir('lodesk-sample-'), 'sample.xlsx');
    const r = lodesk(['init', master]);
    if (r.status !== 0) throw new Error(`lo-desk init failed: ${r.stderr}`);
  }
  const dir = tempDir('lodesk-case-');
  const file = path.join(dir, 'event.xlsx');
  copyFileSync(master, file);
  return { dir, file };
}
