import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT_TABLE_FILES, CONTRACT_TABLES_NAME, contractTables } from '../../src/local/contract-tables';
import { staleSections, withGeneratedSections } from '../../src/local/cli/commands/tables';
import { EVENT_HEADER, TABS } from '../../src/core/schema/tabs';
import { ROOT } from '../helpers/cli';

const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

/** The table row of a tab, from the tables' text. */
function rowOf(tables: string, tab: string): string {
  const line = tables.split('\n').find((l) => l.startsWith(`| ${tab} |`) || l.startsWith(`| ${tab} *(`));
  if (!line) throw new Error(`no row for ${tab}`);
  return line.replace(/ \|$/, '').split(' | ')[1];
}

describe('the column tables of the README and CONTRACT.md are made from the contract', () => {
  test.each(CONTRACT_TABLE_FILES)('%s holds the tables the declaration makes (run npx lo-desk tables --write)', (rel) => {
    const text = read(rel);
    expect(staleSections(rel, text)).toEqual([]);
    expect(withGeneratedSections(rel, text)).toBe(text);
  });

  test('each tab lists every column key of the declaration, in order, required ones starred', () => {
    const tables = contractTables();
    for (const spec of TABS) {
      const listed = rowOf(tables, spec.name).split(/, (?![^(]*\))/).map((c) => c.replace(/ \(.*\)$/, ''));
      expect(listed).toEqual(spec.columns.map((c) => `${c.key}${c.required ? '*' : ''}`));
    }
    expect(tables).toContain(`header columns are ${EVENT_HEADER.map((c) => c.key).join(', ')}`);
    expect(rowOf(tables, 'Event')).toContain('time_zone (IANA time zone; default Asia/Bangkok)');
    expect(rowOf(tables, 'Flights')).toContain('depart_local* (date-time, local time of from_airport)');
  });

  test('a table edited by hand is out of date; a file without the markers is refused', () => {
    const text = read('docs/CONTRACT.md');
    const edited = text.replace('| LOs | lo_id*, name*', '| LOs | lo_id*, full_name*');
    expect(edited).not.toBe(text);
    expect(staleSections('docs/CONTRACT.md', edited)).toEqual([CONTRACT_TABLES_NAME]);
    expect(withGeneratedSections('docs/CONTRACT.md', edited)).toBe(text);
    expect(() => withGeneratedSections('docs/CONTRACT.md', '# no tables here\n')).toThrow(/no contract-tables markers/);
  });
});
