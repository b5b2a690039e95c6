import { parseCommandArgs } from '../args';
import type { Command } from './index';
import { checkWorkbookFile } from '../workbook-file';
import { ExecutionError } from '../context';

export const validateCommand: Command = {
  summary: 'validates, writes the Findings tab, prints the findings (exit 1 on any error)',
  synopsis: 'validate FILE [--json]',
  parse: (argv) => parseCommandArgs('validate', argv, { json: { type: 'boolean' } }, 1),
  async run(ctx, [file]) {
    checkWorkbookFile(file);
    const report = await ctx.mustCall(ctx.emulator(file, { user: await ctx.actingUser(file) }), 'validateWorkbook', []);
    // Typed, but the bundle is a file on disk (--dist may name another build): a missing report is still one clear line.
    if (!Array.isArray(report?.findings)) throw new ExecutionError('validateWorkbook returned no findings report');
    const findings = report.findings.map(({ severity, tab, row, column, code, message }) => ({ severity, tab, row, column, code, message }));
    if (ctx.flags.json) {
      process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
    } else {
      for (const f of findings) {
        const where = `${f.tab}${f.row ? ` row ${f.row}` : ''}${f.column ? ` [${f.column}]` : ''}`;
        process.stdout.write(`${f.severity.padEnd(7)} ${where}: ${f.code}: ${f.message}\n`);
      }
      const count = (s: string) => findings.filter((f) => f.severity === s).length;
      process.stdout.write(`${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes\n`);
    }
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
