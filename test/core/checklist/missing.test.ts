import { buildChecklist, CATALOGUE_IDS, parseTickRequest, readiness } from '../../../src/core/checklist';
import { sampleModel } from '../fixtures/checklist';
import { bkk, emptyModel, flight, guest, transfer } from '../fixtures/model';
import { DEFAULT_ZONE } from '../../../src/core/schema/contract';

const NOW = bkk('2026-12-07 09:00');

describe('a guest with missing data', () => {
  test('a guest with no flights, hotel, car, LO or dates still gets every item, each undated one saying why', () => {
    const c = buildChecklist(sampleModel(), 'G2', NOW);
    expect(c.found).toBe(true);
    expect(c.currentPhase).toBe('prepare');
    for (const id of CATALOGUE_IDS) expect(c.items.some((i) => i.id === id)).toBe(true);
    // One dateless evening item stands in for the unknown evenings.
    const evening = c.items.find((i) => i.id === 'confirm_tomorrow');
    expect(evening?.dueReason).toBe('stay_dates_unknown');
    expect(evening?.text.en).toBe("Every evening: confirm the next day's programme and meeting times with the guest");
    for (const it of c.items) {
      expect(it.due).toBeUndefined();
      expect(it.status).toBe('open');
    }
    // Each item says which missing fact leaves it undated, in both languages.
    const reasons = new Set(c.items.map((i) => JSON.stringify([i.dueReason, i.dueReasonText])));
    expect([...reasons].map((r) => JSON.parse(r))).toEqual([
      ['no_arrival_date', { en: 'no arrival flight or check-in date recorded', th: 'ยังไม่มีเที่ยวบินขาเข้าหรือวันเช็คอิน' }],
      ['no_arrival_flight', { en: 'no arrival flight recorded', th: 'ยังไม่มีเที่ยวบินขาเข้า' }],
      ['stay_dates_unknown', { en: 'the dates of the stay are not known yet', th: 'ยังไม่ทราบวันที่แขกพำนัก' }],
      ['no_departure_date', { en: 'no departure flight or check-out date recorded', th: 'ยังไม่มีเที่ยวบินขาออกหรือวันเช็คเอาท์' }],
      ['no_departure_flight', { en: 'no departure flight recorded', th: 'ยังไม่มีเที่ยวบินขาออก' }],
    ]);
    expect(c.missing).toEqual(['no_arrival_flight', 'no_departure_flight', 'no_hotel', 'no_room', 'no_car', 'no_lo']);
    expect(c.missingText).toHaveLength(6);
    expect(c.nextId).toBeUndefined();
  });

  test('an unknown guest id gives an empty, marked checklist', () => {
    const c = buildChecklist(sampleModel(), 'NOPE', NOW);
    expect(c.found).toBe(false);
    expect(c.items).toEqual([]);
    expect(c.missing).toEqual(['unknown_guest']);
  });


  test('half-filled rows do not break anything', () => {
    const m = emptyModel();
    m.guests.push(guest('G1', { check_in: 'soon', check_out: '' }));
    // Rows as a careless caller might build them: missing lists, odd values.
    m.transfers.push(transfer('T', undefined as unknown as string[], { from_place: 'a', to_place: 'b' }));
    m.checklistItems.push({ row: 2, phase: 'nonsense' as never, text_en: 'x' }, { row: 3, phase: 'stay', text_en: '  ' });
    m.flights.push(flight('G1', 'arrival', {
      flight_no: 'X1', from_airport: 'AAA', to_airport: 'BBB', arrive: { at: new Date(NaN), zone: DEFAULT_ZONE, wall: '' },
    }));
    const c = buildChecklist(m, 'G1', NOW);
    expect(c.items.find((i) => i.id === 'at_airport_early')?.dueReason).toBe('arrival_time_unknown');
    expect(c.items.some((i) => i.custom)).toBe(false);
    expect(readiness(m, NOW).guests).toHaveLength(1);
    expect('error' in parseTickRequest({ guestId: 'G1', phase: 'stay', itemId: 'confirm_tomorrow', done: true }, m)).toBe(false);
  });
});
