/** Reminders: the pure planner and message builder (the Apps Script side sends). */
export { planReminders } from './planner';
export { buildMessage } from './message';
export { fingerprintOf, stableStringify, fnv1a32 } from './fingerprint';
export { encodeSentFingerprint, decodeSentFingerprint, MAX_FINGERPRINT_CHARS } from './snapshot';
export { checkAddress, messageLang, DEFAULTS as REMINDER_DEFAULTS } from './context';
export { READINESS_GAPS } from './digest';
export type * from './types';
