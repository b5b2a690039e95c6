import type { CommandContext } from './context';
import { cannotOpen, ExecutionError } from './context';
import { UsageError } from './errors';
import { firstOrganiser } from './workbook-people';
import type { TriggerRecord } from '../emulator/script-app';

/**
 * The installed reminders trigger of FILE's spreadsheet; when reminders were
 * never turned on there, turns them on first as the first organiser (or
 * --as), through the real menu action.
 */
export async function reminderTrigger(ctx: CommandContext, file: string, now: Date): Promise<TriggerRecord> {
  const find = async () => (await ctx.emulator(file).installedTriggers()).find((t) => t.handler === 'runReminders');
  let found: TriggerRecord | undefined;
  try {
    found = await find();
  } catch (err) {
    throw cannotOpen(file, err);
  }
  if (found) return found;
  const organiser = (ctx.flags.as as string | undefined) ?? (await firstOrganiser(file));
  if (!organiser) throw new UsageError(`${file}: the Event tab names no organiser (organiser_emails) to run reminders as`);
  await ctx.mustCall(ctx.emulator(file, { user: organiser, now }), 'turnRemindersOn', []);
  process.stderr.write(`reminders were off: turned them on as ${organiser}\n`);
  const trigger = await find();
  if (!trigger) throw new ExecutionError('turnRemindersOn installed no trigger');
  return trigger;
}
