/**
 * The LO pages' scoped read (src/core/views/lo-scope.ts) against the whole
 * workbook: for every LO of the sample and of a synthetic bench event, and of
 * events bent to hold findings one guest gets through another guest, the view
 * built from only the rows the scope keeps is the view built from every row.
 * The sidebar and the phone page are the same view (src/addon/lo-api.ts loViewFor_).
 */
import type { Lang } from '../../../src/core/model';
import type { SheetInput } from '../../../src/core/schema/parse';
import { checkWorkbook } from '../../../src/core/validate';
import { buildGuestCard, buildListProgress, buildLoView, resolveCaller, visibleGuests } from '../../../src/core/views';
import { checkForCaller } from '../../../src/core/views/lo-scope';
import { syntheticEvent } from '../../../src/local/bench/synthetic';
import { SAMPLE_ORGANISER } from '../../../src/local/sample/sample-event';
import { sampleEventTabs } from '../fixtures/sample-event';

const ZONE = { spreadsheetZone: 'Asia/Bangkok' };
/** 10:00 in Bangkok on the first day of the programme (a card lists today's items). */
const NOW = new Date('2026-12-07T03:00:00Z');
type Rows = Record<string, unknown>[];

/** The page's view from the whole workbook (the path before scoping) and from checkForCaller. */
/** The whole read of each event, made once (it does not depend on who calls). */
const wholeReads = new WeakMap<SheetInput[], ReturnType<typeof checkWorkbook>>();

function bothViews(tabs: SheetInput[], email: string, lang: Lang) {
  let full = wholeReads.get(tabs);
  if (!full) {
    full = checkWorkbook(tabs, ZONE);
    wholeReads.set(tabs, full);
  }
  const fullCaller = resolveCaller(full.parsed.model, email);
  const whole = buildLoView({ model: full.parsed.model, findings: full.findings, caller: fullCaller, now: NOW, lang });
  const s = checkForCaller(tabs, email, ZONE);
  const scoped = buildLoView({ model: s.parsed.model, findings: s.findings, caller: s.caller, now: NOW, lang });
  return { whole, scoped, full, s };
}

/** Every LO of the event, the organiser and a stranger see the same page either way; returns the LO views. */
function expectSameForEveryone(tabs: SheetInput[]): Map<string, string> {
  const model = checkWorkbook(tabs, ZONE).parsed.model;
  const emails = [...new Set(model.los.map((l) => l.email))];
  expect(emails.length).toBeGreaterThan(2);
  const out = new Map<string, string>();
  for (const email of [...emails, SAMPLE_ORGANISER, 'stranger@example.org']) {
    for (const lang of ['en', 'th'] as const) {
      const { whole, scoped } = bothViews(tabs, email, lang);
      expect({ email, lang, view: JSON.parse(JSON.stringify(scoped)) }).toEqual({ email, lang, view: JSON.parse(JSON.stringify(whole)) });
      if (lang === 'en') out.set(email, JSON.stringify(whole));
    }
  }
  return out;
}

/**
 * The sample's coach and group rides (more than two riders) taken out, so that
 * not every guest shares a ride with every LO's guests: the rows an LO's view
 * depends on are then a few, and the bent rows below are what links them.
 */
function fewRiders(tab: string, rows: Rows): void {
  if (tab !== 'Transfers') return;
  const small = rows.filter((r) => String(r.guest_ids).split(',').length <= 2);
  rows.splice(0, rows.length, ...small);
}

/** Bends one row of a tab in place. */
function edit(rows: Rows, match: (r: Record<string, unknown>) => boolean, change: Record<string, unknown>): void {
  const r = rows.find(match);
  if (!r) throw new Error('no such row in the sample');
  Object.assign(r, change);
}

/** The messages of the findings with `code` on the rows of guest G01's card (lo1@example.go.th is its primary LO). */
function g01Finding(tabs: SheetInput[], code: string): string {
  const { whole, full } = bothViews(tabs, 'lo1@example.go.th', 'en');
  const card = whole.ok ? whole.guests.find((g) => g.guest_id === 'G01') : undefined;
  const shown = (card?.findings ?? []).filter((f) => f.code === code);
  expect(shown.length).toBeGreaterThan(0);
  expect(full.findings.some((f) => f.code === code)).toBe(true);
  return shown.map((f) => f.message).join('\n');
}

