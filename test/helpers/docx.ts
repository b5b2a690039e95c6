import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** The Word XML of a .docx (word/document.xml); throws when the file does not parse as one. */
export async function docxXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = zip.file('word/document.xml');
  if (!part) throw new Error(`${file} has no word/document.xml`);
  return part.async('string');
}

/** Every part of a .docx whose path matches (e.g. /^word\/footer\d*\.xml$/), their XML joined. */
export async function docxParts(file: string, path: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
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
export async function documentText(file: string): Promise<string> {
  const paragraphs = (await docxXml(file)).match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) => unescapeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))).join('\n');
}
