/**
 * The documents' Drive side: the event folder, what LO Desk already made in
 * it, and which file holds each document. The writing itself is one upload
 * a document, sent in parallel batches (docs-upload.ts).
 *
 * Why this route (a .docx converted by Drive, one call a document): Google's
 * Drive API v3 reference says of File.mimeType: "If a file is created with a
 * Google Doc MIME type, the uploaded content is imported, if possible. The
 * supported import formats are published in the About resource", and Word's
 * .docx (application/vnd.openxmlformats-officedocument.wordprocessingml.document)
 * is one of them for Google Docs; files.update "Updates a file's metadata,
 * content, or both", so new content goes into the same file: same id, same
 * URL. Both accept the `drive.file` scope (only files the app made), which
 * the add-on needs anyway for the folder and the .ics files: DocumentApp
 * (and its `documents` scope, any of the user's documents) is not used.
 * A document is one multipart request (metadata and media together;
 * "Upload file data": 5 MB or less), where DocumentApp cost 215–500 calls.
 *
 * Why .docx and not HTML (which Drive imports too, and which was the route
 * before): what the readers need is page set-up, and Google documents no
 * behaviour of its HTML import for any of it: not `@page` (a landscape
 * manifest), not CSS margin content (a page-number footer), nor <thead>
 * rows repeating, column widths or a run's font and language. The Docs API
 * cannot insert a page number at all (it has no request for one), nor can
 * DocumentApp. In a .docx each is a native feature of the file (a PAGE field
 * in the footer, w:pgSz w:orient, w:tblHeader, w:tcW and w:gridCol,
 * w:rFonts and w:lang), which Drive's conversion of Word files keeps; the
 * stricter reading is to rely only on the file saying what it means, not on
 * an import doing what it does not promise. The Docs API's batchUpdate was
 * the other one-call route; it needs the documents scope and a document to
 * exist first (two calls for a new one).
 *
 * Never twice: the document's key is written onto the file itself
 * (appProperties, private to this app) in the very call that creates it, so
 * no file exists unrecorded, even if the run dies the next instant. Each run
 * lists the event folder first and updates the file that carries a key
 * rather than creating another; the Documents tab is then made to agree.
 *
 * Drive is reached through the advanced Drive service (v3, `Drive`) for the
 * folder and its listing, and the Drive API's upload endpoints (the same API,
 * the same drive.file scope, through UrlFetchApp.fetchAll) for the documents;
 * never DriveApp: every DriveApp method needs the full `drive` scope, which
 * is restricted.
 */

/** Document property: the id of this event's Drive folder (a fact of this spreadsheet, so not a script property). */
const FOLDER_PROPERTY = 'lodesk.docs.folder';
const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
/** appProperties key holding the document's stable key ("lo_brief:LO3"). */
export const KEY_PROPERTY = 'lodeskKey';
const LIST_PAGE_SIZE = 1000;

function driveFiles_(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error('The advanced Drive service is not enabled: appsscript.json must list it (Drive, v3) under dependencies.enabledAdvancedServices.');
  }
  return Drive.Files;
}

/** The id of this event's folder, made on first use (or again when it was trashed or is gone). */
export function eventFolder_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, eventName: string): string {
  const props = PropertiesService.getDocumentProperties();
  const files = driveFiles_();
  const id = props.getProperty(FOLDER_PROPERTY);
  if (id) {
    try {
      const folder = files.get(id, { fields: 'id,mimeType,trashed' });
      if (folder.id && folder.mimeType === FOLDER_MIME && !folder.trashed) return folder.id;
    } catch {
      // Deleted, or not ours to see any more: make a new one.
    }
  }
  const name = `LO Desk — ${eventName || ss.getName()}`.replace(/[\r\n/\\]+/g, ' ');
  // Without `fields`, v3 answers with kind, id, name and mimeType: the id is all that is needed.
  const folder = files.create({ name, mimeType: FOLDER_MIME });
  if (!folder.id) throw new Error('Drive made the documents folder but gave no id for it.');
  props.setProperty(FOLDER_PROPERTY, folder.id);
  return folder.id;
}

/** What the event folder holds: its files' ids, and by key the file made for each document. */
export interface FolderIndex {
  ids: Set<string>;
  byKey: Map<string, { id: string; link: string }>;
}

/** Lists the event folder once a run (a page holds 1,000 files): what earlier runs made, recorded or not. */
export function folderIndex_(folderId: string): FolderIndex {
  const files = driveFiles_();
  const index: FolderIndex = { ids: new Set(), byKey: new Map() };
  let pageToken: string | undefined;
  do {
    const page = files.list({
      q: `'${folderId.replace(/['\\]/g, '')}' in parents and trashed = false`,
      fields: 'nextPageToken,files(id,webViewLink,appProperties)',
      pageSize: LIST_PAGE_SIZE,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const f of page.files ?? []) {
      if (!f.id) continue;
      index.ids.add(f.id);
      const key = f.appProperties?.[KEY_PROPERTY];
      // Two files with one key (made before keys were written): the first listed stays the document.
      if (key && !index.byKey.has(key)) index.byKey.set(key, { id: f.id, link: f.webViewLink ?? '' });
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return index;
}

function idFromUrl_(url: string | undefined): string | undefined {
  if (!url) return undefined;
  // `#id=` first: only the emulator's file:// URLs carry it, and their paths could hold a "/d/".
  const m = /#id=([\w-]+)/.exec(url) ?? /\/d\/([\w-]{10,})/.exec(url) ?? /[?&]id=([\w-]{10,})/.exec(url);
  return m ? m[1] : undefined;
}

/** One file to write: a Google Doc converted from a .docx, or a plain file (the .ics). */
export interface DriveWrite {
  key: string;
  name: string;
  /** The file's type on Drive: GOOGLE_DOC_MIME imports the media as a Google Doc. */
  mimeType: string;
  /** The media's type (the .docx type, text/calendar). */
  mediaType: string;
  /** The media: bytes (a .docx) or text (an .ics), made once, when first asked for. */
  content: () => string | GoogleAppsScript.Byte[];
  /** Forgets the media made, to keep the run's memory small; asked for again, it is made again. */
  release?: () => void;
}

/** The file that already holds this document: the recorded one if it is still there, else the one carrying its key. */
export function existingFile_(w: DriveWrite, recordedUrl: string | undefined, index: FolderIndex): string | undefined {
  const id = idFromUrl_(recordedUrl);
  if (id && index.ids.has(id)) return id;
  if (id) {
    // Recorded but not in the folder (moved by someone): still ours and not trashed, it is updated where it is.
    try {
      const file = driveFiles_().get(id, { fields: 'id,trashed' });
      if (file.id && !file.trashed) return file.id;
    } catch {
      // Gone, or not ours to see any more.
    }
  }
  return index.byKey.get(w.key)?.id;
}
