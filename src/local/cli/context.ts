import path from 'node:path';
import { Emulator, type RunnerOptions } from '../emulator/runner';
import { callEntry, entryValue } from '../emulator/entry-call';
import type { EntryArgs, EntryName, EntryValue } from '../../addon/bridge';
import { Stats } from '../emulator/types';
import { parseAccount } from './args';
import { UsageError } from './errors';
import { distDir, DEFAULT_DOCS, DEFAULT_OUTBOX } from './paths';

/** The one line for a workbook that exists and looks like an .xlsx but cannot be read. */
export function cannotOpen(file: string, err: unknown): UsageError {
  return new UsageError(`${path.basename(file)}: cannot open the workbook (${(err as Error).message})`);
}

/** What every command gets: where things are, who runs, and the shared call counter. */
export class CommandContext {
  readonly stats = new Stats();
  readonly started = Date.now();

  constructor(
    readonly command: string,
    readonly flags: Record<string, string | boolean | undefined>,
  ) {}

  /**
   * Who a command runs the menu actions as: --as, else the first organiser the
   * Event tab names (the person at the terminal stands for the organiser), else
   * nobody the event knows, whom the add-on refuses.
   */
  async actingUser(file: string): Promise<string> {
    const as = this.flags.as as string | undefined;
    if (as) return as;
    const { firstOrganiser } = await import('./workbook-people');
    return (await firstOrganiser(file)) ?? 'cli@localhost';
  }

  emulator(workbookPath: string, over: Partial<RunnerOptions> = {}): Emulator {
    const emu = new Emulator({
      workbookPath: path.resolve(workbookPath),
      user: over.user ?? (this.flags.as as string | undefined) ?? 'cli@localhost',
      outboxDir: path.resolve((this.flags.outbox as string | undefined) ?? DEFAULT_OUTBOX),
      smtpUrl: this.flags.smtp as string | undefined,
      docsDir: path.resolve((this.flags.out as string | undefined) ?? DEFAULT_DOCS),
      // --dist: another build of the bundle (tests run patched copies of it).
      distDir: typeof this.flags.dist === 'string' ? path.resolve(this.flags.dist) : distDir(),
      verbose: Boolean(this.flags.verbose),
      account: parseAccount(this.flags.account),
      ...(typeof this.flags.google === 'string' ? { googleHome: path.resolve(this.flags.google) } : {}),
      ...over,
    });
    try {
      emu.declaredScopes();
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    // One counter for the whole command, whatever number of executions it runs.
    (emu as { stats: Stats }).stats = this.stats;
    return emu;
  }

  /**
   * Runs one execution (`run`) and turns its failure into one clear line: a
   * workbook that cannot be opened, or the bundle throwing (`fn failed: …`).
   * Warnings are printed. Returns the result of a successful execution.
   */
  async mustSucceed<R extends { ok: boolean; error?: string; warnings: string[] }>(emu: Emulator, fn: string, run: () => Promise<R>): Promise<R> {
    let result: R;
    try {
      result = await run();
    } catch (err) {
      throw cannotOpen(emu.options.workbookPath, err);
    }
    for (const w of result.warnings) console.error(`warning: ${w}`);
    if (!result.ok) throw new ExecutionError(`${fn} failed: ${result.error}`);
    return result;
  }

  /** Calls the entry point `fn` with its own types (entry-call.ts) and returns what it returned. */
  async mustCall<K extends EntryName>(emu: Emulator, fn: K, args: EntryArgs<K>, over: Partial<RunnerOptions> = {}): Promise<EntryValue<K>> {
    return entryValue(await this.mustSucceed(emu, fn, () => callEntry(emu, fn, args, over)));
  }

  statsLine(): string {
    return JSON.stringify({
      command: this.command,
      apps_script_calls: this.stats.total,
      by_method: this.stats.byMethod,
      fetch_requests: this.stats.fetchRequests,
      ms: Date.now() - this.started,
      google_ms: Math.round(this.stats.googleMs),
      google_charged_ms: Math.round(this.stats.chargedMs),
      executions: this.stats.executions,
    });
  }
}

/** The bundle threw: reported as Apps Script's failure handler would show it, exit 1. */
export class ExecutionError extends Error {
  readonly exitCode = 1;
}
