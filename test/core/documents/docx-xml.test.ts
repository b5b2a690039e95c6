/**
 * One document as the parts of a .docx (docx-xml.ts, docx-package.ts): literal text, safe links,
 * Thai runs in Sarabun marked Thai, landscape sections, repeated header rows, widths from content,
 * the page number as a PAGE field in the footer; and the parts make a package Word can open.
 */
import { buildAll, DOCX_CONSTANT_PARTS, docxDocumentParts, type Doc } from '../../../src/core/documents';
import { checkDocx } from '../../../src/local/emulator/advanced-drive/docx-check';
import { docModel } from '../fixtures/documents';
import { docxOf, docxRuns, documentText } from '../../helpers/docx';

const doc = (blocks: Doc['blocks'], more: Partial<Doc> = {}): Doc => ({ kind: 'lo_brief', key: 'lo_brief:LO1', title: 'Brief <LO1>', subject: 'LO1', lang: 'en', blocks, ...more });
const part = (d: Doc, name: string) => docxDocumentParts(d).find((p) => p.name === name)!.xml;
const body = (d: Doc) => part(d, 'word/document.xml');
const THAI = /[\u0E00-\u0E7F]/;

describe('docxDocumentParts', () => {
  it('keeps every sheet value literal: markup, entities and formulas are escaped text, never a field', async () => {
    const hostile = '<b>bold?</b> & =1+1 "q" \'s';
    const d = doc([{ type: 'heading', level: 1, text: '=SUM(A1)' }, { type: 'paragraph', runs: [{ text: hostile }] }, { type: 'table', header: ['<th>'], rows: [['&amp;']] }]);
    const xml = body(d);
    expect(xml).toContain('&lt;b&gt;bold?&lt;/b&gt; &amp; =1+1 &quot;q&quot; \'s');
    expect(xml).not.toContain('<b>');
    // A leading "=" is text: no field of any kind is made from a value.
    expect(xml).not.toMatch(/fldSimple|fldChar|instrText/);
    const text = await documentText(docxOf(d));
    expect(text.split('\n')).toEqual(['=SUM(A1)', hostile, '<th>', '&amp;']);
  });

  it('replaces characters XML cannot hold, so a stray control character cannot make the file unreadable', () => {
    const xml = body(doc([{ type: 'paragraph', runs: [{ text: 'a\u0001b\uFFFFc' }] }]));
    expect(xml).toContain('a\uFFFDb\uFFFDc');
    expect(() => checkDocx(docxOf(doc([{ type: 'paragraph', runs: [{ text: 'a\u0001b' }] }])))).not.toThrow();
  });

  it('links only to web, phone and mail targets, each through a relationship', () => {
    const d = doc([{ type: 'paragraph', runs: [{ text: 'call', link: 'tel:+6621234567' }, { text: 'bad', link: 'javascript:alert(1)' }, { text: 'web', link: 'https://x.test/?a=1&b=2' }] }]);
    const xml = body(d);
    const rels = part(d, 'word/_rels/document.xml.rels');
    expect(xml).toMatch(/<w:hyperlink r:id="rId5" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">call<\/w:t>/);
    expect(rels).toContain('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="tel:+6621234567" TargetMode="External"/>');
    expect(rels).toContain('Target="https://x.test/?a=1&amp;b=2"');
    expect(rels).not.toContain('javascript:');
    expect(xml.match(/<w:hyperlink /g)).toHaveLength(2);
    expect(xml).toContain('<w:t xml:space="preserve">bad</w:t>');
  });

  it('sets each Thai stretch in Sarabun, as complex script, in Thai; other text keeps the Normal style (Arial)', () => {
    const runs = docxRuns(body(doc([{ type: 'paragraph', runs: [{ text: 'LO: สมชาย ใจดี (Somchai)', bold: true }] }])));
    expect(runs.map((r) => r.text)).toEqual(['LO: ', 'สมชาย ใจดี', ' (Somchai)']);
    expect(runs[1].props).toBe('<w:rPr><w:rFonts w:ascii="Sarabun" w:hAnsi="Sarabun" w:cs="Sarabun"/><w:b/><w:bCs/><w:cs/><w:lang w:val="th-TH" w:bidi="th-TH"/></w:rPr>');
    expect(runs[0].props).toBe('<w:rPr><w:b/><w:bCs/></w:rPr>');
    const styles = DOCX_CONSTANT_PARTS.find((p) => p.name === 'word/styles.xml')!.xml;
    expect(styles).toContain('<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Sarabun"/>');
  });

  it('makes a landscape document a landscape A4 section, others portrait A4', () => {
    expect(body(doc([], { orientation: 'landscape' }))).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(body(doc([]))).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  });

  it("repeats a table's header row on each page and gives each column a width from its content", () => {
    const header = ['Time', 'Guest', 'Notes'];
    const rows = [['07:05', 'H.E. Ms. Claire Dubois', 'folded wheelchair in the boot, meeting point gate 3, call on landing']];
    const xml = body(doc([{ type: 'table', header, rows }]));
    const trs = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(trs).toHaveLength(2);
    expect(trs[0]).toContain('<w:tblHeader/>');
    expect(trs[1]).not.toContain('<w:tblHeader/>');
    // Fiftieths of a percent in each cell, twentieths of a point in the grid (9,638 across a portrait page).
    const pct = [...trs[0].matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(pct.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(pct[0]).toBeLessThan(pct[1]);
    expect(pct[1]).toBeLessThan(pct[2]);
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.map((g) => Math.round((g / 9638) * 5000))).toEqual(pct);
  });

  it('puts the footer line and the page number, a PAGE field, in the footer part', () => {
    const d = doc([], { footer: [{ text: 'Confidential <medical> · page ' }, { text: '#', field: 'page' }] });
    const footer = part(d, 'word/footer1.xml');
    expect(footer).toContain('<w:t xml:space="preserve">Confidential &lt;medical&gt; · page </w:t>');
    expect(footer).toContain('<w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(footer).not.toContain('#');
    expect(body(d)).toContain('<w:footerReference w:type="default" r:id="rId4"/>');
  });

  it('starts with the "as of" line in italics, and writes lists and page breaks', () => {
    const xml = body(doc([{ type: 'list', items: [[{ text: 'one' }]] }, { type: 'pageBreak' }], { asOf: 'As of Tue 1 Dec' }));
    expect(xml).toMatch(/<w:body><w:p><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">As of Tue 1 Dec<\/w:t>/);
    expect(xml).toContain('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    expect(xml).toContain('<w:br w:type="page"/>');
  });

  it('every kind of document, in Thai and English, makes a package Word can open, with every Thai run in Sarabun', async () => {
    for (const lang of ['th', 'en'] as const) {
      const docs = buildAll(docModel(lang));
      expect(new Set(docs.map((d) => d.kind)).size).toBe(6);
      for (const d of docs) {
        const file = docxOf(d);
        expect(checkDocx(file).characters).toBeGreaterThan(50);
        for (const r of docxRuns(body(d)).filter((x) => THAI.test(x.text))) expect(r.props).toMatch(/w:cs="Sarabun"[\s\S]*w:bidi="th-TH"/);
      }
    }
  });
});
