import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin', 'lo-desk.js');
export const DIST = path.join(ROOT, 'dist');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as a user would (the built bin): for what is about the process (exit status, output). */
export function lodesk(args: string[], opts: { cwd?: string; timeout?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: opts.timeout ?? 120_000,
    env: { ...process.env, LO_DESK_QUIET_BUILD: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'lodesk-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Every file and folder under `dir` with its size and time: equal before and after means a command made and changed nothing there. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort().map((f) => {
    const st = statSync(path.join(dir, f));
    return `${f} ${st.isDirectory() ? 'dir' : st.size} ${st.mtimeMs}`;
  });
}

export interface Running {
  child: ChildProcess;
  /** Resolves when the process has exited (`signal` set when it was killed). */
  done: Promise<CliResult & { signal: NodeJS.Signals | null }>;
}

/** Starts the command line without waiting for it (to run several at once, or to kill one). */
export function startLodesk(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Running {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, LO_DESK_QUIET_BUILD: '1', ...opts.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

/** The command line run to its end, asynchronously (so that several can run at once). */
export function lodeskAsync(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return startLodesk(args, opts).done;
}

/** The built command line's entry (what bin/lo-desk.js calls), loaded once per test file. */
let built: { main(argv: string[]): Promise<number> } | undefined;

/**
 * The built command line (build/cli.js, the very code the bin runs) run inside
 * this process: the status is what the bin would exit with, stdout and stderr
 * what it would print (console output included). For tests of what a command
 * does to files, not of the process itself: each spares a process start (Node
 * and exceljs loading, about a second). `cwd` is the folder relative paths
 * resolve against, as for a process started there.
 */
export async function lodeskInProcess(args: string[], opts: { cwd?: string } = {}): Promise<CliResult> {
  // The built CLI is CommonJS: loaded as the bin loads it.
  built ??= require(path.join(ROOT, 'build', 'cli.js')) as { main(argv: string[]): Promise<number> };
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  const consoled = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const toOut = (chunk: unknown) => {
    stdout += String(chunk);
    return true;
  };
  const toErr = (chunk: unknown) => {
    stderr += String(chunk);
    return true;
  };
  const line = (write: (s: string) => boolean) => (...a: unknown[]) => write(`${a.map(String).join(' ')}\n`);
  const cwd = process.cwd();
  // Pipes, as for a spawned process: a command that draws progress on a terminal (docs) prints plain lines.
  const tty = { out: Object.getOwnPropertyDescriptor(process.stdout, 'isTTY'), err: Object.getOwnPropertyDescriptor(process.stderr, 'isTTY') };
  Object.defineProperty(process.stdout, 'isTTY', { value: false, configurable: true });
  Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
  process.stdout.write = toOut as typeof process.stdout.write;
  process.stderr.write = toErr as typeof process.stderr.write;
  Object.assign(console, { log: line(toOut), info: line(toOut), warn: line(toErr), error: line(toErr) });
  let status: number;
  try {
    if (opts.cwd) process.chdir(opts.cwd);
    // As bin/lo-desk.js: main's answer is the exit status; a rejection is one line and status 1.
    status = await built.main(args).catch((e: Error) => {
      toErr(`lo-desk: ${e?.message ? e.message : e}\n`);
      return 1;
    });
  } finally {
    process.chdir(cwd);
    process.stdout.write = out;
    process.stderr.write = err;
    for (const [stream, was] of [[process.stdout, tty.out], [process.stderr, tty.err]] as const) {
      if (was) Object.defineProperty(stream, 'isTTY', was);
      else delete (stream as { isTTY?: boolean }).isTTY;
    }
    Object.assign(console, consoled);
  }
  return { status, stdout, stderr };
}
