/** lo_brief (lo-brief.ts): the "as of" line, page numbers, the confidentiality line where medical notes appear. */
import { buildAll, docFingerprint, docTexts, docxDocumentParts, type Doc } from '../../../src/core/documents';
import { docModel } from '../fixtures/documents';

const NOW = new Date('2026-12-01T08:36:00Z');
const byKey = (docs: Doc[], key: string) => docs.find((d) => d.key === key)!;

describe('lo_brief', () => {
  const docs = buildAll(docModel('en'), { kinds: ['lo_brief'], now: NOW });

  test('says as of when, in the event zone, at the top of the page', () => {
    const brief = byKey(docs, 'lo_brief:LO01');
    expect(brief.asOf).toBe('As of Tue 1 Dec 2026 15:36 (Bangkok, UTC+7)');
    const xml = docxDocumentParts(brief).find((p) => p.name === 'word/document.xml')!.xml;
    expect(xml).toMatch(/<w:body><w:p><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">As of Tue 1 Dec 2026 15:36 \(Bangkok, UTC\+7\)<\/w:t><\/w:r><\/w:p><w:p><w:pPr><w:pStyle w:val="Heading1"\/>/);
  });

  test('in Thai, with the Buddhist Era year', () => {
    const th = byKey(buildAll(docModel('th'), { kinds: ['lo_brief'], now: NOW }), 'lo_brief:LO01');
    expect(th.asOf).toMatch(/^ข้อมูล ณ .*2569/);
    expect(th.footer?.[0].text).toBe('ลับ: ข้อมูลสุขภาพสำหรับ LO และผู้จัดงานเท่านั้น · ');
  });

  test('the "as of" line does not change the fingerprint: a rerun with no change rewrites nothing', () => {
    const later = buildAll(docModel('en'), { kinds: ['lo_brief'], now: new Date('2026-12-05T00:00:00Z') });
    expect(later.map(docFingerprint)).toEqual(docs.map(docFingerprint));
  });

  test('a brief with medical notes is marked confidential under its title and in its footer, beside the page number', () => {
    const brief = byKey(docs, 'lo_brief:LO01');
    expect(brief.blocks[1]).toEqual({ type: 'paragraph', runs: [{ text: 'Confidential: health information for the LO and organisers only', bold: true }] });
    expect(brief.footer).toEqual([
      { text: 'Confidential: health information for the LO and organisers only · ' }, { text: 'Page ' }, { text: '#', field: 'page' },
    ]);
  });

  test('a brief without medical notes has page numbers and no confidentiality line', () => {
    const empty = byKey(docs, 'lo_brief:LO03');
    expect(docTexts(empty).join('\n')).not.toContain('Confidential');
    expect(empty.footer).toEqual([{ text: 'Page ' }, { text: '#', field: 'page' }]);
  });

  test('every kind has page numbers in its footer and an "as of" line', () => {
    for (const d of buildAll(docModel('en'), { now: NOW })) {
      expect(d.footer?.some((r) => r.field === 'page')).toBe(true);
      expect(d.asOf).toBe('As of Tue 1 Dec 2026 15:36 (Bangkok, UTC+7)');
    }
  });
});
