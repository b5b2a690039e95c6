import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The project root: the nearest folder above this file whose package.json is lo-desk's. */
export function projectRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'lo-desk') return dir;
      } catch {
        /* keep looking */
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the lo-desk project root');
    dir = up;
  }
}

export function distDir(): string {
  return path.join(projectRoot(), 'dist');
}

export const DEFAULT_OUTBOX = path.join('out', 'outbox');
export const DEFAULT_DOCS = path.join('out', 'docs');
export const SAMPLE_FILE = path.join('out', 'sample-event.xlsx');
