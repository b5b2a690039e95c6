import { HIGHLIGHT, NOTE_MARK, type CellState, type TabMarks, markLine, noteWith, planMarks, userPart } from '../../../src/core/validate/marks';
import { type FillRecord, parseRecord, recordSize, rowKeys, serializeRecord } from '../../../src/core/validate/mark-record';

// A Guests-like tab: guest_id in column 0, email in 1, a user's own column in 2, phone in 3.
const COLUMNS = { guest_id: 0, email: 1, phone: 3 };
const HEADER = ['guest_id', 'email', 'my own', 'phone'];
const ROWS = [HEADER, ['G01', 'a@b.org', 'x', '+66 1'], ['G02', 'bad', 'y', '+66 2'], ['G03', 'c@d.org', 'z', '+66 3']];
const ROOM = 30_000;

function cell(row: number, col: number, note = '', background: string | null = '#ffffff'): CellState {
  return { row, col, note, background };
}

const err = (row: number, col: number, message = 'not an email') => ({ row, col, severity: 'error' as const, code: 'invalid_value', message });

function tab(cells: CellState[], findings: TabMarks['findings'] = [], values: unknown[][] = ROWS): TabMarks {
  return { tab: 'Guests', columns: COLUMNS, cells, findings, keys: rowKeys(values, COLUMNS, 'guest_id') };
}

const MARK = markLine({ code: 'invalid_value', message: 'not an email' });

describe('notes', () => {
  it('adds one mark after the user\'s note, separated by one line break', () => {
    const p = planMarks([tab([cell(3, 1, 'Asked the embassy')], [err(3, 1)])], [], ROOM);
    expect(p.changes.Guests).toEqual([{ row: 3, col: 1, note: `Asked the embassy\n${MARK}`, background: HIGHLIGHT.error }]);
  });

  it('changes nothing when the mark is already there: run after run the note holds one copy', () => {
    let note = 'Asked the embassy';
    let bg: string | null = '#ffffff';
    for (let i = 0; i < 4; i++) {
      const p = planMarks([tab([cell(3, 1, note, bg)], [err(3, 1)])], [], ROOM);
      const c = p.changes.Guests?.[0];
      if (i > 0) expect(c).toBeUndefined();
      note = c?.note ?? note;
      bg = c?.background ?? bg;
    }
    expect(note).toBe(`Asked the embassy\n${MARK}`);
    expect(note.split(NOTE_MARK)).toHaveLength(2);
  });

  it('replaces a mark whose message changed instead of appending another', () => {
    const old = markLine({ code: 'invalid_value', message: 'old text' });
    const p = planMarks([tab([cell(3, 1, `Mine\n${old}`, HIGHLIGHT.error)], [err(3, 1)])], [], ROOM);
    expect(p.changes.Guests).toEqual([{ row: 3, col: 1, note: `Mine\n${MARK}` }]);
  });

  it('on fix leaves exactly the user\'s note, byte for byte, text after our block included', () => {
    for (const mine of ['Asked the embassy', 'two\nlines\n', '  spaced  ', '\n', 'crlf\r\nline']) {
      const marked = noteWith(mine, [MARK]);
      expect(userPart(marked)).toBe(mine);
      const p = planMarks([tab([cell(3, 1, marked, HIGHLIGHT.error)])], [], ROOM);
      expect(p.changes.Guests?.[0].note).toBe(mine);
    }
    // The user typed below our block: their text is kept and our block moves back to the end.
    const typedAfter = `Before\n${MARK}\nafter`;
    expect(planMarks([tab([cell(3, 1, typedAfter, HIGHLIGHT.error)], [err(3, 1)])], [], ROOM).changes.Guests?.[0].note).toBe(`Before\nafter\n${MARK}`);
    expect(planMarks([tab([cell(3, 1, typedAfter, HIGHLIGHT.error)])], [], ROOM).changes.Guests?.[0].note).toBe('Before\nafter');
  });

  it('writes one line per finding, each starting with the mark (line breaks in messages folded), no duplicates', () => {
    const f = [err(3, 1, 'first\nsecond'), err(3, 1, 'other'), err(3, 1, 'other')];
    const note = planMarks([tab([cell(3, 1)], f)], [], ROOM).changes.Guests![0].note!;
    const lines = note.split('\n');
    expect(lines).toEqual([`${NOTE_MARK}invalid_value: first second`, `${NOTE_MARK}invalid_value: other`]);
  });

  it('leaves a user\'s note with no mark of ours alone (no change at all)', () => {
    expect(planMarks([tab([cell(2, 1, 'Just mine')])], [], ROOM).changes).toEqual({});
  });
});

