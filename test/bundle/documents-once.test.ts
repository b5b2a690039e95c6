/**
 * Documents are written once each and in one call each: a run that dies at
 * any step leaves nothing a rerun writes twice, the day's quota of new Google
 * Docs is planned for, and every .docx the emulator writes from the imported
 * HTML parses back with its Thai text marked as Thai in Sarabun.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readRegistry } from '../../src/local/emulator/drive';
import type { FileRecord } from '../../src/local/emulator/drive/registry';
import { createPropertiesService } from '../../src/local/emulator/properties';
import { Emulator, type RunnerOptions } from '../../src/local/emulator/runner';
import { createServiceContext } from '../../src/local/emulator/state';
import { DIST } from '../helpers/cli';
import { docxRuns, docxXml } from '../helpers/docx';
import { sampleCopy } from '../helpers/sample';
import { documentRows } from '../helpers/documents-tab';

const ORGANISER = 'organiser@example.go.th';
const KIND = 'lo_brief';
const THAI = /[\u0E00-\u0E7F]/;

function emulator(file: string, dir: string): Emulator {
  return new Emulator({ workbookPath: file, user: ORGANISER, outboxDir: path.join(dir, 'outbox'), docsDir: path.join(dir, 'docs'), distDir: DIST });
}

interface Outcome {
  written: number;
  remaining: number;
  waiting_for_tomorrow: number;
  tomorrow_from?: string;
  total: number;
}

async function generate(emu: Emulator, over: Partial<RunnerOptions> = {}) {
  return emu.call('generateDocuments', [KIND], over);
}

/** The event's Google Docs in Drive (not trashed), by the key LO Desk wrote on each. */
async function driveDocs(emu: Emulator, dir: string): Promise<Map<string, FileRecord[]>> {
  const file = emu.options.workbookPath;
  // The spreadsheet's id as recorded beside the workbook (no parse of the .xlsx), else from the file.
  const documentId = (await emu.spreadsheetId()) ?? null;
  const ctx = createServiceContext({ workbookPath: file, user: ORGANISER, outboxDir: dir, docsDir: path.join(dir, 'docs') }, { documentId });
  const byKey = new Map<string, FileRecord[]>();
  for (const f of Object.values(readRegistry(ctx).files)) {
    if (f.trashed || f.mimeType !== 'application/vnd.google-apps.document') continue;
    const key = f.appProperties?.lodeskKey ?? '(no key)';
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  return byKey;
}

const idOf = (url: string) => /#id=([\w-]+)/.exec(url)?.[1];

/** How many lo_brief documents the sample event has (one run on a copy tells). */
let subjects: number;
beforeAll(async () => {
  const { dir, file } = sampleCopy();
  const r = await generate(emulator(file, dir));
  expect(r.error).toBeUndefined();
  subjects = (r.value as Outcome).total;
  expect(subjects).toBeGreaterThan(4);
});

/**
 * After a run that died and a rerun: every subject has exactly one Google Doc in Drive, each carrying its key,
 * and the Documents tab has one row per subject pointing at that very file. With `again`, a third run with
 * nothing changed writes nothing and makes nothing.
 */
async function expectOneFilePerSubject(emu: Emulator, dir: string, again: boolean): Promise<void> {
  const file = emu.options.workbookPath;
  const docs = await driveDocs(emu, dir);
  expect(docs.has('(no key)')).toBe(false);
  expect(docs.size).toBe(subjects);
  for (const files of docs.values()) expect(files).toHaveLength(1);
  const rows = (await documentRows(file)).filter((r) => r.kind === KIND);
  expect(rows).toHaveLength(subjects);
  for (const row of rows) expect(docs.get(row.key)?.[0].id).toBe(idOf(row.url));
  if (!again) return;
  const third = await generate(emu);
  expect(third.value).toMatchObject({ written: 0 });
  expect((await driveDocs(emu, dir)).size).toBe(subjects);
}

describe('a document run that dies at any step', () => {
  // Each step of a first run: making the folder, recording it, listing it, the batch of uploads (at the
  // call, then half-way through it: its first and its last upload made by Google, the rest not, none
  // recorded in the tab; a middle one is the batch test below), and the end (the Documents tab's write,
  // lost with the execution, then the summary toast). `again`: a third run with nothing changed, once for
  // each state a rerun starts from (nothing made; some made, none recorded; all made, none recorded).
  const steps: [string, boolean][] = [
    ['Files.create#1', true],
    ['Properties.setProperty', false],
    ['Files.list', false],
    ['UrlFetchApp.fetchAll', false],
    ['DriveUpload#1', false],
    ['DriveUpload#LAST', false],
    ['Spreadsheet.toast', true],
  ];

  it.each(steps)('dying at %s, then run again: one file per subject, and the Documents tab agrees with Drive', async (step, again) => {
    const { dir, file } = sampleCopy();
    const emu = emulator(file, dir);
    const killAt = step.replace('#LAST', `#${subjects}`);
    const killed = await generate(emu, { killAt });
    expect(killed.ok).toBe(false);
    const rerun = await generate(emu);
    expect(rerun.error).toBeUndefined();
    expect(rerun.value).toMatchObject({ remaining: 0, waiting_for_tomorrow: 0 });
    await expectOneFilePerSubject(emu, dir, again);
  });
});

describe('a batch of uploads', () => {
  it('that dies half-way (dying at DriveUpload#3) leaves only files that carry their key, none recorded; the rerun updates them, making nothing twice, and the Documents tab agrees with Drive', async () => {
    const { dir, file } = sampleCopy();
    const emu = emulator(file, dir);
    const killed = await generate(emu, { killAt: 'DriveUpload#3' });
    expect(killed.ok).toBe(false);
    // Google made the batch's first two documents; the execution died before the tab was written.
    const made = await driveDocs(emu, dir);
    expect(made.size).toBe(2);
    expect(made.has('(no key)')).toBe(false);
    expect((await documentRows(file)).filter((r) => r.kind === KIND)).toHaveLength(0);
    const ids = [...made.values()].map((f) => f[0].id);
    const rerun = await generate(emu);
    expect(rerun.error).toBeUndefined();
    expect(rerun.value).toMatchObject({ remaining: 0, waiting_for_tomorrow: 0 });
    const after = await driveDocs(emu, dir);
    // The two files made by the dead run are the documents now (updated, not made again).
    for (const id of ids) expect([...after.values()].some((f) => f[0].id === id)).toBe(true);
    await expectOneFilePerSubject(emu, dir, true);
  });

  it('answered with a 429 or a 503 for some documents: those are tried again later in the run; still refused, they are reported and left for the next run', async () => {
    const { dir, file } = sampleCopy();
    const emu = emulator(file, dir);
    // Uploads 2 and 4 of the first batch are refused; the second try of upload 2 (sent later in the same run) is refused again.
    const first = await generate(emu, { uploadFaults: { 2: 429, 4: 503, [subjects + 1]: 429 } });
    expect(first.error).toBeUndefined();
    const out = first.value as Outcome & { retry_later?: { subject: string; status: number }[] };
    expect(out.written).toBe(out.total - 1);
    expect(out.remaining).toBe(1);
    expect(out.retry_later).toEqual([expect.objectContaining({ status: 429 })]);
    // One batch and one retry batch of the two refused uploads: every document was sent at most twice.
    expect(emu.stats.byMethod['UrlFetchApp.fetchAll']).toBe(2);
    expect(emu.stats.fetchRequests).toBe(out.total + 2);
    expect((await documentRows(file)).filter((r) => r.kind === KIND)).toHaveLength(out.total - 1);
    // The next run writes the one left, once.
    const next = await generate(emu);
    expect(next.value).toMatchObject({ written: 1, remaining: 0 });
    const docs = await driveDocs(emu, dir);
    expect(docs.size).toBe(out.total);
    for (const files of docs.values()) expect(files).toHaveLength(1);
  });
});

describe("the day's quota of new Google Docs", () => {
  it('makes what the quota allows, says what waits for tomorrow, and makes the rest once the 24 hours are over', async () => {
    const { dir, file } = sampleCopy();
    const emu = emulator(file, dir);
    const start = new Date('2026-12-01T08:00:00+07:00');
    const first = await generate(emu, { now: start, documentsQuota: 3 });
    expect(first.error).toBeUndefined();
    const a = first.value as Outcome;
    expect(a.written).toBe(3);
    expect(a.waiting_for_tomorrow).toBe(a.total - 3);
    expect(Date.parse(a.tomorrow_from!)).toBeGreaterThan(start.getTime());
    expect((await driveDocs(emu, dir)).size).toBe(3);
    // Later that day: Google still refuses; nothing is made and nothing fails.
    const later = await generate(emu, { now: new Date(start.getTime() + 2 * 3600_000), documentsQuota: 3 });
    expect(later.value).toMatchObject({ written: 0, waiting_for_tomorrow: a.total - 3 });
    const next = await generate(emu, { now: new Date(start.getTime() + 25 * 3600_000), documentsQuota: 3 });
    expect(next.value).toMatchObject({ written: Math.min(3, a.total - 3) });
    expect((await driveDocs(emu, dir)).size).toBe(3 + Math.min(3, a.total - 3));
  });

  it('plans within what is left of the day it counted (1,500 for a Workspace address), before Google has to refuse', async () => {
    const { dir, file } = sampleCopy();
    const now = new Date('2026-12-01T08:00:00+07:00');
    const ctx = createServiceContext({ workbookPath: file, user: ORGANISER, outboxDir: dir, docsDir: path.join(dir, 'docs') }, { documentId: null });
    // 1,498 new documents already made today by this user (in another event, say).
    createPropertiesService(ctx).getUserProperties().setProperty('lodesk.docs.created', JSON.stringify({ since: now.getTime() - 3600_000, used: 1498 }));
    const emu = emulator(file, dir);
    const r = await generate(emu, { now, account: 'workspace' });
    const out = r.value as Outcome;
    expect(out.written).toBe(2);
    expect(out.waiting_for_tomorrow).toBe(out.total - 2);
    // Planned, not refused: only the two uploads were sent, in one batch (the folder came first).
    expect(emu.stats.byMethod['Files.create']).toBe(1);
    expect(emu.stats.byMethod['UrlFetchApp.fetchAll']).toBe(1);
    expect(emu.stats.fetchRequests).toBe(2);
  });
});

describe('the .docx of every document', () => {
  it('parses back; every Thai run carries the Thai language and the Sarabun typeface; tables have a header row and widths from content', async () => {
    const { dir, file } = sampleCopy();
    const r = await emulator(file, dir).call('generateDocuments', []);
    expect(r.error).toBeUndefined();
    const folder = path.join(dir, 'docs');
    const docx = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.docx'));
    expect(docx.length).toBeGreaterThan(30);
    let thaiRuns = 0;
    let headerRows = 0;
    let fitted = 0;
    for (const f of docx) {
      const xml = await docxXml(path.join(folder, f));
      for (const run of docxRuns(xml).filter((x) => THAI.test(x.text))) {
        thaiRuns++;
        expect(run.props).toMatch(/<w:lang [^>]*w:bidi="th-TH"/);
        expect(run.props).toMatch(/<w:rFonts [^>]*w:cs="Sarabun"/);
      }
      for (const table of xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) {
        expect(table).toContain('<w:tblHeader/>');
        headerRows++;
        const widths = [...(/<w:tr>[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '').matchAll(/<w:tcW w:type="pct" w:w="(\d+(?:\.\d+)?%?)"/g)].map((m) => m[1]);
        if (new Set(widths).size > 1) fitted++;
      }
    }
    expect(thaiRuns).toBeGreaterThan(100);
    expect(headerRows).toBeGreaterThan(10);
    // Widths follow content: most tables do not have equal columns.
    expect(fitted).toBeGreaterThan(headerRows / 2);
  });
});
