import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHtmlService } from '../../src/local/emulator/html-service';
import { Blob } from '../../src/local/emulator/utilities';
import { sandbox, type Sandbox } from './services-helpers';

let box: Sandbox;
let distDir: string;
beforeEach(() => {
  box = sandbox();
  distDir = path.join(box.dir, 'dist');
  mkdirSync(distDir);
  writeFileSync(path.join(distDir, 'Sidebar.html'), '<!doctype html><p>ด่วน <?= not a template ?></p>');
});
afterEach(() => box.cleanup());

describe('HtmlService', () => {
  test('createHtmlOutputFromFile serves the built file as it is', () => {
    const html = createHtmlService(box.ctx({ distDir }));
    const out = html.createHtmlOutputFromFile('Sidebar');
    expect(out.getContent()).toBe('<!doctype html><p>ด่วน <?= not a template ?></p>');
    expect(html.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe(out.getContent());
  });

  test('a missing file throws Apps Script wording', () => {
    const html = createHtmlService(box.ctx({ distDir }));
    expect(() => html.createHtmlOutputFromFile('Dashboard')).toThrow('No HTML file named Dashboard was found.');
    expect(() => html.createHtmlOutputFromFile('../secrets')).toThrow('No HTML file named ../secrets was found.');
  });

  test('HtmlOutput keeps title, size, frame mode and meta tags; no template API exists', () => {
    const html = createHtmlService(box.ctx({ distDir }));
    const out = html
      .createHtmlOutput('<b>x</b>')
      .setTitle('LO Desk')
      .setWidth(400)
      .setHeight(300)
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .setSandboxMode(html.SandboxMode.IFRAME)
      .addMetaTag('viewport', 'width=device-width, initial-scale=1');
    out.appendUntrusted('<script>');
    expect([out.getTitle(), out.getWidth(), out.getHeight(), out._xFrameOptionsMode()]).toEqual(['LO Desk', 400, 300, 'ALLOWALL']);
    expect(out.getContent()).toBe('<b>x</b>&#60;script&#62;');
    expect(out.getMetaTags()).toEqual([{ name: 'viewport', content: 'width=device-width, initial-scale=1' }]);
    expect(() => out.setWidth(-1)).toThrow(/width/);
    expect((html as unknown as Record<string, unknown>).createTemplateFromFile).toBeUndefined();
    // Apps Script's HtmlOutput has no getters for the modes: a script calling one fails here too.
    expect((out as unknown as Record<string, unknown>).getXFrameOptionsMode).toBeUndefined();
    expect((out as unknown as Record<string, unknown>).getSandboxMode).toBeUndefined();
  });

  test('createHtmlOutput(blob) takes the content of a Blob or any BlobSource', () => {
    const html = createHtmlService(box.ctx({ distDir }));
    const blob = new Blob(Buffer.from('<p>สวัสดี</p>', 'utf8'), 'text/html');
    expect(html.createHtmlOutput(blob).getContent()).toBe('<p>สวัสดี</p>');
    expect(html.createHtmlOutput(html.createHtmlOutput('<i>again</i>')).getContent()).toBe('<i>again</i>');
    expect(html.createHtmlOutput().getContent()).toBe('');
  });
});