describe('fills', () => {
  it('highlights a cell with no fill without recording anything, and clears it to NO fill (null, not white) on fix', () => {
    const p = planMarks([tab([cell(3, 1)], [err(3, 1)])], [], ROOM);
    expect(p.changes.Guests![0].background).toBe(HIGHLIGHT.error);
    expect(p.record).toEqual([]);
    const fixed = planMarks([tab([cell(3, 1, MARK, HIGHLIGHT.error)])], [], ROOM);
    expect(fixed.changes.Guests).toEqual([{ row: 3, col: 1, note: '', background: null }]);
  });

  it('records a user\'s colour under the row\'s key and column, and restores exactly it on fix', () => {
    const p = planMarks([tab([cell(3, 1, '', '#00ff00')], [err(3, 1)])], [], ROOM);
    expect(p.changes.Guests![0].background).toBe(HIGHLIGHT.error);
    expect(p.record).toEqual([{ tab: 'Guests', column: 'email', key: '=G02', colour: '#00ff00' }]);
    expect(p.interim).toEqual(p.record);
    const fixed = planMarks([tab([cell(3, 1, MARK, HIGHLIGHT.error)])], p.record, ROOM);
    expect(fixed.changes.Guests).toEqual([{ row: 3, col: 1, note: '', background: '#00ff00' }]);
    expect(fixed.record).toEqual([]);
    // While the colour is written back the record still holds it (a run killed there loses nothing).
    expect(fixed.interim).toEqual(p.record);
  });

  it('finds the record by key, not position: after a sort the right cell gets its colour back', () => {
    const rec: FillRecord[] = [{ tab: 'Guests', column: 'email', key: '=G02', colour: '#00ff00' }];
    // G02 moved to row 2, G01 to row 3; both carry our colour now, neither is flagged any more.
    const sorted = [HEADER, ['G02', 'b@c.org', 'y', '+66 2'], ['G01', 'a@b.org', 'x', '+66 1'], ROWS[3]];
    const p = planMarks([tab([cell(2, 1, '', HIGHLIGHT.error), cell(3, 1, '', HIGHLIGHT.error)], [], sorted)], rec, ROOM);
    expect(p.changes.Guests).toEqual([{ row: 2, col: 1, background: '#00ff00' }, { row: 3, col: 1, background: null }]);
  });

  it('keeps a colour the user chose for a flagged cell and drops the record (flagged or fixed)', () => {
    const rec: FillRecord[] = [{ tab: 'Guests', column: 'email', key: '=G02', colour: '#00ff00' }];
    for (const findings of [[err(3, 1)], []]) {
      const p = planMarks([tab([cell(3, 1, findings.length ? MARK : '', '#0000ff')], findings)], rec, ROOM);
      expect(p.changes).toEqual({});
      expect(p.record).toEqual([]);
    }
  });

  it('switches between our own colours without touching the record', () => {
    const rec: FillRecord[] = [{ tab: 'Guests', column: 'email', key: '=G02', colour: '#00ff00' }];
    const warn = { ...err(3, 1), severity: 'warning' as const };
    const p = planMarks([tab([cell(3, 1, MARK, HIGHLIGHT.error)], [warn])], rec, ROOM);
    expect(p.changes.Guests).toEqual([{ row: 3, col: 1, background: HIGHLIGHT.warning }]);
    expect(p.record).toEqual(rec);
  });

  it('never touches a user\'s column, even one painted in our colour or carrying our mark', () => {
    const p = planMarks([tab([cell(3, 2, MARK, HIGHLIGHT.error)], [err(3, 2)])], [], ROOM);
    expect(p.changes).toEqual({});
  });

  it('does not replace a colour it has no room to record: the note alone marks the cell', () => {
    const p = planMarks([tab([cell(3, 1, '', '#00ff00')], [err(3, 1)])], [], recordSize([]) + 5);
    expect(p.changes.Guests).toEqual([{ row: 3, col: 1, note: MARK }]);
    expect(p.record).toEqual([]);
    expect(p.problems.join()).toMatch(/no room/);
  });

  it('does not replace a colour on a row whose key is shared: nothing could tell the rows apart later', () => {
    const dup = [HEADER, ['G01', 'a@b.org', 'x', '+66 1'], ['G01', 'bad', 'y', '+66 2']];
    const p = planMarks([tab([cell(3, 1, '', '#00ff00')], [err(3, 1)], dup)], [], ROOM);
    expect(p.changes.Guests).toEqual([{ row: 3, col: 1, note: MARK }]);
  });

  it('reports a record that matches several rows and applies it to none', () => {
    const rec: FillRecord[] = [{ tab: 'Guests', column: 'email', key: '=G01', colour: '#00ff00' }];
    const dup = [HEADER, ['G01', 'a@b.org', 'x', '+66 1'], ['G01', 'e@f.org', 'y', '+66 2']];
    const p = planMarks([tab([cell(2, 1, '', HIGHLIGHT.error), cell(3, 1, '', HIGHLIGHT.error)], [], dup)], rec, ROOM);
    expect(p.changes).toEqual({});
    expect(p.record).toEqual(rec);
    expect(p.problems.join()).toMatch(/2 rows share the key G01/);
  });

  it('drops a record whose row is gone, keeps (and reports) one whose column is missing, and leaves other tabs\' alone', () => {
    const rec: FillRecord[] = [
      { tab: 'Guests', column: 'email', key: '=G99', colour: '#00ff00' },
      { tab: 'Guests', column: 'dietary', key: '=G01', colour: '#00ff00' },
      { tab: 'Hotels', column: 'name', key: '=H1', colour: '#123456' },
    ];
    const p = planMarks([tab([cell(2, 1)])], rec, ROOM);
    expect(p.record).toEqual(rec.slice(1));
    expect(p.problems.join()).toMatch(/"dietary".*no column/);
  });

  it('leaves a record of a row outside the rows concerned (an edit) as it is', () => {
    const rec: FillRecord[] = [{ tab: 'Guests', column: 'email', key: '=G03', colour: '#00ff00' }];
    const p = planMarks([tab([cell(3, 1)])], rec, ROOM);
    expect(p.record).toEqual(rec);
    expect(p.changes).toEqual({});
  });

  it('plans nothing for cells that need no change', () => {
    const cells = [cell(2, 0), cell(2, 1, 'mine', '#00ff00'), cell(2, 3), cell(3, 1, `x\n${MARK}`, HIGHLIGHT.error)];
    const rec: FillRecord[] = [{ tab: 'Guests', column: 'email', key: '=G02', colour: '#00ff00' }];
    expect(planMarks([tab(cells, [err(3, 1)])], rec, ROOM).changes).toEqual({});
  });
});

