import { neutraliseCellText, neutraliseRows, textAsTyped, valuesAsTyped, cleanText, foldText, headerKey, isErrorText, columnLetter } from '../../src/core/text';

describe('cell text safety', () => {
  test.each(['=HYPERLINK("http://x")', '+66 81 234 5678', '-1', '@sum(A1)', ' =1+1', '\u00a0=cmd'])('%p becomes plain text', (s) => {
    expect(neutraliseCellText(s)).toBe(`'${s}`);
  });
  test.each(['Somchai', '66 81', 'a=b', '', 'อาหาร'])('%p stays as it is', (s) => {
    expect(neutraliseCellText(s)).toBe(s);
  });
  test.each(['=5 pax, +1 driver', '+66 81 234 5678', '-1', '@home', ' =1+1', 'Somchai', "it's", ''])(
    '%p reads back as typed after it was written protected', (s) => {
      expect(textAsTyped(neutraliseCellText(s))).toBe(s);
    });
  test.each(["'quoted by the author", "'", "'Somchai"])('%p keeps an apostrophe LO Desk did not put there', (s) => {
    expect(textAsTyped(s)).toBe(s);
  });
  test('read-back rows: only protected strings change', () => {
    const d = new Date(0);
    expect(valuesAsTyped([["'=1", 2, true, d, "'ok", 'ok']])).toEqual([['=1', 2, true, d, "'ok", 'ok']]);
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
