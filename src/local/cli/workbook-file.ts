import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { UsageError } from './errors';

/**
 * Checks FILE is an existing .xlsx before any command touches it, so a wrong
 * argument gives one clear line and leaves every file as it was.
 */
export function checkWorkbookFile(file: string): void {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch {
    throw new UsageError(`${file}: no such file (create one with: lo-desk init ${file})`);
  }
  if (!st.isFile()) throw new UsageError(`${file}: not a file`);
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`${file}: not an .xlsx workbook (LO Desk reads .xlsx files)`);
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (head.readUInt32LE(0) !== 0x04034b50) {
    throw new UsageError(`${file}: not an .xlsx workbook (the file is not a zip package; is it corrupt or another format?)`);
  }
}
