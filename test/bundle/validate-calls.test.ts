/**
 * Validation in a handful of round trips (issue 14): calls and cells per
 * operation, counted by the emulator (never wall time). Reads are flat in
 * rows; writes follow what changed; a validate right after a validate writes
 * nothing; an edit of a pasted block, a merged or an emptied range never
 * throws, changes nothing the user typed and writes no formula.
 */
import ExcelJS from 'exceljs';
import { forgetEditTrigger } from '../helpers/edit-trigger';
import { freshEmulator } from '../helpers/emulator';
import { fillWorkbook } from '../../src/local/sample/fill';
import { syntheticEvent } from '../../src/local/bench/synthetic';
import { SAMPLE_ORGANISER } from '../../src/local/sample/sample-event';
import type { Emulator } from '../../src/local/emulator/runner';

const WRITES = /\.(set|insert|delete|clear|append)|Spreadsheets\.batchUpdate/;

async function eventOf(n: number): Promise<Emulator> {
  const emu = freshEmulator({ user: SAMPLE_ORGANISER });
  expect((await emu.call('setUpWorkbook')).ok).toBe(true);
  await fillWorkbook(emu.options.workbookPath, syntheticEvent(n));
  return emu;
}

function counts(emu: Emulator) {
  const s = emu.stats;
  const writes = Object.entries(s.byMethod).filter(([m]) => WRITES.test(m));
  return {
    calls: s.total,
    reads: Object.entries(s.byMethod).filter(([m]) => /getValues|getNotes|getBackgrounds|Spreadsheets\.get/.test(m)).reduce((n, [, c]) => n + c, 0),
    writes: writes.reduce((n, [, c]) => n + c, 0),
    written: writes.reduce((n, [m]) => n + (s.cellsByMethod[m] ?? 0), 0),
  };
}

describe('validation calls and cells (issue 14)', () => {
  it('reads the same number of times at 20 and 200 guests, and a validate after a validate writes nothing', async () => {
    const seen: Record<number, ReturnType<typeof counts>[]> = {};
    for (const n of [20, 200]) {
      const emu = await eventOf(n);
      seen[n] = [];
      for (let run = 0; run < 2; run++) {
        emu.stats.reset();
        expect((await emu.call('validateWorkbook')).ok).toBe(true);
        seen[n].push(counts(emu));
        expect(emu.stats.byMethod['Spreadsheets.get']).toBe(1);
      }
    }
    // Flat in rows: the same calls and reads at both sizes.
    expect(seen[200][1].calls).toBe(seen[20][1].calls);
    expect(seen[200][1].reads).toBe(seen[20][1].reads);
    // The first run writes everything in one batchUpdate (and the header row once); the second nothing at all.
    expect(seen[20][0].writes).toBeLessThanOrEqual(3);
    expect(seen[20][1]).toMatchObject({ writes: 0, written: 0 });
    expect(seen[200][1]).toMatchObject({ writes: 0, written: 0 });
    // Proportional to what changed: ten times the guests, about ten times the cells on the first run.
    expect(seen[200][0].written).toBeGreaterThan(5 * seen[20][0].written);
  });

  it.each(['the on-edit trigger', 'the simple trigger'])('an edit of a pasted block, a merged range or an emptied range never throws, keeps what was typed and writes no formula (%s)', async (by) => {
    const emu = await eventOf(20);
    const simple = by === 'the simple trigger';
    if (simple) await forgetEditTrigger(emu.options.workbookPath);
    expect((await emu.call('validateWorkbook')).ok).toBe(true);
    const typed = [['=1+1', 'x'], ['+SUM(A1)', '']];
    for (const [a1, values, merge] of [
      ['C3:D4', typed, false],
      ['E5:F5', [['merged', 'x']], true],
      ['C6:D7', [['', ''], ['', '']], false],
    ] as [string, unknown[][], boolean][]) {
      emu.stats.reset();
      const r = await emu.simulateEdit('Guests', a1, values, {}, { merge });
      expect([a1, r.ok, r.error]).toEqual([a1, true, undefined]);
      expect(r.editTriggers.map((t) => [t.ok, t.error])).toEqual([[true, undefined]]);
      if (simple) {
        // AuthMode.LIMITED: no API; marks of the edited rows only, one note and fill read each.
        expect(emu.stats.byMethod['Spreadsheets.get'] ?? 0).toBe(0);
        expect(emu.stats.byMethod['Range.getNotes'] ?? 0).toBeLessThanOrEqual(2);
      } else {
        // Set-up's installable trigger checks the edit (the simple trigger stands down): through the Sheets API,
        // one read of the values, one of the edited rows' marks, at most one write.
        expect(emu.stats.byMethod['Values.batchGet']).toBe(1);
        expect(emu.stats.byMethod['Spreadsheets.get'] ?? 0).toBeLessThanOrEqual(1);
        expect(emu.stats.byMethod['Spreadsheets.batchUpdate'] ?? 0).toBeLessThanOrEqual(1);
        expect(emu.stats.byMethod['Range.getValues'] ?? 0).toBe(0);
      }
    }
    expect((await emu.call('validateWorkbook')).ok).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(emu.options.workbookPath);
    const guests = book.getWorksheet('Guests')!;
    // What the user typed is as they typed it (text in these plain-text columns); the merged cell keeps its top-left value.
    expect([guests.getCell('C3').value, guests.getCell('C4').value]).toEqual(['=1+1', '+SUM(A1)']);
    expect(guests.getCell('D3').value).toBe('x');
    expect(guests.getCell('E5').value).toBe('merged');
    expect(guests.getCell('C6').value ?? '').toBe('');
    // LO Desk wrote no formula anywhere on the Findings tab.
    book.getWorksheet('Findings')!.eachRow((row) => row.eachCell((c) => expect(c.formula ?? '').toBe('')));
  });

  it('writes the Findings tab in the event\'s language: Thai headers, severities and code names, the machine code kept in brackets', async () => {
    const emu = await eventOf(20);
    const r = await emu.call('validateWorkbook', [], {}, 'host');
    expect(r.ok).toBe(true);
    const report = r.value as { lang: string; findings: { code: string; severity: string }[] };
    expect(report.lang).toBe('th');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(emu.options.workbookPath);
    const tab = book.getWorksheet('Findings')!;
    expect(tab.getRow(1).getCell(1).value).toBe('ระดับ');
    expect(tab.getRow(1).getCell(5).value).toBe('รหัส');
    const first = report.findings[0];
    expect(tab.getRow(2).getCell(1).value).toBe({ error: 'ผิดพลาด', warning: 'คำเตือน', info: 'ข้อมูล' }[first.severity]);
    const code = String(tab.getRow(2).getCell(5).value);
    expect(code.endsWith(`(${first.code})`)).toBe(true);
    expect(/[\u0e00-\u0e7f]/.test(code)).toBe(true);
  });
});
