import { notBuiltYet_ } from './not-built';

/** Menu: generate every document (issue 6). */
export function generateAllDocuments() {
  return notBuiltYet_('Generate documents');
}