describe('checkForCaller: the scoped read gives the whole read’s LO view', () => {
  test('the sample event: every LO, the organiser and a stranger, in both languages', () => {
    expectSameForEveryone(sampleEventTabs());
  });

  test('a synthetic bench event: every LO; an LO of it parses only a few guests', () => {
    const tabs = sampleEventTabs(undefined, syntheticEvent(90));
    expectSameForEveryone(tabs);
    const s = checkForCaller(tabs, 'lx20@example.go.th', ZONE);
    const all = checkWorkbook(tabs, ZONE).parsed.model;
    expect(visibleGuests(all, resolveCaller(all, 'lx20@example.go.th')).length).toBe(3);
    expect(s.parsed.model.guests.length).toBeLessThan(all.guests.length / 2);
    expect(s.parsed.model.flights.length).toBeLessThan(all.flights.length / 2);
  });

  test("lo_conflict of a co-LO through a guest who is not the caller's", () => {
    const tabs = sampleEventTabs((tab, rows) => {
      fewRiders(tab, rows);
      // LO07 is also G01's primary LO, and G21 (LO07's guest, not lo1's) now lands at BKK ten minutes before G01.
      if (tab === 'Assignments') rows.push({ guest_id: 'G01', lo_id: 'LO07', role: 'primary' });
      if (tab === 'Flights') {
        edit(rows, (r) => r.guest_id === 'G21' && r.direction === 'arrival', { to_airport: 'BKK', depart_local: '2026-12-06 12:05', arrive_local: '2026-12-06 16:05' });
      }
    });
    expect(g01Finding(tabs, 'lo_conflict')).toContain('LO07');
    expectSameForEveryone(tabs);
  });

  test('a shared transfer: an unknown rider, a rider of another LO landing after the pickup, a duplicate transfer id', () => {
    const tabs = sampleEventTabs((tab, rows) => {
      fewRiders(tab, rows);
      if (tab === 'Transfers') {
        edit(rows, (r) => r.transfer_id === 'T08', { guest_ids: 'G01, G02, G05, G99' });
        // An earlier row with T49's id: the first one counts, so G01's departure transfer is a duplicate.
        rows.unshift({ transfer_id: 'T49', guest_ids: 'G13', vehicle_id: 'V02', pickup_at: '2026-12-10 09:00', from_place: 'Sukhumvit Park Hotel', to_place: 'Suvarnabhumi Airport (BKK)', purpose: 'departure' });
      }
      // G05 (LO03's guest) now comes on JL33 too, landing after T08's pickup.
      if (tab === 'Flights') edit(rows, (r) => r.guest_id === 'G05' && r.direction === 'arrival', { flight_no: 'JL33', depart_local: '2026-12-06 13:00', arrive_local: '2026-12-06 18:00' });
    });
    expect(g01Finding(tabs, 'unknown_ref')).toContain('G99');
    expect(g01Finding(tabs, 'transfer_time')).toContain('JL33');
    const { whole } = bothViews(tabs, 'lo1@example.go.th', 'en');
    expect(JSON.stringify(whole)).not.toContain('T49');
    expectSameForEveryone(tabs);
  });

  test("vehicle_conflict: the caller's car taken by another LO's guest just before", () => {
    const tabs = sampleEventTabs((tab, rows) => {
      fewRiders(tab, rows);
      if (tab === 'Transfers') {
        rows.push({ transfer_id: 'T51', guest_ids: 'G12', vehicle_id: 'V08', pickup_at: '2026-12-10 18:50', from_place: 'Sukhumvit Park Hotel', to_place: 'Siam Paragon', purpose: 'programme' });
      }
    });
    expect(g01Finding(tabs, 'vehicle_conflict')).toContain('V08');
    expectSameForEveryone(tabs);
  });

  test("a programme audience naming another LO's guest whose id is the caller's guest's delegation (whose rows the scope leaves out)", () => {
    const tabs = sampleEventTabs((tab, rows) => {
      fewRiders(tab, rows);
      // The entry names guest G12, whose rows are not lo1's; G01's delegation has the same text.
      if (tab === 'Guests') edit(rows, (r) => r.guest_id === 'G01', { delegation: 'G12' });
      if (tab === 'Programme') edit(rows, (r) => r.item_id === 'P01', { audience: 'G12', title: 'Only for G12' });
    });
    const { whole: lo5 } = bothViews(tabs, 'lo.kittisak@example.go.th', 'en');
    const title = 'Only for G12';
    expect(JSON.stringify(lo5).includes(title)).toBe(true);
    expectSameForEveryone(tabs);
  });

  test('LO rows: an email typed in capitals after "mailto:", an LO id repeated above the caller’s row', () => {
    const tabs = sampleEventTabs((tab, rows) => {
      fewRiders(tab, rows);
      if (tab === 'LOs') {
        edit(rows, (r) => r.lo_id === 'LO02', { email: ' mailto:LO.Wipawee@Example.go.th' });
        // LO05's id again, above LO05's row: the first row counts, so lo.kittisak's row is the repeat and they see nothing.
        rows.unshift({ lo_id: 'LO05', name: 'Someone else', email: 'other@example.go.th', phone: '+66 80 000 0000', languages: 'th, en' });
      }
    });
    const views = expectSameForEveryone(tabs);
    const repeated = bothViews(tabs, 'lo.kittisak@example.go.th', 'en');
    expect(repeated.whole.ok).toBe(false);
    expect(repeated.scoped).toEqual(repeated.whole);
    expect(JSON.parse(views.get('other@example.go.th')!).guests.length).toBeGreaterThan(0);
    expect(bothViews(tabs, 'lo.wipawee@example.go.th', 'en').whole.ok).toBe(true);
  });

  test('tabs read through the Sheets API (date columns as serial numbers) give the views of the same dates typed', () => {
    const typed = sampleEventTabs(fewRiders);
    // Sheets' serial: days since 1899-12-30 of the wall time the cell shows.
    const serial = (v: unknown) => {
      const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(v) : null;
      return m ? (Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)) - Date.UTC(1899, 11, 30)) / 86_400_000 : v;
    };
    const api = typed.map((t) => ({ ...t, values: t.values.map((r, i) => (i === 0 ? r : r.map(serial))) }));
    expect(api.find((t) => t.name === 'Flights')!.values[1].some((v) => typeof v === 'number')).toBe(true);
    const model = checkWorkbook(typed, ZONE).parsed.model;
    for (const email of [...model.los.map((l) => l.email), SAMPLE_ORGANISER]) {
      const { whole } = bothViews(typed, email, 'en');
      const s = checkForCaller(api, email, ZONE, { serials: true });
      expect(buildLoView({ model: s.parsed.model, findings: s.findings, caller: s.caller, now: NOW, lang: 'en' })).toEqual(whole);
    }
  });

  test("one card asked for: an LO's own guest, another LO's and an organiser's pick are answered as from the whole workbook", () => {
    const tabs = sampleEventTabs();
    const full = checkWorkbook(tabs, ZONE);
    for (const [email, guest] of [['lo1@example.go.th', 'G14'], ['lo1@example.go.th', 'G03'], [SAMPLE_ORGANISER, 'G07']]) {
      const fullCaller = resolveCaller(full.parsed.model, email);
      const whole = buildGuestCard({ model: full.parsed.model, findings: full.findings, caller: fullCaller, now: NOW, lang: 'en' }, guest);
      const s = checkForCaller(tabs, email, ZONE, { card: true });
      expect(buildGuestCard({ model: s.parsed.model, findings: s.findings, caller: s.caller, now: NOW, lang: 'en' }, guest)).toEqual(whole);
    }
  });
});

