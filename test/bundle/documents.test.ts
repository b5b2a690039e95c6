import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Workbook } from '../../src/local/emulator/workbook';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { matchHeaders } from '../../src/core/schema/headers';
import { tabSpec } from '../../src/core/schema/tabs';
import { readRegistry } from '../../src/local/emulator/drive';
import { createPropertiesService } from '../../src/local/emulator/properties';
import { createServiceContext } from '../../src/local/emulator/state';
import { DIST, lodesk } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';
import { documentText } from '../helpers/docx';
import { documentRows } from '../helpers/documents-tab';

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

interface Stats {
  by_method: Record<string, number>;
  fetch_requests: number;
  executions: number;
}

/** The --stats line (the last line of stderr that is one). */
function statsOf(stderr: string): Stats {
  const line = stderr.trim().split('\n').reverse().find((l) => l.startsWith('{"command"'));
  if (!line) throw new Error(`no --stats line in: ${stderr}`);
  return JSON.parse(line) as Stats;
}


const onDisk = (url: string) => fileURLToPath(url.replace(/#.*$/, ''));

/** Apps Script classes of DriveApp: none of their methods may be called under drive.file. */
const DRIVE_APP_CALL = /^(DriveApp|Folder|File|FileIterator|FolderIterator)\./;


describe('lo-desk docs on the sample event', () => {
  const { dir, file } = sampleCopy();
  const out = path.join(dir, 'docs');
  let first: string[];
  let stats: Stats;

  beforeAll(() => {
    const r = lodesk(['docs', file, '--out', out, '--stats']);
    expect(r.stderr).not.toMatch(/failed/);
    expect(r.status).toBe(0);
    first = files(out);
    stats = statsOf(r.stderr);
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

  it('puts every document in the event folder through the advanced Drive service, calling no DriveApp method', async () => {
    const documentId = (await Workbook.load(file)).getMeta('id') ?? null;
    const ctx = createServiceContext({ workbookPath: file, user: '', outboxDir: dir, docsDir: out }, { documentId });
    const props = createPropertiesService(ctx);
    // A per-event fact: in this spreadsheet's document properties, not in the script properties every user shares.
    const folderId = props.getDocumentProperties()!.getProperty('lodesk.docs.folder');
    expect(typeof folderId).toBe('string');
    expect(Object.keys(props.getScriptProperties().getProperties()).filter((k) => k.startsWith('lodesk.docs'))).toEqual([]);
    const folder = readRegistry(ctx).folders[folderId!];
    expect(folder.name).toMatch(/^LO Desk — /);
    for (const f of first) expect(path.dirname(f)).toBe(folder.path);

    const docx = first.filter((f) => f.endsWith('.docx')).length;
    const ics = first.filter((f) => f.endsWith('.ics')).length;
    // One request a document, sent in parallel: the folder (Files.create), then one upload per calendar
    // and one .docx upload per Google Doc, in one UrlFetchApp.fetchAll per execution (the command line
    // runs 10 documents an execution); one listing of the folder per execution.
    expect(stats.by_method['Files.create']).toBe(1);
    expect(stats.by_method['Files.update'] ?? 0).toBe(0);
    expect(stats.fetch_requests).toBe(ics + docx);
    expect(stats.by_method['UrlFetchApp.fetchAll']).toBe(Math.ceil((ics + docx) / 10));
    expect(stats.by_method['ScriptApp.getOAuthToken']).toBe(stats.by_method['UrlFetchApp.fetchAll']);
    expect(stats.executions).toBeGreaterThan(1);
    expect(stats.by_method['Files.list']).toBe(stats.executions);
    // One zip a document, none for a document not sent; the five parts every .docx shares are blobs once an
    // execution that zips (documents go before calendars, 10 an execution), each document adds its own three
    // (document, its links, footer).
    expect(stats.by_method['Utilities.zip']).toBe(docx);
    expect(stats.by_method['Blob.getBytes']).toBe(docx);
    expect(stats.by_method['Utilities.newBlob']).toBe(3 * docx + 5 * Math.ceil(docx / 10));
    // DocumentApp (and its documents scope) is not used at all.
    expect(Object.keys(stats.by_method).filter((m) => /^(DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|Text)\./.test(m))).toEqual([]);
    expect(Object.keys(stats.by_method).filter((m) => DRIVE_APP_CALL.test(m))).toEqual([]);
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

  it('need-to-know: a private medical note is in the LO brief only; shared notes reach the hotel, the driver and the caterer', async () => {
    // The sample's G01 has a medical note with its box unticked, G02 a dietary note and G03 accessibility notes ticked.
    const privateNote = 'Type 2 diabetes: meals on time; keep a snack in the car';
    const otherPrivate = 'Recovering from knee surgery';
    const sharedDiet = 'Severe peanut allergy; carries an adrenaline auto-injector';
    const sharedAccess = 'Wheelchair assistance at both airports; step-free routes at venues';
    const rows = await documentRows(file);
    const texts = async (kind: string) => {
      const docs = rows.filter((r) => r.kind === kind);
      expect(docs.length).toBeGreaterThan(0);
      return Promise.all(docs.map((r) => documentText(onDisk(r.url))));
    };
    // G01's primary LO is LO01; G03's is LO02.
    expect(await documentText(onDisk(rows.find((r) => r.key === 'lo_brief:LO01')!.url))).toContain(privateNote);
    expect(await documentText(onDisk(rows.find((r) => r.key === 'lo_brief:LO02')!.url))).toContain(otherPrivate);
    const rooming = await texts('rooming_list');
    const manifests = await texts('transport_manifest');
    const dietary = await texts('dietary_list');
    for (const t of [...rooming, ...manifests, ...dietary, ...(await texts('daily_runsheet'))]) {
      expect(t).not.toContain(privateNote);
      expect(t).not.toContain(otherPrivate);
    }
    expect(rooming.join('\n')).toContain(sharedDiet);
    expect(rooming.join('\n')).toContain(sharedAccess);
    expect(manifests.join('\n')).toContain(sharedAccess);
    expect(dietary.join('\n')).toContain(sharedDiet);
    // Unshared needs still show that there is something to ask: the cane of a guest whose box is unticked.
    expect(manifests.join('\n')).toContain('ต้องการความช่วยเหลือ: สอบถาม LO');
    expect(manifests.join('\n')).not.toContain('Walks with a cane');
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
    const loId = String(los.getRow(2).getCell(matchHeaders(tabSpec('LOs'), header).columns.lo_id + 1).value);
    const before = files(out).length;
    const rowsBefore = await documentRows(file);
    const calendarBefore = rowsBefore.find((row) => row.key === `lo_calendar:${loId}`)!;
    expect(readFileSync(onDisk(calendarBefore.url), 'utf8')).not.toContain('Renamed Officer');
    const r = lodesk(['docs', file, '--out', out, '--stats']);
    expect(r.status).toBe(0);
    const rowsAfter = await documentRows(file);
    expect(rowsAfter).toHaveLength(rowsBefore.length);
    // The brief is rewritten in place; only its file name may follow the new title.
    expect(files(out).length).toBe(before);
    // The calendar's new content goes into the same Drive file: same URL, no new upload, no DriveApp.
    const calendarAfter = rowsAfter.find((row) => row.key === `lo_calendar:${loId}`)!;
    expect(calendarAfter.url).toBe(calendarBefore.url);
    expect(calendarAfter.fingerprint).not.toBe(calendarBefore.fingerprint);
    expect(readFileSync(onDisk(calendarAfter.url), 'utf8')).toContain('Renamed Officer');
    const rerun = statsOf(r.stderr);
    // Rewrites are PATCH uploads into the same files: no file is made, and nothing else writes them.
    expect(rerun.by_method['Files.create'] ?? 0).toBe(0);
    expect(rerun.by_method['Files.update'] ?? 0).toBe(0);
    const was = new Map(rowsBefore.map((row) => [row.key, row.fingerprint]));
    const changed = rowsAfter.filter((row) => was.get(row.key) !== row.fingerprint).length;
    expect(changed).toBeGreaterThanOrEqual(2);
    expect(rerun.fetch_requests).toBe(changed);
    expect(Object.keys(rerun.by_method).filter((m) => DRIVE_APP_CALL.test(m))).toEqual([]);
  });
});

describe('the manifest', () => {
  it('enables the advanced Drive service (v3, as Drive) and asks for drive.file, never the restricted drive scope', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({ userSymbol: 'Drive', version: 'v3', serviceId: 'drive' });
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  });
});
