import { buildLoView } from '../../../src/core/views';
import type { GuestCardView, LoView, SectionView } from '../../../src/core/views/types';
import { addRow, deleteRow, rowOf, setCell, validEvent } from '../fixtures/workbook';
import { bkk } from '../fixtures/model';
import { inputFor } from '../fixtures/views';

const SOMCHAI = 'somchai@example.org';

function ok(v: ReturnType<typeof buildLoView>): LoView {
  if (!v.ok) throw new Error(`expected a view, got a refusal: ${v.message}`);
  return v;
}

function section(g: GuestCardView, key: string): SectionView {
  const s = g.sections.find((x) => x.key === key);
  if (!s) throw new Error(`no section ${key}`);
  return s;
}

function field(s: SectionView, label: string) {
  return s.fields.filter((f) => f.label === label);
}

describe('the LO view: access', () => {
  it('an LO gets exactly their own guests', () => {
    const v = ok(buildLoView(inputFor(validEvent(), SOMCHAI, bkk('2026-12-06 12:00'))));
    expect(v.guests.map((g) => g.guest_id)).toEqual(['G001']);
    expect(v.caller).toEqual({ email: SOMCHAI, role: 'lo', name: 'Somchai Jaidee' });
    expect(JSON.stringify(v)).not.toContain('García');
  });

  it('a stranger and an empty identity get a refusal that carries no guest data', () => {
    for (const [email, reason] of [['intruder@example.com', 'none'], ['', 'no_identity']] as const) {
      const v = buildLoView(inputFor(validEvent(), email, bkk('2026-12-06 12:00')));
      expect(v.ok).toBe(false);
      if (v.ok) continue;
      expect(v.reason).toBe(reason);
      const json = JSON.stringify(v);
      for (const secret of ['Yamada', 'García', 'G001', 'no_pork', 'Riverside']) expect(json).not.toContain(secret);
    }
  });

  it('an organiser gets every guest, their own assignments first', () => {
    const wb = validEvent();
    addRow(wb, 'LOs', { lo_id: 'LO09', name: 'Desk Officer', email: 'desk@example.org', phone: '081 000 0000', languages: 'Thai, Spanish' });
    addRow(wb, 'Assignments', { guest_id: 'G002', lo_id: 'LO09', role: 'backup' });
    const v = ok(buildLoView(inputFor(wb, 'desk@example.org', bkk('2026-12-06 12:00'))));
    expect(v.guests.map((g) => [g.guest_id, g.role])).toEqual([
      ['G002', 'backup'],
      ['G001', 'organiser'],
    ]);
  });
});

describe('the guest card', () => {
  const at = bkk('2026-12-07 08:00');

  it('writes flight times in each airport\'s own zone, named', () => {
    const g = ok(buildLoView(inputFor(validEvent(), SOMCHAI, at))).guests[0];
    const flights = section(g, 'flights');
    expect(field(flights, 'Departs')[0].text).toBe('Sun 6 Dec 2026 10:30 (Tokyo, UTC+9)');
    expect(field(flights, 'Arrives')[0].text).toBe('Sun 6 Dec 2026 15:30 (Bangkok, UTC+7)');
  });

  it('uses Buddhist-era years and Thai words in Thai', () => {
    const g = ok(buildLoView(inputFor(validEvent(), SOMCHAI, at, 'th'))).guests[0];
    const text = JSON.stringify(section(g, 'flights'));
    expect(text).toContain('2569');
    expect(text).not.toContain('2026');
  });

  it('gives the driver\'s and hotel\'s phones as tel: links', () => {
    const g = ok(buildLoView(inputFor(validEvent(), SOMCHAI, at))).guests[0];
    const phone = field(section(g, 'car'), "Driver's phone")[0];
    expect(phone).toMatchObject({ text: '081 111 2222', href: 'tel:0811112222' });
    expect(field(section(g, 'car'), 'Car')[0].text).toContain('กข 1234');
    expect(section(g, 'hotel').fields.some((f) => f.href === 'tel:021234567')).toBe(true);
  });

  it('marks diet and medical notes as sensitive', () => {
    const wb = validEvent();
    setCell(wb, 'Guests', rowOf(wb, 'Guests', 'G001'), 'medical_notes', 'Carries an epinephrine pen');
    const g = ok(buildLoView(inputFor(wb, SOMCHAI, at))).guests[0];
    const needs = section(g, 'needs').fields;
    expect(needs.map((f) => f.text)).toEqual(['no pork', 'Carries an epinephrine pen']);
    expect(needs.every((f) => f.sensitive)).toBe(true);
  });

  it('lists today\'s programme for the guest, in the event zone', () => {
    const g = ok(buildLoView(inputFor(validEvent(), SOMCHAI, at))).guests[0];
    const today = section(g, 'today');
    expect(today.fields).toEqual([{ label: '09:00–12:00', text: 'Opening session · QSNCC Hall A' }]);
    const nothing = ok(buildLoView(inputFor(validEvent(), SOMCHAI, bkk('2026-12-09 08:00')))).guests[0];
    expect(section(nothing, 'today').fields).toEqual([]);
    expect(section(nothing, 'today').empty).toBe('Nothing on the programme today.');
  });

  it('still shows a guest with missing data, marks what is missing and links it to the finding', () => {
    const wb = validEvent();
    deleteRow(wb, 'Flights', rowOf(wb, 'Flights', 'G001', 'arrival'));
    const g = ok(buildLoView(inputFor(wb, SOMCHAI, at))).guests[0];
    const missingFlights = section(g, 'flights').fields.filter((f) => f.missing);
    expect(missingFlights.map((f) => f.label)).toEqual(['No arrival flight']);
    const missing = missingFlights[0];
    const finding = g.findings.find((f) => f.id === missing.findingId);
    expect(finding).toMatchObject({ code: 'no_arrival_flight', where: 'Guests, row 2, Guest ID' });
    expect(missing.findingWhere).toBe('see Guests, row 2, Guest ID');
    // Room number is absent in the fixture: still a line, marked.
    expect(section(g, 'hotel').fields.find((f) => f.label === 'Room no.')).toMatchObject({ missing: true });
    expect(g.missingCount).toBe(2); // the arrival flight and the room
  });

  it('keeps an HTML fragment in a name as plain text (the page sets it as text)', () => {
    const wb = validEvent();
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    setCell(wb, 'Guests', rowOf(wb, 'Guests', 'G001'), 'given_name', evil);
    const g = ok(buildLoView(inputFor(wb, SOMCHAI, at))).guests[0];
    expect(g.name).toBe(`H.E. ${evil} Yamada`);
  });
});

