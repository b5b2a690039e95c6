/** A view embedded in a served page: no sheet text can end the script element, and it reads back unchanged. */
import { embedView, EMBEDDED_VIEW_ID, jsonForScript, VIEW_MARKER } from '../../../src/core/views/embed';

const HOSTILE = ['</script><img src=x onerror=alert(1)>', '<!-- x', '</SCRIPT >', 'a\u2028b\u2029c', 'R&D > 1'];

describe('jsonForScript', () => {
  it.each(HOSTILE)('writes %j with no <, >, & or line separator and reads back the same text', (text) => {
    const json = jsonForScript({ name: text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ name: text });
  });
});

describe('embedView', () => {
  it('puts the view at the marker, inside one script element of type application/json', () => {
    const page = `<body><main></main>${VIEW_MARKER}<script>run()</script></body>`;
    const out = embedView(page, { guests: [{ name: HOSTILE[0] }] });
    expect(out).not.toContain(VIEW_MARKER);
    expect(out.match(/<\/script>/g)).toHaveLength(2);
    const m = new RegExp(`<script type="application/json" id="${EMBEDDED_VIEW_ID}">([^<]*)</script><script>run\\(\\)`).exec(out);
    expect(JSON.parse(m![1])).toEqual({ guests: [{ name: HOSTILE[0] }] });
  });

  it('puts it before </body> when the page has no marker', () => {
    expect(embedView('<body><p>x</p></body>', 1)).toBe(`<body><p>x</p><script type="application/json" id="${EMBEDDED_VIEW_ID}">1</script></body>`);
  });
});
