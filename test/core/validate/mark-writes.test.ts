import { fillGroups, noteBlocks } from '../../../src/core/validate/mark-writes';

describe('mark writes', () => {
  it('groups fills by colour, no fill apart, and leaves out cells whose fill stays', () => {
    const g = fillGroups([
      { row: 2, col: 1, background: '#f4c7c3' }, { row: 5, col: 3, background: null },
      { row: 9, col: 1, background: '#f4c7c3' }, { row: 4, col: 1, note: 'x' },
    ]);
    expect([...g]).toEqual([['#f4c7c3', ['B2', 'B9']], ['', ['D5']]]);
  });

  it('writes notes in one block per run of adjacent contract columns, never over a user\'s column', () => {
    // Contract columns 0, 1 and 3; column 2 is the user's.
    const current = (r: number, c: number) => `old ${r}:${c}`;
    const blocks = noteBlocks([{ row: 2, col: 0, note: 'a' }, { row: 4, col: 1, note: 'b' }, { row: 3, col: 3, note: 'c' }, { row: 9, col: 3, background: null }], [0, 1, 3], current);
    expect(blocks).toEqual([
      { row: 2, col: 0, notes: [['a', 'old 2:1'], ['old 3:0', 'old 3:1'], ['old 4:0', 'b']] },
      { row: 3, col: 3, notes: [['c']] },
    ]);
    expect(noteBlocks([{ row: 2, col: 0, background: '#fff000' }], [0, 1], current)).toEqual([]);
  });
});
