/**
 * Session: who runs the execution, in which time zone and locale.
 */
import type { Assert, Conforms } from '../conformance';
import { createHash } from 'node:crypto';
import type { ServiceContext } from '../state';
import { effectiveUserOf } from './effective-user';
import { User } from './user';

/** The manifest's time zone (dist/appsscript.json). */
const SCRIPT_TIME_ZONE = 'Asia/Bangkok';

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

// Compile-time: Session keeps to Apps Script's Session (see ../conformance.ts).
type _SessionConforms = Assert<Conforms<Session, GoogleAppsScript.Base.Session>>;

export function createSession(ctx: ServiceContext): Session {
  return new Session(ctx);
}
