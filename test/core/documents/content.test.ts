import { buildAll, docTexts, isMealItem, type Doc } from '../../../src/core/documents';
import type { EventModel } from '../../../src/core/model';
import { buildChecklist } from '../../../src/core/checklist';
import { docModel, MEDICAL } from '../fixtures/documents';
import { assignment, flight, guest, hotel, lo, programmeItem, tick, transfer, zt } from '../fixtures/model';

const textOf = (d: Doc) => docTexts(d).join('\n');
const byKey = (docs: Doc[], key: string) => {
  const d = docs.find((x) => x.key === key);
  if (!d) throw new Error(`no document ${key}; have ${docs.map((x) => x.key).join(', ')}`);
  return d;
};
const tables = (d: Doc) => d.blocks.filter((b): b is Extract<typeof b, { type: 'table' }> => b.type === 'table');
const medical = Object.values(MEDICAL);

describe('buildAll', () => {
  const docs = buildAll(docModel('en'));

  test('makes one document per LO, guest and hotel, and per day for the day kinds', () => {
    expect(docs.map((d) => d.key)).toEqual([
      'lo_brief:LO01', 'lo_brief:LO02', 'lo_brief:LO03',
      'guest_itinerary:G001', 'guest_itinerary:G002', 'guest_itinerary:G003', 'guest_itinerary:G004',
      'rooming_list:H1', 'rooming_list:H2',
      'transport_manifest:2026-12-06', 'transport_manifest:2026-12-07', 'transport_manifest:2026-12-08',
      'transport_manifest:2026-12-09', 'transport_manifest:2026-12-10',
      'daily_runsheet:2026-12-06', 'daily_runsheet:2026-12-07', 'daily_runsheet:2026-12-08',
      'daily_runsheet:2026-12-09', 'daily_runsheet:2026-12-10',
      'dietary_list:2026-12-07', 'dietary_list:2026-12-08',
    ]);
  });

  test('keys are unique and kinds filter', () => {
    expect(new Set(docs.map((d) => d.key)).size).toBe(docs.length);
    const only = buildAll(docModel('en'), { kinds: ['rooming_list'] });
    expect(only.map((d) => d.kind)).toEqual(['rooming_list', 'rooming_list']);
  });
});

describe('lo_brief', () => {
  const docs = buildAll(docModel('en'));
  const lo1 = textOf(byKey(docs, 'lo_brief:LO01'));

  test("holds only the LO's guests (primary and backup), with their cards", () => {
    expect(lo1).toContain('H.E. Taro Yamada');
    expect(lo1).toContain('Mr Min-ho Lee');
    expect(lo1).toContain('Ms María García (you are the backup LO)');
    expect(lo1).not.toContain('Khan');
    expect(lo1).toContain('Your Excellency (YAH-ma-da)');
    expect(lo1).toContain('Vice Minister');
    expect(lo1).toContain('Japanese, English');
    expect(lo1).toContain('nut allergy (severe, carries an EpiPen)');
    expect(lo1).toContain(MEDICAL.G001);
    const lo2 = textOf(byKey(docs, 'lo_brief:LO02'));
    expect(lo2).toContain('García');
    expect(lo2).not.toContain('Yamada');
    expect(lo2).not.toContain(MEDICAL.G001);
  });

  test('flights in the local time of each airport, with the zone named', () => {
    expect(lo1).toContain('Sun 6 Dec 2026 10:30 (Tokyo, UTC+9)');
    expect(lo1).toContain('Sun 6 Dec 2026 15:30 (Bangkok, UTC+7)');
  });

  test('hotel, room, check-in, car, programme, contacts and checklist phases', () => {
    for (const s of ['Riverside Grand', '1201', 'Welcome drink in the lobby', 'Sun 6 Dec 2026, 14:00',
      'กข 1234 กรุงเทพมหานคร (Van)', 'Prasert Boonma 081 555 1212', 'Opening session', 'Bilateral meeting',
      'Khun Ploy', 'Facilitation desk, airport', 'Preparation', 'Before the guest arrives', 'Arrival day',
      'During the stay', 'Departure', 'Bring the gala dinner seating plan']) {
      expect(lo1).toContain(s);
    }
    // A guest's programme holds only what they attend: the Korea-only site visit is Lee's, not Yamada's.
    const brief = byKey(docs, 'lo_brief:LO01');
    const progTables = tables(brief).filter((t) => t.header.includes('Programme item'));
    expect(progTables).toHaveLength(3);
    expect(progTables[0].rows.map((r) => r[1])).toEqual(['Opening session', 'Welcome lunch', 'Bilateral meeting', 'Gala dinner']);
    expect(progTables[2].rows.map((r) => r[1])).toEqual(['Opening session', 'Welcome lunch', 'Site visit (private)']);
  });

  test('checklist phases list the checklist module items, whatever is ticked', () => {
    const model = docModel('en');
    const items = buildChecklist(model, 'G001', new Date('2026-11-20T03:00:00Z')).items;
    const perPhase: Record<string, number> = {};
    for (const i of items) perPhase[i.phase] = (perPhase[i.phase] ?? 0) + 1;
    // Stay: six built-in items, the organisers' own item and a confirmation on each evening from the 6th to the 9th.
    expect(perPhase).toEqual({ prepare: 6, before_arrival: 8, arrival: 11, stay: 11, departure: 5 });
    for (const i of items) expect(lo1).toContain(i.text.en);
    model.checklist.push(tick('G001', items[0].id, { phase: 'arrival', done_by: 'x@example.org' }));
    expect(textOf(byKey(buildAll(model), 'lo_brief:LO01'))).toBe(lo1);
  });

  test('an LO without guests gets a brief that says so', () => {
    expect(textOf(byKey(docs, 'lo_brief:LO03'))).toContain('No guests are assigned to you yet.');
  });

  test('sheet text stays literal', () => {
    expect(lo1).toContain('=HYPERLINK("http://x") <b>not bold</b>');
  });
});

