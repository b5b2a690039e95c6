/**
 * Records which Apps Script methods a process called, for
 * `lo-desk check-manifest`: when LODESK_CALL_LOG names a directory, the
 * first call of each method appends its name to `<dir>/calls-<pid>.txt`.
 * One file per process, because jest workers and the CLI processes tests
 * spawn all run at once; appends of one short line need no lock.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const CALL_LOG_ENV = 'LODESK_CALL_LOG';

/** Per log directory, the names this process has already written. */
const written = new Map<string, Set<string>>();

export function recordCall(name: string): void {
  const dir = process.env[CALL_LOG_ENV];
  if (!dir) return;
  let names = written.get(dir);
  if (!names) {
    mkdirSync(dir, { recursive: true });
    names = new Set();
    written.set(dir, names);
  }
  if (names.has(name)) return;
  names.add(name);
  appendFileSync(path.join(dir, `calls-${process.pid}.txt`), `${name}\n`);
}

/** Every method name in the call logs of `dir`; throws when there is none. */
export function readCallLog(dir: string): Set<string> {
  if (!existsSync(dir)) throw new Error(`${dir}: no call log (run the tests with ${CALL_LOG_ENV}=${dir})`);
  const files = readdirSync(dir).filter((f) => /^calls-.*\.txt$/.test(f));
  if (files.length === 0) throw new Error(`${dir}: no calls-*.txt files (run the tests with ${CALL_LOG_ENV}=${dir})`);
  const names = new Set<string>();
  for (const f of files) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const name = line.trim();
      if (name) names.add(name);
    }
  }
  return names;
}
