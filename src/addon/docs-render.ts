/**
 * Renders the core's document model into a Google Doc body. Text is always
 * appended as text (a leading "=" or an HTML fragment stays literal).
 *
 * Calls are what a render costs in Apps Script, so each paragraph or list
 * item is appended whole in one call, and only styled runs cost more: one
 * editAsText() per block, then one ranged setBold/setItalic/setLinkUrl each.
 */
import type { Block, Run } from '../core/documents';

const HEADINGS = ['HEADING1', 'HEADING2', 'HEADING3'] as const;

function styleRuns_(target: GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem, runs: Run[]): void {
  let text: GoogleAppsScript.Document.Text | undefined;
  let offset = 0;
  for (const run of runs) {
    const len = run.text.length;
    if (len && (run.bold || run.italic || run.link)) {
      text ??= target.editAsText();
      const end = offset + len - 1;
      if (run.bold) text.setBold(offset, end, true);
      if (run.italic) text.setItalic(offset, end, true);
      if (run.link) text.setLinkUrl(offset, end, run.link);
    }
    offset += len;
  }
}

const joined = (runs: Run[]) => runs.map((r) => r.text).join('');

export function renderBlocks_(body: GoogleAppsScript.Document.Body, blocks: Block[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        body.appendParagraph(block.text).setHeading(DocumentApp.ParagraphHeading[HEADINGS[block.level - 1]]);
        break;
      case 'paragraph':
        styleRuns_(body.appendParagraph(joined(block.runs)), block.runs);
        break;
      case 'list':
        for (const item of block.items) styleRuns_(body.appendListItem(joined(item)), item);
        break;
      case 'table': {
        const table = body.appendTable([block.header, ...block.rows]);
        table.getRow(0).editAsText().setBold(true);
        break;
      }
      case 'pageBreak':
        body.appendPageBreak();
        break;
    }
  }
}