describe('the checklist in the LO view', () => {
  it('puts the current phase first with overdue, then the next item, on top', () => {
    const g = ok(buildLoView(inputFor(validEvent(), SOMCHAI, bkk('2026-12-06 16:00')))).guests[0];
    expect(g.checklist.map((p) => p.phase)).toEqual(['arrival', 'stay', 'departure', 'prepare', 'before_arrival']);
    const arrival = g.checklist[0];
    expect(arrival.current).toBe(true);
    expect(arrival.items[0]).toMatchObject({ item_id: 'at_airport_early', state: 'overdue' });
    expect(arrival.items[1].state).toBe('next');
    expect(arrival.overdue).toBe(1);
    const ranks = arrival.items.map((i) => ['overdue', 'next', 'open', 'done'].indexOf(i.state));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('lists every overdue item, whatever its phase, then the next one, under "to do now"', () => {
    const g = ok(buildLoView(inputFor(validEvent(), SOMCHAI, bkk('2026-12-06 16:00')))).guests[0];
    const overdue = g.checklist.flatMap((p) => p.items).filter((i) => i.state === 'overdue');
    const overdueByPhase: Record<string, number> = {};
    for (const i of overdue) overdueByPhase[i.phase] = (overdueByPhase[i.phase] ?? 0) + 1;
    expect(overdueByPhase).toEqual({ arrival: 1, prepare: 6, before_arrival: 4 });
    expect(g.focus.map((i) => i.state)).toEqual([...overdue.map(() => 'overdue'), 'next']);
    const dues = g.focus.slice(0, -1).map((i) => i.dueIso!);
    expect([...dues].sort()).toEqual(dues);
  });

  it('shows who ticked an item and when, with the note', () => {
    const wb = validEvent();
    addRow(wb, 'Checklist', {
      guest_id: 'G001', phase: 'arrival', item_id: 'baggage_checked', done: true,
      done_by: 'somchai@example.org', done_at: '2026-12-06 16:05', note: 'Two cases, one golf bag',
    });
    const g = ok(buildLoView(inputFor(wb, SOMCHAI, bkk('2026-12-06 16:10')))).guests[0];
    const item = g.checklist[0].items.find((i) => i.item_id === 'baggage_checked')!;
    expect(item).toMatchObject({ state: 'done', done: true, note: 'Two cases, one golf bag' });
    expect(item.status).toBe('Done by somchai@example.org, Sun 6 Dec 2026 16:05 (Bangkok, UTC+7)');
    expect(g.checklist[0].items.at(-1)!.item_id).toBe('baggage_checked');
  });

  it('says which items the data ticked by itself', () => {
    const wb = validEvent();
    setCell(wb, 'Guests', rowOf(wb, 'Guests', 'G001'), 'room_no', '1204');
    const g = ok(buildLoView(inputFor(wb, SOMCHAI, bkk('2026-12-06 16:10')))).guests[0];
    const room = g.checklist.flatMap((p) => p.items).find((i) => i.item_id === 'room_number_noted')!;
    expect(room).toMatchObject({ done: true, auto: true });
    expect(room.status).toBe('Done by itself: room 1204 recorded');
  });
});

describe('contacts and reminders', () => {
  it('lists the contacts with tel: links', () => {
    const v = ok(buildLoView(inputFor(validEvent(), SOMCHAI, bkk('2026-12-06 12:00'))));
    expect(v.contacts.fields).toEqual([{ label: 'Secretariat', text: 'Nok Wongsa · 02 999 0000', href: 'tel:029990000' }]);
  });

  it('leaves reminders out until their state was written, then shows it', () => {
    const base = inputFor(validEvent(), SOMCHAI, bkk('2026-12-06 12:00'));
    expect(ok(buildLoView(base)).reminders).toBeUndefined();
    const v = ok(buildLoView({ ...base, reminders: { on: true, lastRunAt: new Date('2026-12-06T04:00:00Z') } }));
    expect(v.reminders).toEqual({ on: true, text: 'Reminders are on · last run Sun 6 Dec 2026 11:00 (Bangkok, UTC+7)' });
  });
});
