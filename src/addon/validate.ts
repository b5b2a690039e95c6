import { notBuiltYet_ } from './not-built';

/** Menu: validate every tab (issue 3). */
export function validateWorkbook() {
  return notBuiltYet_('Validate');
}

/** Simple trigger on edit (issue 3). */
export function onEdit(_e?: GoogleAppsScript.Events.SheetsOnEdit): void {}
