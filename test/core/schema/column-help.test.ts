import { COLUMN_HELP, columnHelpHtml, helpOf, readColumnHelpHtml } from '../../../src/core/schema/column-help';

describe('column help, kept out of the code in its own HTML file', () => {
  test('round-trips through the file, Thai included', () => {
    expect(readColumnHelpHtml(columnHelpHtml(COLUMN_HELP))).toEqual(COLUMN_HELP);
  });

  test('a note that holds "</script>" cannot end the file\'s script element early', () => {
    const help = { en: { 'Guests.notes': 'type </script><b>x</b>' }, th: {} };
    const html = columnHelpHtml(help);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(readColumnHelpHtml(html)).toEqual(help);
  });

  test('anything else read as the file gives no notes, not a crash', () => {
    expect(readColumnHelpHtml('<p>not it</p>')).toEqual({ en: {}, th: {} });
    expect(readColumnHelpHtml('<script type="application/json" id="column-help">{oops</script>')).toEqual({ en: {}, th: {} });
  });

  test('a column without a Thai note falls back to the English one', () => {
    const help = { en: { 'Guests.notes': 'Anything else.' }, th: {} };
    expect(helpOf(help, 'th', 'Guests', 'notes')).toBe('Anything else.');
    expect(helpOf(help, 'th', 'Guests', 'phone')).toBe('');
  });
});
