/**
 * Google's quotas and limits that bind LO Desk, for a consumer (gmail.com)
 * account and a Workspace one (PLATFORM.md "Limits"; Google, "Quotas for
 * Google services"). `--account` picks the column; consumer is the default
 * because it is the stricter.
 */
import type { AccountKind } from './types';

export interface AccountLimits {
  /** Email recipients a day (MailApp counts recipients, not messages). */
  mailRecipients: number;
  /** Documents created a day (DocumentApp.create, Drive imports of Docs). */
  documentsCreated: number;
  /** Time-driven trigger run time a day, in ms of Google time. */
  triggerRuntimeMs: number;
}

export const ACCOUNT_LIMITS: Record<AccountKind, AccountLimits> = {
  consumer: { mailRecipients: 100, documentsCreated: 250, triggerRuntimeMs: 90 * 60 * 1000 },
  workspace: { mailRecipients: 1500, documentsCreated: 1500, triggerRuntimeMs: 6 * 60 * 60 * 1000 },
};

/** One execution, in Google time. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** A simple trigger (onOpen, onEdit). */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;
/** Quotas reset 24 hours after first use, not at midnight. */
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Google's message when the day's documents are used up (DocumentApp.create, Drive imports as Docs). */
export const DOCUMENTS_EXCEEDED = 'Service invoked too many times for one day: docs create.';

/**
 * The Drive API's requests per minute per user (the advanced Drive service).
 * Google states it in quota units (325,000 a minute per user per project)
 * without a published price per method; the stricter older figure of 12,000
 * queries a minute per user is taken, each request counting one.
 */
export const DRIVE_API_PER_MINUTE = 12_000;
export const DRIVE_RATE_EXCEEDED = 'API call to drive failed with error: User rate limit exceeded';

/**
 * The Sheets API's requests a minute per user (the advanced Sheets service):
 * 60 reads and 60 writes, counted apart (COSTS.md [Q2]; 300 a project).
 */
export const SHEETS_API_PER_MINUTE = 60;
export const sheetsRateExceeded = (method: string, kind: 'Read' | 'Write') =>
  `API call to sheets.spreadsheets.${method} failed with error: Quota exceeded for quota metric '${kind} requests' and limit '${kind} requests per minute per user' of service 'sheets.googleapis.com'.`;
