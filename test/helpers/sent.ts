/**
 * What the reminder runs left behind, read as a user would find it: the Sent
 * tab of the .xlsx (with exceljs, columns found by the add-on's own header
 * matching, so Thai headers work) and the messages in the outbox (.eml files,
 * parsed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { matchHeaders } from '../../src/core/schema/headers';
import { tabSpec } from '../../src/core/schema/tabs';

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface SentRow {
  key: string;
  kind: string;
  recipient: string;
  subject: string;
  status: string;
  /** The instant the row was written, read back from the cell's wall-clock time in the sample's zone. */
  at: Date | null;
  reason: string;
}

/** The Sent tab's rows (an absent tab: none). Throws when exceljs cannot open the file. */
export async function sentRows(file: string): Promise<SentRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Sent');
  if (!ws) return [];
  const header = (ws.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  const columns = matchHeaders(tabSpec('Sent'), header).columns as Record<string, number | undefined>;
  const cell = (row: ExcelJS.Row, key: string) => {
    const at = columns[key];
    return at === undefined ? null : row.getCell(at + 1).value;
  };
  const text = (row: ExcelJS.Row, key: string) => String(cell(row, key) ?? '');
  const rows: SentRow[] = [];
  ws.eachRow((row, n) => {
    if (n === 1 || !text(row, 'key')) return;
    const at = cell(row, 'at');
    // exceljs gives a date cell's wall-clock time as if it were UTC; the sample event's zone is Bangkok (UTC+7, no DST).
    const instant = at instanceof Date ? new Date(at.getTime() - BANGKOK_OFFSET_MS) : null;
    rows.push({
      key: text(row, 'key'), kind: text(row, 'kind'), recipient: text(row, 'recipient'), subject: text(row, 'subject'),
      status: text(row, 'status'), at: instant, reason: text(row, 'reason'),
    });
  });
  return rows;
}

export interface OutboxMessage {
  file: string;
  to: string;
  subject: string;
}

/** Every .eml in the outbox folder (none when it does not exist), parsed. */
export async function outboxMessages(outbox: string): Promise<OutboxMessage[]> {
  let names: string[];
  try {
    names = readdirSync(outbox).filter((f) => f.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  const out: OutboxMessage[] = [];
  for (const name of names) {
    const mail = await simpleParser(readFileSync(path.join(outbox, name)));
    const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : mail.to?.text ?? '';
    out.push({ file: name, to: to.toLowerCase(), subject: mail.subject ?? '' });
  }
  return out;
}

/** How a message is known in both places: its recipient and subject. */
export const messageId = (m: { recipient?: string; to?: string; subject: string }) =>
  `${(m.recipient ?? m.to ?? '').toLowerCase()}\u0000${m.subject}`;
