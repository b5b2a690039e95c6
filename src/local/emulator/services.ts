/**
 * Assembles the emulated Apps Script services for one execution: the globals
 * the bundle sees, and the work that must finish after the synchronous call
 * (mail delivery, .docx files, lock release), in that order.
 */
import { createAdvancedDrive } from './advanced-drive';
import { createDocumentApp } from './document';
import { createDriveApp, MimeType } from './drive';
import { createHtmlService } from './html-service';
import { createLockService } from './lock';
import { createMailApp } from './mail';
import { createPropertiesService } from './properties';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { createSpreadsheetApp } from './spreadsheet';
import { createServiceContext } from './state';
import type { EmulatorOptions, UiRecord } from './types';
import { createLogger, createUtilities } from './utilities';
import type { Workbook } from './workbook';

export interface ServiceSet {
  globals: Record<string, object>;
  /** Finishes the execution's asynchronous work; returns one line per problem. */
  commit(): Promise<string[]>;
}

export function createServices(args: {
  options: EmulatorOptions;
  workbook: Workbook;
  ui: UiRecord;
  activeSpreadsheet: boolean;
}): ServiceSet {
  const ctx = createServiceContext(args.options);
  const mail = createMailApp(ctx);
  const documents = createDocumentApp(ctx);
  const locks = createLockService(ctx);
  const globals: Record<string, object> = {
    SpreadsheetApp: createSpreadsheetApp({
      workbook: args.workbook,
      ui: args.ui,
      activeSpreadsheet: args.activeSpreadsheet,
      locale: args.options.locale,
    }),
    MailApp: mail,
    DocumentApp: documents,
    DriveApp: createDriveApp(ctx),
    Drive: createAdvancedDrive(ctx),
    PropertiesService: createPropertiesService(ctx),
    LockService: locks,
    ScriptApp: createScriptApp(ctx),
    Session: createSession(ctx),
    Utilities: createUtilities(ctx),
    HtmlService: createHtmlService(ctx),
    Logger: createLogger(ctx),
    MimeType,
  };
  return {
    globals,
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
