import ExcelJS from 'exceljs';
import { matchHeaders } from '../../src/core/schema/headers';
import { tabSpec } from '../../src/core/schema/tabs';

/** The Documents tab as objects by column key (headers may be Thai or English labels). */
export async function documentRows(file: string): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Documents')!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  const columns = Object.entries(matchHeaders(tabSpec('Documents'), header).columns) as [string, number][];
  const rows: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(columns.map(([key, i]) => [key, String(row.getCell(i + 1).value ?? '')])));
  });
  return rows;
}
