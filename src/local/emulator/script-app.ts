/**
 * ScriptApp: the project's installable triggers (one file for the whole
 * add-on project, state.ts), the script's enums, and the preview's web app URL.
 *
 * LO Desk is an editor add-on, so the add-on rules apply: one trigger of each
 * event type per user per document, and time-driven triggers at most once an
 * hour. getUserTriggers(spreadsheet) lists the triggers whose source is that
 * spreadsheet; Google's documentation does not settle whether a time-driven
 * trigger counts, so (the stricter reading) it never does here: find a
 * time-driven trigger by its unique id in getProjectTriggers().
 */
import { createHash, randomInt } from 'node:crypto';
import { effectiveUserOf } from './session';
import { readJson, updateJson, type ServiceContext } from './state';

export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;
export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const;
export const WeekDay = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;

export const TOO_MANY_TIME_TRIGGERS = 'This add-on has created too many time-based triggers in this document for this Google user account.';

/** When a time-driven trigger runs, as its builder described it. */
export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  /** One-off: ISO instant (from at() or after()). */
  at?: string;
  timeZone?: string;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string | null;
  /** The user who installed it (triggers run as their creator). */
  user: string;
  /** The spreadsheet the add-on was used on when it was installed (null when none was open). */
  documentId: string | null;
  createdAt: string;
  schedule?: ClockSchedule;
}

interface TriggersFile {
  triggers: TriggerRecord[];
}

const emptyFile = (): TriggersFile => ({ triggers: [] });

/** Every installed trigger of the project, for the runner and the CLI. */
export function readTriggers(ctx: Pick<ServiceContext, 'google'>): TriggerRecord[] {
  return readJson(ctx.google.triggers, emptyFile()).triggers ?? [];
}

export class Trigger {
  readonly gasType = 'Trigger';

  constructor(readonly _record: TriggerRecord) {}

  getUniqueId(): string {
    return this._record.id;
  }

  getHandlerFunction(): string {
    return this._record.handler;
  }

  getEventType(): string {
    return this._record.eventType;
  }

  getTriggerSource(): string {
    return this._record.source;
  }

  getTriggerSourceId(): string | null {
    return this._record.sourceId;
  }
}

function newTriggerId(): string {
  // Apps Script's ids are long decimal strings.
  return `${randomInt(1, 10 ** 9)}${String(randomInt(0, 10 ** 9)).padStart(9, '0')}`;
}

function oneOf(n: unknown, allowed: number[], method: string): number {
  if (typeof n !== 'number' || !allowed.includes(n)) {
    throw new Error(`Invalid argument: ${method} takes one of ${allowed.join(', ')} (got ${String(n)}).`);
  }
  return n;
}

function wholeIn(n: unknown, lo: number, hi: number, what: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < lo || n > hi) {
    throw new Error(`Invalid argument: ${what} must be a whole number from ${lo} to ${hi} (got ${String(n)}).`);
  }
  return n;
}

export class ClockTriggerBuilder {
  readonly gasType = 'ClockTriggerBuilder';
  private readonly schedule: ClockSchedule = {};

  constructor(
    private readonly app: ScriptApp,
    private readonly handler: string,
  ) {}

  everyMinutes(n: number): ClockTriggerBuilder {
    this.schedule.everyMinutes = oneOf(n, [1, 5, 10, 15, 30], 'everyMinutes');
    return this;
  }

  everyHours(n: number): ClockTriggerBuilder {
    this.schedule.everyHours = oneOf(n, [1, 2, 4, 6, 8, 12], 'everyHours');
    return this;
  }

  everyDays(n: number): ClockTriggerBuilder {
    this.schedule.everyDays = wholeIn(n, 1, 365, 'everyDays');
    return this;
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    this.schedule.everyWeeks = wholeIn(n, 1, 52, 'everyWeeks');
    return this;
  }

  atHour(hour: number): ClockTriggerBuilder {
    this.schedule.atHour = wholeIn(hour, 0, 23, 'atHour');
    return this;
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    this.schedule.nearMinute = wholeIn(minute, 0, 59, 'nearMinute');
    return this;
  }

