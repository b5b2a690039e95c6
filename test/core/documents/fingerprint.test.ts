import { buildAll, docFingerprint, docTexts, type Doc } from '../../../src/core/documents';
import type { EventModel } from '../../../src/core/model';
import { docModel } from '../fixtures/documents';

function prints(model: EventModel): Map<string, string> {
  return new Map(buildAll(model).map((d) => [d.key, docFingerprint(d)]));
}

function changedKeys(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

const mentions = (d: Doc, s: string) => docTexts(d).some((t) => t.includes(s));

describe('docFingerprint', () => {
  test('same model, same fingerprints (also from a fresh copy built later)', () => {
    const a = prints(docModel('th'));
    const b = prints(docModel('th'));
    expect(changedKeys(a, b)).toEqual([]);
    expect([...a.values()].every((f) => /^v\d+-[0-9a-f]{16}$/.test(f))).toBe(true);
    expect(new Set(a.values()).size).toBe(a.size);
  });

  test('a change to one guest changes exactly the documents that show that guest', () => {
    const before = buildAll(docModel('en'));
    const m = docModel('en');
    m.guests[2].family_name = 'Khan-Rahman'; // G003
    const changed = changedKeys(prints(docModel('en')), prints(m));
    const showing = before.filter((d) => mentions(d, 'Ahmed Khan')).map((d) => d.key).sort();
    expect(changed).toEqual(showing);
    expect(changed).toEqual(expect.arrayContaining(['guest_itinerary:G003', 'rooming_list:H2', 'transport_manifest:2026-12-06', 'dietary_list:2026-12-07']));
    expect(changed).not.toContain('lo_brief:LO01');
    expect(changed).not.toContain('rooming_list:H1');
  });

  test('medical notes change only the briefs of that guest’s LOs', () => {
    const m = docModel('en');
    m.guests[1].medical_notes = 'Allergic to latex'; // G002: LO02 primary, LO01 backup
    expect(changedKeys(prints(docModel('en')), prints(m))).toEqual(['lo_brief:LO01', 'lo_brief:LO02']);
  });

  test('a new room number changes the brief, the itinerary and the rooming list only', () => {
    const m = docModel('en');
    m.guests[3].room_no = '306'; // G004, LO01, hotel H2
    expect(changedKeys(prints(docModel('en')), prints(m))).toEqual(['guest_itinerary:G004', 'lo_brief:LO01', 'rooming_list:H2']);
  });

  test('a moved flight changes the day documents it touches', () => {
    const m = docModel('en');
    const f = m.flights[4]; // G003 MH 782
    f.arrive = { ...f.arrive!, at: new Date(f.arrive!.at.getTime() + 3_600_000), wall: '2026-12-06 10:10' };
    const changed = changedKeys(prints(docModel('en')), prints(m));
    expect(changed).toEqual(['daily_runsheet:2026-12-06', 'guest_itinerary:G003', 'rooming_list:H2', 'transport_manifest:2026-12-06']);
  });

  test('content, not object identity, decides', () => {
    const [doc] = buildAll(docModel('en'), { kinds: ['rooming_list'] });
    const copy = JSON.parse(JSON.stringify(doc)) as Doc;
    expect(docFingerprint(copy)).toBe(docFingerprint(doc));
    copy.blocks.push({ type: 'pageBreak' });
    expect(docFingerprint(copy)).not.toBe(docFingerprint(doc));
  });
});
