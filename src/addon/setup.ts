import { notBuiltYet_ } from './not-built';

/** Menu: create missing tabs and columns (issue 3). */
export function setUpWorkbook() {
  return notBuiltYet_('Set up workbook');
}
