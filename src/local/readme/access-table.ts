/**
 * The README's access section, made from the caller policy
 * (src/core/access/policy.ts) and the words here. Kept out of the bundle:
 * only the README needs them. Every entry point must have its line (the
 * Record's type), so a new one cannot be added without saying who it is for.
 */
import { ENTRY_POLICY, type Audience, type EntryPoint, type EntryPolicy } from '../../core/access/policy';

const REFUSED = 'a refusal in their language; nothing is written';

const WORDS: Record<EntryPoint, { does: string; othersGet: string }> = {
  onOpen: { does: 'builds the LO Desk menu', othersGet: '(everyone gets the menu)' },
  onInstall: { does: 'builds the menu when the add-on is installed', othersGet: '(everyone gets the menu)' },
  onEdit: { does: 're-checks the edited rows and refreshes their marks, unless the on-edit trigger does', othersGet: '(only editors edit; it sends nothing, opens no other file, shows no data)' },
  onEditChecked: { does: 're-checks the edited rows with the Sheets API (the installable on-edit trigger set-up installs)', othersGet: 'nothing is read or changed (a call not made by the trigger set-up recorded for the spreadsheet)' },
  openSidebar: { does: 'opens the LO sidebar', othersGet: 'the sidebar, which shows them nothing of the event' },
  openDashboard: { does: 'opens the organiser dashboard', othersGet: 'the dialog, which shows them a refusal and no data (getDashboardView refuses)' },
  doGet: { does: 'serves the phone page', othersGet: 'the page, which shows them nothing of the event' },
  getLoView: { does: 'the caller\'s guests: their cards and checklists, or a list to pick one from when they are many', othersGet: 'a refusal view without guest data' },
  getGuestCard: { does: 'one guest\'s card, picked from the guest list', othersGet: 'a refusal message without guest data' },
  getDashboardView: { does: 'the organiser dashboard\'s summary and timeline', othersGet: 'a refusal view without guest data' },
  getDashboardGuest: { does: 'one guest\'s card, when an organiser opens a dashboard row', othersGet: 'a refusal view without guest data' },
  getGuestListProgress: { does: 'the progress of each guest of the caller\'s list (phase, items done, overdue), for a list that came without it', othersGet: 'a refusal message without guest data' },
  tickChecklistItem: { does: 'records a tick or a note on a guest\'s checklist (with the card\'s tick pass: who may, as checked by the call that made the pass, at most 15 minutes before, and the caller must be the one it was made for)', othersGet: 'a refusal message; nothing is written' },
  setUpWorkbook: { does: 'creates missing tabs and columns, formats and dropdowns', othersGet: REFUSED },
  validateWorkbook: { does: 'checks every tab, writes Findings and marks the cells', othersGet: REFUSED },
  generateAllDocuments: { does: 'writes every document', othersGet: REFUSED },
  generateDocuments: { does: 'writes the documents of one kind', othersGet: REFUSED },
  turnRemindersOn: { does: 'installs the hourly reminders trigger', othersGet: REFUSED },
  turnRemindersOff: { does: 'stops reminders from the next run on', othersGet: REFUSED },
  sendDueRemindersNow: { does: 'sends what is due now, as the next hourly run would (not while reminders are off)', othersGet: REFUSED },
  runReminders: { does: 'sends the reminders due', othersGet: 'nothing is sent (a call not made by its own trigger, or for an event whose reminders are off)' },
};

const AUDIENCE: Record<Audience, string> = {
  anyone: 'anyone',
  editor: 'editors of the spreadsheet',
  signed_in: 'anyone signed in (what they see is checked inside)',
  guest_lo: 'organisers, and the LOs of the guest concerned',
  organiser: 'organisers (organiser_emails)',
  trigger: 'its own reminders trigger only',
};

export const ACCESS_TABLE_NAME = 'access-table';

/** One row per entry point. */
export function accessTable(): string {
  const lines = ['| function | called from | does | who may | everyone else gets |', '|---|---|---|---|---|'];
  for (const [name, p] of Object.entries(ENTRY_POLICY) as [EntryPoint, EntryPolicy][]) {
    const who = AUDIENCE[p.audience] + (p.openUntilOrganisersNamed ? '; any signed-in editor while organiser_emails names nobody' : '');
    lines.push(`| \`${name}\` | ${p.from} | ${WORDS[name].does} | ${who} | ${WORDS[name].othersGet} |`);
  }
  return lines.join('\n');
}