describe("an organiser's sidebar list without its progress (lean)", () => {
  test('parses only the list tabs, gives the same list to pick from, and buildListProgress the progress the whole read gives', () => {
    for (const tabs of [sampleEventTabs(), sampleEventTabs(undefined, syntheticEvent(90))]) {
      const { whole } = bothViews(tabs, SAMPLE_ORGANISER, 'en');
      const lean = checkForCaller(tabs, SAMPLE_ORGANISER, ZONE, { lean: true });
      expect(lean.lean).toBe(true);
      // Only the list's tabs: no flights, ticks or programme parsed.
      expect(lean.parsed.model.flights).toEqual([]);
      expect(lean.parsed.model.checklist).toEqual([]);
      const view = buildLoView({ model: lean.parsed.model, findings: lean.findings, caller: lean.caller, now: NOW, lang: 'en', listProgress: false });
      if (!view.ok || !whole.ok) throw new Error('refused');
      const { phase, done, total, overdue, ...rest } = whole.list!;
      expect(view.list).toEqual({ ...rest, phase: [], done: [], total: [], overdue: [], later: true });
      expect({ ...view, list: undefined }).toEqual({ ...whole, list: undefined });
      // The progress fetched afterwards (from the whole read) is the list's own, by id.
      const full = checkForCaller(tabs, SAMPLE_ORGANISER, ZONE);
      const progress = buildListProgress(full.parsed.model, full.caller, NOW);
      if (!progress.ok) throw new Error('refused');
      const at = new Map(progress.ids.map((id, k) => [id, k]));
      expect(rest.ids.map((id) => progress.phase[at.get(id)!])).toEqual(phase);
      expect(rest.ids.map((id) => progress.done[at.get(id)!])).toEqual(done);
      expect(rest.ids.map((id) => progress.total[at.get(id)!])).toEqual(total);
      expect(rest.ids.map((id) => progress.overdue[at.get(id)!])).toEqual(overdue);
    }
  });

  test('an organiser with few guests (cards, not a list) is parsed whole and validated', () => {
    const tabs = sampleEventTabs();
    const guests = tabs.find((t) => t.name === 'Guests')!;
    const few = tabs.map((t) => (t === guests ? { ...t, values: guests.values.slice(0, 4) } : t));
    const lean = checkForCaller(few, SAMPLE_ORGANISER, ZONE, { lean: true });
    expect(lean.lean).toBeUndefined();
    expect(lean.parsed.model.flights.length).toBeGreaterThan(0);
  });
});
