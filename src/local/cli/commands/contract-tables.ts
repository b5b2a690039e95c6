import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCommandArgs } from '../args';
import type { Command } from './index';
import { UsageError } from '../errors';
import { projectRoot } from '../paths';
import { CONTRACT_TABLE_FILES, contractTables, withContractTables } from '../../contract-tables';

export const contractTablesCommand: Command = {
  summary: 'checks the column tables of README.md and docs/CONTRACT.md against the contract\'s declaration (exit 1 when out of date; --write rewrites them)',
  synopsis: 'contract-tables [--write]',
  parse: (argv) => parseCommandArgs('contract-tables', argv, { write: { type: 'boolean' } }, 0),
  async run(ctx) {
    const root = projectRoot();
    const tables = contractTables();
    let ok = true;
    for (const rel of CONTRACT_TABLE_FILES) {
      const file = path.join(root, rel);
      let text: string;
      let next: string;
      try {
        text = readFileSync(file, 'utf8');
        next = withContractTables(text, tables);
      } catch (err) {
        throw new UsageError(`${rel}: ${(err as Error).message}`);
      }
      if (next === text) continue;
      if (ctx.flags.write) {
        writeFileSync(file, next);
        process.stdout.write(`rewrote the contract tables in ${rel}\n`);
      } else {
        process.stdout.write(`- ${rel}: the contract tables are out of date: run npx lo-desk contract-tables --write\n`);
        ok = false;
      }
    }
    return ok ? 0 : 1;
  },
};
