import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { createLockService, LOCK_TIMEOUT_MESSAGE } from '../../src/local/emulator/lock';
import { sandbox, type Sandbox } from './services-helpers';
import { SANDBOX_SPREADSHEET_ID } from './services-helpers';

let box: Sandbox;
let childScript: string;

beforeEach(() => {
  box = sandbox();
  // The child runs the same lock.ts, bundled on the fly, so both sides speak one protocol.
  childScript = path.join(box.dir, 'lock-child.js');
  buildSync({
    stdin: {
      contents: `
        import { createServiceContext } from './state';
        import { createLockService } from './lock';
        const ctx = createServiceContext(JSON.parse(process.argv[2]));
        const lock = createLockService(ctx).getScriptLock();
        if (!lock.tryLock(5000)) { process.stdout.write('busy\\n'); process.exit(1); }
        process.stdout.write('held\\n');
        process.stdin.on('data', (d) => {
          if (String(d).includes('release')) { lock.releaseLock(); process.stdout.write('released\\n'); process.exit(0); }
        });
      `,
      resolveDir: path.resolve(__dirname, '../../src/local/emulator'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: childScript,
    logLevel: 'silent',
  });
});

afterEach(() => box.cleanup());

function startChild(): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [childScript, JSON.stringify(box.options)], { stdio: 'pipe' });
}

function waitFor(child: ChildProcessWithoutNullStreams, word: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`child never said "${word}" (said: ${out})`)), 15000);
    child.stdout.on('data', (d) => {
      out += String(d);
      if (out.includes(word)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', () => {
      if (!out.includes(word)) reject(new Error(`child exited before "${word}" (said: ${out})`));
    });
  });
}

describe('LockService', () => {
  test('a lock held by another process makes tryLock fail until that process releases it', async () => {
    const child = startChild();
    try {
      await waitFor(child, 'held');
      const lock = createLockService(box.ctx()).getScriptLock();
      const started = Date.now();
      expect(lock.tryLock(300)).toBe(false);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      expect(lock.hasLock()).toBe(false);
      expect(() => lock.waitLock(100)).toThrow(LOCK_TIMEOUT_MESSAGE);
      const released = waitFor(child, 'released');
      child.stdin.write('release\n');
      await released;
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
    } finally {
      child.kill();
    }
  });

  test('a lock left by a killed process is recovered (dead owner pid)', async () => {
    const child = startChild();
    await waitFor(child, 'held');
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(path.join(box.ctx().google.locks, 'script.lock'))).toBe(true);
    const lock = createLockService(box.ctx()).getScriptLock();
    expect(lock.tryLock(0)).toBe(true);
  });

  test('a lock older than an execution can last is recovered even from another host', () => {
    const dir = path.join(box.ctx().google.document(SANDBOX_SPREADSHEET_ID).locks, 'document.lock');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'owner.json'), JSON.stringify({ pid: 1, host: 'elsewhere', token: 't', at: Date.now() - 8 * 60 * 1000 }));
    expect(createLockService(box.ctx()).getDocumentLock()!.tryLock(0)).toBe(true);
  });

  test('a fresh lock from another host is respected', () => {
    const dir = path.join(box.ctx().google.document(SANDBOX_SPREADSHEET_ID).locks, 'document.lock');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'owner.json'), JSON.stringify({ pid: 1, host: 'elsewhere', token: 't', at: Date.now() }));
    expect(createLockService(box.ctx()).getDocumentLock()!.tryLock(50)).toBe(false);
  });

  test('the end of an execution (commit) releases its locks for the next one', async () => {
    const first = createLockService(box.ctx());
    const lock = first.getUserLock();
    lock.waitLock(1000);
    expect(createLockService(box.ctx()).getUserLock().tryLock(0)).toBe(false);
    await first.commit();
    expect(lock.hasLock()).toBe(false);
    expect(createLockService(box.ctx()).getUserLock().tryLock(0)).toBe(true);
  });

  test('a time-driven trigger and a web app have no document lock (no containing document)', () => {
    expect(createLockService(box.ctx({ execution: 'trigger' })).getDocumentLock()).toBeNull();
    expect(createLockService(box.ctx({ execution: 'webapp' })).getDocumentLock()).toBeNull();
    expect(createLockService(box.ctx({ execution: 'menu' })).getDocumentLock()).not.toBeNull();
  });

  test('the script lock is one for every spreadsheet of the project', () => {
    const other = sandbox({ workbookPath: path.join(box.dir, 'other-event.xlsx') });
    expect(createLockService(box.ctx()).getScriptLock().tryLock(0)).toBe(true);
    expect(createLockService(other.ctx({ user: 'someone@else.org' })).getScriptLock().tryLock(0)).toBe(false);
  });

  test('user locks of different users do not exclude each other', () => {
    expect(createLockService(box.ctx()).getUserLock().tryLock(0)).toBe(true);
    expect(createLockService(box.ctx({ user: 'lo@example.org' })).getUserLock().tryLock(0)).toBe(true);
  });
});
