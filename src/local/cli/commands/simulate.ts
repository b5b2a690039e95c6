import { parseCommandArgs, parseNow } from '../args';
import type { Command } from './index';
import { checkWorkbookFile } from '../workbook-file';
import { UsageError } from '../errors';
import { reminderTrigger } from '../reminder-trigger';
import { cannotOpen } from '../context';
import { planTriggerRuns, type PlannedRun } from '../trigger-schedule';
import { fireEntryTrigger } from '../../emulator/entry-call';
import type { EntryValue } from '../../../addon/bridge';

type RunOutcome = EntryValue<'runReminders'>;

/**
 * Runs the installed hourly trigger over a period as Google runs it: about
 * once an hour, at minutes that drift (seeded), with the listed hours missed,
 * each run an execution at its own instant. Prints each run, then what was
 * sent, late, deferred, uncertain and dropped over the whole period.
 */
export const simulateCommand: Command = {
  summary: 'runs the hourly trigger over a period as Google would (drift, missed hours)',
  synopsis: 'simulate FILE --from ISO --to ISO [--jitter MIN] [--miss ISO,...] [--seed N] [--json]',
  parse: (argv) =>
    parseCommandArgs('simulate', argv, {
      from: { type: 'string' }, to: { type: 'string' }, jitter: { type: 'string' }, miss: { type: 'string' },
      seed: { type: 'string' }, json: { type: 'boolean' }, outbox: { type: 'string' }, smtp: { type: 'string' },
    }, 1),
  async run(ctx, [file]) {
    const from = parseNow(ctx.flags.from as string | undefined, '--from');
    const to = parseNow(ctx.flags.to as string | undefined, '--to');
    if (from.getTime() >= to.getTime()) throw new UsageError('--from must be before --to');
    const jitterText = (ctx.flags.jitter as string | undefined) ?? '20';
    if (!/^\d+$/.test(jitterText) || +jitterText > 59) throw new UsageError(`--jitter "${jitterText}" must be a whole number of minutes from 0 to 59`);
    const seedText = (ctx.flags.seed as string | undefined) ?? '1';
    if (!/^\d+$/.test(seedText)) throw new UsageError(`--seed "${seedText}" must be a whole number`);
    const missed = typeof ctx.flags.miss === 'string' && ctx.flags.miss !== ''
      ? ctx.flags.miss.split(',').map((m) => parseNow(m.trim(), '--miss'))
      : [];
    checkWorkbookFile(file);

    const trigger = await reminderTrigger(ctx, file, from);

    const runs = planTriggerRuns({ from, to, jitterMinutes: +jitterText, missed, seed: +seedText });
    const emu = ctx.emulator(file);
    const report: (PlannedRun & Partial<RunOutcome> & { error?: string })[] = [];
    const total = { runs: 0, missed: 0, sent: 0, late: 0, deferred: 0, failed: 0, uncertain: 0, dropped: new Set<string>() };
    for (const run of runs) {
      if (run.missed) {
        total.missed++;
        report.push(run);
        if (!ctx.flags.json) process.stdout.write(`${run.at.toISOString()}  missed: the trigger did not run this hour\n`);
        continue;
      }
      let r: Awaited<ReturnType<typeof fireEntryTrigger<'runReminders'>>>;
      try {
        r = await fireEntryTrigger(emu, 'runReminders', trigger, run.at);
      } catch (err) {
        throw cannotOpen(file, err);
      }
      total.runs++;
      if (!r.ok) {
        report.push({ ...run, error: r.error });
        if (!ctx.flags.json) process.stdout.write(`${run.at.toISOString()}  failed: ${r.error}\n`);
        continue;
      }
      const o = r.value;
      total.sent += o.sent;
      total.late += o.late ?? 0;
      total.deferred += o.deferred;
      total.failed += o.failed;
      total.uncertain += o.uncertain;
      for (const k of o.dropped ?? []) total.dropped.add(k);
      report.push({ ...run, ...o });
      if (!ctx.flags.json) {
        process.stdout.write(
          `${run.at.toISOString()}  sent ${o.sent} (${o.late ?? 0} late), deferred ${o.deferred}, failed ${o.failed}, uncertain ${o.uncertain}${o.note ? ` — ${o.note}` : ''}\n`,
        );
      }
    }
    const summary = {
      from: from.toISOString(), to: to.toISOString(), runs: total.runs, missed_runs: total.missed,
      sent: total.sent, late: total.late, deferred: total.deferred, failed: total.failed, uncertain: total.uncertain,
      dropped: [...total.dropped].sort(),
    };
    if (ctx.flags.json) {
      process.stdout.write(`${JSON.stringify({ summary, runs: report.map((r) => ({ ...r, at: r.at.toISOString(), nominal: r.nominal.toISOString() })) }, null, 2)}\n`);
    } else {
      process.stdout.write(
        `\n${summary.runs} runs (${summary.missed_runs} missed): ${summary.sent} sent (${summary.late} late), ${summary.deferred} deferred, ` +
          `${summary.failed} failed, ${summary.uncertain} uncertain, ${summary.dropped.length} dropped\n`,
      );
      for (const k of summary.dropped) process.stdout.write(`dropped ${k}\n`);
    }
    return 0;
  },
};