describe('guest_itinerary', () => {
  test('English only for an English event; welcome, hotel, LO, car, departure', () => {
    const it = textOf(byKey(buildAll(docModel('en')), 'guest_itinerary:G001'));
    for (const s of ['Dear Your Excellency (YAH-ma-da), welcome to Mekong Tourism Dialogue 2026', '06:30-10:30, River Café',
      'Network RG-Guest', 'Two cards; lifts need the card', 'Room, breakfast and laundry', 'Somchai Jaidee', '081 234 5678',
      'กข 1234 กรุงเทพมหานคร (Van)', 'Flight TG 640 to NRT', 'The car leaves Riverside Grand at Thu 10 Dec 2026 19:00']) {
      expect(it).toContain(s);
    }
    expect(it).not.toContain('กำหนดการ');
    expect(byKey(buildAll(docModel('en')), 'guest_itinerary:G001').blocks.some((b) => b.type === 'pageBreak')).toBe(false);
  });

  test('English then Thai (Buddhist-era dates) for a Thai event', () => {
    const doc = byKey(buildAll(docModel('th')), 'guest_itinerary:G001');
    const t = textOf(doc);
    const brk = doc.blocks.findIndex((b) => b.type === 'pageBreak');
    expect(brk).toBe(27);
    expect(docTexts({ ...doc, blocks: doc.blocks.slice(0, brk) }).join('\n')).toContain('Sun 6 Dec 2026');
    expect(t).toContain('กำหนดการ: H.E. Taro Yamada');
    expect(t).toContain('อา. 6 ธ.ค. 2569 15:30 น. (กรุงเทพฯ, UTC+7)');
    expect(t).toContain('งานเลี้ยงอาหารกลางวัน');
    expect(doc.title).toBe('Itinerary: H.E. Taro Yamada');
  });

  test('no medical or dietary data in itineraries', () => {
    for (const d of buildAll(docModel('th')).filter((x) => x.kind === 'guest_itinerary')) {
      const t = textOf(d);
      for (const m of medical) expect(t).not.toContain(m);
      expect(t).not.toContain('EpiPen');
    }
  });

  test('a guest without an LO is told the LO is to be confirmed', () => {
    expect(textOf(byKey(buildAll(docModel('en')), 'guest_itinerary:G003'))).toContain('Your liaison officer is to be confirmed.');
  });
});

