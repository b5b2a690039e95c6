/**
 * Renders the core's document model into a Google Doc body. Text is always
 * appended as text (a leading "=" or an HTML fragment stays literal).
 */
import type { Block, Run } from '../core/documents';

const HEADINGS = ['HEADING1', 'HEADING2', 'HEADING3'] as const;

function appendRuns_(target: GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem, runs: Run[]): void {
  for (const run of runs) {
    if (!run.text) continue;
    const text = target.appendText(run.text);
    if (run.bold) text.setBold(true);
    if (run.italic) text.setItalic(true);
    if (run.link) text.setLinkUrl(run.link);
  }
}

export function renderBlocks_(body: GoogleAppsScript.Document.Body, blocks: Block[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        body.appendParagraph(block.text).setHeading(DocumentApp.ParagraphHeading[HEADINGS[block.level - 1]]);
        break;
      case 'paragraph':
        appendRuns_(body.appendParagraph(''), block.runs);
        break;
      case 'list':
        for (const item of block.items) appendRuns_(body.appendListItem(''), item);
        break;
      case 'table': {
        const table = body.appendTable([block.header, ...block.rows]);
        const head = table.getRow(0);
        for (let c = 0; c < block.header.length; c++) head.getCell(c).editAsText().setBold(true);
        break;
      }
      case 'pageBreak':
        body.appendPageBreak();
        break;
    }
  }
}
