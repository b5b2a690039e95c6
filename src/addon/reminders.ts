import { notBuiltYet_ } from './not-built';

/** Menu: install the hourly reminder trigger (issue 5). */
export function turnRemindersOn() {
  return notBuiltYet_('Turn reminders on');
}

/** Menu: remove the reminder trigger (issue 5). */
export function turnRemindersOff() {
  return notBuiltYet_('Turn reminders off');
}

/** The hourly time-driven trigger's handler (issue 5). */
export function runReminders() {
  return notBuiltYet_('Reminders');
}
