/**
 * DocumentApp: documents are edited in memory as a small model of Google
 * Docs' structure (body → paragraphs, list items, tables → rows → cells), and
 * at commit() each changed document becomes a real .docx (with the `docx`
 * package) at its Drive file's place, plus a JSON copy of the model in the
 * sidecar so a later execution can openById and rewrite it.
 *
 * The service lives in ./document/, one module per Apps Script class:
 *   document-app.ts  DocumentApp (create, openById, openByUrl, commit)
 *   document.ts      Document
 *   body.ts, table-cell.ts over block-container.ts   Body, TableCell
 *   paragraph.ts, list-item.ts over text-block-element.ts   Paragraph, ListItem
 *   table.ts, table-row.ts   Table, TableRow
 *   text.ts, row-text.ts     Text (and TableRow.editAsText's whole-row Text)
 *   horizontal-rule.ts, page-break.ts
 * and what they share: model.ts (the JSON model), runs.ts (run editing),
 * attributes.ts (attribute maps, argument checks), element-tree.ts (an
 * element's place in its parent), doc-state.ts (one open document),
 * enums.ts, persistence.ts (the sidecar JSON), docx-writer.ts (the .docx).
 */
export { createDocumentApp } from './document/document-app';
export { DOCUMENT_CLOSED, DOCUMENT_MISSING } from './document/doc-state';
export { GlyphType, ParagraphHeading } from './document/enums';


