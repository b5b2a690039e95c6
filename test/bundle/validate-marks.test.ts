import path from 'node:path';
import ExcelJS from 'exceljs';
import { matchHeaders } from '../../src/core/schema/headers';
import { tabSpec } from '../../src/core/schema/tabs';
import { Emulator } from '../../src/local/emulator/runner';
import { DIST, tempDir } from '../helpers/cli';
import { sampleCopy } from '../helpers/sample';
import { callEntry, entryValue } from '../../src/local/emulator/entry-call';

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

    const r = await callEntry(emulator(file, dir), 'validateWorkbook', []);
    expect(r.ok).toBe(true);
    const f = entryValue(r).findings;
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

/** Everything a user may have put in a cell besides its value: its style (fill, format, font) and note. */
function looks(book: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of book.worksheets) {
    if (['Findings', 'Sent', 'Documents'].includes(ws.name)) continue;
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (c, k) => {
        out.set(`${ws.name}!${r}:${k}`, JSON.stringify({ style: c.style ?? {}, note: noteText(c) }));
      });
    });
  }
  return out;
}

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const b = new ExcelJS.Workbook();
  await b.xlsx.readFile(file);
  return b;
}

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** A fill on this cell alone: exceljs shares one style object among a column's cells, so `cell.fill =` would paint them all. */
function paint(c: ExcelJS.Cell, argb: string): void {
  c.style = { ...c.style, fill: solid(argb) };
}
const hasFill = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.pattern === 'solid';

