import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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

/** Runs the real command line, as a user would (the built bin). */
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
