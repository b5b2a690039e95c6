/** Reminders: the pure planner and message builder (the Apps Script side sends). */
export { planReminders } from './planner';
export { buildMessage } from './message';
export { fingerprintOf, stableStringify } from './fingerprint';

export { checkAddress, messageLang } from './context';

export type * from './types';
