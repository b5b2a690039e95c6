/**
 * The project's installable triggers: one file for the whole add-on project
 * (ServiceContext.google.triggers), read by ScriptApp, the runner and the CLI.
 */
import { readJson, type ServiceContext } from '../state';

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

export interface TriggersFile {
  triggers: TriggerRecord[];
}

export const emptyFile = (): TriggersFile => ({ triggers: [] });

/** Every installed trigger of the project, for the runner and the CLI. */
export function readTriggers(ctx: Pick<ServiceContext, 'google'>): TriggerRecord[] {
  return readJson(ctx.google.triggers, emptyFile()).triggers ?? [];
}
