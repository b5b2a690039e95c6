import type { SingleBar } from 'cli-progress';
import { parseCommandArgs } from '../args';
import type { Command } from './index';
import { checkWorkbookFile } from '../workbook-file';
import { UsageError } from '../errors';
import { ALL_KINDS, type AnyKind } from '../../../core/documents/types';

function isKind(kind: string): kind is AnyKind {
  return (ALL_KINDS as readonly string[]).includes(kind);
}

/** Documents per execution: small enough to show progress, and each call is a fresh execution that resumes. */
const PER_RUN = 10;

export const docsCommand: Command = {
  summary: 'generates the documents as .docx (and .ics) and the Documents tab',
  synopsis: 'docs FILE [--out DIR] [--kind K]',
  parse: (argv) => parseCommandArgs('docs', argv, { out: { type: 'string' }, kind: { type: 'string' } }, 1),
  async run(ctx, [file]) {
    const kind = ctx.flags.kind as string | undefined;
    if (kind !== undefined && !isKind(kind)) {
      throw new UsageError(`--kind "${kind}" is not a document kind (${ALL_KINDS.join(', ')})`);
    }
    checkWorkbookFile(file);
    const emu = ctx.emulator(file, { user: await ctx.actingUser(file) });
    // Loaded only for a terminal that shows the bar.
    const progress = process.stderr.isTTY ? await import('cli-progress') : undefined;
    const bar: SingleBar | undefined = progress ? new progress.SingleBar({ format: 'documents {bar} {value}/{total} {subject}', hideCursor: true }, progress.Presets.shades_classic) : undefined;
    let written = 0;
    let unchanged = 0;
    let started = false;
    let waiting = 0;
    let tomorrow: string | undefined;
    const problems: string[] = [];
    for (;;) {
      const o = await ctx.mustCall(emu, 'generateDocuments', [kind ?? '', PER_RUN]);
      if (!started) {
        bar?.start(o.total, 0, { subject: '' });
        started = true;
      }
      written += o.written;
      for (const p of o.problems ?? []) problems.push(`warning: ${p.tab} row ${p.row} [${p.column}]: ${p.message}`);
      // Not taken by Google this run (a 429, a 5xx): said, and written by the next run.
      for (const f of o.retry_later ?? []) problems.push(`warning: ${f.subject}: Drive answered ${f.status} (${f.message}); run docs again to write it`);
      waiting = o.waiting_for_tomorrow;
      tomorrow = o.tomorrow_from;
      unchanged = o.total - written - o.remaining - waiting;
      if (bar) bar.update(o.total - o.remaining, { subject: o.written_subjects.at(-1) ?? '' });
      else if (o.written) process.stderr.write(`documents: ${o.total - o.remaining}/${o.total}\n`);
      if (o.remaining === 0 || o.written === 0) break;
    }
    bar?.stop();
    process.stdout.write(`${written} documents written to ${emu.options.docsDir}, ${unchanged} unchanged\n`);
    // Past the day's quota of new Google Docs: what waits, and from when the next run makes it.
    if (waiting) process.stdout.write(`${waiting} new documents wait for tomorrow (the day's quota of new Google Docs): run again after ${tomorrow ?? '24 hours'}\n`);
    for (const line of new Set(problems)) process.stderr.write(`${line}\n`);
    return 0;
  },
};
