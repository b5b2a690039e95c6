// npm test: build, type check, every jest test (arguments after `npm test --`
// go to jest), then check:manifest over the calls those tests made, the linter
// (Biome) and the unused-code check (knip).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const callLog = path.join(root, 'out', 'call-log');
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const npx = (bin) => path.join(root, 'node_modules', '.bin', bin);

let status = run(process.execPath, ['scripts/build.mjs']);
if (status === 0) status = run(npx('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
if (status === 0) {
  rmSync(callLog, { recursive: true, force: true });
  status = run(npx('jest'), process.argv.slice(2), { LODESK_CALL_LOG: callLog });
  // The manifest is checked only against a whole run: a subset of tests makes only some of the calls.
  const subset = process.argv.slice(2).some((a) => !a.startsWith('-') || a.startsWith('-t') || a === '--testNamePattern');
  if (!subset) {
    const manifest = run(process.execPath, ['bin/lo-desk.js', 'check-manifest', '--calls', callLog, '--readme', 'README.md']);
    if (status === 0) status = manifest;
    // The linter and the unused-code check: a finding fails the run like a failed test.
    const lint = run(npx('biome'), ['lint', '--error-on-warnings', '--reporter=summary', '.']);
    if (status === 0) status = lint;
    const unused = run(npx('knip'), ['--no-progress']);
    if (status === 0) status = unused;
  }
}
process.exit(status);
