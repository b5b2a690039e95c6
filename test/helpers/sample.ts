import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, lodesk, ROOT, tempDir } from './cli';

let master: string | undefined;

/**
 * Where the sample event made by this build lives: a folder named by a digest of
 * what makes it (dist/, which `lo-desk init` runs, and build/cli.js, which holds
 * the sample's rows), so every test file of a run shares one `lo-desk init`, and
 * a changed build gets a new one. The folder holds the workbook and the emulated
 * Google side beside it (set-up's installable on-edit trigger).
 */
function masterDir(): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(DIST, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()) {
    hash.update(f).update(readFileSync(path.join(DIST, f)));
  }
  hash.update(readFileSync(path.join(ROOT, 'build', 'cli.js')));
  return path.join(os.tmpdir(), `lodesk-sample-${hash.digest('hex').slice(0, 16)}`);
}

/** A fresh copy of the sample event workbook (built once per build with `lo-desk init`), with its emulated Google side: the same spreadsheet as `init` left it. */
export function sampleCopy(): { dir: string; file: string } {
  if (!master || !existsSync(master)) {
    const shared = masterDir();
    const file = path.join(shared, 'sample.xlsx');
    if (!existsSync(file)) {
      const made = tempDir('lodesk-sample-');
      const r = lodesk(['init', path.join(made, 'sample.xlsx')]);
      if (r.status !== 0) throw new Error(`lo-desk init failed: ${r.stderr}`);
      // Put in place whole, and only if no other test file did first (all then copy the same folder).
      try {
        renameSync(made, shared);
      } catch (e) {
        if (!['EEXIST', 'ENOTEMPTY'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
      }
    }
    master = file;
  }
  const dir = tempDir('lodesk-case-');
  const file = path.join(dir, 'event.xlsx');
  copyFileSync(master, file);
  const google = path.join(path.dirname(master), '.lodesk-google');
  if (existsSync(google)) cpSync(google, path.join(dir, '.lodesk-google'), { recursive: true });
  return { dir, file };
}
