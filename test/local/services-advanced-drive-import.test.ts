/**
 * Content imported as a Google Doc through the advanced Drive service: what
 * Google takes (a .docx or text/html into application/vnd.google-apps.document,
 * created or updated in place) and refuses (other content types, a file Word
 * could not open, media over the multipart upload's 5 MB, a document over 1.02
 * million characters, past the day's documents); the uploaded .docx kept as
 * the file, or the real .docx written from the HTML.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { createAdvancedDrive, type DriveFileResource } from '../../src/local/emulator/advanced-drive';
import { MAX_MULTIPART_BYTES } from '../../src/local/emulator/advanced-drive/doc-media';
import { createDocumentApp } from '../../src/local/emulator/document';
import { readModel } from '../../src/local/emulator/document/persistence';
import { DOCUMENTS_EXCEEDED } from '../../src/local/emulator/quotas';
import { Blob } from '../../src/local/emulator/utilities';
import { buildAll } from '../../src/core/documents';
import { docModel } from '../core/fixtures/documents';
import { docxOf, docxParts, docxRuns, docxXml, documentText } from '../helpers/docx';
import { sandbox, type Sandbox } from './services-helpers';

const DOC = 'application/vnd.google-apps.document';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
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

  test('refuses a Google Doc from anything but a .docx or text/html, media over 5 MB, and more than 1.02 million characters', () => {
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

  test('the HTML import is strict: an @page rule turns no page and makes no footer (Google documents neither)', async () => {
    const ctx = box.ctx();
    const docs = createDocumentApp(ctx);
    const drive = createAdvancedDrive(ctx, docs);
    const page = '<!DOCTYPE html><html><head><style>@page { size: A4 landscape; @bottom-center { content: "Confidential " counter(page); } }</style></head><body><p>x</p></body></html>';
    const file = drive.Files.create({ name: 'x', mimeType: DOC }, new Blob(Buffer.from(page), 'text/html', 'x.html'), { fields: 'id,webViewLink' });
    expect(readModel(ctx, String(file.id))?.page).toBeUndefined();
    expect(await docs.commit()).toEqual([]);
    expect(await docxXml(onDisk(file))).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(await docxParts(onDisk(file), /^word\/footer\d*\.xml$/)).not.toContain('Confidential');
  });
});

describe('Drive.Files conversion of a .docx into a Google Doc', () => {
  test('the uploaded .docx is kept as the document, byte for byte: landscape, footer with a PAGE field, header rows, Thai in Sarabun', async () => {
    const ctx = box.ctx();
    const docs = createDocumentApp(ctx);
    const drive = createAdvancedDrive(ctx, docs);
    const manifest = buildAll(docModel('th'), { kinds: ['transport_manifest'] })[0];
    const bytes = docxOf(manifest);
    const file = drive.Files.create({ name: 'Manifest', mimeType: DOC, appProperties: { lodeskKey: manifest.key } }, new Blob(bytes, DOCX, 'm.docx'), {
      fields: 'id,mimeType,webViewLink,appProperties',
    });
    expect(file).toMatchObject({ mimeType: DOC, appProperties: { lodeskKey: manifest.key } });
    // Kept now (Drive holds it once the call returns), not through DocumentApp's commit, and with no model beside it.
    expect(readFileSync(onDisk(file))).toEqual(bytes);
    expect(readModel(ctx, String(file.id))).toBeNull();
    expect(() => docs.openById(String(file.id))).toThrow(/not emulated locally: it was made from an uploaded \.docx/);
    expect(await docs.commit()).toEqual([]);
    const xml = await docxXml(onDisk(file));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(manifest.blocks.filter((b) => b.type === 'table').length);
    expect(await docxParts(onDisk(file), /^word\/footer\d*\.xml$/)).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    const plate = docxRuns(xml).find((r) => r.text.includes('กข 1234'));
    expect(plate?.props).toMatch(/<w:lang [^>]*w:bidi="th-TH"/);

    // An update replaces the file's content in place: same id, same place; an HTML model left before is dropped.
    const brief = buildAll(docModel('en'), { kinds: ['lo_brief'] })[0];
    const updated = drive.Files.update({ name: 'Brief' }, String(file.id), new Blob(docxOf(brief), DOCX, 'b.docx'), { fields: 'id,webViewLink' });
    expect(updated.id).toBe(file.id);
    expect(await documentText(onDisk(updated))).toContain(brief.title);
    // Imported from HTML and replaced by a .docx in one execution: the HTML's model is dropped, and commit does not write it over the .docx.
    const fromHtml = drive.Files.create({ name: 'h', mimeType: DOC }, html('<p>old</p>'), { fields: 'id,webViewLink' });
    expect(readModel(ctx, String(fromHtml.id))).not.toBeNull();
    drive.Files.update({}, String(fromHtml.id), new Blob(docxOf(brief), DOCX, 'b.docx'));
    expect(readModel(ctx, String(fromHtml.id))).toBeNull();
    expect(await docs.commit()).toEqual([]);
    expect(await documentText(onDisk(fromHtml))).toContain(brief.title);
  });

  test('refuses what is not a .docx Word could open, as a conversion that fails, and makes nothing', () => {
    const drive = createAdvancedDrive(box.ctx());
    const create = (bytes: Buffer) => () => drive.Files.create({ name: 'x', mimeType: DOC }, new Blob(bytes, DOCX, 'x.docx'));
    expect(create(Buffer.from('<html>not a zip</html>'))).toThrow(/could not be converted to a Google Doc: The file is not a zip/);
    const zipOf = (entries: Record<string, string>) => Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)]))));
    expect(create(zipOf({ '[Content_Types].xml': '<Types/>' }))).toThrow(/has no word\/document\.xml/);
    const cut = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document xmlns:w="x"><w:body>' });
    expect(create(cut)).toThrow(/word\/document\.xml is not well-formed XML/);
    // A part is parsed once per process (by its bytes): the same part again gets the same refusal.
    expect(create(cut)).toThrow(/word\/document\.xml is not well-formed XML/);
    expect(create(zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<html/>' }))).toThrow(/not WordprocessingML's w:document/);
    expect((drive.Files.list({ q: 'trashed = false', fields: 'files(id)' }).files as unknown[]).length).toBe(0);
  });
});
