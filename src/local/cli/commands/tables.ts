import { readFileSync, writeFileSync } from 'node:fs';
import { parseCommandArgs } from '../args';
import type { Command } from './index';
import { UsageError } from '../errors';
import { ACCESS_TABLE_NAME, accessTable } from '../../readme/access-table';
import { sectionBody, withSection } from '../../readme/sections';

/** The README's sections made from the code, by marker name. */
export const GENERATED_SECTIONS: Record<string, () => string> = {
  [ACCESS_TABLE_NAME]: accessTable,
};

export const MADE_BY = 'lo-desk tables --write';

/** The README with every generated section as the code makes it now. */
export function withGeneratedSections(readme: string): string {
  let out = readme;
  for (const [name, make] of Object.entries(GENERATED_SECTIONS)) out = withSection(out, name, MADE_BY, make());
  return out;
}

/** Names of the sections whose text differs from what the code makes. */
export function staleSections(readme: string): string[] {
  return Object.entries(GENERATED_SECTIONS).filter(([name, make]) => sectionBody(readme, name) !== make()).map(([n]) => n);
}

export const tablesCommand: Command = {
  summary: 'checks (or, with --write, rewrites) the README\'s tables made from the code (the access table)',
  synopsis: 'tables [--readme FILE] [--write]',
  parse: (argv) => parseCommandArgs('tables', argv, { readme: { type: 'string' }, write: { type: 'boolean' } }, 0),
  async run(ctx) {
    const file = (ctx.flags.readme as string | undefined) ?? 'README.md';
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(`${file}: ${(err as Error).message}`);
    }
    let next: string;
    try {
      next = withGeneratedSections(text);
    } catch (err) {
      throw new UsageError(`${file}: ${(err as Error).message}`);
    }
    const stale = staleSections(text);
    if (!stale.length) {
      process.stdout.write(`OK: ${file}'s generated tables are current\n`);
      return 0;
    }
    if (ctx.flags.write) {
      writeFileSync(file, next);
      process.stdout.write(`rewrote ${stale.join(', ')} in ${file}\n`);
      return 0;
    }
    process.stdout.write(`${file}: out of date: ${stale.join(', ')} (run: lo-desk tables --write)\n`);
    return 1;
  },
};
