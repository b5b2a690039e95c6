/**
 * The LO pages in real Chromium against the local preview, in-process: a
 * copy of the sample workbook from `lo-desk init`, the emulator running
 * dist/Code.js, the preview server on a free port, and Debian's Chromium
 * driven by playwright-core.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext } from 'playwright-core';
import { Emulator } from '../../src/local/emulator/runner';
import { createPreviewServer, listen } from '../../src/local/preview/server';
import { sampleEvent } from '../../src/local/sample/sample-event';
import { headerKey } from '../../src/core/text';
import { columnSpec } from '../../src/core/schema/tabs';
import type { TabName } from '../../src/core/schema/types';
import { DIST, ROOT } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';

const CHROMIUM = '/usr/bin/chromium';
export const LO1 = 'lo1@example.go.th';
export const ORGANISER = 'organiser@example.go.th';
export const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

export interface Harness {
  dir: string;
  workbook: string;
  baseUrl: string;
  context: BrowserContext;
  /** Another preview server on the same workbook whose pages act as `user` by default ('' = no identity). */
  serveAs(user: string): Promise<string>;
  close(): Promise<void>;
}

/** Names of the server functions the pages call; dist/Code.js must define them. */
const PAGE_FUNCTIONS = ['getLoView', 'tickChecklistItem', 'getDashboardView', 'getDashboardGuest'];

function checkBuild(): void {
  const code = path.join(DIST, 'Code.js');
  if (!existsSync(code)) throw new Error(`${code} is missing: run \`node scripts/build.mjs\` first.`);
  const text = readFileSync(code, 'utf8');
  const missing = PAGE_FUNCTIONS.filter((n) => !new RegExp(`^function ${n}\\(`, 'm').test(text));
  if (missing.length) {
    throw new Error(`dist/Code.js does not define ${missing.join(', ')}: src/addon/main.ts must export them from './lo-api'.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
}

/** Finds a cell by tab, the row's first-column id and the column key (headers may be Thai or English). */
export function cellOf(ws: ExcelJS.Worksheet, tab: TabName, idColumn: string, id: string, column: string): ExcelJS.Cell {
  const header = ws.getRow(1);
  const colOf = (key: string): number => {
    const spec = columnSpec(tab, key);
    const names = new Set([key, spec?.label.en, spec?.label.th].filter(Boolean).map((n) => headerKey(String(n))));
    let found = -1;
    header.eachCell((cell, n) => {
      if (found < 0 && names.has(headerKey(String(cell.text ?? '')))) found = n;
    });
    if (found < 0) throw new Error(`${tab} has no column ${key}`);
    return found;
  };
  const idCol = colOf(idColumn);
  for (let r = 2; r <= ws.rowCount; r++) {
    if (String(ws.getRow(r).getCell(idCol).text).trim() === id) return ws.getRow(r).getCell(colOf(column));
  }
  throw new Error(`${tab} has no row ${id}`);
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The Checklist tab's rows as records keyed by column key. */
export async function checklistRows(file: string): Promise<Record<string, unknown>[]> {
  const wb = await readWorkbook(file);
  const ws = wb.getWorksheet('Checklist');
  if (!ws) return [];
  const keys = ['guest_id', 'phase', 'item_id', 'done', 'done_by', 'done_at', 'note'];
  const byCol = new Map<number, string>();
  ws.getRow(1).eachCell((cell, n) => {
    const h = headerKey(String(cell.text ?? ''));
    for (const k of keys) {
      const spec = columnSpec('Checklist', k);
      if ([k, spec?.label.en, spec?.label.th].some((x) => x && headerKey(x) === h)) byCol.set(n, k);
    }
  });
  const out: Record<string, unknown>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const rec: Record<string, unknown> = {};
    for (const [n, k] of byCol) rec[k] = ws.getRow(r).getCell(n).value;
    if (rec.guest_id) out.push(rec);
  }
  return out;
}

/** The guest ids the sample event assigns to an LO's email (primary or backup). */
export function sampleGuestsOf(email: string): string[] {
  const wb = sampleEvent();
  const rows = (tab: string) => wb.find((t) => t.tab === tab)!.rows;
  const loIds = new Set(rows('LOs').filter((l) => String(l.email).toLowerCase() === email).map((l) => String(l.lo_id)));
  return [...new Set(rows('Assignments').filter((a) => loIds.has(String(a.lo_id))).map((a) => String(a.guest_id)))].sort();
}

export function sampleGuestIds(): string[] {
  return sampleEvent()
    .find((t) => t.tab === 'Guests')!
    .rows.map((g) => String(g.guest_id));
}

export interface HarnessOptions {
  /** Edits the freshly written sample workbook before the preview starts. */
  edit?: (wb: ExcelJS.Workbook) => void;
  /** The instant the emulated executions run at. */
  now?: Date;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  checkBuild();
  // A copy of the sample `lo-desk init` made for this build (shared by the test files of a run).
  const { dir, file: workbook } = sampleCopy();
  if (opts.edit) {
    const wb = await readWorkbook(workbook);
    opts.edit(wb);
    await wb.xlsx.writeFile(workbook);
  }
  const emulator = new Emulator({
    workbookPath: workbook,
    user: LO1,
    outboxDir: path.join(dir, 'outbox'),
    docsDir: path.join(dir, 'docs'),
    distDir: DIST,
    ...(opts.now ? { now: opts.now } : {}),
  });
  const server: Server = createPreviewServer({ emulator, defaultUser: LO1, port: 0 });
  const baseUrl = (await listen(server, 0)).replace(/\/$/, '');
  const profile = path.join(dir, 'chromium-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 360, height: 900 },
  });
  const servers: Server[] = [server];
  return {
    dir,
    workbook,
    baseUrl,
    context,
    async serveAs(user: string) {
      const other = createPreviewServer({ emulator, defaultUser: user, port: 0 });
      servers.push(other);
      return (await listen(other, 0)).replace(/\/$/, '');
    },
    async close() {
      await context.close().catch(() => undefined);
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
