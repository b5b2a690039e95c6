/** transport_manifest (transport-manifest.ts): per day, per vehicle, landscape, in pickup order, with what a driver needs. */
import { buildAll, docTexts, type Doc } from '../../../src/core/documents';
import { docModel, MEDICAL } from '../fixtures/documents';
import { transfer, zt } from '../fixtures/model';

const byKey = (docs: Doc[], key: string) => {
  const d = docs.find((x) => x.key === key);
  if (!d) throw new Error(`no document ${key}; have ${docs.map((x) => x.key).join(', ')}`);
  return d;
};
const tables = (d: Doc) => d.blocks.filter((b): b is Extract<typeof b, { type: 'table' }> => b.type === 'table');
const headings = (d: Doc) => d.blocks.filter((b): b is Extract<typeof b, { type: 'heading' }> => b.type === 'heading' && b.level === 2).map((b) => b.text);
const manifests = (docs: Doc[]) => docs.filter((x) => x.kind === 'transport_manifest');

describe('transport_manifest', () => {
  const docs = buildAll(docModel('en'), { kinds: ['transport_manifest'] });
  const dec6 = byKey(docs, 'transport_manifest:2026-12-06');

  test('is landscape, one table per vehicle in order of first pickup, the cars to be confirmed last', () => {
    expect(manifests(docs).map((d) => d.orientation)).toEqual(['landscape', 'landscape', 'landscape', 'landscape', 'landscape']);
    expect(headings(dec6)).toEqual([
      'Vehicle 3ขค 567 (Sedan) · Wichai Srisuk 082 444 3434',
      'Vehicle กข 1234 กรุงเทพมหานคร (Van) · Prasert Boonma 081 555 1212',
      'Car to be confirmed',
    ]);
    expect(tables(dec6)[0].header).toEqual(['Pickup', 'From', 'To', 'Guests', 'Flight', 'Lands / takes off', 'Vehicle', 'Driver', 'LO', 'Notes']);
  });

  test("an airport pickup's row: pickup time, place, flight, landing, plate, driver's phone, LO's phone and the transfer's notes", () => {
    expect(tables(dec6)[1].rows).toEqual([[
      '15:45', 'BKK Terminal 1', 'Riverside Grand', 'H.E. Taro Yamada (assistance needed: ask the LO)', 'TG 641, terminal 1', 'lands 15:30',
      'กข 1234 กรุงเทพมหานคร (Van)', 'Prasert Boonma 081 555 1212', 'Somchai Jaidee 081 234 5678', 'meeting point gate 3',
    ]]);
    // A changed flight says so beside its landing.
    expect(tables(dec6)[0].rows[0][5]).toBe('lands 13:00 (changed)');
  });

  test('a programme transfer carries its notes; a flight without a transfer appears with its car to be confirmed, marked', () => {
    const dec7 = byKey(docs, 'transport_manifest:2026-12-07');
    expect(tables(dec7)[0].rows[0]).toEqual([
      '08:15', 'Riverside Grand', 'QSNCC', 'H.E. Taro Yamada (assistance needed: ask the LO); Ms María García', 'none', 'none',
      'กข 1234 กรุงเทพมหานคร (Van)', 'Prasert Boonma 081 555 1212', 'Somchai Jaidee 081 234 5678; Suda Rakthai 089 876 5432',
      'folded wheelchair in the boot',
    ]);
    // G003 has no LO and no car: collected at the airport, taken to the hotel, everything else to be confirmed.
    expect(tables(dec6)[2].rows).toEqual([[
      'to be confirmed', 'BKK', 'Lotus Residence', 'Dr Ahmed Khan [no LO assigned]', 'MH 782', 'lands 09:10',
      'to be confirmed', 'to be confirmed', 'no LO assigned', 'none',
    ]]);
  });

  test('rows of a vehicle are in pickup order; a landing after midnight is on the next day', () => {
    const m = docModel('en');
    m.transfers.push(transfer('T6', ['G002'], { row: 7, vehicle_id: 'V1', pickup: zt('2026-12-06 07:00'), from_place: 'Riverside Grand', to_place: 'Embassy', purpose: 'programme' }));
    const d = byKey(buildAll(m, { kinds: ['transport_manifest'] }), 'transport_manifest:2026-12-06');
    // The van now has the day's first pickup, so its table comes first.
    expect(headings(d)[0]).toBe('Vehicle กข 1234 กรุงเทพมหานคร (Van) · Prasert Boonma 081 555 1212');
    expect(tables(d)[0].rows.map((r) => r[0])).toEqual(['07:00', '15:45']);
    expect(tables(byKey(docs, 'transport_manifest:2026-12-07'))[1].rows[0][3]).toBe('Mr Min-ho Lee');
  });

  test('a departure with no time is on the check-out day, its take-off to be confirmed', () => {
    expect(tables(byKey(docs, 'transport_manifest:2026-12-09'))[0].rows[0].slice(0, 6))
      .toEqual(['to be confirmed', 'Lotus Residence', 'BKK', 'Mr Min-ho Lee', 'KE 652', 'takes off to be confirmed']);
  });

  test('a cancelled flight stays, marked; an unknown vehicle is named and its driver is to be confirmed', () => {
    const m = docModel('en');
    m.flights[4].status = 'cancelled';
    m.transfers[1].vehicle_id = 'V9';
    const d = byKey(buildAll(m, { kinds: ['transport_manifest'] }), 'transport_manifest:2026-12-06');
    const rows = tables(d).flatMap((t) => t.rows);
    expect(rows.find((r) => r[4] === 'MH 782')?.[5]).toBe('CANCELLED: lands 09:10');
    expect(rows.find((r) => r[4] === 'QR 836, terminal 1')?.slice(6, 8)).toEqual(['V9 (not in the Vehicles tab)', 'to be confirmed']);
  });

  test('no medical or dietary notes; a note with markup or a leading = stays literal text', () => {
    for (const d of manifests(docs)) {
      const t = docTexts(d).join('\n');
      for (const note of Object.values(MEDICAL)) expect(t).not.toContain(note);
      expect(t).not.toContain('EpiPen');
    }
    expect(tables(byKey(docs, 'transport_manifest:2026-12-08'))[0].rows[0][9]).toBe('=1+1 <b>gate</b>');
  });

  test('in Thai, the headers are the shared labels', () => {
    const th = byKey(buildAll(docModel('th'), { kinds: ['transport_manifest'] }), 'transport_manifest:2026-12-06');
    expect(tables(th)[0].header).toEqual(['เวลารับ', 'จาก', 'ไป', 'แขก', 'เที่ยวบิน', 'เวลาถึง / ออก', 'รถ', 'พนักงานขับรถ', 'LO', 'หมายเหตุ']);
  });

  test('the confidentiality line and footer appear only where a shared medical note appears', () => {
    const CONFIDENTIAL = 'Confidential: health information for the LO and organisers only';
    expect(dec6.footer).toEqual([{ text: 'Page ' }, { text: '#', field: 'page' }]);
    expect(docTexts(dec6).join('\n')).not.toContain(CONFIDENTIAL);
    const m = docModel('en');
    m.guests[1].share_medical_notes = true; // García, on the 6th
    const docs2 = buildAll(m, { kinds: ['transport_manifest', 'daily_runsheet'] });
    for (const key of ['transport_manifest:2026-12-06', 'daily_runsheet:2026-12-06']) {
      const d = byKey(docs2, key);
      expect(d.blocks[1]).toEqual({ type: 'paragraph', runs: [{ text: CONFIDENTIAL, bold: true }] });
      expect(d.footer?.[0]).toEqual({ text: `${CONFIDENTIAL} · ` });
      expect(docTexts(d).join('\n')).toContain(MEDICAL.G002);
    }
    // The 8th has no guest with a shared medical note.
    expect(docTexts(byKey(docs2, 'transport_manifest:2026-12-08')).join('\n')).not.toContain(CONFIDENTIAL);
  });
});
