import path from 'node:path';
import { parseCommandArgs } from '../args';
import type { Command } from './index';
import { UsageError } from '../errors';
import { distDir } from '../paths';
import { readCallLog } from '../../emulator/call-log';
import { readManifestFile } from '../../emulator/scope-check';
import { METHOD_SCOPES } from '../../emulator/scopes';
import { checkManifest, formatReport } from '../../manifest/check';

const DEFAULT_CALL_LOG = path.join('out', 'call-log');

/** Bad input (no manifest, not JSON, unknown scope, no call log) is one line and exit 2. */
function orUsage<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export const checkManifestCommand: Command = {
  summary: 'checks the manifest\'s oauthScopes against the methods a test run called (exit 1 on a gap or an unused scope)',
  synopsis: 'check-manifest [--calls DIR] [--manifest FILE]',
  parse: (argv) =>
    parseCommandArgs('check-manifest', argv, { calls: { type: 'string' }, manifest: { type: 'string' } }, 0),
  async run(ctx) {
    const manifest = (ctx.flags.manifest as string | undefined) ?? path.join(distDir(), 'appsscript.json');
    const declared = orUsage(() => readManifestFile(manifest));
    const called = orUsage(() => readCallLog((ctx.flags.calls as string | undefined) ?? DEFAULT_CALL_LOG));
    const report = checkManifest(declared, called, METHOD_SCOPES);
    process.stdout.write(formatReport(report));
    return report.ok ? 0 : 1;
  },
};
