/**
 * ScriptApp: the project's installable triggers (one file for the whole
 * add-on project, state.ts), the script's enums, and the preview's web app URL.
 *
 * The service lives in ./script-app/, one module per Apps Script class:
 *   script-app.ts ScriptApp, trigger.ts Trigger, trigger-builder.ts TriggerBuilder,
 *   clock-trigger-builder.ts ClockTriggerBuilder,
 *   spreadsheet-trigger-builder.ts SpreadsheetTriggerBuilder, service.ts Service,
 *   authorization-info.ts AuthorizationInfo;
 * and what they share: enums.ts, triggers-file.ts (the installed triggers).
 */
export { createScriptApp, TOO_MANY_TIME_TRIGGERS } from './script-app/script-app';







export { readTriggers, type TriggerRecord } from './script-app/triggers-file';
