/**
 * What an execution killed mid-write leaves behind never holds the others up
 * nor stays forever: a lock is never seen without its owner, and the staging
 * files of dead processes are swept by the next execution that opens the
 * workbook.
 */
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tryAcquireDir, releaseDir } from '../../src/local/emulator/lock';
import { LiveWorkbook } from '../../src/local/emulator/live-workbook';
import { sidecarPaths } from '../../src/local/emulator/state';
import { tempDir } from '../helpers/cli';

/** A pid no process has: the highest pid Linux hands out is 2^22. */
const DEAD_PID = 4_194_304 + 17;

function ageBy(file: string, seconds: number): void {
  const t = Date.now() / 1000 - seconds;
  utimesSync(file, t, t);
}

describe('the lock protocol', () => {
  test('a lock directory is never there without its owner.json', () => {
    const dir = path.join(tempDir('lodesk-lock-'), 'locks', 'x.lock');
    const token = tryAcquireDir(dir, 60_000)!;
    expect(token).toBeTruthy();
    expect(readdirSync(dir)).toEqual(['owner.json']);
    // No staging directory is left beside it.
    expect(readdirSync(path.dirname(dir))).toEqual(['x.lock']);
    expect(tryAcquireDir(dir, 60_000)).toBeNull();
    expect(releaseDir(dir, token)).toBe(true);
    expect(existsSync(dir)).toBe(false);
  });

  test('an ownerless lock left by an older writer is taken at once, and a dead taker\'s staging is swept', () => {
    const locks = path.join(tempDir('lodesk-lock-'), 'locks');
    const dir = path.join(locks, 'x.lock');
    mkdirSync(dir, { recursive: true });
    const staging = `${dir}.deadbeef.new`;
    mkdirSync(staging);
    ageBy(staging, 60);
    const fresh = `${dir}.cafef00d.new`;
    mkdirSync(fresh);
    const token = tryAcquireDir(dir, 60_000);
    expect(token).toBeTruthy();
    expect(readdirSync(dir)).toEqual(['owner.json']);
    expect(existsSync(staging)).toBe(false);
    // One being made this very moment by another taker is left alone.
    expect(existsSync(fresh)).toBe(true);
  });
});

describe('an execution opening the workbook', () => {
  test('sweeps what killed executions left: checkpoints half serialised, journal rewrites, half registrations', async () => {
    const dir = tempDir('lodesk-left-');
    const file = path.join(dir, 'event.xlsx');
    const first = await LiveWorkbook.open(file, { createIfMissing: true });
    await first.close({ commit: true });
    const side = sidecarPaths(file).dir;

    const deadCheckpoint = path.join(dir, `.event.xlsx.${DEAD_PID}.0123abcd.tmp`);
    const liveCheckpoint = path.join(dir, `.event.xlsx.${process.pid}.89abcdef.tmp`);
    const journalRewrite = path.join(side, 'journal.jsonl.0123abcd.tmp');
    const halfRegistration = path.join(side, 'active', 'a1b2c3.json.tmp');
    const oldUnreadable = path.join(side, 'active', 'old-writer.json');
    const userFile = path.join(dir, 'notes.tmp');
    for (const f of [deadCheckpoint, liveCheckpoint, journalRewrite, userFile]) writeFileSync(f, 'x');
    mkdirSync(path.join(side, 'active'), { recursive: true });
    writeFileSync(halfRegistration, '{"pid": 12');
    writeFileSync(oldUnreadable, '{"pid": 12');
    ageBy(oldUnreadable, 60);

    const next = await LiveWorkbook.open(file);
    const sheet = next.wb.book.worksheets[0];
    sheet.getCell('A1').value = 'x';
    await next.close({ commit: true });

    expect(existsSync(deadCheckpoint)).toBe(false);
    expect(existsSync(journalRewrite)).toBe(false);
    expect(existsSync(halfRegistration)).toBe(false);
    expect(existsSync(oldUnreadable)).toBe(false);
    // A live process's checkpoint in the making, and files that are not LO Desk's, stay.
    expect(existsSync(liveCheckpoint)).toBe(true);
    expect(existsSync(userFile)).toBe(true);
    // Nothing of the two executions is registered any more.
    expect(readdirSync(path.join(side, 'active'))).toEqual([]);
  });
});
