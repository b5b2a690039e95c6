import { parseCommandArgs, parseNow } from '../args';
import type { Command } from './index';
import { checkWorkbookFile } from '../workbook-file';
import { notBuilt } from './not-built';

export const remindCommand: Command = {
  summary: 'runs the hourly reminder trigger as at that instant',
  synopsis: 'remind FILE --now ISO [--outbox DIR | --smtp URL]',
  parse: (argv) => parseCommandArgs('remind', argv, { now: { type: 'string' }, outbox: { type: 'string' }, smtp: { type: 'string' } }, 1),
  async run(ctx, [file]) {
    parseNow(ctx.flags.now as string | undefined);
    checkWorkbookFile(file);
    return notBuilt('remind', 'issue 5: automatic reminders');
  },
};
