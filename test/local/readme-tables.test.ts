/**
 * The README's tables made from the code are what the code makes now, and
 * the check says which one drifted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { staleSections, withGeneratedSections } from '../../src/local/cli/commands/tables';
import { ACCESS_TABLE_NAME, accessTable } from '../../src/local/readme/access-table';
import { ENTRY_POLICY } from '../../src/core/access/policy';

const README = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('the README\'s generated tables', () => {
  test('are current (else run: lo-desk tables --write)', () => {
    expect(staleSections('README.md', README)).toEqual([]);
  });

  test('the access table has a row for every entry point of the policy', () => {
    const rows = accessTable().split('\n').slice(2).map((l) => /^\| `(\w+)`/.exec(l)?.[1]);
    expect(rows).toEqual(Object.keys(ENTRY_POLICY));
  });

  test('a hand edit of the access table is found, and --write puts it back', () => {
    const edited = README.replace('| `runReminders` | time trigger |', '| `runReminders` | anyone |');
    expect(edited).not.toBe(README);
    expect(staleSections('README.md', edited)).toEqual([ACCESS_TABLE_NAME]);
    expect(withGeneratedSections('README.md', edited)).toBe(README);
  });
});
