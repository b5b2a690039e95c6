/**
 * Shared shapes of the local Apps Script emulator. Service classes are plain
 * host-realm classes; the membrane (membrane.ts) converts values between the
 * vm context that runs dist/Code.js and the host, and counts every call.
 *
 * Rules for service classes:
 *  - every object the bundle can receive has a string property `gasType`
 *    naming its Apps Script class ('Range', 'Sheet', 'MailApp', ...): the
 *    membrane counts calls as `${gasType}.${method}` and wraps such objects;
 *  - no `#private` fields (a Proxy cannot reach them): use `private` / `_x`;
 *  - values returned are host values (host Date, arrays, plain objects); the
 *    membrane turns them into the context's own Date/Array/Object;
 *  - throw `new Error(message)` with Apps Script's own wording where the
 *    real service throws.
 */

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

/**
 * How an execution started, which decides what exists in it (PLATFORM.md,
 * "Where an add-on runs"):
 *  - menu: a menu item, or a call from the sidebar or a dialog: the active
 *    spreadsheet, a document lock, the user's identity, 6 minutes;
 *  - simple: onOpen/onEdit (AuthMode.LIMITED or NONE): the active spreadsheet,
 *    no service that needs authorization, identity '', 30 seconds;
 *  - trigger: an add-on's installable time-driven trigger: no active
 *    spreadsheet (open it by id), a null document lock, no document
 *    properties, runs as the trigger's owner, 6 minutes;
 *  - webapp: doGet and the calls from its page: no active spreadsheet, a null
 *    document lock, no document properties, the visiting user.
 */
export type ExecutionKind = 'menu' | 'simple' | 'trigger' | 'webapp';

/** Which of Google's quotas apply (PLATFORM.md "Limits"); consumer is the stricter. */
export type AccountKind = 'consumer' | 'workspace';

export interface EmulatorOptions {
  /** The .xlsx workbook the spreadsheet lives in. */
  workbookPath: string;
  /** Email of the user running (Session.getActiveUser); '' for none. */
  user: string;
  /** Where MailApp writes .eml files (ignored with smtpUrl). */
  outboxDir: string;
  /** smtp://host:port: deliver there instead of writing .eml files. */
  smtpUrl?: string;
  /** Where DocumentApp/DriveApp write .docx and other files. */
  docsDir: string;
  /** MailApp's daily recipient quota (default: the account's, 100 consumer / 1,500 Workspace). */
  mailQuota?: number;
  /** Google Docs a user may create a day (default: the account's, 250 consumer / 1,500 Workspace). */
  documentsQuota?: number;
  /** How the execution started (default menu). */
  execution?: ExecutionKind;
  /** Which quotas apply (default consumer). */
  account?: AccountKind;
  /**
   * The emulated Google side shared by every workbook of one add-on project:
   * script properties, triggers, users' properties and quotas, documents'
   * properties and locks. Default: `.lodesk-google/` in the workbook's folder
   * (or $LODESK_GOOGLE_HOME), so workbooks side by side are one project.
   */
  googleHome?: string;
  /** Fixed "now" for the execution (lo-desk remind --now). */
  now?: Date;
  /** Authorization mode of the execution (default FULL). */
  authMode?: AuthModeName;
  /** Session.getActiveUserLocale() (default 'en'). */
  locale?: string;
  /** Who the script runs as (Session.getEffectiveUser, MailApp's sender); default `user`. */
  effectiveUser?: string;
  /** ScriptApp.getService().getUrl(): the preview's web app URL ('' when none). */
  webAppUrl?: string;
  /** Folder with the built HTML files, for HtmlService.createHtmlOutputFromFile. */
  distDir?: string;
  /**
   * Test hook: the execution "dies" at the first call of this method (e.g.
   * 'MailApp.sendEmail'), or at its n-th ('Drive.Files.create#3' is written
   * 'Files.create#3'), as when Apps Script stops a script at its time
   * limit: that call and every later service call throw.
   */
  killAt?: string;
  /**
   * Test hook: the n-th Drive upload through UrlFetchApp in the execution
   * answers this HTTP status (e.g. { 3: 429, 5: 503 }) without reaching Drive.
   * (killAt 'DriveUpload#n' kills the execution at the n-th upload itself.)
   */
  uploadFaults?: Record<number, number>;
  /**
   * Test hook: at the first call of `at` (e.g. 'LockService.getDocumentLock'),
   * the execution waits until `parties` executions have reached that point
   * (files in `dir`), so concurrency tests make two executions overlap for
   * certain instead of by luck. Also read from $LODESK_RENDEZVOUS (JSON).
   */
  rendezvous?: { at: string; dir: string; parties: number };
  /** Print Logger/console output of the bundle to stderr. */
  verbose?: boolean;
}

/** What the emulator records about the UI during one execution. */
export interface UiRecord {
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  toasts: { message: string; title: string }[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string; width?: number; height?: number }[];
  alerts: string[];
}

export class Stats {
  readonly byMethod: Record<string, number> = {};
  total = 0;
  /** Milliseconds spent inside emulated services (emulator cost, not the bundle's own work). */
  serviceMs = 0;
  /** Executions run. */
  executions = 0;
  /** HTTP requests sent through UrlFetchApp.fetchAll (each counted once, whatever the batch). */
  fetchRequests = 0;
  /** Predicted Google time of every execution (modelled calls, start-up and the bundle's own time). */
  googleMs = 0;
  /** The modelled part of googleMs (start-ups and calls): the same on every machine. */
  chargedMs = 0;
  /** Cells read or written by Range, RangeList and advanced Sheets calls (what per-cell costs are charged on). */
  cells = 0;
  /** Per method: the cells moved and the modelled Google milliseconds charged (for the bench's breakdown). */
  readonly cellsByMethod: Record<string, number> = {};
  readonly msByMethod: Record<string, number> = {};
  count(key: string): void {
    this.byMethod[key] = (this.byMethod[key] ?? 0) + 1;
    this.total++;
  }
  reset(): void {
    for (const k of Object.keys(this.byMethod)) delete this.byMethod[k];
    this.total = 0;
    this.serviceMs = 0;
    this.executions = 0;
    this.fetchRequests = 0;
    this.googleMs = 0;
    this.chargedMs = 0;
    this.cells = 0;
    for (const k of Object.keys(this.cellsByMethod)) delete this.cellsByMethod[k];
    for (const k of Object.keys(this.msByMethod)) delete this.msByMethod[k];
  }
  /** One call's modelled cost and the cells it moved. */
  charge(key: string, ms: number, cells: number): void {
    this.chargedMs += ms;
    this.msByMethod[key] = (this.msByMethod[key] ?? 0) + ms;
    if (cells) {
      this.cells += cells;
      this.cellsByMethod[key] = (this.cellsByMethod[key] ?? 0) + cells;
    }
  }
}
