/**
 * A document as the bytes of a .docx, made in Apps Script: the core's parts
 * (src/core/documents/docx-*.ts) as blobs, zipped with Utilities.zip.
 *
 * What Google documents, and the stricter reading kept here:
 *  - Utilities.newBlob(data, contentType, name) makes a blob "from a string,
 *    content type, and name"; a string's bytes are its UTF-8, which is what
 *    each part's XML declaration says.
 *  - Utilities.zip(blobs, name) "Creates a new Blob object that is a zip file
 *    containing the data from the Blobs passed in", each entry named by its
 *    blob's name. Google does not say that a name with "/" makes an entry in
 *    a folder (word/document.xml), though that is how zip names are written
 *    and how scripts have long made .docx and .xlsx files; the emulator
 *    refuses a blob with no name or two blobs with one name, as a zip holds
 *    neither.
 *  - Blob.getBytes() "Gets the data stored in this blob": the zip file's bytes,
 *    which docs-upload.ts puts in the upload's body.
 * The parts every document shares are made into blobs once an execution,
 * not once a document; each document adds its three own.
 */
import { DOCX_CONSTANT_PARTS, docxDocumentParts, type Doc, type DocxPart } from '../core/documents';

const XML_MIME = 'application/xml';
let constantBlobs: GoogleAppsScript.Base.Blob[] | undefined;

const blobOf = (p: DocxPart) => Utilities.newBlob(p.xml, XML_MIME, p.name);

/** The .docx file of a document, as bytes. */
export function docxBytes_(doc: Doc): GoogleAppsScript.Byte[] {
  constantBlobs ??= DOCX_CONSTANT_PARTS.map(blobOf);
  return Utilities.zip([...constantBlobs, ...docxDocumentParts(doc).map(blobOf)], `${doc.key}.docx`).getBytes();
}
