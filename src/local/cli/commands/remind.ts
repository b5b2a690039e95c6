import path from 'node:path';
import { parseCommandArgs, parseNow } from '../args';
import type { Command } from './index';
import { checkWorkbookFile } from '../workbook-file';
import { ExecutionError } from '../context';
import { readTriggers } from '../../emulator/script-app';
import { createServiceContext } from '../../emulator/state';
import { firstOrganiser } from '../workbook-people';
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
    const sidecar = createServiceContext({ workbookPath: path.resolve(file), user: '', outboxDir: '', docsDir: '' });
    let trigger = readTriggers(sidecar).find((t) => t.handler === 'runReminders');
    if (!trigger) {
      const organiser = (ctx.flags.as as string | undefined) ?? (await firstOrganiser(file));
      if (!organiser) throw new UsageError(`${file}: the Event tab names no organiser (organiser_emails) to run reminders as`);
      await ctx.mustCall(ctx.emulator(file, { user: organiser, now }), 'turnRemindersOn');
      process.stderr.write(`reminders were off: turned them on as ${organiser}\n`);
      trigger = readTriggers(sidecar).find((t) => t.handler === 'runReminders');
      if (!trigger) throw new ExecutionError('turnRemindersOn installed no trigger');
    }
    const event = { authMode: 'FULL', triggerUid: trigger.id, year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, 'day-of-month': now.getUTCDate(), hour: now.getUTCHours(), minute: now.getUTCMinutes(), second: now.getUTCSeconds(), timezone: 'UTC' };
    const emu = ctx.emulator(file, { user: trigger.user, now, activeSpreadsheet: false });
    const r = await ctx.mustCall(emu, 'runReminders', [event]);
    const o = r.value as { sent: number; failed: number; deferred: number; uncertain: number; skipped: number; note?: string; failures: { key: string; reason: string }[] };
    const where = ctx.flags.smtp ? `delivered to ${ctx.flags.smtp}` : `written to ${emu.options.outboxDir}`;
    process.stdout.write(`${o.sent} sent (${where}), ${o.failed} failed, ${o.deferred} deferred, ${o.skipped} could not be built${o.note ? ` (${o.note})` : ''}\n`);
    for (const f of o.failures) process.stdout.write(`failed ${f.key}: ${f.reason}\n`);
    return 0;
  },
};
