import path from 'node:path';
import ExcelJS from 'exceljs';
import { matchHeaders } from '../../src/core/schema/headers';
import { tabSpec } from '../../src/core/schema/tabs';
import { Emulator } from '../../src/local/emulator/runner';
import { DIST, tempDir } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';

const MARK = 'LO Desk ▸ ';

function emulator(file: string, dir: string) {
  return new Emulator({ workbookPath: file, user: 'organiser@example.go.th', outboxDir: path.join(dir, 'o'), docsDir: path.join(dir, 'd'), distDir: DIST });
}

function col(ws: ExcelJS.Worksheet, tab: string, key: string): number {
  const header = (ws.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  return matchHeaders(tabSpec(tab as never), header).columns[key] + 1;
}

const noteText = (c: ExcelJS.Cell) => (typeof c.note === 'string' ? c.note : c.note ? (c.note.texts ?? []).map((t) => t.text).join('') : '');
const fill = (c: ExcelJS.Cell) => ((c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? '').toLowerCase();

describe('Validate marks the cells it finds fault with', () => {
  it('notes and highlights an offending cell, keeps the user\'s own note, and clears its mark once fixed', async () => {
    const { dir, file } = sampleCopy();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const guests = wb.getWorksheet('Guests')!;
    const email = col(guests, 'Guests', 'email');
    const original = guests.getRow(3).getCell(email).value;
    guests.getRow(3).getCell(email).value = 'not-an-address';
    guests.getRow(3).getCell(email).note = 'Asked the embassy for this';
    guests.getRow(5).getCell(email).note = 'A note of my own';
    await wb.xlsx.writeFile(file);

    const r = await emulator(file, dir).call('validateWorkbook');
    expect(r.ok).toBe(true);
    const f = (r.value as { findings: { tab: string; row: number; column: string; severity: string }[] }).findings;
    expect(f).toContainEqual(expect.objectContaining({ tab: 'Guests', row: 3, column: 'email', severity: 'error' }));

    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(file);
    const cell = after.getWorksheet('Guests')!.getRow(3).getCell(email);
    expect(cell.value).toBe('not-an-address');
    expect(noteText(cell)).toContain('Asked the embassy for this');
    expect(noteText(cell)).toContain(MARK);
    expect(fill(cell)).toMatch(/f4c7c3$/);
    expect(noteText(after.getWorksheet('Guests')!.getRow(5).getCell(email))).toBe('A note of my own');

    after.getWorksheet('Guests')!.getRow(3).getCell(email).value = original;
    await after.xlsx.writeFile(file);
    const again = await emulator(file, dir).call('validateWorkbook');
    expect(again.ok).toBe(true);
    const fixed = new ExcelJS.Workbook();
    await fixed.xlsx.readFile(file);
    const c2 = fixed.getWorksheet('Guests')!.getRow(3).getCell(email);
    expect(noteText(c2)).toBe('Asked the embassy for this');
    expect(fill(c2)).not.toMatch(/f4c7c3$/);
  });

  it('removes a fixed finding\'s note when each step is its own execution on the saved file, and never repeats a mark', async () => {
    const { dir, file } = sampleCopy();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const guests = wb.getWorksheet('Guests')!;
    const email = col(guests, 'Guests', 'email');
    const given = col(guests, 'Guests', 'given_name');
    const cellOf = (book: ExcelJS.Workbook, row: number, c: number) => book.getWorksheet('Guests')!.getRow(row).getCell(c);
    const fixes: [number, number, ExcelJS.CellValue][] = [[3, email, cellOf(wb, 3, email).value], [4, email, cellOf(wb, 4, email).value], [6, given, cellOf(wb, 6, given).value]];
    cellOf(wb, 3, email).value = 'no-at-sign'; // will carry only our note
    cellOf(wb, 4, email).value = 'also-wrong';
    const mine = 'Asked the embassy\nthey will write back\n'; // the user's note, ending in a line break
    cellOf(wb, 4, email).note = mine;
    cellOf(wb, 5, email).note = 'A note of my own';
    cellOf(wb, 6, given).value = null; // a required cell left empty: our note hangs on an empty cell
    await wb.xlsx.writeFile(file);

    // Each validation is a new execution: it loads the workbook from the file and saves it back.
    const validate = async () => (await emulator(file, dir).call('validateWorkbook')).ok;
    const read = async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      return book;
    };
    expect(await validate()).toBe(true);
    const once = await read();
    for (const [row, c] of fixes) expect(noteText(cellOf(once, row, c))).toContain(MARK);
    expect(noteText(cellOf(once, 4, email)).startsWith(mine)).toBe(true);

    // Validating again while the faults remain leaves each note as it was (one mark, not two).
    expect(await validate()).toBe(true);
    const twice = await read();
    for (const [row, c] of fixes) expect(noteText(cellOf(twice, row, c))).toBe(noteText(cellOf(once, row, c)));
    expect(noteText(cellOf(twice, 4, email)).split(MARK)).toHaveLength(2);

    // The user fixes the values in the file; a new execution loads it and validates.
    for (const [row, c, value] of fixes) cellOf(twice, row, c).value = value;
    await twice.xlsx.writeFile(file);
    expect(await validate()).toBe(true);
    const fixed = await read();
    expect(noteText(cellOf(fixed, 3, email))).toBe('');
    expect(noteText(cellOf(fixed, 6, given))).toBe('');
    expect(noteText(cellOf(fixed, 4, email))).toBe(mine);
    expect(noteText(cellOf(fixed, 5, email))).toBe('A note of my own');
    for (const [row, c] of fixes) expect(fill(cellOf(fixed, row, c))).not.toMatch(/f4c7c3$/);
  });

  it('never changes a value the user typed, and writes user text into Findings as text, not a formula', async () => {
    const { dir, file } = sampleCopy();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const guests = wb.getWorksheet('Guests')!;
    const id = col(guests, 'Guests', 'guest_id');
    guests.getRow(4).getCell(id).value = '=HYPERLINK("http://x","y")';
    const before = guests.getRow(4).getCell(id).value;
    await wb.xlsx.writeFile(file);
    await emulator(file, dir).call('validateWorkbook');
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.getWorksheet('Guests')!.getRow(4).getCell(id).value).toEqual(before);
    back.getWorksheet('Findings')!.eachRow((row) => {
      row.eachCell((c) => expect(c.formula).toBeUndefined());
    });
  });
});

