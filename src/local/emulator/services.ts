/**
 * Assembles the emulated Apps Script services for one execution: the globals
 * the bundle sees, and the work that must finish after the synchronous call
 * (mail delivery, .docx files, lock release), in that order.
 */
import { createAdvancedDrive } from './advanced-drive';
import { createAdvancedSheets, type WriteRecorder } from './advanced-sheets';
import { createDocumentApp } from './document';
import { createDriveApp, MimeType } from './drive';
import { createHtmlService } from './html-service';
import { createLockService } from './lock';
import { createMailApp } from './mail';
import { createPropertiesService } from './properties';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { createUrlFetchApp } from './url-fetch';
import { createSpreadsheetApp, type WorkbookHolder } from './spreadsheet';
import type { GoogleClock } from './google-clock';
import { createServiceContext, type ServiceContext } from './state';
import type { EmulatorOptions, UiRecord } from './types';
import { createLogger, createUtilities } from './utilities';
import { Workbook } from './workbook';

export interface ServiceSet {
  globals: Record<string, object>;
  ctx: ServiceContext;
  /** Finishes the execution's asynchronous work; returns one line per problem. */
  commit(): Promise<string[]>;
}

export function createServices(args: {
  options: EmulatorOptions;
  /** The workbook, or the holder of an execution's live view of it (live-workbook.ts). */
  workbook: Workbook | WorkbookHolder;
  ui: UiRecord;
  /** The execution's Google clock. */
  clock?: GoogleClock;
  /** Called when the execution flushes or takes a lock (the workbook's sync). */
  onSync?: (reason: 'lock' | 'flush') => void;
  /** Records a write the advanced Sheets service made (the live workbook's journal). */
  recordWrite?: WriteRecorder;
  /** The scopes the user granted (the manifest's): what ScriptApp.getOAuthToken's token may do. */
  scopes?: ReadonlySet<string>;
}): ServiceSet {
  const execution = args.options.execution ?? 'menu';
  const bound = execution === 'menu' || execution === 'simple';
  const holder: WorkbookHolder = args.workbook instanceof Workbook ? { wb: args.workbook } : args.workbook;
  const ctx = createServiceContext(args.options, { clock: args.clock, documentId: bound ? holder.wb.id : null, onSync: args.onSync });
  const mail = createMailApp(ctx);
  const documents = createDocumentApp(ctx);
  const locks = createLockService(ctx);
  const spreadsheetApp = createSpreadsheetApp({
    workbook: holder,
    ui: args.ui,
    activeSpreadsheet: bound,
    locale: args.options.locale,
    onFlush: () => ctx.onSync?.('flush'),
  });
  const drive = createAdvancedDrive(ctx, documents);
  const scopes = args.scopes ?? new Set<string>();
  const globals: Record<string, object> = {
    SpreadsheetApp: spreadsheetApp,
    MailApp: mail,
    DocumentApp: documents,
    DriveApp: createDriveApp(ctx),
    Drive: drive,
    // The API reaches the workbook by its id, active or not (as openById does).
    Sheets: createAdvancedSheets(ctx, () => spreadsheetApp._spreadsheet(), args.recordWrite),
    PropertiesService: createPropertiesService(ctx),
    LockService: locks,
    ScriptApp: createScriptApp(ctx, scopes),
    UrlFetchApp: createUrlFetchApp(ctx, drive.Files, scopes),
    Session: createSession(ctx),
    Utilities: createUtilities(ctx),
    HtmlService: createHtmlService(ctx),
    Logger: createLogger(ctx),
    MimeType,
  };
  return {
    globals,
    ctx,
    async commit() {
      const problems: string[] = [];
      // Documents before mail: a message may link to a document just written.
      problems.push(...(await documents.commit()));
      problems.push(...(await mail.commit()));
      // Apps Script releases an execution's locks when it ends.
      problems.push(...(await locks.commit()));
      return problems;
    },
  };
}
