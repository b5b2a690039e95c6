/** HtmlOutput: a page's HTML and what the page asked for (title, size, frame and sandbox modes, meta tags). */
import type { Assert, Conforms } from '../conformance';
import { Blob } from '../utilities';
import { SandboxMode, XFrameOptionsMode } from './enums';

export class HtmlOutput {
  readonly gasType = 'HtmlOutput';
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  private sandboxMode: string = SandboxMode.IFRAME;
  private faviconUrl: string | null = null;
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = String(content ?? '');
    return this;
  }

  append(addition: string): HtmlOutput {
    this.content += String(addition ?? '');
    return this;
  }

  /** Appends text escaped for HTML, as Apps Script does. */
  appendUntrusted(addition: string): HtmlOutput {
    this.content += String(addition ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this;
  }

  clear(): HtmlOutput {
    this.content = '';
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = String(title ?? '');
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setWidth(width: number): HtmlOutput {
    this.width = checkSize(width, 'width');
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setHeight(height: number): HtmlOutput {
    this.height = checkSize(height, 'height');
    return this;
  }

  /** The mode as HtmlService.XFrameOptionsMode holds it here, a name (@types declares Apps Script's enum). */
  setXFrameOptionsMode(mode: string | GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    if (!Object.values(XFrameOptionsMode).includes(mode as never)) throw new Error(`Invalid argument: mode (${String(mode)})`);
    this.xFrameOptionsMode = mode as string;
    return this;
  }

  /** What the page asked for, for the preview; Apps Script's HtmlOutput has no getter for it. */
  _xFrameOptionsMode(): string {
    return this.xFrameOptionsMode;
  }

  /** Apps Script ignores the mode today (everything is IFRAME); kept for what the page asked. */
  setSandboxMode(mode: string | GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    if (!Object.values(SandboxMode).includes(mode as never)) throw new Error(`Invalid argument: mode (${String(mode)})`);
    this.sandboxMode = mode as string;
    return this;
  }

  /** What the page asked for; Apps Script's HtmlOutput has no getter for it. */
  _sandboxMode(): string {
    return this.sandboxMode;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    // Apps Script accepts only a few meta names in served pages.
    const allowed = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];
    if (!allowed.includes(String(name))) throw new Error(`Meta tag ${String(name)} is not allowed.`);
    this.metaTags.push({ name: String(name), content: String(content ?? '') });
    return this;
  }

  getMetaTags(): { name: string; content: string }[] {
    return this.metaTags.map((t) => ({ ...t }));
  }

  setFaviconUrl(iconUrl: string): HtmlOutput {
    this.faviconUrl = String(iconUrl);
    return this;
  }

  getFaviconUrl(): string | null {
    return this.faviconUrl;
  }

  getBlob(): Blob {
    return new Blob(Buffer.from(this.content, 'utf8'), 'text/html', this.title ? `${this.title}.html` : null);
  }

  getAs(contentType: string): Blob {
    return this.getBlob().getAs(contentType);
  }
}

// Compile-time: HtmlOutput keeps to Apps Script's HtmlOutput (see ../conformance.ts).
type _HtmlOutputConforms = Assert<Conforms<HtmlOutput, GoogleAppsScript.HTML.HtmlOutput>>;

function checkSize(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) throw new Error(`Invalid argument: ${what} (a whole number of pixels)`);
  return n;
}
