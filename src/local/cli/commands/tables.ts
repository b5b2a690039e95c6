import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCommandArgs } from '../args';
import type { Command } from './index';
import { UsageError } from '../errors';
import { projectRoot } from '../paths';
import { ACCESS_TABLE_NAME, accessTable } from '../../readme/access-table';
import { CONTRACT_TABLES_NAME, CONTRACT_TABLE_FILES, contractTables } from '../../contract-tables';
import { sectionBody, withSection } from '../../readme/sections';

/** A section of the docs made from the code: its marker name, the files holding it, and its maker. */
interface Generated {
  name: string;
  files: readonly string[];
  make: () => string;
}

const GENERATED: readonly Generated[] = [
  { name: ACCESS_TABLE_NAME, files: ['README.md'], make: accessTable },
  { name: CONTRACT_TABLES_NAME, files: CONTRACT_TABLE_FILES, make: contractTables },
];

const MADE_BY = 'lo-desk tables --write';

/** `text` (the file `rel` of the repository) with every section it holds as the code makes it now. */
export function withGeneratedSections(rel: string, text: string): string {
  let out = text;
  for (const g of GENERATED) if (g.files.includes(rel)) out = withSection(out, g.name, MADE_BY, g.make());
  return out;
}

/** Names of the sections of `rel` whose text differs from what the code makes. */
export function staleSections(rel: string, text: string): string[] {
  return GENERATED.filter((g) => g.files.includes(rel) && sectionBody(text, g.name) !== g.make()).map((g) => g.name);
}

/** Every file that holds a generated section. */
function generatedFiles(): string[] {
  return [...new Set(GENERATED.flatMap((g) => g.files))];
}

export const tablesCommand: Command = {
  summary: 'checks (with --write, rewrites) the tables of README.md and docs/CONTRACT.md made from the code: the access policy and the sheet contract',
  synopsis: 'tables [--write]',
  parse: (argv) => parseCommandArgs('tables', argv, { write: { type: 'boolean' } }, 0),
  async run(ctx) {
    let ok = true;
    for (const rel of generatedFiles()) {
      const file = path.join(projectRoot(), rel);
      let text: string;
      let next: string;
      try {
        text = readFileSync(file, 'utf8');
        next = withGeneratedSections(rel, text);
      } catch (err) {
        throw new UsageError(`${rel}: ${(err as Error).message}`);
      }
      const stale = staleSections(rel, text);
      if (!stale.length && next === text) continue;
      if (ctx.flags.write) {
        writeFileSync(file, next);
        process.stdout.write(`rewrote ${stale.join(', ') || 'the markers'} in ${rel}\n`);
      } else {
        process.stdout.write(`- ${rel}: out of date: ${stale.join(', ')} (run: npx lo-desk tables --write)\n`);
        ok = false;
      }
    }
    if (ok && !ctx.flags.write) process.stdout.write('OK: every table made from the code is current\n');
    return ok ? 0 : 1;
  },
};
