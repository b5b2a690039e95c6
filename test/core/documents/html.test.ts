/** One document as one HTML page (html.ts): literal text, Thai marked as Thai in Sarabun, header rows, widths from content. */
import { columnWidths, docHtml, textHtml } from '../../../src/core/documents/html';
import type { Doc } from '../../../src/core/documents/types';

const doc = (blocks: Doc['blocks'], lang: Doc['lang'] = 'en'): Doc => ({ kind: 'lo_brief', key: 'lo_brief:LO1', title: 'Brief <LO1>', subject: 'LO1', lang, blocks });

describe('docHtml', () => {
  it('keeps every sheet value literal: markup, entities and formulas are escaped text', () => {
    const html = docHtml(doc([{ type: 'paragraph', runs: [{ text: '<img src=x onerror=alert(1)> & =1+1 "q" \'s' }] }]));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; =1+1 &quot;q&quot; &#39;s');
    expect(html).not.toContain('<img');
    expect(html).toContain('<title>Brief &lt;LO1&gt;</title>');
  });

  it('links only to web, phone and mail targets', () => {
    const html = docHtml(doc([{ type: 'paragraph', runs: [{ text: 'call', link: 'tel:+6621234567' }, { text: 'bad', link: 'javascript:alert(1)' }] }]));
    expect(html).toContain('<a href="tel:+6621234567">call</a>');
    expect(html).not.toContain('javascript:');
  });

  it('marks each Thai stretch as Thai in the Sarabun family, and leaves other text alone', () => {
    expect(textHtml('LO: สมชาย ใจดี (Somchai)')).toBe(
      `LO: <span lang="th" style="font-family: 'Sarabun', 'TH Sarabun New', sans-serif">สมชาย ใจดี</span> (Somchai)`,
    );
    expect(docHtml(doc([], 'th'))).toContain('<html lang="th">');
  });

  it('gives a table a <thead> header row and a width per column from its content', () => {
    const html = docHtml(doc([{ type: 'table', header: ['Time', 'Guest', 'Notes'], rows: [['07:05', 'H.E. Ms. Claire Dubois', 'folded wheelchair in the boot, meeting point gate 3']] }]));
    expect(html).toMatch(/<thead><tr><th[^>]*>Time<\/th>/);
    expect(html).toContain('<tbody><tr><td');
  });
});

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

describe('the page rule', () => {
  it('says landscape for a landscape document and portrait otherwise', () => {
    expect(docHtml({ ...doc([]), orientation: 'landscape' })).toContain('@page { size: A4 landscape; }');
    expect(docHtml(doc([]))).toContain('@page { size: A4 portrait; }');
  });

  it('writes the footer as margin content, the page number as counter(page), text escaped so it cannot end the sheet', () => {
    const html = docHtml({ ...doc([]), footer: [{ text: 'Confidential "</style><b>x' }, { text: '#', field: 'page' }] });
    expect(html).toContain('@bottom-center { content: "Confidential \\22 \\3c /style\\3e \\3c b\\3e x" counter(page); }');
    expect(html.match(/<\/style>/g)?.length).toBe(1);
  });
});
