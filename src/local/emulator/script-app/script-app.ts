/**
 * ScriptApp: the project's installable triggers (one file for the whole
 * add-on project, triggers-file.ts), the script's enums, and the preview's web
 * app URL.
 *
 * LO Desk is an editor add-on, so the add-on rules apply: one trigger of each
 * event type per user per document, and time-driven triggers at most once an
 * hour. getUserTriggers(spreadsheet) lists the triggers whose source is that
 * spreadsheet; Google's documentation does not settle whether a time-driven
 * trigger counts, so (the stricter reading) it never does here: find a
 * time-driven trigger by its unique id in getProjectTriggers().
 */
import type { Assert, Conforms } from '../conformance';
import { createHash, randomInt } from 'node:crypto';
import { effectiveUserOf } from '../session';
import { updateJson, type ServiceContext } from '../state';
import { AuthorizationInfo } from './authorization-info';
import { oauthTokenOf } from './oauth-token';
import { AuthMode, AuthorizationStatus, EventType, TriggerSource, WeekDay } from './enums';
import { Service } from './service';
import { Trigger } from './trigger';
import { TriggerBuilder } from './trigger-builder';
import { emptyFile, readTriggers, type TriggerRecord } from './triggers-file';

export const TOO_MANY_TIME_TRIGGERS = 'This add-on has created too many time-based triggers in this document for this Google user account.';

function newTriggerId(): string {
  // Apps Script's ids are long decimal strings.
  return `${randomInt(1, 10 ** 9)}${String(randomInt(0, 10 ** 9)).padStart(9, '0')}`;
}

export class ScriptApp {
  readonly gasType = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(
    private readonly ctx: ServiceContext,
    /** The scopes the user granted: what the OAuth token may do. */
    private readonly scopes: ReadonlySet<string> = new Set(),
  ) {}

  _now(): Date {
    return this.ctx.now();
  }

  private owner(): string {
    return effectiveUserOf(this.ctx);
  }

  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(functionName)) {
      throw new Error(`Invalid argument: functionName (${String(functionName)})`);
    }
    return new TriggerBuilder(this, functionName);
  }

  _install(spec: Omit<TriggerRecord, 'id' | 'user' | 'createdAt' | 'documentId'>): Trigger {
    const user = this.owner();
    const documentId = this.ctx.documentId;
    const record = updateJson(this.ctx, this.ctx.google.triggers, emptyFile(), (file) => {
      file.triggers ??= [];
      const same = file.triggers.filter((t) => t.user === user && t.eventType === spec.eventType && (t.documentId ?? null) === documentId);
      if (same.length > 0) {
        throw new Error(
          spec.eventType === EventType.CLOCK
            ? TOO_MANY_TIME_TRIGGERS
            : `This add-on has created too many ${spec.eventType} triggers in this document for this Google user account.`,
        );
      }
      const created: TriggerRecord = { id: newTriggerId(), user, documentId, createdAt: this.ctx.now().toISOString(), ...spec };
      file.triggers.push(created);
      return created;
    });
    return new Trigger(record);
  }

  getProjectTriggers(): Trigger[] {
    const user = this.owner();
    return readTriggers(this.ctx)
      .filter((t) => t.user === user)
      .map((t) => new Trigger(t));
  }

  /** The user's triggers whose source is that spreadsheet: never a time-driven one (see the top of this file). */
  getUserTriggers(document?: unknown): Trigger[] {
    const id = document && typeof (document as { getId?: unknown }).getId === 'function' ? (document as { getId(): string }).getId() : null;
    if (!id) throw new Error('Invalid argument: document');
    return this.getProjectTriggers().filter((t) => t._record.source !== TriggerSource.CLOCK && t._record.sourceId === id);
  }

  deleteTrigger(trigger: Trigger | GoogleAppsScript.Script.Trigger): void {
    const id = trigger && typeof trigger.getUniqueId === 'function' ? trigger.getUniqueId() : null;
    if (!id) throw new Error('Invalid argument: trigger');
    const user = this.owner();
    updateJson(this.ctx, this.ctx.google.triggers, emptyFile(), (file) => {
      // A user can delete only their own triggers (Google lists no one else's).
      file.triggers = (file.triggers ?? []).filter((t) => t.id !== id || t.user !== user);
    });
  }

  getService(): Service {
    return new Service(this.ctx.options.webAppUrl ?? '');
  }

  getScriptId(): string {
    return createHash('sha256').update(this.ctx.google.home).digest('base64url').slice(0, 57);
  }

  /** "Gets the OAuth 2.0 access token for the effective user" (oauth-token.ts); UrlFetchApp's emulated Drive endpoints accept it. */
  getOAuthToken(): string {
    return oauthTokenOf(this.ctx, this.scopes);
  }

  getAuthorizationInfo(_authMode?: string | GoogleAppsScript.Script.AuthMode): AuthorizationInfo {
    return new AuthorizationInfo();
  }
}

// Compile-time: ScriptApp keeps to Apps Script's ScriptApp (see ../conformance.ts).
type _ScriptAppConforms = Assert<Conforms<ScriptApp, GoogleAppsScript.Script.ScriptApp>>;

export function createScriptApp(ctx: ServiceContext, scopes?: ReadonlySet<string>): ScriptApp {
  return new ScriptApp(ctx, scopes);
}
