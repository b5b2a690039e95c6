/**
 * A .docx uploaded to become a Google Doc: what the emulator checks before it
 * keeps the file as the document, as Drive's conversion of a Word file would
 * fail on it. The file must be a zip (fflate reads it, synchronously, as the
 * call returns), hold the package's [Content_Types].xml and a
 * word/document.xml whose root is WordprocessingML's w:document, and every
 * XML part must be well-formed XML (saxes, a conforming non-validating
 * parser). Google documents none of its conversion's checks; refusing what
 * Word itself cannot open is the strict reading. What passes is stored as
 * it came, so the file checked locally is the one the add-on made.
 *
 * A part's verdict depends on its bytes alone, so each distinct part is parsed
 * once per process: the documents of a run share their styles and package
 * parts, and a rerun uploads the same documents again.
 */
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export class BadDocx extends Error {}

interface Parsed {
  root?: string;
  characters: number;
  /** The parser's first error, when the part is not well-formed XML. */
  error?: string;
}

/** What each part parsed to, by a digest of its bytes (bounded: forgotten whole when full). */
const parsed = new Map<string, Parsed>();
const PARSED_KEPT = 5000;

/** Parses one part (or recalls the same bytes' parse); throws BadDocx naming the part when it is not XML. */
function parsePart(name: string, data: Uint8Array): { root?: string; characters: number } {
  const digest = createHash('sha256').update(data).digest('base64');
  let part = parsed.get(digest);
  if (!part) {
    part = parseXml(data);
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    parsed.set(digest, part);
  }
  if (part.error !== undefined) throw new BadDocx(`${name} is not well-formed XML (${part.error}).`);
  return { root: part.root, characters: part.characters };
}

/** Parses XML bytes; counts the characters of its w:t text. */
function parseXml(data: Uint8Array): Parsed {
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let inText = 0;
  let root: string | undefined;
  let characters = 0;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    if (depth++ === 0) root = `{${tag.uri}}${tag.local}`;
    if (tag.uri === W_NS && tag.local === 't' && !tag.isSelfClosing) inText++;
  });
  parser.on('closetag', (tag) => {
    depth--;
    if (tag.uri === W_NS && tag.local === 't' && !tag.isSelfClosing) inText--;
  });
  parser.on('text', (t) => {
    if (inText > 0) characters += [...t].length;
  });
  parser.write(Buffer.from(data).toString('utf8')).close();
  return error ? { root, characters, error: error.message } : { root, characters };
}

/** Checks that `bytes` are a .docx Word could open; gives the characters of text its body holds. */
export function checkDocx(bytes: Buffer): { characters: number } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(bytes));
  } catch (err) {
    throw new BadDocx(`The file is not a zip, as a .docx is (${(err as Error).message}).`);
  }
  for (const part of ['[Content_Types].xml', 'word/document.xml']) {
    if (!entries[part]) throw new BadDocx(`The .docx has no ${part}.`);
  }
  let characters = 0;
  for (const [name, data] of Object.entries(entries)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const part = parsePart(name, data);
    if (name === 'word/document.xml') {
      if (part.root !== `{${W_NS}}document`) throw new BadDocx(`word/document.xml's root is ${part.root ?? 'missing'}, not WordprocessingML's w:document.`);
      characters = part.characters;
    }
  }
  return { characters };
}
