/**
 * Google's per-account daily quotas (documents created, trigger run time),
 * counted in the user's quota file of the emulated Google side, each in a
 * window of 24 hours from its first use (quotas reset 24 hours after first
 * use, not at midnight).
 */
import { QUOTA_WINDOW_MS } from './quotas';
import { effectiveUserOf } from './session';
import { readJson, updateJson, type ServiceContext } from './state';

interface Window {
  windowStart: string;
  used: number;
}
type QuotaFile = Record<string, Window | undefined>;

function live(w: Window | undefined, now: number): Window | null {
  if (!w) return null;
  const start = Date.parse(w.windowStart);
  if (Number.isNaN(start) || now - start >= QUOTA_WINDOW_MS || now < start) return null;
  return w;
}

/** What the effective user has used of quota `key` in its current window. */
export function usedToday(ctx: ServiceContext, key: string): number {
  const file = readJson<QuotaFile>(ctx.google.user(effectiveUserOf(ctx)).quota, {});
  return live(file[key], ctx.now().getTime())?.used ?? 0;
}

/** Counts `amount` against quota `key`; with `limit`, throws `message` (counting nothing) when it would pass it. */
export function spendToday(ctx: ServiceContext, key: string, amount: number, limit?: { max: number; message: string }): void {
  updateJson<QuotaFile, void>(ctx, ctx.google.user(effectiveUserOf(ctx)).quota, {}, (file) => {
    const now = ctx.now().getTime();
    const w = live(file[key], now) ?? { windowStart: new Date(now).toISOString(), used: 0 };
    if (limit && w.used + amount > limit.max) throw new Error(limit.message);
    w.used += amount;
    file[key] = w;
  });
}

/**
 * A per-minute quota (an advanced service's requests per user per minute):
 * counts one request in the current minute of Google time, or throws
 * `message` when the minute's `max` is reached.
 */
export function spendThisMinute(ctx: ServiceContext, key: string, max: number, message: string): void {
  updateJson<QuotaFile, void>(ctx, ctx.google.user(effectiveUserOf(ctx)).quota, {}, (file) => {
    const minute = Math.floor(ctx.now().getTime() / 60_000);
    const w = file[key];
    const current = w && Date.parse(w.windowStart) === minute * 60_000 ? w : { windowStart: new Date(minute * 60_000).toISOString(), used: 0 };
    if (current.used + 1 > max) throw new Error(message);
    current.used += 1;
    file[key] = current;
  });
}