describe('Validate on a workbook in disorder', () => {
  it('gives findings, not a crash, when tabs are missing, emptied, renamed or their headers shuffled', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'mess.xlsx');
    const wb = new ExcelJS.Workbook();
    const g = wb.addWorksheet('แขก'); // the Thai name of Guests
    g.addRow(['ตระกูล', 'notes', 'Guest ID', 'given name', 'Hotel']);
    g.addRow(['Tanaka', '=1/0', 'G1', '🙂', 'H9']);
    g.addRow([]);
    g.addRow(['', '', 'G1', 'Ana', '']);
    wb.addWorksheet('Flights');
    const lo = wb.addWorksheet('LOs');
    lo.addRow(['lo_id', 'name', 'email', 'phone', 'languages']);
    lo.addRow(['L1', 'A', 'a@b', '０８１２３４５６７８', 'th']);
    wb.addWorksheet('Something of mine').addRow(['keep', 'me']);
    await wb.xlsx.writeFile(file);
    const r = await emulator(file, dir).call('validateWorkbook');
    expect(r.error).toBeUndefined();
    const codes = new Set((r.value as { findings: { code: string }[] }).findings.map((f) => f.code));
    for (const c of ['missing_tab', 'missing_column', 'invalid_value']) expect(codes).toContain(c);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.getWorksheet('Something of mine')!.getRow(1).getCell(1).value).toBe('keep');
  });
});

describe('onEdit', () => {
  it('re-checks when a user edits an input tab and marks the edited row, within the simple trigger\'s rights', async () => {
    const { dir, file } = sampleCopy();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const letter = String.fromCharCode(64 + col(wb.getWorksheet('Guests')!, 'Guests', 'email'));
    const emu = emulator(file, dir);
    const r = await emu.simulateEdit('Guests', `${letter}3`, 'no-at-sign');
    expect(r.error).toBeUndefined();
    // A simple trigger may not send mail, open other files or use triggers.
    for (const m of Object.keys(emu.stats.byMethod)) expect(m).not.toMatch(/^(MailApp|DriveApp|DocumentApp|ScriptApp)\./);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const cell = back.getWorksheet('Guests')!.getCell(`${letter}3`);
    expect(cell.value).toBe('no-at-sign');
    expect(noteText(cell)).toContain(MARK);
    const findings: string[] = [];
    back.getWorksheet('Findings')!.eachRow((row) => findings.push(row.values!.toString()));
    expect(findings.join('\n')).toMatch(/Guests,3,email/);
  });
});
