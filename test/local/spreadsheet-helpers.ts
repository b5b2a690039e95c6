import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { Workbook, createSpreadsheetApp, type SpreadsheetAppEmu } from '../../src/local/emulator/spreadsheet';
import type { UiRecord } from '../../src/local/emulator/types';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lodesk-ss-'));
}

export function emptyUi(): UiRecord {
  return { menus: [], toasts: [], sidebars: [], dialogs: [], alerts: [] };
}

export function appFor(workbook: Workbook, opts: { active?: boolean; locale?: string; ui?: UiRecord } = {}): SpreadsheetAppEmu {
  return createSpreadsheetApp({
    workbook, ui: opts.ui ?? emptyUi(), activeSpreadsheet: opts.active ?? true, locale: opts.locale,
  });
}

/** Saves the workbook to `file`, loads it again and returns a fresh app on it. */
export async function reload(workbook: Workbook, file: string): Promise<{ wb: Workbook; app: SpreadsheetAppEmu }> {
  await workbook.save(file);
  const wb = await Workbook.load(file);
  return { wb, app: appFor(wb) };
}

/** Writes an .xlsx built directly with exceljs, as a user's or another tool's file would be. */
export async function writeXlsx(file: string, build: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  build(book);
  await book.xlsx.writeFile(file);
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}
