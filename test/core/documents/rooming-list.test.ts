/** rooming_list (rooming-list.ts): per hotel, arrivals and needs, never medical notes; guests without a hotel listed, marked. */
import { buildAll, docTexts, type Doc } from '../../../src/core/documents';
import { docModel, MEDICAL } from '../fixtures/documents';
import { guest } from '../fixtures/model';

const lists = (docs: Doc[]) => docs.filter((d) => d.kind === 'rooming_list');
const tables = (d: Doc) => d.blocks.filter((b): b is Extract<typeof b, { type: 'table' }> => b.type === 'table');

describe('rooming_list', () => {
  test('one list per hotel and none for guests without a hotel when every guest has one', () => {
    expect(lists(buildAll(docModel('en'))).map((d) => d.key)).toEqual(['rooming_list:H1', 'rooming_list:H2']);
  });

  test('never a medical note, not even one the guest agreed to share', () => {
    const m = docModel('en');
    for (const g of m.guests) g.share_medical_notes = true;
    for (const d of lists(buildAll(m))) for (const note of Object.values(MEDICAL)) expect(docTexts(d).join('\n')).not.toContain(note);
  });

  test('a guest without a hotel, or with one the Hotels tab does not know, is listed in "hotel to be confirmed", marked', () => {
    const m = docModel('en');
    m.guests.push(
      guest('G005', { row: 6, honorific: 'Ms', given_name: 'Aiko', family_name: 'Sato' }),
      guest('G006', { row: 7, honorific: 'Mr', given_name: 'Juan', family_name: 'Pérez', hotel_id: 'H9', room_no: '12' }),
    );
    const tbc = lists(buildAll(m)).find((d) => d.key === 'rooming_list:tbc');
    expect(tbc?.title).toBe('Rooming list: hotel to be confirmed');
    const rows = tables(tbc!)[0].rows;
    expect(tables(tbc!)[0].header.slice(0, 4)).toEqual(['Guest', 'Delegation, country', 'Hotel', 'Room']);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['Mr Juan Pérez', 'none', 'H9 (not in the Hotels tab)', '12'],
      ['Ms Aiko Sato', 'none', 'hotel to be confirmed', 'to be confirmed'],
    ]);
    expect(rows[1].slice(4)).toEqual(['to be confirmed', 'to be confirmed', 'to be confirmed', 'none', 'none', 'no LO assigned']);
  });
});
