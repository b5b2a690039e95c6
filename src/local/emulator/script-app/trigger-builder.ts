/** TriggerBuilder: what ScriptApp.newTrigger(handler) gives, before the kind of trigger is chosen. */
import type { Assert, Conforms } from '../conformance';
import { ClockTriggerBuilder } from './clock-trigger-builder';
import type { ScriptApp } from './script-app';
import { SpreadsheetTriggerBuilder } from './spreadsheet-trigger-builder';

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

// Compile-time: TriggerBuilder keeps to Apps Script's TriggerBuilder (see ../conformance.ts).
type _TriggerBuilderConforms = Assert<Conforms<TriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>>;
