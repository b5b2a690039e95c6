import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { DOCX_CONSTANT_PARTS, docxDocumentParts, type Doc } from '../../src/core/documents';
import { createUtilities } from '../../src/local/emulator/utilities';

/** A .docx: a file's path, or its bytes. */
type Docx = string | Buffer;
const load = (docx: Docx) => JSZip.loadAsync(typeof docx === 'string' ? readFileSync(docx) : docx);

/** A document's .docx bytes, zipped as the add-on zips them (docs-docx.ts: its parts as blobs, Utilities.zip). */
export function docxOf(doc: Doc): Buffer {
  const utils = createUtilities();
  const blobs = [...DOCX_CONSTANT_PARTS, ...docxDocumentParts(doc)].map((p) => utils.newBlob(p.xml, 'application/xml', p.name));
  return utils.zip(blobs, `${doc.key}.docx`)._buffer();
}

/** The Word XML of a .docx (word/document.xml); throws when the file does not parse as one. */
export async function docxXml(docx: Docx): Promise<string> {
  const zip = await load(docx);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error(`${typeof docx === 'string' ? docx : 'the .docx'} has no word/document.xml`);
  return part.async('string');
}

/** Every part of a .docx whose path matches (e.g. /^word\/footer\d*\.xml$/), their XML joined. */
export async function docxParts(docx: Docx, path: RegExp): Promise<string> {
  const zip = await load(docx);
  const parts = Object.keys(zip.files).filter((p) => path.test(p)).sort();
  return (await Promise.all(parts.map((p) => zip.file(p)!.async('string')))).join('\n');
}

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The runs of a .docx's XML: each run's text and its properties' XML (fonts, language, emphasis). */
export function docxRuns(xml: string): { text: string; props: string }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => ({
    props: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(m[1])?.[0] ?? '',
    text: unescapeXml([...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  }));
}

/** A .docx's text, a line per paragraph (a paragraph's runs joined: a run ends wherever the style changes). */
export async function documentText(docx: Docx): Promise<string> {
  const paragraphs = (await docxXml(docx)).match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) => unescapeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))).join('\n');
}
