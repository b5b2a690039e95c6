/**
 * The advanced Drive service (Drive API v3) as the bundle sees it: the global
 * `Drive`, with `Drive.Files.create/get/update/list/remove` taking the
 * arguments @types/google-apps-script's drive_v3.d.ts gives them.
 *
 * Why it exists: every DriveApp method needs the full, restricted `drive`
 * scope; under `drive.file` only this service works, and it sees only the
 * files the project itself made. So items are visible here when they carry
 * the registry's `app` mark (made by this service or by DocumentApp.create);
 * anything else (e.g. made through DriveApp) is "File not found", as Google
 * answers for a file the app may not see. The root folder is visible as a
 * parent (and as the alias `root`), never listed.
 *
 * Storage is DriveApp's (drive.ts): the same registry and the same folders
 * and files on disk, so a Google Doc from DocumentApp.create can be moved
 * into a folder made here, and a file uploaded here is a real file.
 *
 * Responses are plain v3 File resources. Without `fields`, v3 answers with
 * only kind, id, name and mimeType (not parents, not webViewLink), so that is
 * what comes back here too; `fields` picks top-level fields (sub-selections
 * such as `files(id,name)` are honoured one level deep) and an unknown field
 * name fails as on Google.
 *
 * Imports: media with the Google Doc mimeType (create) or into a Google Doc
 * (update) is checked as Google would (doc-media.ts: its checks and limits).
 * A Word .docx must be one Word could open (docx-check.ts) and is kept as the
 * document's file, byte for byte; text/html is imported strictly
 * (doc-import.ts: no @page set-up), saved as the document's model and
 * written as a real .docx by DocumentApp's commit at the end of the
 * execution; appProperties are kept per file and returned when asked for.
 *
 * Not emulated: the `q` operators beyond `and`, `=`, `!=` and `in parents`
 * on name, mimeType, trashed and parents; what Google's conversion of a
 * .docx keeps or changes (the file is kept as it came), and DocumentApp on
 * a document made from a .docx (it has no model here: openById says so); imports from other
 * types (text, RTF) and into Sheets or Slides; shared drives, permissions,
 * revisions. Those throw an error saying so.
 *
 * The service lives in ./advanced-drive/, one module per Apps Script class:
 * drive.ts Drive, files.ts Drive.Files; and what they share: fields.ts (the
 * `fields` selection), query.ts (the `q` of list), doc-media.ts and
 * doc-import.ts (HTML imported as a Google Doc), args.ts, errors.ts, item.ts.
 */
export { createAdvancedDrive } from './advanced-drive/drive';

export type { DriveFileResource } from './advanced-drive/fields';
