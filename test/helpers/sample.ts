import { copyFileSync, cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { lodesk, tempDir } from './cli';

let master: string | undefined;

/**
 * A fresh copy of the sample event workbook (built once per test file with `lo-desk init`), with the
 * emulated Google side beside it (set-up's installable on-edit trigger): the same spreadsheet as `init` left it.
 */
export function sampleCopy(): { dir: string; file: string } {
  if (!master || !existsSync(master)) {
    master = path.join(tempDir('lodesk-sample-'), 'sample.xlsx');
    const r = lodesk(['init', master]);
    if (r.status !== 0) throw new Error(`lo-desk init failed: ${r.stderr}`);
  }
  const dir = tempDir('lodesk-case-');
  const file = path.join(dir, 'event.xlsx');
  copyFileSync(master, file);
  const google = path.join(path.dirname(master), '.lodesk-google');
  if (existsSync(google)) cpSync(google, path.join(dir, '.lodesk-google'), { recursive: true });
  return { dir, file };
}
