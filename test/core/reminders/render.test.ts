import { senderName } from '../../../src/core/reminders/batch';
import { renderHtml, renderText } from '../../../src/core/reminders/render';

describe('email rendering', () => {
  test('every piece of text is escaped, and links carry only a number, one address or a web page', () => {
    const html = renderHtml([
      { t: 'p', parts: ['<b>Dr</b> & co', { text: 'call', href: 'tel:+66812345678' }] },
      { t: 'p', parts: [{ text: 'mail', href: 'mailto:lo@example.org' }, { text: 'trap', href: 'mailto:lo@example.org?cc=boss@example.org&body=x' }] },
      { t: 'p', parts: [{ text: 'script', href: 'javascript:alert(1)' }, { text: 'two', href: 'mailto:a@example.org,b@example.org' }] },
    ], 'en');
    expect(html).toContain('&lt;b&gt;Dr&lt;/b&gt; &amp; co');
    expect(html).toContain('<a href="tel:+66812345678">call</a>');
    expect(html).toContain('<a href="mailto:lo@example.org">mail</a>');
    // Refused links become their text.
    expect(html).not.toContain('cc=');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('b@example.org');
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  test('plain text keeps web links readable and drops nothing', () => {
    expect(renderText([{ t: 'p', parts: ['Page: ', { text: 'open', href: 'https://example.org/x' }] }])).toBe('Page: open: https://example.org/x\n');
  });
});

describe('the sender name', () => {
  test('is one line of text, never an address', () => {
    expect(senderName('Secretariat BMD 2026')).toBe('Secretariat BMD 2026');
    expect(senderName('Secretariat <sec@example.go.th>')).toBe('Secretariat');
    expect(senderName('boss@example.org')).toBe('LO Desk');
    expect(senderName('Line one\nBcc: x@example.org')).toBe('Line one Bcc:');
    expect(senderName(undefined)).toBe('LO Desk');
  });
});
