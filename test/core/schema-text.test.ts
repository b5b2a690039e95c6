import { neutraliseCellText, neutraliseRows, cleanText, foldText, headerKey, isErrorText, columnLetter } from '../../src/core/text';

describe('cell text safety', () => {
  test.each(['=HYPERLINK("http://x")', '+66 81 234 5678', '-1', '@sum(A1)', ' =1+1', '\u00a0=cmd'])('%p becomes plain text', (s) => {
    expect(neutraliseCellText(s)).toBe(`'${s}`);
  });
  test.each(['Somchai', '66 81', 'a=b', '', 'อาหาร'])('%p stays as it is', (s) => {
    expect(neutraliseCellText(s)).toBe(s);
  });
  test('rows: only strings are touched', () => {
    const d = new Date(0);
    expect(neutraliseRows([['=1', 2, true, d, 'ok']])).toEqual([["'=1", 2, true, d, 'ok']]);
  });
});

describe('text folding', () => {
  test('odd spaces and invisibles; digits only when folding', () => {
    expect(cleanText('\u00a0 Taro\u3000\u200bYamada \t')).toBe('Taro Yamada');
    expect(cleanText('๑๒')).toBe('๑๒');
    expect(foldText('๑๒：３０')).toBe('12:30');
    expect(headerKey(' Guest_ID* ')).toBe('guestid');
  });
  test('errors and letters', () => {
    expect(isErrorText('#N/A')).toBe(true);
    expect(isErrorText('# of bags')).toBe(false);
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});