describe('rooming_list', () => {
  const docs = buildAll(docModel('en'));

  test('guests of that hotel only, with rooms, dates, arrival, dietary category and other needs', () => {
    const h1 = byKey(docs, 'rooming_list:H1');
    const rows = tables(h1)[0].rows;
    expect(rows.map((r) => r[0])).toEqual(['Ms María García', 'H.E. Taro Yamada']);
    expect(rows[1]).toEqual(expect.arrayContaining(['1201', 'Sun 6 Dec 2026', 'Thu 10 Dec 2026', 'no pork',
      'assistance needed: ask the LO', 'TG 641 Sun 6 Dec 2026 15:30 (Bangkok, UTC+7)']));
    expect(textOf(h1)).not.toContain('Khan');
  });

  test('a guest without an LO is listed and marked; a missing room is to be confirmed', () => {
    const rows = tables(byKey(docs, 'rooming_list:H2'))[0].rows;
    expect(rows.map((r) => r[0])).toEqual(['Dr Ahmed Khan', 'Mr Min-ho Lee']);
    const row = rows[0];
    expect(row[2]).toBe('to be confirmed');
    expect(row[8]).toBe('no LO assigned');
  });

  test('never medical notes', () => {
    for (const d of docs.filter((x) => x.kind === 'rooming_list')) for (const m of medical) expect(textOf(d)).not.toContain(m);
  });
});

// transport_manifest: see transport-manifest.test.ts.

describe('daily_runsheet', () => {
  const docs = buildAll(docModel('en'));

  test('items in time order with venue, dress code, attendance and the transfers to them', () => {
    const rs = byKey(docs, 'daily_runsheet:2026-12-07');
    const heads = rs.blocks.filter((b) => b.type === 'heading' && b.level === 2).map((b) => (b as { text: string }).text);
    expect(heads).toEqual(['09:00 – 12:00 Opening session', '12:00 – 13:30 Welcome lunch', 'Other movements of the day']);
    const t = textOf(rs);
    expect(t).toContain('QSNCC Hall A');
    expect(t).toContain('Business suit');
    expect(t).toContain('All guests (4)');
    // The 08:15 transfer to QSNCC sits under the opening session, the midnight landing under other movements.
    const [under, other] = tables(rs);
    expect(under.rows.map((r) => r[0])).toEqual(['08:15']);
    expect(other.rows.map((r) => r[4])).toEqual(['Mr Min-ho Lee']);
  });

  test('named audiences and unknown ones are shown as such', () => {
    expect(textOf(byKey(docs, 'daily_runsheet:2026-12-08'))).toContain('Japan, Spain (2 in all)');
    expect(textOf(byKey(docs, 'daily_runsheet:2026-12-09'))).toContain('G999 (no such guest or delegation)');
  });
});

describe('dietary_list', () => {
  const docs = buildAll(docModel('en'));

  test('only meal-bearing items, with counts and names per requirement', () => {
    const d7 = byKey(docs, 'dietary_list:2026-12-07');
    expect(textOf(d7)).not.toContain('Opening session');
    expect(tables(d7)[0].rows).toEqual([
      ['vegetarian', '1', 'Ms María García'],
      ['halal', '1', 'Dr Ahmed Khan (details: ask the LO)'],
      ['no pork', '1', 'H.E. Taro Yamada'],
      ['nut allergy', '1', 'Mr Min-ho Lee (details: ask the LO)'],
      ['No special requirement', '0', '(names not listed)'],
    ]);
    expect(textOf(d7)).toContain('4 guests expected');
    // Gala dinner: Japan and Spain only.
    expect(tables(byKey(docs, 'dietary_list:2026-12-08'))[0].rows.map((r) => r[0]))
      .toEqual(['vegetarian', 'no pork', 'No special requirement']);
  });

  test('guests outside their stay are not counted; unrecorded needs are named', () => {
    const m = docModel('en');
    m.guests[3].check_in = '2026-12-08'; // Lee arrives after the welcome lunch
    m.guests[1].dietary = undefined;
    m.guests.push({ ...m.guests[0], row: 9, guest_id: 'G005', given_name: 'Ken', dietary: 'none', medical_notes: undefined });
    const rows = tables(byKey(buildAll(m), 'dietary_list:2026-12-07'))[0].rows;
    expect(rows).toEqual([
      ['halal', '1', 'Dr Ahmed Khan (details: ask the LO)'],
      ['no pork', '1', 'H.E. Taro Yamada'],
      ['No special requirement', '1', '(names not listed)'],
      ['Not recorded yet (to be confirmed)', '1', 'Ms María García'],
    ]);
  });

  test('no medical notes', () => {
    for (const d of docs.filter((x) => x.kind === 'dietary_list')) for (const m of medical) expect(textOf(d)).not.toContain(m);
  });
});

