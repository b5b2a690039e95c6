import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import ICAL from 'ical.js';
import { matchHeaders } from '../../src/core/schema/headers';
import { tabSpec } from '../../src/core/schema/tabs';
import { lodesk } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, ' ');
}

describe('lo-desk docs on the sample event', () => {
  const { dir, file } = sampleCopy();
  const out = path.join(dir, 'docs');
  let first: string[];

  beforeAll(() => {
    const r = lodesk(['docs', file, '--out', out]);
    expect(r.stderr).not.toMatch(/failed/);
    expect(r.status).toBe(0);
    first = files(out);
  });

  it('writes .docx documents that open, and one .ics per LO that parses', async () => {
    const docx = first.filter((f) => f.endsWith('.docx'));
    const ics = first.filter((f) => f.endsWith('.ics'));
    expect(docx.length).toBeGreaterThan(30);
    expect(ics.length).toBeGreaterThanOrEqual(6);
    for (const f of docx.slice(0, 10)) expect((await documentText(f)).length).toBeGreaterThan(100);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(ics[0], 'utf8')));
    expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  });

  it('lists every document in the Documents tab with its fingerprint', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Documents')!;
    expect(ws.actualRowCount - 1).toBe(first.length);
  });

  it('keeps medical notes out of rooming lists', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rooming: string[] = [];
    wb.getWorksheet('Documents')!.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === 'rooming_list') rooming.push(fileURLToPath(String(row.getCell(3).value).replace(/#.*$/, '')));
    });
    expect(rooming.length).toBe(2);
    const guests = wb.getWorksheet('Guests')!;
    const header = (guests.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    const col = matchHeaders(tabSpec('Guests'), header).columns.medical_notes + 1;
    const notes: string[] = [];
    guests.eachRow((row, n) => {
      const v = row.getCell(col).value;
      if (n > 1 && v) notes.push(String(v));
    });
    expect(notes.length).toBeGreaterThan(0);
    for (const f of rooming) {
      const text = await documentText(f);
      for (const note of notes) expect(text).not.toContain(note.slice(0, 20));
    }
  });

  it('rewrites nothing on a second run with no change', () => {
    const before = new Map(first.map((f) => [f, statSync(f).mtimeMs]));
    const r = lodesk(['docs', file, '--out', out]);
    expect(r.stdout).toMatch(/^0 documents written/);
    for (const [f, m] of before) expect(statSync(f).mtimeMs).toBe(m);
  });

  it('rewrites only the documents that include a guest whose data changed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const guests = wb.getWorksheet('Guests')!;
    const header = (guests.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    const col = matchHeaders(tabSpec('Guests'), header).columns.room_no + 1;
    guests.getRow(2).getCell(col).value = '4242';
    await wb.xlsx.writeFile(file);
    const before = new Map(files(out).map((f) => [f, statSync(f).mtimeMs]));
    const r = lodesk(['docs', file, '--out', out]);
    expect(r.status).toBe(0);
    const rewritten = [...before].filter(([f, m]) => statSync(f).mtimeMs !== m).map(([f]) => path.basename(f));
    const written = Number(/^(\d+) documents written/.exec(r.stdout)![1]);
    expect(written).toBe(rewritten.length);
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.length).toBeLessThan(before.size / 4);
    expect(files(out)).toHaveLength(before.size);
    const docs = [...before.keys()].filter((f) => rewritten.includes(path.basename(f)) && f.endsWith('.docx'));
    for (const f of docs) expect(await documentText(f)).toContain('4242');
  });

  it('updates the same document when its subject is renamed (documents are keyed by id, not by name)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const los = wb.getWorksheet('LOs')!;
    const header = (los.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    const name = matchHeaders(tabSpec('LOs'), header).columns.name + 1;
    los.getRow(2).getCell(name).value = 'Renamed Officer';
    await wb.xlsx.writeFile(file);
    const before = files(out).length;
    const rowsBefore = wb.getWorksheet('Documents')!.actualRowCount;
    expect(lodesk(['docs', file, '--out', out]).status).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.getWorksheet('Documents')!.actualRowCount).toBe(rowsBefore);
    // The brief is rewritten in place; only its file name may follow the new title.
    expect(files(out).length).toBe(before);
  });
});