describe('row keys and the stored record', () => {
  it('keys a row by its id, the id cell itself and rows without an id by a fingerprint of the row', () => {
    const k = rowKeys(ROWS, COLUMNS, 'guest_id');
    expect(k.keyAt(3, 'email')).toBe('=G02');
    expect(k.keyAt(3, 'guest_id')).toMatch(/^#[0-9a-f]{16}$/);
    expect(k.keyAt(3, 'guest_id')).not.toBe(k.keyAt(2, 'guest_id'));
    expect(k.keyAt(1, 'email')).toBeNull();
    expect(k.keyAt(9, 'email')).toBeNull();
    const noId = rowKeys([HEADER, ['', '', 'x', '']], COLUMNS, 'guest_id');
    expect(noId.keyAt(2, 'email')).toBeNull(); // only a user's column has text: nothing of ours to key by
    expect(k.count('email', '=G02')).toBe(1);
    expect(rowKeys([...ROWS, ['G02', 'q', '', '']], COLUMNS, 'guest_id').count('email', '=G02')).toBe(2);
  });

  it('round-trips the record as ASCII only and survives a damaged one', () => {
    const rec: FillRecord[] = [{ tab: 'Guests', column: 'email', key: '=ก01', colour: '#00ff00' }];
    const text = serializeRecord(rec);
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    expect(text.length).toBe(recordSize(rec));
    expect(parseRecord(text).entries).toEqual(rec);
    expect(parseRecord('{oops').entries).toEqual([]);
    expect(parseRecord('{oops').problem).toMatch(/could not be read/);
    expect(parseRecord(null)).toEqual({ entries: [] });
  });
});
