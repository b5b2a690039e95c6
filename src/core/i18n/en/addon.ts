/** Messages of the Sheets menu actions (toasts, alerts), in English. */
export const addon = {
  'validation.toast': 'Checked: {errors} errors, {warnings} warnings, {infos} notes. See the Findings tab.',
  'setup.toast': 'Workbook set up: {tabs} tabs created, {columns} columns added.',
  'setup.nothing': 'The workbook already has every tab and column LO Desk needs.',
};
