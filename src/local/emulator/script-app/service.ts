/** Service (ScriptApp.getService()): the preview's web app URL, '' when there is none. */
import type { Assert, Conforms } from '../conformance';

export class Service {
  readonly gasType = 'Service';

  constructor(private readonly url: string) {}

  getUrl(): string {
    return this.url;
  }

  isEnabled(): boolean {
    return this.url !== '';
  }
}

// Compile-time: Service keeps to Apps Script's Service (see ../conformance.ts).
type _ServiceConforms = Assert<Conforms<Service, GoogleAppsScript.Script.Service>>;
