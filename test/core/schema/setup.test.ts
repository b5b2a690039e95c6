import { COLUMN_HELP } from '../../../src/core/schema/column-help';
import { planSetup, type SetupPlan } from '../../../src/core/schema/setup';
import type { SheetInput } from '../../../src/core/schema/parse';
import { TABS } from '../../../src/core/schema/tabs';
import { validEvent, sheet } from '../fixtures/workbook';

/** Applies a plan to header-only sheets the way the add-on would (headers and Event rows only). */
function apply(existing: SheetInput[], plan: SetupPlan): SheetInput[] {
  const out = existing.map((s) => ({ name: s.name, values: s.values.map((r) => r.slice()) }));
  for (const p of plan.tabs) {
    let s = out.find((x) => x.name === p.sheetName);
    if (!s) {
      s = { name: p.sheetName, values: [[]] };
      out.push(s);
    }
    for (const c of p.append) s.values[0][c.index] = c.header;
    for (const r of p.settings ?? []) {
      if (!r.isNew) continue;
      while (s.values.length < r.row) s.values.push([]);
      s.values[r.row - 1] = [r.label, r.value];
    }
  }
  return out;
}

describe('set-up plan', () => {
  test('an empty spreadsheet: every non-optional tab is created with labels in the event language', () => {
    const plan = planSetup([], 'th', COLUMN_HELP);
    expect(plan.tabs.map((t) => t.tab)).toEqual(TABS.filter((t) => !t.optional).map((t) => t.name));
    const guests = plan.tabs.find((t) => t.tab === 'Guests')!;
    expect(guests.create).toBe(true);
    expect(guests.append.map((c) => c.index)).toEqual(guests.columns.map((_, i) => i));
    expect(guests.append[0]).toMatchObject({ key: 'guest_id', header: 'รหัสแขก', letter: 'A', required: true, numberFormat: '@' });
    expect(guests.append[0].note).toContain('G001');
    expect(guests.columns.find((c) => c.key === 'check_in')!.numberFormat).toBe('yyyy-mm-dd');
    expect(guests.columns.find((c) => c.key === 'dietary')!.validation).toMatchObject({ kind: 'list', values: expect.arrayContaining(['halal']) });
    expect(guests.columns.find((c) => c.key === 'hotel_id')!.validation).toEqual({
      kind: 'range', tab: 'Hotels', sheetName: 'Hotels', a1: "'Hotels'!$A$2:$A", allowInvalid: true,
    });
    const event = plan.tabs.find((t) => t.tab === 'Event')!;
    expect(event.settings!.map((r) => [r.key, r.row, r.value])).toContainEqual(['language', 6, 'th']);
    expect(event.settings!.find((r) => r.key === 'lo_gap_minutes')!.value).toBe(120);
    const checklist = plan.tabs.find((t) => t.tab === 'Checklist')!;
    expect(checklist.owned).toBe(true);
    expect(checklist.style.protectWarningOnly).toBe(false);
    expect(plan.tabs.find((t) => t.tab === 'Findings')!.style.protectWarningOnly).toBe(true);
    expect(checklist.columns.find((c) => c.key === 'done')!.validation).toEqual({ kind: 'checkbox' });
    expect(guests.style.headerBackground).not.toBe(checklist.style.headerBackground);
  });

  test('running it twice changes nothing', () => {
    const once = apply([], planSetup([], 'en', COLUMN_HELP));
    const again = planSetup(once, 'en', COLUMN_HELP);
    for (const t of again.tabs) {
      expect([t.tab, t.create, t.append.length, (t.settings ?? []).filter((r) => r.isNew).length]).toEqual([t.tab, false, 0, 0]);
    }
    expect(JSON.stringify(apply(once, again))).toBe(JSON.stringify(once));
  });

  test('missing columns are appended after the last used column; existing ones keep their place', () => {
    const wb = validEvent();
    const s = sheet(wb, 'Vehicles');
    // A user column at the end, and the "notes" and "seats" columns removed.
    s.values = s.values.map((r, i) => [r[0], r[1], r[2], r[4], r[5], i === 0 ? 'Fuel card' : 'FC-1']);
    const plan = planSetup(wb, 'en', COLUMN_HELP);
    const v = plan.tabs.find((t) => t.tab === 'Vehicles')!;
    expect(v.create).toBe(false);
    expect(v.append.map((c) => [c.key, c.index, c.header])).toEqual([['seats', 6, 'Seats'], ['notes', 7, 'Notes']]);
    expect(v.columns.find((c) => c.key === 'driver_name')!.index).toBe(3);
    // References follow the id column wherever it is.
    const t = plan.tabs.find((x) => x.tab === 'Transfers')!;
    expect(t.columns.find((c) => c.key === 'vehicle_id')!.validation).toMatchObject({ a1: "'Vehicles'!$A$2:$A" });
  });

  test('a reference dropdown points at the id column of a renamed, reordered tab', () => {
    const wb: SheetInput[] = [{ name: 'guests', values: [['Family name', 'Given name', 'Guest ID']] }];
    const plan = planSetup(wb, 'en', COLUMN_HELP);
    const flights = plan.tabs.find((x) => x.tab === 'Flights')!;
    expect(flights.columns[0].validation).toMatchObject({ sheetName: 'guests', a1: "'guests'!$C$2:$C" });
  });
});
