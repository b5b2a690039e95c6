import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { createDocumentApp, DOCUMENT_CLOSED, DOCUMENT_MISSING, GlyphType, ParagraphHeading } from '../../src/local/emulator/document';
import { createDriveApp } from '../../src/local/emulator/drive';
import { sandbox, type Sandbox } from './services-helpers';

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error(`${file} has no word/document.xml`);
  return xml;
}

describe('DocumentApp', () => {
  test('a created document is written at commit as a .docx with headings, bold, italic, links, lists and tables', async () => {
    const app = createDocumentApp(box.ctx());
    const doc = app.create('บัตรแขก Guest card');
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    body.getChild(0).asParagraph().setText('Guest card').setHeading(ParagraphHeading.TITLE);
    body.appendParagraph('ข้อมูลเที่ยวบิน').setHeading(ParagraphHeading.HEADING1);
    const p = body.appendParagraph('Hotel: ');
    p.editAsText().setBold(true);
    p.appendText('Grand Palace Hotel').setBold(false).setItalic(true);
    body.appendParagraph('Map').setLinkUrl('https://maps.example.org/hotel');
    body.appendListItem('Check the passport').setGlyphType(GlyphType.NUMBER);
    body.appendListItem('Call the driver').setNestingLevel(1);
    const table = body.appendTable([
      ['Flight', 'Arrives'],
      ['TG 971', '07:30'],
    ]);
    table.appendTableRow().appendTableCell('TG 972');
    body.appendHorizontalRule();
    body.appendPageBreak();
    expect(table.getNumRows()).toBe(3);
    expect(body.getNumChildren()).toBe(9);
    expect(body.getText()).toContain('Hotel: Grand Palace Hotel');
    expect(() => body.getChild(6).asParagraph()).toThrow('Cannot cast Table to Paragraph.');
    doc.saveAndClose();

    expect(await app.commit()).toEqual([]);
    const file = fileURLToPath(doc.getUrl());
    expect(path.dirname(file)).toBe(path.resolve(box.options.docsDir));
    expect(path.basename(file)).toBe('บัตรแขก Guest card.docx');
    const xml = await documentXml(file);
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*Guest card/s);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*ข้อมูลเที่ยวบิน/s);
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*Hotel: /s);
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*Grand Palace Hotel/s);
    expect(xml).not.toMatch(/<w:b\/>(?:(?!<\/w:r>).)*Grand Palace Hotel/s);
    expect(xml).toMatch(/<w:hyperlink[^>]*>.*Map/s);
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/>.*Check the passport/s);
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="1"\/>.*Call the driver/s);
    expect(xml).toMatch(/<w:tbl>.*TG 971.*07:30.*TG 972.*<\/w:tbl>/s);
    expect(xml).toContain('<w:br w:type="page"/>');
    const zip = await JSZip.loadAsync(readFileSync(file));
    const rels = await zip.file('word/_rels/document.xml.rels')?.async('string');
    expect(rels).toContain('https://maps.example.org/hotel');
  });

  test('a closed document refuses edits with Apps Script wording', () => {
    const doc = createDocumentApp(box.ctx()).create('Closed');
    doc.saveAndClose();
    expect(() => doc.getBody()).toThrow(DOCUMENT_CLOSED);
  });

  test('a later execution reopens a document by id, rewrites it, and the .docx follows', async () => {
    const first = createDocumentApp(box.ctx());
    const doc = first.create('Daily programme');
    doc.getBody().appendParagraph('Old line');
    await first.commit();
    const id = doc.getId();

    const second = createDocumentApp(box.ctx());
    const again = second.openById(id);
    expect(again.getName()).toBe('Daily programme');
    expect(again.getBody().getText()).toContain('Old line');
    again.getBody().clear();
    expect(again.getBody().getNumChildren()).toBe(1);
    again.getBody().appendParagraph('New line').setHeading(ParagraphHeading.HEADING2);
    expect(await second.commit()).toEqual([]);
    const xml = await documentXml(fileURLToPath(again.getUrl()));
    expect(xml).toContain('New line');
    expect(xml).not.toContain('Old line');
  });

  test('openById of an unknown id throws Apps Script wording', () => {
    expect(() => createDocumentApp(box.ctx()).openById('1nope')).toThrow(DOCUMENT_MISSING);
  });

  test('a document moved into a Drive folder in the same execution is written there', async () => {
    const ctx = box.ctx();
    const docs = createDocumentApp(ctx);
    const drive = createDriveApp(ctx);
    const doc = docs.create('Hotel list');
    doc.getBody().appendParagraph('Rooms');
    const folder = drive.createFolder('Hotels');
    drive.getFileById(doc.getId()).moveTo(folder);
    await docs.commit();
    const expected = path.join(path.resolve(box.options.docsDir), 'Hotels', 'Hotel list.docx');
    expect(existsSync(expected)).toBe(true);
    expect(fileURLToPath(doc.getUrl())).toBe(expected);
    expect(folder.getFilesByName('Hotel list').next().getId()).toBe(doc.getId());
  });

  test('a Text, table row, cell or page break given to append is copied, as in Apps Script', async () => {
    const app = createDocumentApp(box.ctx());
    const doc = app.create('Copies');
    const body = doc.getBody();
    const source = body.appendParagraph('Flight ');
    source.appendText('TG 971').setBold(true);
    const target = body.appendParagraph('Arrival: ');
    target.editAsText().setBold(true);
    const appended = target.appendText(source.editAsText());
    expect(appended.getText()).toBe('Flight TG 971');
    expect(target.getText()).toBe('Arrival: Flight TG 971');
    // Each copied part keeps its own formatting instead of taking the bold it follows.
    expect(target.editAsText().isBold(9)).toBeNull();
    expect(target.editAsText().isBold(16)).toBe(true);

    const table = body.appendTable([['TG 971', '07:30']]);
    const row = table.appendTableRow(table.getRow(0));
    row.getCell(0).setText('TG 972');
    expect(table.getRow(0).getText()).toBe('TG 971\t07:30');
    expect(row.getText()).toBe('TG 972\t07:30');
    row.appendTableCell(table.getCell(0, 1)).setBackgroundColor('#ffeeaa');
    expect(row.getText()).toBe('TG 972\t07:30\t07:30');
    expect(table.getCell(0, 1).getBackgroundColor()).toBeNull();

    const children = body.getNumChildren();
    body.appendPageBreak(body.appendPageBreak());
    source.appendPageBreak(body.appendPageBreak());
    expect(body.getNumChildren()).toBe(children + 3);
    expect(await app.commit()).toEqual([]);
    const xml = await documentXml(fileURLToPath(doc.getUrl()));
    expect(xml.match(/<w:br w:type="page"\/>/g)).toHaveLength(4);
  });

  test('replaceText keeps the formatting of the text it replaces', () => {
    const doc = createDocumentApp(box.ctx()).create('Template');
    const p = doc.getBody().appendParagraph('Dear {{name}},');
    p.editAsText().setBold(5, 12, true);
    doc.getBody().replaceText('\\{\\{name\\}\\}', 'Dr. Somchai');
    expect(p.getText()).toBe('Dear Dr. Somchai,');
    expect(p.editAsText().isBold(5)).toBe(true);
    expect(p.editAsText().isBold(0)).toBeNull();
  });
});
