/**
 * The reminders domain in t()'s table. Only the reminder run uses it (the
 * pages' "reminders are on" lines are in the ui domain), so it is not in the
 * table from the start (domains.ts): importing this module adds it, and the
 * reminder messages import it.
 */
import { addDomain } from './index';
import { reminders as en } from './en/reminders';
import { reminders as th } from './th/reminders';

addDomain('reminders', en, th);