  onWeekDay(day: string): ClockTriggerBuilder {
    if (!Object.values(WeekDay).includes(day as never)) throw new Error(`Invalid argument: day (${String(day)})`);
    this.schedule.onWeekDay = day;
    return this;
  }

  onMonthDay(day: number): ClockTriggerBuilder {
    this.schedule.onMonthDay = wholeIn(day, 1, 31, 'onMonthDay');
    return this;
  }

  at(date: Date): ClockTriggerBuilder {
    if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
      throw new Error('Invalid argument: date');
    }
    this.schedule.at = date.toISOString();
    return this;
  }

  after(durationMilliseconds: number): ClockTriggerBuilder {
    const ms = wholeIn(durationMilliseconds, 0, Number.MAX_SAFE_INTEGER, 'after');
    this.schedule.at = new Date(this.app._now().getTime() + ms).toISOString();
    return this;
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    this.schedule.timeZone = String(timezone);
    return this;
  }

  create(): Trigger {
    const s = this.schedule;
    const recurring = s.everyMinutes ?? s.everyHours ?? s.everyDays ?? s.everyWeeks ?? s.onWeekDay ?? s.onMonthDay;
    if (recurring === undefined && s.at === undefined) {
      throw new Error('A time-based trigger needs a schedule (everyHours, everyDays, at, after, ...) before create().');
    }
    if (s.everyMinutes !== undefined) {
      throw new Error('Add-ons may use time-based triggers at most once an hour: everyMinutes is not allowed.');
    }
    return this.app._install({ handler: this.handler, eventType: EventType.CLOCK, source: TriggerSource.CLOCK, sourceId: null, schedule: { ...s } });
  }
}

export class SpreadsheetTriggerBuilder {
  readonly gasType = 'SpreadsheetTriggerBuilder';
  private eventType: string | null = null;

  constructor(
    private readonly app: ScriptApp,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}

  onOpen(): SpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_OPEN;
    return this;
  }

  onEdit(): SpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_EDIT;
    return this;
  }

  onChange(): SpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_CHANGE;
    return this;
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    this.eventType = EventType.ON_FORM_SUBMIT;
    return this;
  }

  create(): Trigger {
    if (!this.eventType) throw new Error('A spreadsheet trigger needs an event (onOpen, onEdit, onChange, onFormSubmit) before create().');
    return this.app._install({ handler: this.handler, eventType: this.eventType, source: TriggerSource.SPREADSHEETS, sourceId: this.sourceId });
  }
}

export class TriggerBuilder {
  readonly gasType = 'TriggerBuilder';

  constructor(
    private readonly app: ScriptApp,
    private readonly handler: string,
  ) {}

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.app, this.handler);
  }

  forSpreadsheet(sheet: string | { getId(): string }): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet && typeof sheet.getId === 'function' ? sheet.getId() : null;
    if (!id) throw new Error('Invalid argument: sheet (a Spreadsheet or its id)');
    return new SpreadsheetTriggerBuilder(this.app, this.handler, id);
  }
}

export class Service {
  readonly gasType = 'Service';

  constructor(private readonly url: string) {}

  getUrl(): string {
    return this.url;
  }

  isEnabled(): boolean {
    return this.url !== '';
  }
}

export class AuthorizationInfo {
  readonly gasType = 'AuthorizationInfo';

  getAuthorizationStatus(): string {
    return AuthorizationStatus.NOT_REQUIRED;
  }

  getAuthorizationUrl(): string | null {
    return null;
  }

  getAuthorizedScopes(): string[] {
    return [];
  }
}

export class ScriptApp {
  readonly gasType = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(private readonly ctx: ServiceContext) {}

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

  deleteTrigger(trigger: Trigger): void {
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

  getAuthorizationInfo(_authMode?: string): AuthorizationInfo {
    return new AuthorizationInfo();
  }
}

export function createScriptApp(ctx: ServiceContext): ScriptApp {
  return new ScriptApp(ctx);
}
