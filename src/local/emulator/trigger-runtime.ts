/**
 * The daily quota of time-driven trigger run time (90 minutes on a consumer
 * account, 6 hours on Workspace), per trigger owner across every spreadsheet:
 * a trigger execution past it does not run, as on Google.
 */
import { ACCOUNT_LIMITS, QUOTA_WINDOW_MS } from './quotas';
import { effectiveUserOf } from './session';
import { readJson, updateJson, type ServiceContext } from './state';

interface Window {
  windowStart: string;
  used: number;
}
type QuotaFile = Record<string, Window | undefined>;
const KEY = 'trigger_runtime_ms';

export const TRIGGER_RUNTIME_EXCEEDED = 'Service using too much computer time for one day';

function live(w: Window | undefined, now: number): Window | null {
  if (!w) return null;
  const start = Date.parse(w.windowStart);
  if (Number.isNaN(start) || now - start >= QUOTA_WINDOW_MS || now < start) return null;
  return w;
}

/** Google time the owner's triggers have run in the current window. */
export function triggerRuntimeUsed(ctx: ServiceContext): number {
  const file = readJson<QuotaFile>(ctx.google.user(effectiveUserOf(ctx)).quota, {});
  return live(file[KEY], ctx.now().getTime())?.used ?? 0;
}

/** Throws Google's error when the owner's trigger run time for the day is used up. */
export function refuseOverRuntime(ctx: ServiceContext): void {
  if (triggerRuntimeUsed(ctx) >= ACCOUNT_LIMITS[ctx.account].triggerRuntimeMs) throw new Error(TRIGGER_RUNTIME_EXCEEDED);
}

export function chargeTriggerRuntime(ctx: ServiceContext, ms: number): void {
  updateJson<QuotaFile, void>(ctx, ctx.google.user(effectiveUserOf(ctx)).quota, {}, (file) => {
    const now = ctx.now().getTime();
    const w = live(file[KEY], now) ?? { windowStart: new Date(now).toISOString(), used: 0 };
    w.used += ms;
    file[KEY] = w;
  });
}
