import { parseCommandArgs } from '../args';
import type { Command } from './index';
import { checkWorkbookFile } from '../workbook-file';
import { UsageError } from '../errors';
import type { ExecutionKind } from '../../emulator/types';

const KINDS: ExecutionKind[] = ['menu', 'webapp', 'trigger'];

/**
 * Runs one top-level function of the bundle as one execution, as `clasp run`
 * or google.script.run would, and prints what it returned as JSON. For
 * scripts and for tests that need executions in separate processes.
 */
export const callCommand: Command = {
  summary: 'runs one server function as one execution and prints its result as JSON',
  synopsis: 'call FILE FUNCTION [--args JSON] [--execution menu|webapp|trigger]',
  parse: (argv) => parseCommandArgs('call', argv, { args: { type: 'string' }, execution: { type: 'string' } }, 2),
  async run(ctx, [file, fn]) {
    checkWorkbookFile(file);
    let args: unknown[] = [];
    if (typeof ctx.flags.args === 'string') {
      try {
        const parsed = JSON.parse(ctx.flags.args) as unknown;
        args = Array.isArray(parsed) ? parsed : [parsed];
      } catch {
        throw new UsageError(`--args is not JSON: ${ctx.flags.args}`);
      }
    }
    const execution = (ctx.flags.execution ?? 'menu') as ExecutionKind;
    if (!KINDS.includes(execution)) throw new UsageError(`--execution "${String(ctx.flags.execution)}" must be one of ${KINDS.join(', ')}`);
    const emu = ctx.emulator(file, { execution, user: await ctx.actingUser(file) });
    // Any function and any arguments, as typed at the terminal: the generic call, not the typed one.
    const r = await ctx.mustSucceed(emu, fn, () => emu.call(fn, args, { execution }));
    process.stdout.write(`${JSON.stringify(r.value ?? null)}\n`);
    return 0;
  },
};