describe('Marks come and go cleanly (issue 10)', () => {
  it('keeps a user\'s note and fill byte for byte through four runs and a fix; no fill comes back as no fill, not white; nothing else is written', async () => {
    const { dir, file } = sampleCopy();
    const wb = await readBook(file);
    const guests = wb.getWorksheet('Guests')!;
    const email = col(guests, 'Guests', 'email');
    const at = (book: ExcelJS.Workbook, row: number) => book.getWorksheet('Guests')!.getRow(row).getCell(email);
    const originals = [at(wb, 3).value, at(wb, 4).value];
    const mine = 'Asked the embassy for this — they will write back by Friday.\nKeep until then.\n';
    at(wb, 3).value = 'not-an-address';
    at(wb, 3).note = mine;
    paint(at(wb, 3), 'FF00FF00'); // the user's own green
    at(wb, 4).value = 'also-wrong'; // no note, no fill
    at(wb, 5).note = 'A note of my own';
    paint(at(wb, 5), 'FF0000FF'); // unflagged, the user's blue
    await wb.xlsx.writeFile(file);
    const before = looks(await readBook(file));

    const notes: string[] = [];
    for (let run = 1; run <= 4; run++) {
      const emu = emulator(file, dir);
      expect((await emu.call('validateWorkbook')).ok).toBe(true);
      const book = await readBook(file);
      notes.push(noteText(at(book, 3)));
      expect(noteText(at(book, 3)).startsWith(`${mine}\n${MARK}`)).toBe(true);
      expect(noteText(at(book, 3)).split(MARK)).toHaveLength(2);
      expect(fill(at(book, 3))).toBe('fff4c7c3');
      expect(fill(at(book, 4))).toBe('fff4c7c3');
      if (run > 1) {
        // Nothing changed since the last run: not one note or fill is written.
        for (const m of ['RangeList.setBackground', 'Range.setBackground', 'Range.setBackgrounds', 'Range.setNotes', 'Range.setNote', 'Spreadsheets.batchUpdate', 'Range.setValues']) {
          expect(emu.stats.byMethod[m] ?? 0).toBe(0);
        }
      }
    }
    expect(new Set(notes).size).toBe(1);
    expect(notes[0].length).toBeLessThan(mine.length + 200);

    const broken = await readBook(file);
    at(broken, 3).value = originals[0];
    at(broken, 4).value = originals[1];
    await broken.xlsx.writeFile(file);
    const emu = emulator(file, dir);
    expect((await emu.call('validateWorkbook')).ok).toBe(true);
    // One write for everything: the two cells' notes and fills and the Findings rows that changed, in one batchUpdate.
    expect(emu.stats.byMethod['Spreadsheets.batchUpdate']).toBe(1);
    expect(emu.stats.byMethod['RangeList.setBackground'] ?? 0).toBe(0);
    expect(emu.stats.byMethod['Range.setBackgrounds'] ?? 0).toBe(0);
    const fixed = await readBook(file);
    expect(noteText(at(fixed, 3))).toBe(mine);
    expect(fill(at(fixed, 3))).toBe('ff00ff00');
    expect(hasFill(at(fixed, 4))).toBe(false); // no fill, not a white one
    expect(fill(at(fixed, 4))).not.toBe('ffffffff');
    // Every cell of every input tab looks exactly as the user left it, these two included, but the
    // cells the sample's own standing findings mark (their note carries our mark).
    const after = looks(fixed);
    const marked = [...after].filter(([, v]) => (JSON.parse(v) as { note: string }).note.includes(MARK)).map(([k]) => k);
    expect(marked).not.toContain(`Guests!3:${email}`);
    expect(marked).not.toContain(`Guests!4:${email}`);
    let compared = 0;
    for (const [k, v] of before) {
      if (marked.includes(k)) continue;
      expect([k, after.get(k)]).toEqual([k, v]);
      compared++;
    }
    expect(compared).toBeGreaterThan(before.size - marked.length - 1);
  });

  it('finds the recorded colour by the row\'s key after the user sorts the rows', async () => {
    const { dir, file } = sampleCopy();
    const wb = await readBook(file);
    const guests = wb.getWorksheet('Guests')!;
    const email = col(guests, 'Guests', 'email');
    const id = col(guests, 'Guests', 'guest_id');
    const row = (book: ExcelJS.Workbook, r: number) => book.getWorksheet('Guests')!.getRow(r);
    const good = row(wb, 3).getCell(email).value;
    const flaggedId = row(wb, 3).getCell(id).value;
    row(wb, 3).getCell(email).value = 'not-an-address';
    paint(row(wb, 3).getCell(email), 'FF00FF00');
    paint(row(wb, 6).getCell(email), 'FF0000FF'); // another guest's blue, never flagged
    await wb.xlsx.writeFile(file);
    expect((await emulator(file, dir).call('validateWorkbook')).ok).toBe(true);

    // The user sorts: rows 3 and 6 trade places (values, formats, notes), then fixes the address.
    const book = await readBook(file);
    const ws = book.getWorksheet('Guests')!;
    const width = ws.columnCount;
    for (let c = 1; c <= width; c++) {
      const a = ws.getRow(3).getCell(c);
      const b = ws.getRow(6).getCell(c);
      const [va, sa, na] = [a.value, a.style, a.note];
      a.value = b.value; a.style = b.style; a.note = b.note as never;
      b.value = va; b.style = sa; b.note = na as never;
    }
    expect(ws.getRow(6).getCell(id).value).toEqual(flaggedId);
    ws.getRow(6).getCell(email).value = good;
    await book.xlsx.writeFile(file);
    const r = await callEntry(emulator(file, dir), 'validateWorkbook', []);
    expect(r.ok).toBe(true);
    expect(entryValue(r).markProblems).toEqual([]);
    const back = await readBook(file);
    expect(fill(row(back, 6).getCell(email))).toBe('ff00ff00'); // the flagged guest's own green, now on row 6
    expect(fill(row(back, 3).getCell(email))).toBe('ff0000ff'); // the other guest's blue, untouched
    expect(noteText(row(back, 6).getCell(email))).toBe('');
  });

  it('on edit (a simple trigger, AuthMode.LIMITED) marks and later restores a user\'s fill through developer metadata', async () => {
    const { dir, file } = sampleCopy();
    const wb = await readBook(file);
    const guests = wb.getWorksheet('Guests')!;
    const email = col(guests, 'Guests', 'email');
    const letter = String.fromCharCode(64 + email);
    const good = guests.getRow(4).getCell(email).value;
    paint(guests.getRow(4).getCell(email), 'FF00FF00');
    guests.getRow(4).getCell(email).note = 'mine';
    await wb.xlsx.writeFile(file);
    const emu = emulator(file, dir);
    expect((await emu.simulateEdit('Guests', `${letter}4`, 'no-at-sign')).error).toBeUndefined();
    let back = await readBook(file);
    expect(fill(back.getWorksheet('Guests')!.getCell(`${letter}4`))).toBe('fff4c7c3');
    expect(emu.stats.byMethod['Spreadsheet.addDeveloperMetadata']).toBe(1);
    expect((await emu.simulateEdit('Guests', `${letter}4`, good)).error).toBeUndefined();
    back = await readBook(file);
    const cell = back.getWorksheet('Guests')!.getCell(`${letter}4`);
    expect(fill(cell)).toBe('ff00ff00');
    expect(noteText(cell)).toBe('mine');
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
    const r = await callEntry(emulator(file, dir), 'validateWorkbook', []);
    expect(r.error).toBeUndefined();
    const codes = new Set(entryValue(r).findings.map((f) => f.code));
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
