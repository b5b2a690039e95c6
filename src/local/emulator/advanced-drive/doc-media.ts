/**
 * Uploaded content imported into a Google Doc (Files.create or Files.update
 * with a Google Doc mimeType and media): the checks Google makes, at their
 * strictest, and what the emulator keeps: a .docx as it came (docx-check.ts),
 * or the document model an HTML import gives (doc-import.ts).
 *
 * Google's words this follows (developers.google.com/workspace/drive/api):
 *  - File.mimeType: "If a file is created with a Google Doc MIME type, the
 *    uploaded content is imported, if possible. The supported import formats
 *    are published in the About resource." Of those, Word's .docx and
 *    text/html are emulated; any other source type is refused here rather
 *    than imported wrongly.
 *  - "Upload file data": a multipart upload (metadata and media in one
 *    request, as the advanced service sends them) is for "a small file (5 MB
 *    or less)"; larger media is refused.
 *  - Drive Help, "Files you can store in Google Drive": a Google Doc holds up
 *    to 1.02 million characters; an import that would hold more is refused.
 * The import also counts as a document created that day (quotas.ts), as
 * DocumentApp.create does.
 */
import type { DocumentModel } from '../document/model';
import { blockText } from '../document/model';
import { blobBuffer, type BlobLike } from '../utilities';
import { importHtml } from './doc-import';
import { BadDocx, checkDocx } from './docx-check';
import { apiError, notEmulated } from './errors';

export const GOOGLE_DOC = 'application/vnd.google-apps.document';
/** The multipart upload's limit ("Upload file data": 5 MB or less). */
export const MAX_MULTIPART_BYTES = 5 * 1024 * 1024;
/** A Google Doc's limit (Drive Help: up to 1.02 million characters). */
const MAX_DOC_CHARACTERS = 1_020_000;

/** Where an imported document goes: DocumentApp writes it as .docx at the end of the execution. */
export interface ImportSink {
  _imported(model: DocumentModel): void;
  /** The document's content is now an uploaded .docx: nothing open for it may be written over it. */
  _replaced(id: string): void;
}

/** Word's .docx: converted by Drive; kept by the emulator as the document's file. */
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What an import makes: the .docx itself (kept as the file), or a model (DocumentApp writes it as .docx at commit). */
export type Imported = { docx: Buffer } | { model: Omit<DocumentModel, 'id'> };

function withinLimit(method: string, characters: number): void {
  if (characters > MAX_DOC_CHARACTERS) {
    throw apiError(method, `The document would hold ${characters} characters; a Google Doc holds at most 1,020,000.`);
  }
}

/** The Google Doc that `media` imports as, after Google's checks. */
export function importedDoc(method: string, media: BlobLike): Imported {
  const type = String(media.getContentType?.() ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'text/html' && type !== DOCX) {
    throw notEmulated(method, `importing ${type || 'content of no type'} as a Google Doc (Word's .docx and text/html are emulated)`);
  }
  const bytes = blobBuffer(media);
  if (bytes.length > MAX_MULTIPART_BYTES) {
    throw apiError(method, `Media is ${bytes.length} bytes: a multipart upload takes 5 MB or less (${MAX_MULTIPART_BYTES} bytes).`);
  }
  if (type === DOCX) {
    try {
      withinLimit(method, checkDocx(bytes).characters);
    } catch (err) {
      if (err instanceof BadDocx) throw apiError(method, `The uploaded file could not be converted to a Google Doc: ${err.message}`);
      throw err;
    }
    return { docx: bytes };
  }
  const model = importHtml(bytes.toString('utf8'));
  withinLimit(method, model.body.reduce((n, b) => n + [...blockText(b)].length, 0));
  return { model };
}
