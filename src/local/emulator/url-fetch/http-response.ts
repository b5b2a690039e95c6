/** HTTPResponse: what UrlFetchApp.fetch / fetchAll answer with (status, headers, body). */
import type { Assert, Conforms } from '../conformance';
import { Blob } from '../utilities';

export class HTTPResponse {
  readonly gasType = 'HTTPResponse';

  constructor(
    private readonly code: number,
    private readonly body: string,
    private readonly headers: Record<string, string> = { 'Content-Type': 'application/json; charset=UTF-8' },
  ) {}

  getResponseCode(): number {
    return this.code;
  }

  /** The body as text: the emulated endpoints answer UTF-8 JSON, so a charset changes nothing here. */
  getContentText(_charset?: string): string {
    return this.body;
  }

  getContent(): number[] {
    return [...Buffer.from(this.body, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
  }

  getBlob(): Blob {
    return new Blob(Buffer.from(this.body, 'utf8'), this.headers['Content-Type'] ?? 'application/octet-stream', null);
  }

  getHeaders(): Record<string, string> {
    return { ...this.headers };
  }

  getAllHeaders(): Record<string, string> {
    return { ...this.headers };
  }
}

// Compile-time: HTTPResponse keeps to Apps Script's HTTPResponse (see ../conformance.ts).
type _HTTPResponseConforms = Assert<Conforms<HTTPResponse, GoogleAppsScript.URL_Fetch.HTTPResponse>>;
