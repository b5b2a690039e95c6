/**
 * Session: who runs the execution, in which time zone and locale.
 */
import { createHash } from 'node:crypto';
import type { ServiceContext } from './state';

/** The manifest's time zone (dist/appsscript.json). */
export const SCRIPT_TIME_ZONE = 'Asia/Bangkok';
/** Used as the effective user when the options name nobody: a script always runs as someone. */
export const DEFAULT_EFFECTIVE_USER = 'lo-desk@localhost';

export class User {
  readonly gasType = 'User';

  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

export function effectiveUserOf(ctx: ServiceContext): string {
  return ctx.options.effectiveUser || ctx.options.user || DEFAULT_EFFECTIVE_USER;
}

export class Session {
  readonly gasType = 'Session';

  constructor(private readonly ctx: ServiceContext) {}

  /**
   * '' when the script runs without the user's own authorization, as Apps
   * Script does: always in a simple trigger here (the stricter reading).
   */
  getActiveUser(): User {
    return new User(this.ctx.execution === 'simple' ? '' : this.ctx.options.user ?? '');
  }

  getEffectiveUser(): User {
    return new User(effectiveUserOf(this.ctx));
  }

  getScriptTimeZone(): string {
    return SCRIPT_TIME_ZONE;
  }

  getActiveUserLocale(): string {
    return this.ctx.options.locale ?? 'en';
  }

  /** Stable for one user of one script (Apps Script rotates it every 30 days; locally it never needs to). */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`${this.ctx.google.home}\n${this.ctx.options.user ?? ''}`)
      .digest('base64url')
      .slice(0, 43);
  }
}

export function createSession(ctx: ServiceContext): Session {
  return new Session(ctx);
}
