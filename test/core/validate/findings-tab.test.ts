/** The Findings tab as a difference: what a run writes is what changed, in LO Desk's own columns only. */
import { findingsBlocks } from '../../../src/core/validate/findings-tab';

const header = ['severity', 'tab', 'row', 'mine', 'column', 'code', 'message'];
// Owned columns 0,1,2 and 4,5,6; column 3 is the user's.
const cols = [0, 1, 2, 4, 5, 6];
const row = (n: number) => ['error', 'Guests', n, '', 'email', 'x (invalid_value)', `m${n}`];
const asRead = (n: number) => row(n).map((v, i) => (i === 3 ? 'user text' : v));

describe('findingsBlocks', () => {
  it('writes nothing when the tab already holds the rows', () => {
    const current = [header, asRead(2), asRead(3)];
    expect(findingsBlocks(current, cols, [row(2), row(3)].map((r) => r.filter((_, i) => i !== 3)))).toEqual([]);
  });

  it('writes one row per changed finding, never the user column, and clears rows left over', () => {
    const current = [header, asRead(2), asRead(3), asRead(4)];
    const want = [row(2), ['warning', 'Guests', 3, '', 'email', 'y (no_lo)', 'm3']].map((r) => r.filter((_, i) => i !== 3));
    const blocks = findingsBlocks(current, cols, want);
    // Row 3 changed in both runs of owned columns; row 4 is cleared; row 2 untouched.
    expect(blocks.map((b) => [b.row, b.col, b.values.length])).toEqual([[3, 0, 2], [3, 4, 2]]);
    expect(blocks[0].values).toEqual([['warning', 'Guests', 3], ['', '', '']]);
    expect(blocks.every((b) => b.col + b.values[0].length <= 3 || b.col >= 4)).toBe(true);
  });

  it('grows: a new finding below writes only its row', () => {
    const current = [header, asRead(2)];
    const want = [row(2), row(3)].map((r) => r.filter((_, i) => i !== 3));
    expect(findingsBlocks(current, cols, want).map((b) => [b.row, b.values.length])).toEqual([[3, 1], [3, 1]]);
  });
});
