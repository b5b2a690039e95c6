/** Messages of the Sheets menu actions (toasts, alerts), in English. */
export const addon = {
  'validation.toast': 'Checked: {errors} errors, {warnings} warnings, {infos} notes. See the Findings tab.',
  'setup.toast': 'Workbook set up: {tabs} tabs created, {columns} columns added.',
  'setup.nothing': 'The workbook already has every tab and column LO Desk needs.',
  'access.organisers_only': '{action} is for the event\'s organisers, and your address ({email}) is not in organiser_emails on the Event tab. Nothing was changed. Ask an organiser to add you there.',
  'access.no_identity': 'LO Desk cannot tell who you are, so {action} did nothing. Open the spreadsheet signed in to your Google account and try again.',
  'action.setUpWorkbook': 'Set up workbook',
  'action.validateWorkbook': 'Validate',
  'action.generateAllDocuments': 'Generate documents',
  'action.generateDocuments': 'Generate documents',
  'action.turnRemindersOn': 'Turn reminders on',
  'action.turnRemindersOff': 'Turn reminders off',
  'action.sendDueRemindersNow': 'Sending due reminders now',
};
