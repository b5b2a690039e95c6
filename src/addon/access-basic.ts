import { callerEmail_ } from './access';

/** For menu actions: there must be a known user (an editor of the spreadsheet). Empty identity is never trusted. */
export function requireUser_(): string {
  const email = callerEmail_().toLowerCase();
  if (!email) throw new Error('LO Desk cannot tell who you are. Open the spreadsheet signed in to your Google account and try again.');
  return email;
}
