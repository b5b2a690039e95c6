/** Trigger: one installed trigger, as getProjectTriggers lists it. */
import type { Assert, Conforms } from '../conformance';
import type { TriggerRecord } from './triggers-file';

export class Trigger {
  readonly gasType = 'Trigger';

  constructor(readonly _record: TriggerRecord) {}

  getUniqueId(): string {
    return this._record.id;
  }

  getHandlerFunction(): string {
    return this._record.handler;
  }

  getEventType(): string {
    return this._record.eventType;
  }

  getTriggerSource(): string {
    return this._record.source;
  }

  getTriggerSourceId(): string | null {
    return this._record.sourceId;
  }
}

// Compile-time: Trigger keeps to Apps Script's Trigger (see ../conformance.ts).
type _TriggerConforms = Assert<Conforms<Trigger, GoogleAppsScript.Script.Trigger>>;
