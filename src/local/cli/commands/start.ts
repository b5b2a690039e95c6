import { existsSync } from 'node:fs';
import { parseCommandArgs } from '../args';
import type { Command } from './index';
import { SAMPLE_FILE } from '../paths';
import { writeEventFile } from './init';
import { servePreview } from './preview';

/** `npm start`: the sample event (created once) in the preview. */
export const startCommand: Command = {
  summary: 'creates out/sample-event.xlsx if missing and previews it',
  synopsis: 'start [--port N]',
  hidden: true,
  parse: (argv) => parseCommandArgs('start', argv, { port: { type: 'string' } }, 0),
  async run(ctx) {
    if (!existsSync(SAMPLE_FILE)) {
      await writeEventFile(ctx, SAMPLE_FILE, { empty: false });
      process.stdout.write(`wrote the sample event to ${SAMPLE_FILE}\n`);
    }
    return servePreview(ctx, SAMPLE_FILE);
  },
};
