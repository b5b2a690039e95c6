/**
 * A multipart/related body as the Drive API's multipart upload takes it
 * ("Upload file data", Perform a multipart upload): exactly two parts, the
 * metadata first (Content-Type application/json; charset=UTF-8), the media
 * second (its own Content-Type), between `--boundary` lines, closed by
 * `--boundary--`. Anything else is refused, as Google answers 400.
 */
export interface MultipartUpload {
  metadata: Record<string, unknown>;
  mediaType: string;
  media: Buffer;
}

export class BadUpload extends Error {}

function headersOf(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) out.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return out;
}

export function parseMultipart(contentType: string, body: Buffer): MultipartUpload {
  const m = /^multipart\/related\s*;\s*boundary="?([^";]+)"?/i.exec(contentType.trim());
  if (!m) throw new BadUpload(`Bad content type ${JSON.stringify(contentType)}: a multipart upload is multipart/related with a boundary.`);
  // Parts are split on the delimiter as bytes' text (latin1 keeps every byte as one character).
  const text = body.toString('latin1');
  const delimiter = `--${m[1]}`;
  const pieces = text.split(`\r\n${delimiter}`);
  if (!pieces[0].startsWith(delimiter)) throw new BadUpload('The body does not start with the boundary.');
  pieces[0] = pieces[0].slice(delimiter.length);
  const last = pieces.pop();
  if (last === undefined || !last.startsWith('--')) throw new BadUpload('The body does not end with the closing boundary.');
  if (pieces.length !== 2) throw new BadUpload(`A multipart upload has two parts (metadata, then media); this one has ${pieces.length}.`);
  const parts = pieces.map((p) => {
    const raw = p.replace(/^\r\n/, '');
    const split = raw.indexOf('\r\n\r\n');
    if (split < 0) throw new BadUpload('A part has no blank line between its headers and its content.');
    return { headers: headersOf(raw.slice(0, split)), content: Buffer.from(raw.slice(split + 4), 'latin1') };
  });
  const metaType = parts[0].headers.get('content-type') ?? '';
  if (!/^application\/json/i.test(metaType)) throw new BadUpload(`The first part (metadata) is ${metaType || 'of no type'}; it must be application/json.`);
  let metadata: unknown;
  try {
    metadata = JSON.parse(parts[0].content.toString('utf8'));
  } catch {
    throw new BadUpload('The metadata part is not valid JSON.');
  }
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) throw new BadUpload('The metadata part is not a JSON object.');
  const mediaType = parts[1].headers.get('content-type') ?? '';
  if (!mediaType) throw new BadUpload('The media part has no Content-Type.');
  return { metadata: metadata as Record<string, unknown>, mediaType, media: parts[1].content };
}
