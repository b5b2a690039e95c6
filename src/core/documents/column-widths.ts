/**
 * How wide each column of a document's table is, from its content, so that
 * names and times do not break over five lines in equal-width columns.
 */

/** About how many characters of 11-point text a table row has across an A4 page. */
export const LINE_CHARACTERS = 90;
/** The same across a landscape A4 page. */
export const LANDSCAPE_LINE_CHARACTERS = 135;

/** The longest word of a text: what a column cannot be narrower than without breaking it. */
function longestWord(s: string): number {
  return Math.max(0, ...s.split(/\s+/).map((w) => [...w].length));
}

/**
 * Each column's share of the table width, in whole percent summing to 100.
 * A column wants its longest line (capped, so one long note does not starve
 * the rest) and needs at least its longest word, header included, so that a
 * name or a time is not broken. When the wants do not fit across the page,
 * every column gets what it needs and the rest of the line is shared in
 * proportion to what each wants beyond that.
 */
export function columnWidths(header: string[], rows: string[][], lineCharacters = LINE_CHARACTERS): number[] {
  const n = Math.max(header.length, ...rows.map((r) => r.length));
  if (n === 0) return [];
  const need: number[] = [];
  const want: number[] = [];
  for (let c = 0; c < n; c++) {
    const cells = rows.map((r) => r[c] ?? '');
    const line = Math.max(0, ...cells.flatMap((v) => v.split('\n').map((l) => [...l].length)));
    const word = Math.max(longestWord(header[c] ?? ''), ...cells.map(longestWord));
    need.push(Math.min(word, 20) + 1);
    want.push(Math.max(Math.min(line, 40), Math.min(word, 20)) + 1);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let share: number[];
  if (sum(want) <= lineCharacters || sum(need) >= lineCharacters) share = sum(want) <= lineCharacters ? want : need;
  else {
    const spare = lineCharacters - sum(need);
    const extra = sum(want) - sum(need);
    share = need.map((x, c) => x + (spare * (want[c] - x)) / extra);
  }
  const total = sum(share);
  const widths = share.map((w) => Math.max(1, Math.floor((w / total) * 100)));
  // Whole percents: the rounding's remainder goes to the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] += 100 - sum(widths);
  return widths;
}
