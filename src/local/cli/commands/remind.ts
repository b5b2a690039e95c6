import { parseCommandArgs, parseNow } from '../args';
import type { Command } from './index';
import { checkWorkbookFile } from '../workbook-file';
import { entryValue, fireEntryTrigger } from '../../emulator/entry-call';
import { reminderTrigger } from '../reminder-trigger';
import { UsageError } from '../errors';

/**
 * Runs the hourly trigger as Apps Script would at --now: as the user who
 * installed it, with no open spreadsheet, given the trigger's event object.
 * When reminders were never turned on for FILE, turns them on first as the
 * first organiser (so the run goes through the real menu action too).
 */
export const remindCommand: Command = {
  summary: 'runs the hourly reminder trigger as at that instant',
  synopsis: 'remind FILE --now ISO [--outbox DIR | --smtp URL]',
  parse: (argv) => parseCommandArgs('remind', argv, { now: { type: 'string' }, outbox: { type: 'string' }, smtp: { type: 'string' } }, 1),
  async run(ctx, [file]) {
    const now = parseNow(ctx.flags.now as string | undefined);
    if (ctx.flags.outbox && ctx.flags.smtp) throw new UsageError('give --outbox or --smtp, not both');
    if (ctx.flags.smtp && !/^smtps?:\/\/[^/\s]+(:\d+)?\/?$/.test(String(ctx.flags.smtp))) {
      throw new UsageError(`--smtp "${ctx.flags.smtp}" is not an smtp://host:port address`);
    }
    checkWorkbookFile(file);
    const trigger = await reminderTrigger(ctx, file, now);
    const emu = ctx.emulator(file, { now });
    const o = entryValue(await ctx.mustSucceed(emu, 'runReminders', () => fireEntryTrigger(emu, 'runReminders', trigger, now)));
    const where = ctx.flags.smtp ? `delivered to ${ctx.flags.smtp}` : `written to ${emu.options.outboxDir}`;
    process.stdout.write(`${o.sent} sent (${where}), ${o.failed} failed, ${o.deferred} deferred, ${o.skipped} could not be built${o.note ? ` (${o.note})` : ''}\n`);
    for (const f of o.failures) process.stdout.write(`failed ${f.key}: ${f.reason}\n`);
    for (const p of o.problems ?? []) process.stderr.write(`warning: ${p.tab} row ${p.row} [${p.column}]: ${p.message}\n`);
    return 0;
  },
};
