/**
 * The code only one run needs, loaded when that run starts. Apps Script
 * parses every script file of the project on every execution and every
 * google.script.run call, but reads an HTML file of the project only when
 * asked (as set-up reads its header notes, column-help.ts). So the
 * documents run and the reminders run are each built as their own bundle
 * into dist/part-<name>.html (scripts/build.mjs), and evaluated here once per
 * execution, on first use, with `new Function`. The part takes every module
 * it shares with dist/Code.js from Code.js (parts-shared.ts), so nothing
 * exists twice; its own strings (the i18n domain only it uses) it registers
 * when it is evaluated.
 *
 * Doubt: Google documents neither eval nor `new Function` for the V8 runtime,
 * for or against; both are standard V8, which the runtime is, and the
 * emulator runs the bundle in a node:vm context that allows them. If Google
 * ever refused code generation, these two runs would fail with that error at
 * their first use and the rest of the add-on would work.
 *
 * This module is the only one that reads code from an HTML file.
 */
import type * as DocumentsRun from './documents';
import type * as ReminderRun from './reminder-run';
import { partCode, partFile } from './part-file';
import { SHARED, SHARED_ID } from './parts-shared';

/** Each part's exports, by name. */
interface Parts {
  documents: typeof DocumentsRun;
  reminders: typeof ReminderRun;
}

const loaded: Partial<Parts> = {};

function load_<K extends keyof Parts>(name: K): Parts[K] {
  const have = loaded[name];
  if (have) return have;
  const code = partCode(HtmlService.createHtmlOutputFromFile(partFile(name)).getContent());
  if (code === undefined) throw new Error(`LO Desk is not installed completely: ${partFile(name)}.html holds no code. Build and push dist/ again.`);
  // The part is a function body: it checks SHARED_ID and returns its exports.
  const part = new Function('host', code)({ id: SHARED_ID, m: SHARED }) as Parts[K];
  loaded[name] = part;
  return part;
}

/** The documents run (documents.ts and everything only it uses). */
export function documentsRun_(): Parts['documents'] {
  return load_('documents');
}

/** The reminder run (reminder-run.ts and everything only it uses). */
export function reminderRun_(): Parts['reminders'] {
  return load_('reminders');
}
