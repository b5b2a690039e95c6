import type { CommandContext } from '../context';
import type { Parsed } from '../args';
import { initCommand } from './init';
import { validateCommand } from './validate';
import { remindCommand } from './remind';
import { docsCommand } from './docs';
import { previewCommand } from './preview';
import { startCommand } from './start';
import { benchCommand } from './bench';
import { callCommand } from './call';
import { simulateCommand } from './simulate';
import { checkManifestCommand } from './check-manifest';
import { contractTablesCommand } from './contract-tables';

export interface Command {
  summary: string;
  synopsis: string;
  hidden?: boolean;
  parse(argv: string[]): Parsed;
  run(ctx: CommandContext, positionals: string[]): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  init: initCommand,
  validate: validateCommand,
  remind: remindCommand,
  docs: docsCommand,
  preview: previewCommand,
  start: startCommand,
  bench: benchCommand,
  call: callCommand,
  simulate: simulateCommand,
  'check-manifest': checkManifestCommand,
  'contract-tables': contractTablesCommand,
};

export function usage(name?: string): string {
  const list = name ? [name] : Object.keys(COMMANDS).filter((c) => !COMMANDS[c].hidden);
  const lines = list.map((c) => `  ${COMMANDS[c].synopsis.padEnd(62)} ${COMMANDS[c].summary}`);
  return [
    'usage: lo-desk COMMAND FILE [flags]',
    '',
    ...lines,
    '',
    'Every command takes --stats (one JSON line of Apps Script calls on stderr at exit),',
    '--as EMAIL (the user the bundle runs as) and --verbose (the bundle\'s Logger output).',
    '',
  ].join('\n');
}
