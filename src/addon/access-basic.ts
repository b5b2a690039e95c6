/**
 * Who is calling. An empty identity (a simple trigger, or a user Google does
 * not disclose) is never trusted with anything.
 */
export function callerEmail_(): string {
  try {
    return (Session.getActiveUser().getEmail() || '').trim().toLowerCase();
  } catch {
    return '';
  }
}

/** For menu actions: there must be a known user (an editor of the spreadsheet). */
export function requireUser_(): string {
  const email = callerEmail_();
  if (!email) throw new Error('LO Desk cannot tell who you are. Open the spreadsheet signed in to your Google account and try again.');
  return email;
}
