/**
 * How long one execution may work before it stops taking on more: Apps Script
 * kills an execution at 6 minutes, so every long job (reminders, documents)
 * stops claiming new work at 4.5 and leaves the rest for its next run.
 */
export const RUN_BUDGET_MS = 4.5 * 60 * 1000;
