/**
 * Session: who runs the execution, in which time zone and locale.
 *
 * The service lives in ./session/, one module per Apps Script class:
 * session.ts Session, user.ts User; and effective-user.ts (who an execution
 * runs as, which the other services ask).
 */
export { createSession } from './session/session';

export { effectiveUserOf } from './session/effective-user';
