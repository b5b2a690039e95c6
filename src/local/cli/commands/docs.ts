import { parseCommandArgs } from '../args';
import type { Command } from './index';
import { checkWorkbookFile } from '../workbook-file';
import { notBuilt } from './not-built';

export const docsCommand: Command = {
  summary: 'generates the documents as .docx and the Documents tab',
  synopsis: 'docs FILE [--out DIR] [--kind K]',
  parse: (argv) => parseCommandArgs('docs', argv, { out: { type: 'string' }, kind: { type: 'string' } }, 1),
  async run(ctx, [file]) {
    checkWorkbookFile(file);
    return notBuilt('docs', 'issue 6: documents');
  },
};