describe('isMealItem', () => {
  test.each([
    ['Welcome lunch', undefined, undefined, true],
    ['Gala Dinner', undefined, undefined, true],
    ['Coffee  break', undefined, undefined, true],
    ['Opening session', 'พิธีเปิด', undefined, false],
    ['Visit', 'งานเลี้ยงรับรอง', undefined, true],
    ['Field trip', 'ทัศนศึกษา พร้อมรับประทานอาหาร', undefined, true],
    ['Launch of the report', undefined, undefined, false],
    ['Briefing', undefined, 'sandwiches served [meal]', true],
    ['Lunch with the press', undefined, '[no meal] guests eat beforehand', false],
  ])('%s / %s / %s → %s', (title, title_th, notes, expected) => {
    expect(isMealItem({ title, title_th, notes })).toBe(expected);
  });
});

/** A model full of gaps: unknown references, missing times. */
function sparseModel(): EventModel {
  const m = docModel('th');
  m.event.event_name_th = undefined;
  m.guests.push(guest('G009', { row: 9, languages: [], hotel_id: 'H9' }));
  m.flights.push(flight('G009', 'arrival', { row: 9, flight_no: 'XX 1', from_airport: 'QQQ', to_airport: 'BKK' }));
  m.flights.push(flight('G404', 'arrival', { row: 10, flight_no: 'XX 2', from_airport: 'QQQ', to_airport: 'BKK',
    arrive: zt('2026-12-06 11:00') }));
  m.transfers.push(transfer('T9', ['G009', 'G404'], { row: 9, vehicle_id: 'V9', from_place: '', to_place: 'Hotel' }));
  m.programme.push(programmeItem('P9', { row: 9, title: 'Dinner', venue: '', audience: ['G009'] }));
  m.los.push(lo('LO09', { row: 9, name: 'Nid', email: '', phone: '', languages: [] }));
  m.assignments.push(assignment('G009', 'LO09', { row: 9 }), assignment('G404', 'LO09', { row: 10 }));
  m.hotels.push(hotel('H8', { row: 9, name: 'Empty Inn' }));
  return m;
}

describe('missing data', () => {
  const models: [string, EventModel][] = [['en', docModel('en')], ['th', docModel('th')], ['sparse', sparseModel()]];

  test.each(models)('%s: no undefined, NaN, [object …] or empty text anywhere', (_name, model) => {
    for (const d of buildAll(model)) {
      for (const s of docTexts(d)) {
        expect(typeof s).toBe('string');
        expect(s).not.toMatch(/undefined|NaN|\[object |Invalid Date|\{[a-z_]+\}/);
      }
      for (const b of d.blocks) {
        if (b.type === 'heading') expect(b.text.trim()).not.toBe('');
        if (b.type === 'paragraph') expect(b.runs.map((r) => r.text).join('').trim()).not.toBe('');
        if (b.type === 'list') for (const item of b.items) expect(item.map((r) => r.text).join('').trim()).not.toBe('');
        if (b.type === 'table') {
          for (const row of [b.header, ...b.rows]) {
            expect(row).toHaveLength(b.header.length);
            for (const cell of row) expect(cell.trim()).not.toBe('');
          }
        }
      }
    }
  });

  test('gaps read "to be confirmed" / "รอยืนยัน"; unknown references are named', () => {
    const docs = buildAll(sparseModel());
    const brief = textOf(byKey(docs, 'lo_brief:LO09'));
    expect(brief).toContain('รอยืนยัน');
    expect(brief).toContain('H9 (ไม่พบในแท็บโรงแรม)');
    expect(brief).toContain('G404');
    expect(textOf(byKey(docs, 'transport_manifest:2026-12-06'))).toContain('G404 (ไม่พบในแท็บแขก)');
    expect(textOf(byKey(docs, 'transport_manifest:tbc'))).toContain('V9 (ไม่พบในแท็บยานพาหนะ)');
    expect(byKey(docs, 'dietary_list:tbc').kind).toBe('dietary_list');
    expect(textOf(byKey(docs, 'rooming_list:H8'))).toContain('ยังไม่มีแขกเข้าพักที่โรงแรมนี้');
    const en = buildAll(docModel('en'));
    expect(textOf(byKey(en, 'guest_itinerary:G004'))).toContain('to be confirmed');
  });
});
