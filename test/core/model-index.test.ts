import { inAudience, indexModel } from '../../src/core/model-index';
import { arrival, bkk, departure, emptyModel, guest, zt } from './fixtures/model';

function event() {
  const m = emptyModel();
  m.guests.push(
    guest('G1', { delegation: 'JPN', check_in: '2026-12-06', check_out: '2026-12-08' }),
    guest('G2', { row: 3, delegation: 'KOR', check_in: '2026-12-09', check_out: '2026-12-10' }),
  );
  m.flights.push(departure('G1', '2026-12-08 10:00', { row: 2 }), arrival('G1', '2026-12-06 14:35', { row: 3 }));
  m.transfers.push(
    { row: 2, transfer_id: 'T2', guest_ids: ['G1', 'G1'], pickup: zt('2026-12-08 06:00'), from_place: 'Hotel', to_place: 'BKK', purpose: 'departure' },
    { row: 3, transfer_id: 'T1', guest_ids: ['G1'], pickup: zt('2026-12-06 15:30'), from_place: 'BKK', to_place: 'Hotel', purpose: 'arrival' },
  );
  m.programme.push(
    { row: 2, item_id: 'P2', starts: zt('2026-12-07 19:00'), title: 'Dinner', venue: 'Hall', kind: 'official', audience: [] },
    { row: 3, item_id: 'P1', starts: zt('2026-12-07 09:00'), title: 'Opening', venue: 'Hall', kind: 'official', audience: ['kor', 'G1'] },
  );
  m.checklist.push(
    { row: 2, guest_id: 'G1', item_id: 'hotel_confirmed', done: true, phase: 'prepare', done_at: bkk('2026-12-05 10:00') },
    { row: 3, guest_id: 'G1', item_id: 'hotel_confirmed', done: true, phase: 'prepare', done_at: bkk('2026-12-04 10:00') },
  );
  return m;
}

describe('indexModel', () => {
  const ix = indexModel(event());

  test('per guest: flights in time order, transfers in pickup order and once each', () => {
    expect(ix.flightsByGuest.get('G1')!.map((f) => f.row)).toEqual([3, 2]);
    expect(ix.transfersByGuest.get('G1')!.map((t) => t.transfer_id)).toEqual(['T1', 'T2']);
  });

  test('programme in start order; attendees leave out guests not in town, except those named', () => {
    expect(ix.programme.map((p) => p.item_id)).toEqual(['P1', 'P2']);
    expect(ix.attendees.get('P2')!.map((g) => g.guest_id)).toEqual(['G1']);
    expect(ix.attendees.get('P1')!.map((g) => g.guest_id)).toEqual(['G1']);
    expect(ix.itemsByGuest.get('G1')!.map((p) => p.item_id)).toEqual(['P1', 'P2']);
    expect(ix.itemsByDate.get('2026-12-07')!.map((p) => p.item_id)).toEqual(['P1', 'P2']);
    expect(ix.refAt).toEqual(bkk('2026-12-07 09:00'));
  });

  test('the tick that counts is the latest done_at', () => {
    expect(ix.ticksByGuest.get('G1')!.get('hotel_confirmed')!.row).toBe(2);
  });

  test('inAudience: empty or "all" is everyone, else ids and delegations without case', () => {
    const [g1, g2] = ix.model.guests;
    const [p2, p1] = ix.model.programme;
    expect([inAudience(p2, g1), inAudience(p2, g2), inAudience(p1, g1), inAudience(p1, g2)]).toEqual([true, true, true, true]);
    expect(inAudience({ ...p1, audience: ['THA'] }, g1)).toBe(false);
  });
});
