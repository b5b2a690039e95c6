/** Who an execution runs as: the effective user, whose properties, locks and quotas it uses. */
import type { ServiceContext } from '../state';

/** Used as the effective user when the options name nobody: a script always runs as someone. */
const DEFAULT_EFFECTIVE_USER = 'lo-desk@localhost';

export function effectiveUserOf(ctx: ServiceContext): string {
  return ctx.options.effectiveUser || ctx.options.user || DEFAULT_EFFECTIVE_USER;
}
