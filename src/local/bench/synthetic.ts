/**
 * A synthetic event of N guests for `npm run bench`, grown from the sample:
 * guest k is a copy of sample guest k mod 24 with fresh ids, its own flights,
 * transfers, a share of a fresh LO (3 guests each) and of a fresh car.
 */
import { sampleEvent, type SampleRow, type SampleWorkbook } from '../sample/sample-event';

export function syntheticEvent(n: number): SampleWorkbook {
  const base = sampleEvent();
  const tab = (name: string) => base.find((t) => t.tab === name)!.rows;
  const guests = tab('Guests');
  const byGuest = (rows: SampleRow[], key = 'guest_id') => {
    const m = new Map<string, SampleRow[]>();
    for (const r of rows) for (const g of String(r[key]).split(',').map((s) => s.trim())) m.set(g, [...(m.get(g) ?? []), r]);
    return m;
  };
  const flights = byGuest(tab('Flights'));
  const assignments = byGuest(tab('Assignments'));
  const transfers = byGuest(tab('Transfers').filter((t) => !String(t.guest_ids).includes(',')), 'guest_ids');
  const los = new Map(tab('LOs').map((l) => [String(l.lo_id), l]));
  const vehicles = tab('Vehicles');

  const out = { Guests: [] as SampleRow[], Flights: [] as SampleRow[], Assignments: [] as SampleRow[], LOs: [...tab('LOs')], Vehicles: [...vehicles], Transfers: [] as SampleRow[] };
  for (let i = 0; i < n; i++) {
    const g = guests[i % guests.length];
    const gid = String(g.guest_id);
    if (i < guests.length) {
      out.Guests.push(g);
      out.Flights.push(...(flights.get(gid) ?? []));
      out.Assignments.push(...(assignments.get(gid) ?? []));
      out.Transfers.push(...tab('Transfers').filter((t) => String(t.guest_ids).split(',')[0].trim() === gid));
      continue;
    }
    const id = `S${String(i + 1).padStart(5, '0')}`;
    const lo = `LX${Math.floor(i / 3)}`;
    const car = `VX${Math.floor(i / 4)}`;
    out.Guests.push({ ...g, guest_id: id, email: `${id.toLowerCase()}@example.org` });
    out.Flights.push(...(flights.get(gid) ?? []).map((f) => ({ ...f, guest_id: id })));
    const primary = (assignments.get(gid) ?? []).find((a) => a.role !== 'backup');
    if (i % 3 === 0) {
      const model = los.get(String(primary?.lo_id)) ?? tab('LOs')[0];
      out.LOs.push({ ...model, lo_id: lo, email: `${lo.toLowerCase()}@example.go.th` });
    }
    out.Assignments.push({ guest_id: id, lo_id: lo, role: 'primary' });
    if (i % 4 === 0) out.Vehicles.push({ ...vehicles[i % vehicles.length], vehicle_id: car });
    out.Transfers.push(
      ...(transfers.get(gid) ?? []).map((t, k) => ({ ...t, transfer_id: `TX${i}-${k}`, guest_ids: id, vehicle_id: car })),
    );
  }
  return base.map((t) => (t.tab in out ? { tab: t.tab, rows: out[t.tab as keyof typeof out] } : t));
}
