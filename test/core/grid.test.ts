import { a1Of, adjacentRuns } from '../../src/core/grid';

describe('cell geometry', () => {
  test('A1 names, past Z and ZZ', () => {
    expect([a1Of(2, 0), a1Of(7, 25), a1Of(3, 26), a1Of(1, 701), a1Of(9, 702)]).toEqual(['A2', 'Z7', 'AA3', 'ZZ1', 'AAA9']);
  });
  test('runs of adjacent columns, in order, without repeats', () => {
    expect(adjacentRuns([5, 2, 3, 3, 9, 8, 0])).toEqual([[0], [2, 3], [5], [8, 9]]);
    expect(adjacentRuns([])).toEqual([]);
  });
});
