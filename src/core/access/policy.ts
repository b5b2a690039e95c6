/**
 * Who may call each top-level function of the add-on, in one table. Every
 * function Apps Script can see is callable from a page or the browser console
 * of anyone who can open the sidebar, so each one is a public API: the table
 * says who it is for and what everyone else gets. The add-on's guard applies
 * it (src/addon/guard.ts); the README's access section is made from it
 * (src/local/readme/access-table.ts, kept out of the bundle); a
 * bundle test calls every entry point as an organiser, an LO, a stranger and
 * an unknown identity.
 */
/**
 * - `anyone`: shows nothing of the event (the menu).
 * - `editor`: whoever edits the spreadsheet (a simple trigger, whose identity Google often withholds).
 * - `signed_in`: a known account; what it may see is decided inside, per guest.
 * - `guest_lo`: organisers and the LOs of the guest concerned, checked inside for each guest.
 * - `organiser`: an address in the Event tab's organiser_emails.
 * - `trigger`: only LO Desk's own installed trigger: the hourly one of an event whose reminders are on,
 *   the on-edit one set-up recorded for the spreadsheet.
 */
export type Audience = 'anyone' | 'editor' | 'signed_in' | 'guest_lo' | 'organiser' | 'trigger';

export type CallerRole = 'organiser' | 'lo' | 'none';

export interface EntryPolicy {
  audience: Audience;
  /** Where it is called from. */
  from: 'menu' | 'simple trigger' | 'page' | 'web app' | 'time trigger' | 'edit trigger';
  /**
   * Organiser-only actions that only check or prepare the workbook may be run
   * by any signed-in editor while the event names no valid organiser yet:
   * otherwise nobody could set up a new workbook or see the finding that says
   * organiser_emails is empty.
   */
  openUntilOrganisersNamed?: true;
}

export const ENTRY_POLICY = {
  onOpen: { audience: 'anyone', from: 'simple trigger' },
  onInstall: { audience: 'anyone', from: 'simple trigger' },
  onEdit: { audience: 'editor', from: 'simple trigger' },
  onEditChecked: { audience: 'trigger', from: 'edit trigger' },
  openSidebar: { audience: 'signed_in', from: 'menu' },
  openDashboard: { audience: 'signed_in', from: 'menu' },
  doGet: { audience: 'signed_in', from: 'web app' },
  getLoView: { audience: 'guest_lo', from: 'page' },
  getDashboardView: { audience: 'organiser', from: 'page' },
  getGuestCard: { audience: 'guest_lo', from: 'page' },
  getDashboardGuest: { audience: 'organiser', from: 'page' },
  getGuestListProgress: { audience: 'guest_lo', from: 'page' },
  tickChecklistItem: { audience: 'guest_lo', from: 'page' },
  setUpWorkbook: { audience: 'organiser', from: 'menu', openUntilOrganisersNamed: true },
  validateWorkbook: { audience: 'organiser', from: 'menu', openUntilOrganisersNamed: true },
  generateAllDocuments: { audience: 'organiser', from: 'menu' },
  generateDocuments: { audience: 'organiser', from: 'menu' },
  turnRemindersOn: { audience: 'organiser', from: 'menu' },
  turnRemindersOff: { audience: 'organiser', from: 'menu' },
  sendDueRemindersNow: { audience: 'organiser', from: 'menu' },
  runReminders: { audience: 'trigger', from: 'time trigger' },
} as const satisfies Record<string, EntryPolicy>;

export type EntryPoint = keyof typeof ENTRY_POLICY;

/** The policy of a function Apps Script can see; undefined for a name the table does not know. */
export function policyOf(name: string): EntryPolicy | undefined {
  return (ENTRY_POLICY as Record<string, EntryPolicy>)[name];
}

/**
 * Whether a caller may run an organiser-only action. `email` is the caller's
 * (empty when Google withholds it); `eventHasOrganiser` whether organiser_emails
 * names at least one valid address.
 */
export function mayRunOrganiserAction(policy: EntryPolicy, email: string, role: CallerRole, eventHasOrganiser: boolean): boolean {
  if (!email) return false;
  if (role === 'organiser') return true;
  return Boolean(policy.openUntilOrganisersNamed) && !eventHasOrganiser;
}
