import { parseCommandArgs } from '../args';
import type { Command } from './index';

export const benchCommand: Command = {
  summary: 'prints the performance table (npm run bench)',
  synopsis: 'bench [--sizes 100,1000,5000] [--pages]',
  hidden: true,
  parse: (argv) => parseCommandArgs('bench', argv, { sizes: { type: 'string' }, pages: { type: 'boolean' } }, 0),
  async run(ctx) {
    const sizes = ((ctx.flags.sizes as string | undefined) ?? '100,1000,5000').split(',').map(Number);
    // The bench pulls in the whole core: loaded only when asked for, so every other command starts faster.
    const { runBench } = await import('../../bench/bench');
    await runBench(sizes, ctx.flags.pages === true);
    return 0;
  },
};
