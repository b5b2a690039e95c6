import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseCommandArgs } from '../args';
import type { Command } from './index';
import type { CommandContext } from '../context';
import { UsageError } from '../errors';
import { fillWorkbook } from '../../sample/fill';
import { sampleEvent, SAMPLE_ORGANISER } from '../../sample/sample-event';
import { mkdirSync } from 'node:fs';

/**
 * Writes a new event workbook: the bundle's own "Set up workbook" creates the
 * tabs (so init proves the menu action), then, unless --empty, the sample
 * event's rows are typed in under the headers it made. Built in a temporary
 * file and renamed, so FILE is either complete or untouched.
 */
export async function writeEventFile(ctx: CommandContext, file: string, opts: { empty: boolean }): Promise<void> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.init-${process.pid}.xlsx`);
  try {
    const emu = ctx.emulator(tmp, { createIfMissing: true, user: SAMPLE_ORGANISER });
    await ctx.mustCall(emu, 'setUpWorkbook', []);
    await fillWorkbook(tmp, opts.empty ? [] : sampleEvent());
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.lodesk`, { recursive: true, force: true });
  }
}

export const initCommand: Command = {
  summary: 'writes the sample event (or empty tabs) to FILE',
  synopsis: 'init FILE [--empty] [--force]',
  parse: (argv) => parseCommandArgs('init', argv, { empty: { type: 'boolean' }, force: { type: 'boolean' } }, 1),
  async run(ctx, [file]) {
    if (!/\.xlsx$/i.test(file)) throw new UsageError(`${file}: the workbook must be an .xlsx file`);
    if (existsSync(file) && !ctx.flags.force) throw new UsageError(`${file} exists: pass --force to replace it`);
    await writeEventFile(ctx, file, { empty: Boolean(ctx.flags.empty) });
    process.stdout.write(`wrote ${ctx.flags.empty ? 'an empty event workbook' : 'the sample event'} to ${file}\n`);
    return 0;
  },
};
