/**
 * The parts of a .docx that are the same for every document LO Desk writes:
 * the package's content types and relationships, the styles (Normal in Arial
 * with Sarabun as the complex-script font, so Thai is set in the Thai
 * government typeface; headings; the table style), the bullet list and the
 * settings. The add-on makes their blobs once a run (docs-docx.ts).
 * Pure strings, no Apps Script.
 */
import { THAI_FONT } from './thai';

export interface DocxPart {
  /** The part's path in the zip ("word/document.xml"). */
  name: string;
  xml: string;
}

/** A .docx file's media type (the upload's media part). */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const OFFICE_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** The per-document parts (docx-xml.ts) these name: the body, its relationships and the footer. */
export const DOCUMENT_PART = 'word/document.xml';
export const DOCUMENT_RELS_PART = 'word/_rels/document.xml.rels';
export const FOOTER_PART = 'word/footer1.xml';

const contentTypes =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  [
    ['/word/document.xml', 'document.main'],
    ['/word/styles.xml', 'styles'],
    ['/word/settings.xml', 'settings'],
    ['/word/numbering.xml', 'numbering'],
    ['/word/footer1.xml', 'footer'],
  ]
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${OFFICE_TYPE}.${type}+xml"/>`)
    .join('') +
  '</Types>';

const packageRels =
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="word/document.xml"/></Relationships>`;

const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
const heading = (level: number, halfPoints: number) =>
  `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/>` +
  `<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="${level === 1 ? 240 : 200}" w:after="120"/>` +
  `<w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/>${size(halfPoints)}</w:rPr></w:style>`;
const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`;
const margin = (side: string, twips: number) => `<w:${side} w:w="${twips}" w:type="dxa"/>`;

const styles =
  `${XML_HEAD}<w:styles xmlns:w="${W_NS}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="${THAI_FONT}"/>` +
  `${size(22)}<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="th-TH"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
  `<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="${THAI_FONT}"/></w:rPr></w:style>` +
  heading(1, 32) +
  heading(2, 28) +
  heading(3, 24) +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:spacing w:after="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>' +
  `<w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr>${size(18)}</w:rPr></w:style>` +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
  '<w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
  '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>' +
  '<w:rPr><w:color w:val="1155CC"/><w:u w:val="single"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
  `<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>${margin('top', 0)}${margin('left', 108)}` +
  `${margin('bottom', 0)}${margin('right', 108)}</w:tblCellMar></w:tblPr></w:style>` +
  '<w:style w:type="table" w:styleId="LoTable"><w:name w:val="LO Desk Table"/><w:basedOn w:val="TableNormal"/>' +
  `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
  `<w:tblCellMar>${margin('top', 40)}${margin('left', 80)}${margin('bottom', 40)}${margin('right', 80)}</w:tblCellMar></w:tblPr></w:style>` +
  '</w:styles>';

/** One bullet list (numId 1): the block model's lists are flat. */
const numbering =
  `${XML_HEAD}<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>` +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>' +
  '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

const settings =
  `${XML_HEAD}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
  '<w:themeFontLang w:val="en-GB" w:bidi="th-TH"/></w:settings>';

/** The parts every .docx shares, [Content_Types].xml first (as Word writes it). */
export const DOCX_CONSTANT_PARTS: readonly DocxPart[] = [
  { name: '[Content_Types].xml', xml: contentTypes },
  { name: '_rels/.rels', xml: packageRels },
  { name: 'word/styles.xml', xml: styles },
  { name: 'word/numbering.xml', xml: numbering },
  { name: 'word/settings.xml', xml: settings },
];
