/**
 * HtmlService: pages are the inlined HTML files of dist/.
 *
 * There is deliberately no createTemplateFromFile: the product serves its
 * bundled pages as they are, and a call to it must fail here as a bug.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../state';
import { SandboxMode, XFrameOptionsMode } from './enums';
import { HtmlOutput } from './html-output';

export class HtmlService {
  readonly gasType = 'HtmlService';
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly SandboxMode = SandboxMode;

  constructor(private readonly ctx: ServiceContext) {}

  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(html === undefined || html === null ? '' : String(html));
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

export function createHtmlService(ctx: ServiceContext): HtmlService {
  return new HtmlService(ctx);
}
