/**
 * HtmlService: pages are the inlined HTML files of dist/.
 *
 * There is deliberately no createTemplateFromFile: the product serves its
 * bundled pages as they are, and a call to it must fail here as a bug.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';
import { blobBuffer, blobOf, type BlobLike, type BlobSourceLike } from '../utilities';
import { SandboxMode, XFrameOptionsMode } from './enums';
import { HtmlOutput } from './html-output';

export class HtmlService {
  readonly gasType = 'HtmlService';
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly SandboxMode = SandboxMode;

  constructor(private readonly ctx: ServiceContext) {}

  /** createHtmlOutput(), createHtmlOutput(html) or createHtmlOutput(blob): a BlobSource's content read as UTF-8. */
  createHtmlOutput(html?: string | BlobLike | BlobSourceLike): HtmlOutput {
    if (html === undefined || html === null) return new HtmlOutput('');
    const blob = typeof html === 'object' ? blobOf(html) : null;
    return new HtmlOutput(blob ? blobBuffer(blob).toString('utf8') : String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const distDir = this.ctx.options.distDir;
    if (!distDir) throw new Error('The emulator needs options.distDir to serve HTML files (the dist/ folder of the build).');
    // A name is a file of the project, never a path out of it.
    if (!name || /[\\/]|^\.\.?$/.test(name)) throw new Error(`No HTML file named ${name} was found.`);
    let content: string;
    try {
      content = readFileSync(path.join(distDir, `${name}.html`), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`No HTML file named ${name} was found.`);
      throw err;
    }
    return new HtmlOutput(content);
  }
}

// Compile-time: HtmlService keeps to Apps Script's HtmlService (see ../conformance.ts).
type _HtmlServiceConforms = Assert<Conforms<HtmlService, GoogleAppsScript.HTML.HtmlService>>;

export function createHtmlService(ctx: ServiceContext): HtmlService {
  return new HtmlService(ctx);
}
