/** ClockTriggerBuilder: a time-driven trigger's schedule, checked as Apps Script checks it. */
import type { Assert, Conforms } from '../conformance';
import { EventType, TriggerSource, WeekDay } from './enums';
import type { ScriptApp } from './script-app';
import type { Trigger } from './trigger';
import type { ClockSchedule } from './triggers-file';

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

  /** The day as ScriptApp.WeekDay holds it here, a name (@types declares Apps Script's enum). */
  onWeekDay(day: string | GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    if (!Object.values(WeekDay).includes(day as never)) throw new Error(`Invalid argument: day (${String(day)})`);
    this.schedule.onWeekDay = day as string;
    return this;
  }

  onMonthDay(day: number): ClockTriggerBuilder {
    this.schedule.onMonthDay = wholeIn(day, 1, 31, 'onMonthDay');
    return this;
  }

  at(date: Date | GoogleAppsScript.Base.Date): ClockTriggerBuilder {
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

// Compile-time: ClockTriggerBuilder keeps to Apps Script's ClockTriggerBuilder (see ../conformance.ts).
type _ClockTriggerBuilderConforms = Assert<Conforms<ClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>>;
