import path from 'node:path';
import { parseCommandArgs } from '../args';
import type { Command } from './index';
import { UsageError } from '../errors';
import { distDir } from '../paths';
import { readCallLog } from '../../emulator/call-log';
import { readManifestFile } from '../../emulator/scope-check';
import { METHOD_SCOPES } from '../../emulator/scopes';
import { readFileSync, writeFileSync } from 'node:fs';
import { checkManifest, formatReport, shortScope } from '../../manifest/check';
import { readmeScopeTable, SCOPE_REASONS, scopeTable, withScopeTable } from '../../manifest/scope-table';

const DEFAULT_CALL_LOG = path.join('out', 'call-log');

/** Bad input (no manifest, not JSON, unknown scope, no call log) is one line and exit 2. */
function orUsage<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** The scope table's first two columns (scope, why): what must never drift from the manifest. */
function scopesAndReasons(readme: string): string {
  return readmeScopeTable(readme)
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.split(' | ').slice(0, 2).join(' | '))
    .join('\n');
}

export const checkManifestCommand: Command = {
  summary: 'checks the manifest\'s oauthScopes against the methods a test run called (exit 1 on a gap or an unused scope)',
  synopsis: 'check-manifest [--calls DIR] [--manifest FILE] [--readme FILE [--write]]',
  parse: (argv) =>
    parseCommandArgs('check-manifest', argv, { calls: { type: 'string' }, manifest: { type: 'string' }, readme: { type: 'string' }, write: { type: 'boolean' } }, 0),
  async run(ctx) {
    const manifest = (ctx.flags.manifest as string | undefined) ?? path.join(distDir(), 'appsscript.json');
    const declared = orUsage(() => readManifestFile(manifest));
    const called = orUsage(() => readCallLog((ctx.flags.calls as string | undefined) ?? DEFAULT_CALL_LOG));
    const report = checkManifest(declared, called, METHOD_SCOPES);
    process.stdout.write(formatReport(report));
    let ok = report.ok;
    const unexplained = [...declared].map(shortScope).filter((s) => !SCOPE_REASONS[s]);
    if (unexplained.length) {
      process.stdout.write(`- declared without a reason in src/local/manifest/scope-table.ts: ${unexplained.join(', ')}\n`);
      ok = false;
    }
    if (typeof ctx.flags.readme === 'string') {
      const file = ctx.flags.readme;
      const text = orUsage(() => readFileSync(file, 'utf8'));
      const next = orUsage(() => withScopeTable(text, scopeTable(report, declared)));
      if (next !== text) {
        if (ctx.flags.write) {
          writeFileSync(file, next);
          process.stdout.write(`rewrote the scope table in ${file}\n`);
        } else if (scopesAndReasons(next) !== scopesAndReasons(text)) {
          process.stdout.write(`- ${file}: the scope table is out of date: run npm run check:manifest -- --write\n`);
          ok = false;
        } else {
          // Only the methods column moved (a test took another path): worth refreshing, not failing.
          process.stdout.write(`note: ${file}'s scope table lists other methods than this run called; npm run check:manifest -- --write refreshes it\n`);
        }
      }
    }
    return ok ? 0 : 1;
  },
};
