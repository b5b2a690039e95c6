/** PropertiesService: which store (script, document, user) an execution gets. */
import type { Assert, Conforms } from '../conformance';
import { effectiveUserOf } from '../session';
import type { ServiceContext } from '../state';
import { Properties } from './properties';

export class PropertiesService {
  readonly gasType = 'PropertiesService';

  constructor(private readonly ctx: ServiceContext) {}

  private allowed(method: string): void {
    // The membrane refuses NONE too; this keeps the service right when used without it.
    if ((this.ctx.options.authMode ?? 'FULL') === 'NONE') {
      throw new Error(`You do not have permission to call PropertiesService.${method}. Required permissions are not granted in AuthMode.NONE.`);
    }
  }

  /** One store for the whole project: every user, every spreadsheet. */
  getScriptProperties(): Properties {
    this.allowed('getScriptProperties');
    return new Properties(this.ctx, this.ctx.google.scriptProperties);
  }

  /** The containing document's store; null when the execution has none (trigger, web app). */
  getDocumentProperties(): Properties | null {
    this.allowed('getDocumentProperties');
    const id = this.ctx.documentId;
    return id ? new Properties(this.ctx, this.ctx.google.document(id).properties) : null;
  }

  /** The effective user's store, the same on every spreadsheet. */
  getUserProperties(): Properties {
    this.allowed('getUserProperties');
    return new Properties(this.ctx, this.ctx.google.user(effectiveUserOf(this.ctx)).properties);
  }
}

// Compile-time: PropertiesService keeps to Apps Script's PropertiesService (see ../conformance.ts).
type _PropertiesServiceConforms = Assert<Conforms<PropertiesService, GoogleAppsScript.Properties.PropertiesService>>;

export function createPropertiesService(ctx: ServiceContext): PropertiesService {
  return new PropertiesService(ctx);
}
