/**
 * HTML imported as a Google Doc through the advanced Drive service: what
 * Google takes (text/html into application/vnd.google-apps.document, created
 * or updated in place) and refuses (other content types, media over the
 * multipart upload's 5 MB, a document over 1.02 million characters, past
 * the day's documents), and the real .docx written from it.
 */
import { fileURLToPath } from 'node:url';
import { createAdvancedDrive, type DriveFileResource } from '../../src/local/emulator/advanced-drive';
import { MAX_MULTIPART_BYTES } from '../../src/local/emulator/advanced-drive/doc-media';
import { createDocumentApp } from '../../src/local/emulator/document';
import { readModel } from '../../src/local/emulator/document/persistence';
import { DOCUMENTS_EXCEEDED } from '../../src/local/emulator/quotas';
import { Blob } from '../../src/local/emulator/utilities';
import { buildAll } from '../../src/core/documents';
import { docHtml } from '../../src/core/documents/html';
import { docModel } from '../core/fixtures/documents';
import { docxParts, docxRuns, docxXml, documentText } from '../helpers/docx';
import { sandbox, type Sandbox } from './services-helpers';

const DOC = 'application/vnd.google-apps.document';
const html = (body: string) => new Blob(Buffer.from(`<!DOCTYPE html><html><head><style>p{}</style></head><body>${body}</body></html>`), 'text/html', 'x.html');
const onDisk = (f: DriveFileResource) => fileURLToPath(String(f.webViewLink).replace(/#.*$/, ''));

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

describe('Drive.Files import of HTML as a Google Doc', () => {
  test('create imports the page; update puts new content into the same file; the .docx follows at commit', async () => {
    const ctx = box.ctx();
    const docs = createDocumentApp(ctx);
    const drive = createAdvancedDrive(ctx, docs);
    const body =
      '<h1>Brief &lt;b&gt;</h1><p>Guest: <b>=1+1</b> <span lang="th" style="font-family: \'Sarabun\', sans-serif">สมชาย ใจดี</span></p>' +
      '<table><colgroup><col style="width: 70%"><col style="width: 30%"></colgroup><thead><tr><th>Name</th><th>Time</th></tr></thead>' +
      '<tbody><tr><td>A</td><td>07:05</td></tr></tbody></table><ul><li>one</li><li>two</li></ul>';
    const file = drive.Files.create({ name: 'Brief', mimeType: DOC, appProperties: { lodeskKey: 'lo_brief:LO1' } }, html(body), {
      fields: 'id,mimeType,webViewLink,appProperties',
    });
    expect(file).toMatchObject({ mimeType: DOC, appProperties: { lodeskKey: 'lo_brief:LO1' } });
    expect(readModel(ctx, String(file.id))?.body.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'listItem', 'listItem']);
    expect(await docs.commit()).toEqual([]);
    const text = await documentText(onDisk(file));
    expect(text).toContain('Brief <b>');
    expect(text).toContain('Guest: =1+1 สมชาย ใจดี');
    const xml = await docxXml(onDisk(file));
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('w:w="3500"'); // 70 % in fiftieths of a percent
    const thai = docxRuns(xml).find((r) => r.text.includes('สมชาย'))!;
    expect(thai.props).toMatch(/w:bidi="th-TH"/);
    expect(thai.props).toMatch(/w:cs="Sarabun"/);

    const later = createDocumentApp(box.ctx());
    const updated = createAdvancedDrive(box.ctx(), later).Files.update({ name: 'Brief v2' }, String(file.id), html('<p>Second version</p>'), {
      fields: 'id,webViewLink,appProperties',
    });
    expect(updated.id).toBe(file.id);
    expect(updated.appProperties).toEqual({ lodeskKey: 'lo_brief:LO1' });
    expect(await later.commit()).toEqual([]);
    expect(await documentText(onDisk(updated))).toBe('Second version');
  });

  test('refuses a Google Doc from anything but text/html, media over 5 MB, and more than 1.02 million characters', () => {
    const drive = createAdvancedDrive(box.ctx());
    expect(() => drive.Files.create({ name: 'x', mimeType: DOC }, new Blob(Buffer.from('x'), 'application/pdf'))).toThrow(/not emulated/);
    const big = new Blob(Buffer.alloc(MAX_MULTIPART_BYTES + 1, 0x61), 'text/html');
    expect(() => drive.Files.create({ name: 'x', mimeType: DOC }, big)).toThrow(/5 MB or less/);
    const long = html(`<p>${'ก'.repeat(1_020_001)}</p>`);
    expect(() => drive.Files.create({ name: 'x', mimeType: DOC }, long)).toThrow(/at most 1,020,000/);
    // Nothing was made by the refused calls.
    expect((drive.Files.list({ q: 'trashed = false', fields: 'files(id)' }).files as unknown[]).length).toBe(0);
  });

  test("counts each new Google Doc against the day's documents, as DocumentApp.create does", () => {
    const ctx = box.ctx({ documentsQuota: 1 });
    const drive = createAdvancedDrive(ctx);
    const one = drive.Files.create({ name: 'one', mimeType: DOC }, html('<p>1</p>'), { fields: 'id,webViewLink' });
    expect(() => drive.Files.create({ name: 'two', mimeType: DOC }, html('<p>2</p>'))).toThrow(DOCUMENTS_EXCEEDED);
    expect(() => createDocumentApp(ctx).create('three')).toThrow(DOCUMENTS_EXCEEDED);
    // Updating a document creates none.
    expect(() => drive.Files.update({}, String(one.id), html('<p>1 again</p>'))).not.toThrow();
  });

  test("a document's page set-up reaches the .docx: the manifest's landscape section, a footer with a real PAGE field, repeated header rows", async () => {
    const ctx = box.ctx();
    const docs = createDocumentApp(ctx);
    const drive = createAdvancedDrive(ctx, docs);
    const built = buildAll(docModel('en'), { kinds: ['transport_manifest'] })[0];
    const manifest = { ...built, footer: [{ text: 'Confidential "<x>" · page ' }, { text: '#', field: 'page' as const }] };
    const file = drive.Files.create({ name: 'Manifest', mimeType: DOC }, new Blob(Buffer.from(docHtml(manifest)), 'text/html', 'm.html'), { fields: 'id,webViewLink' });
    expect(readModel(ctx, String(file.id))?.page).toEqual({ landscape: true, footer: [{ text: 'Confidential "<x>" · page ' }, { field: 'PAGE' }] });
    expect(await docs.commit()).toEqual([]);
    const xml = await docxXml(onDisk(file));
    // A4 turned: wider than high, and said to be landscape.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // Each table's <thead> row repeats on every page.
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(built.blocks.filter((b) => b.type === 'table').length);
    const footer = await docxParts(onDisk(file), /^word\/footer\d*\.xml$/);
    expect(footer).toContain('Confidential &quot;&lt;x&gt;&quot; · page ');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    // Thai (the van's plate) is Thai in Sarabun.
    const plate = docxRuns(xml).find((r) => r.text.includes('กข 1234'));
    expect(plate?.props).toMatch(/w:ascii="Sarabun"/);
    expect(plate?.props).toMatch(/<w:lang [^>]*w:bidi="th-TH"/);
  });

  test("a Thai LO brief's .docx: portrait, the confidentiality line and a PAGE field in the footer, Thai runs in Thai and Sarabun, header rows repeated", async () => {
    const ctx = box.ctx();
    const docs = createDocumentApp(ctx);
    const drive = createAdvancedDrive(ctx, docs);
    const brief = buildAll(docModel('th'), { kinds: ['lo_brief'] }).find((d) => d.key === 'lo_brief:LO01')!;
    const file = drive.Files.create({ name: 'Brief', mimeType: DOC }, new Blob(Buffer.from(docHtml(brief)), 'text/html', 'b.html'), { fields: 'id,webViewLink' });
    expect(await docs.commit()).toEqual([]);
    const xml = await docxXml(onDisk(file));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(brief.blocks.filter((b) => b.type === 'table').length);
    const footer = await docxParts(onDisk(file), /^word\/footer\d*\.xml$/);
    expect(footer).toContain('ลับ: ข้อมูลสุขภาพสำหรับ LO และผู้จัดงานเท่านั้น · ');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/w:ascii="Sarabun"[\s\S]*w:bidi="th-TH"/);
    const thai = docxRuns(xml).filter((r) => /[\u0E00-\u0E7F]/.test(r.text));
    expect(thai.map((r) => r.text)).toContain('ข้อมูลสำหรับ');
    for (const r of thai) {
      expect(r.props).toMatch(/w:ascii="Sarabun"/);
      expect(r.props).toMatch(/w:bidi="th-TH"/);
    }
  });

  test('every kind of Thai document: each Thai run of its .docx is Thai in Sarabun', async () => {
    const ctx = box.ctx();
    const docs = createDocumentApp(ctx);
    const drive = createAdvancedDrive(ctx, docs);
    const built = buildAll(docModel('th'));
    const kinds = [...new Set(built.map((d) => d.kind))];
    expect(kinds).toEqual(['lo_brief', 'guest_itinerary', 'rooming_list', 'transport_manifest', 'daily_runsheet', 'dietary_list']);
    const files = kinds.map((k) => {
      const d = built.find((x) => x.kind === k)!;
      return drive.Files.create({ name: d.title, mimeType: DOC }, new Blob(Buffer.from(docHtml(d)), 'text/html', 'd.html'), { fields: 'id,webViewLink' });
    });
    expect(await docs.commit()).toEqual([]);
    for (const f of files) {
      const runs = docxRuns(await docxXml(onDisk(f))).filter((r) => /[\u0E00-\u0E7F]/.test(r.text));
      // Each Thai document's title is Thai.
      expect(runs.length).not.toBe(0);
      for (const r of runs) expect(r.props).toMatch(/w:ascii="Sarabun"[\s\S]*w:bidi="th-TH"/);
    }
  });
});
