import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, lodesk, ROOT, tempDir } from './cli';

let master: string | undefined;

/**
 * Where the sample event made by this build lives: named by a digest of what
 * makes it (dist/, which `lo-desk init` runs, and build/cli.js, which holds the
 * sample's rows), so every test file of a run shares one `lo-desk init`, and a
 * changed build gets a new one.
 */
function masterPath(): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(DIST, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()) {
    hash.update(f).update(readFileSync(path.join(DIST, f)));
  }
  hash.update(readFileSync(path.join(ROOT, 'build', 'cli.js')));
  return path.join(os.tmpdir(), `lodesk-sample-${hash.digest('hex').slice(0, 16)}.xlsx`);
}

/** A fresh copy of the sample event workbook (built once per build with `lo-desk init`). */
export function sampleCopy(): { dir: string; file: string } {
  if (!master || !existsSync(master)) {
    master = masterPath();
    if (!existsSync(master)) {
      const made = path.join(tempDir('lodesk-sample-'), 'sample.xlsx');
      const r = lodesk(['init', made]);
      if (r.status !== 0) throw new Error(`lo-desk init failed: ${r.stderr}`);
      // Put in place whole, and only if no other test file did first (all then copy the same file).
      try {
        linkSync(made, master);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  }
  const dir = tempDir('lodesk-case-');
  const file = path.join(dir, 'event.xlsx');
  copyFileSync(master, file);
  return { dir, file };
}
