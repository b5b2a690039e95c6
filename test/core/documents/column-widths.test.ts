/** Column widths from content (column-widths.ts): short columns get less, and never less than their longest word. */
import { columnWidths } from '../../../src/core/documents/column-widths';

describe('columnWidths', () => {
  it('sums to 100, gives short columns less, and never less than their longest word', () => {
    const w = columnWidths(['Time', 'Guest', 'Notes'], [['07:05', 'H.E. Ms. Claire Dubois', 'folded wheelchair in the boot, meeting point gate 3, call on landing']]);
    expect(w.reduce((a, b) => a + b, 0)).toBe(100);
    expect(w[0]).toBeLessThan(w[1]);
    expect(w[1]).toBeLessThan(w[2]);
    // "07:05" is 5 characters of a ~90-character line: at least 6 %.
    expect(w[0]).toBeGreaterThanOrEqual(6);
  });

  it('shares the line by need when many wide columns do not fit', () => {
    const row = Array.from({ length: 9 }, (_, i) => `word${i} `.repeat(12));
    const w = columnWidths(row.map((_, i) => `H${i}`), [row]);
    expect(w.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.max(...w) - Math.min(...w)).toBeLessThanOrEqual(2);
  });
});
