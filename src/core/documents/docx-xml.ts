/**
 * A document of the block model as the parts of a .docx that differ from
 * document to document: word/document.xml, its relationships (the links) and
 * word/footer1.xml. With DOCX_CONSTANT_PARTS (docx-package.ts) they make a
 * minimal valid WordprocessingML package, which the add-on zips and Drive
 * converts into a Google Doc (src/addon/docs-drive.ts says why that route).
 * Pure: no Apps Script, no I/O.
 *
 * What each need of the readers is in the file, all native docx features:
 *  - every text is XML text (escaped; a name or note holding "<b>", "&" or
 *    "=1+1" stays literal: nothing here makes a field or a formula from it);
 *    links only to http(s):, tel: and mailto: targets, as w:hyperlink with
 *    an external relationship;
 *  - each Thai stretch is a run in Sarabun (w:rFonts ascii/hAnsi/cs), marked
 *    complex script (w:cs) and Thai (w:lang w:bidi="th-TH");
 *  - a landscape document (the manifest) is a landscape A4 section
 *    (w:pgSz w:orient="landscape"), others portrait A4;
 *  - a table's header row repeats on each page (w:tblHeader), and its
 *    columns' widths follow their content (w:gridCol, w:tcW; column-widths.ts);
 *  - the footer (the confidentiality line where the document has one, and
 *    the page number as a PAGE field) is the section's footer.
 */
import { columnWidths, LANDSCAPE_LINE_CHARACTERS, LINE_CHARACTERS } from './column-widths';
import { DOCUMENT_PART, DOCUMENT_RELS_PART, FOOTER_PART, R_NS, W_NS, XML_HEAD, type DocxPart } from './docx-package';
import { THAI_FONT, thaiPieces } from './thai';
import type { Block, Doc, Run } from './types';

/** A4 in twentieths of a point, and a 2 cm margin on every side. */
const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN = 1134;

/** Targets a link may have in a generated document (never javascript: or data:). */
const SAFE_LINK = /^(https?:|tel:|mailto:)/i;

/** Characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/F): shown as U+FFFD rather than making the file unreadable. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data or an attribute's value: never markup. */
function xmlEscape(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const HYPERLINK_TYPE = `${R_NS}/hyperlink`;
/** The relationships every document.xml has (the constant parts and the footer); links follow from rId5. */
const FIXED_RELS = [
  ['rId1', 'styles', 'styles.xml'],
  ['rId2', 'settings', 'settings.xml'],
  ['rId3', 'numbering', 'numbering.xml'],
  ['rId4', 'footer', 'footer1.xml'],
];

/** A document's link targets, each given a relationship id in document.xml.rels. */
class Links {
  readonly targets: string[] = [];

  id(target: string): string {
    let i = this.targets.indexOf(target);
    if (i < 0) i = this.targets.push(target) - 1;
    return `rId${i + 5}`;
  }

  rels(): string {
    const fixed = FIXED_RELS.map(([id, type, target]) => `<Relationship Id="${id}" Type="${R_NS}/${type}" Target="${target}"/>`);
    const links = this.targets.map(
      (t, i) => `<Relationship Id="rId${i + 5}" Type="${HYPERLINK_TYPE}" Target="${xmlEscape(t)}" TargetMode="External"/>`,
    );
    return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[...fixed, ...links].join('')}</Relationships>`;
  }
}

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  link?: boolean;
}

const THAI_FONTS = `<w:rFonts w:ascii="${THAI_FONT}" w:hAnsi="${THAI_FONT}" w:cs="${THAI_FONT}"/>`;

/** A run's properties, in the schema's order: style, fonts, bold, italic, complex script, language. */
function runProps(style: RunStyle, thai: boolean): string {
  const props =
    (style.link ? '<w:rStyle w:val="Hyperlink"/>' : '') +
    (thai ? THAI_FONTS : '') +
    (style.bold ? '<w:b/><w:bCs/>' : '') +
    (style.italic ? '<w:i/><w:iCs/>' : '') +
    (thai ? '<w:cs/><w:lang w:val="th-TH" w:bidi="th-TH"/>' : '');
  return props ? `<w:rPr>${props}</w:rPr>` : '';
}

/** A text's runs: one per Thai or other stretch; line breaks as w:br, tabs as w:tab. */
function textRuns(text: string, style: RunStyle = {}): string {
  return thaiPieces(text)
    .filter((p) => p.text !== '')
    .map((p) => {
      const content = p.text
        .split(/\r\n|\r|\n/)
        .map((line) => line.split('\t').map((t) => (t ? `<w:t xml:space="preserve">${xmlEscape(t)}</w:t>` : '')).join('<w:tab/>'))
        .join('<w:br/>');
      return `<w:r>${runProps(style, p.thai)}${content}</w:r>`;
    })
    .join('');
}

/** The page number: a PAGE field (Word and Drive's conversion fill it in on each page). */
const PAGE_FIELD =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

/** Runs with their emphasis and links (only safe targets; others stay text). `links` absent: no links (the footer has no relationships). */
function runsXml(runs: Run[], links?: Links): string {
  return runs
    .map((run) => {
      if (run.field === 'page') return PAGE_FIELD;
      const link = run.link && links && SAFE_LINK.test(run.link) ? links.id(run.link) : undefined;
      const xml = textRuns(run.text, { bold: run.bold, italic: run.italic, link: link !== undefined });
      return link ? `<w:hyperlink r:id="${link}" w:history="1">${xml}</w:hyperlink>` : xml;
    })
    .join('');
}

const para = (style: string | undefined, content: string, extra = '') =>
  `<w:p>${style || extra ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${extra}</w:pPr>` : ''}${content}</w:p>`;

const HEADER_SHADE = '<w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/>';

function tableXml(header: string[], rows: string[][], lineCharacters: number, contentWidth: number): string {
  const widths = columnWidths(header, rows, lineCharacters);
  const grid = widths.map((w) => `<w:gridCol w:w="${Math.round((w * contentWidth) / 100)}"/>`).join('');
  // tcW in fiftieths of a percent, as the schema counts "pct".
  const cell = (v: string, c: number, head: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${widths[c] * 50}"/>${head ? HEADER_SHADE : ''}</w:tcPr>` +
    `${para('TableText', textRuns(v, { bold: head }))}</w:tc>`;
  const row = (cells: string[], head: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/>${head ? '<w:tblHeader/>' : ''}</w:trPr>${widths.map((_, c) => cell(cells[c] ?? '', c, head)).join('')}</w:tr>`;
  return (
    '<w:tbl><w:tblPr><w:tblStyle w:val="LoTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/></w:tblPr>' +
    `<w:tblGrid>${grid}</w:tblGrid>${header.length ? row(header, true) : ''}${rows.map((r) => row(r, false)).join('')}</w:tbl>`
  );
}

function blockXml(block: Block, links: Links, lineCharacters: number, contentWidth: number): string {
  switch (block.type) {
    case 'heading':
      return para(`Heading${block.level}`, textRuns(block.text));
    case 'paragraph':
      return para(undefined, runsXml(block.runs, links));
    case 'list':
      return block.items.map((item) => para('ListParagraph', runsXml(item, links), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')).join('');
    case 'table':
      return tableXml(block.header, block.rows, lineCharacters, contentWidth);
    case 'pageBreak':
      return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  }
}

/** The section: A4 portrait or landscape, 2 cm margins, the footer on every page. */
function sectionXml(landscape: boolean): string {
  const [w, h] = landscape ? [A4_LONG, A4_SHORT] : [A4_SHORT, A4_LONG];
  return (
    '<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>' +
    `<w:pgSz w:w="${w}" w:h="${h}" w:orient="${landscape ? 'landscape' : 'portrait'}"/>` +
    `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`
  );
}

/** The document's own parts: word/document.xml, word/_rels/document.xml.rels and word/footer1.xml. */
export function docxDocumentParts(doc: Doc): DocxPart[] {
  const landscape = doc.orientation === 'landscape';
  const line = landscape ? LANDSCAPE_LINE_CHARACTERS : LINE_CHARACTERS;
  const contentWidth = (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
  const links = new Links();
  const body = [
    ...(doc.asOf ? [para(undefined, textRuns(doc.asOf, { italic: true }))] : []),
    ...doc.blocks.map((b) => blockXml(b, links, line, contentWidth)),
  ].join('');
  const document = `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${sectionXml(landscape)}</w:body></w:document>`;
  // Every document has the footer part (the content types name it); an empty paragraph where it has no footer.
  const footer = `${XML_HEAD}<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${para('Footer', runsXml(doc.footer ?? []))}</w:ftr>`;
  return [
    { name: DOCUMENT_PART, xml: document },
    { name: DOCUMENT_RELS_PART, xml: links.rels() },
    { name: FOOTER_PART, xml: footer },
  ];
}
