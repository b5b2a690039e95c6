/**
 * The daily quota of time-driven trigger run time (90 minutes on a consumer
 * account, 6 hours on Workspace), per trigger owner across every spreadsheet:
 * a trigger execution past it does not run, as on Google.
 */
import { spendToday, usedToday } from './daily-quota';
import { ACCOUNT_LIMITS } from './quotas';
import type { ServiceContext } from './state';

const KEY = 'trigger_runtime_ms';

const TRIGGER_RUNTIME_EXCEEDED = 'Service using too much computer time for one day';

/** Throws Google's error when the owner's trigger run time for the day is used up. */
export function refuseOverRuntime(ctx: ServiceContext): void {
  if (usedToday(ctx, KEY) >= ACCOUNT_LIMITS[ctx.account].triggerRuntimeMs) throw new Error(TRIGGER_RUNTIME_EXCEEDED);
}

export function chargeTriggerRuntime(ctx: ServiceContext, ms: number): void {
  spendToday(ctx, KEY, ms);
}
