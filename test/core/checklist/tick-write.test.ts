import { CHECKLIST_COLUMNS, planTickWrite } from '../../../src/core/checklist/tick-write';
import { tick } from '../fixtures/model';

const at = new Date('2026-12-02T03:00:00Z');
/** LO1's tick of G01's briefing item on sheet row `row` (0: not on the sheet yet). */
const briefingTick = (row: number, note = '') => ({
  ...tick('G01', 'briefing_attended', { phase: 'prepare', done: true, done_by: 'lo1@example.go.th', done_at: at }), note, row,
});
/** The contract's columns with a user's column between item_id and done (index 3). */
const withUserColumn = { columns: { guest_id: 0, phase: 1, item_id: 2, done: 4, done_by: 5, done_at: 6, note: 7 }, width: 9 };

describe('where a tick goes', () => {
  test('an item already ticked: only its own cells of that row, never the user\'s column', () => {
    const plan = planTickWrite(withUserColumn, briefingTick(7, 'seen'), 'en');
    expect(plan.headers).toEqual([]);
    expect(plan.write).toEqual({
      kind: 'update', row: 7,
      cells: new Map<number, unknown>([[0, 'G01'], [1, 'prepare'], [2, 'briefing_attended'], [4, true], [5, 'lo1@example.go.th'], [6, at], [7, 'seen']]),
    });
  });

  test('a first tick: a new row up to the last owned column, blank in the user\'s column', () => {
    const plan = planTickWrite(withUserColumn, briefingTick(0), 'en');
    expect(plan.write).toEqual({ kind: 'append', row: ['G01', 'prepare', 'briefing_attended', '', true, 'lo1@example.go.th', at, ''] });
  });

  test('a tab without some contract columns: their headers at the right end, in the event\'s language', () => {
    const plan = planTickWrite({ columns: { guest_id: 0, phase: 1, item_id: 2, done: 3 }, width: 5 }, briefingTick(0), 'th');
    expect(plan.headers.map((h) => h.col)).toEqual([5, 6, 7]);
    expect(plan.headers.map((h) => h.header)).toEqual(['ผู้ทำ', 'เวลาที่ทำ', 'บันทึก']);
    expect(plan.write).toEqual({ kind: 'append', row: ['G01', 'prepare', 'briefing_attended', true, '', 'lo1@example.go.th', at, ''] });
  });

  test('no Checklist tab at all: every header, then the tick as row 2', () => {
    const plan = planTickWrite(null, briefingTick(0), 'en');
    expect(plan.headers.map((h) => h.col)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(plan.headers).toHaveLength(CHECKLIST_COLUMNS.length);
    expect(plan.write.kind).toBe('append');
  });
});
