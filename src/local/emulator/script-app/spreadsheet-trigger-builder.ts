/** SpreadsheetTriggerBuilder: an installable trigger on a spreadsheet's open, edit, change or form submit. */
import type { Assert, Conforms } from '../conformance';
import { EventType, TriggerSource } from './enums';
import type { ScriptApp } from './script-app';
import type { Trigger } from './trigger';

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

// Compile-time: SpreadsheetTriggerBuilder keeps to Apps Script's SpreadsheetTriggerBuilder (see ../conformance.ts).
type _SpreadsheetTriggerBuilderConforms = Assert<Conforms<SpreadsheetTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder>>;
