/**
 * Records which Apps Script methods the bundle called, for `lo-desk
 * check-manifest`: when LODESK_CALL_LOG names a folder, each method is
 * appended to `<folder>/calls-<pid>.txt` the first time this process calls it.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const seen = new Set<string>();

export function recordCall(name: string): void {
  const dir = process.env.LODESK_CALL_LOG;
  if (!dir || seen.has(name)) return;
  seen.add(name);
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, `calls-${process.pid}.txt`), `${name}\n`);
}
