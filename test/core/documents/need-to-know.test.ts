/**
 * Need-to-know (issue 15 item 3): documents for hotels, drivers and caterers carry
 * the dietary category; the free text of dietary notes, medical notes and
 * accessibility goes to them only when its share_… box is ticked. LO briefs keep all.
 */
import { COLUMN_HELP } from '../../../src/core/schema/column-help';
import { buildAll, docTexts, type Doc, type DocKind } from '../../../src/core/documents';
import type { EventModel, Guest } from '../../../src/core/model';
import { parseWorkbook, type SheetInput } from '../../../src/core/schema/parse';
import { planSetup } from '../../../src/core/schema/setup';
import { tabSpec } from '../../../src/core/schema/tabs';
import { docModel, MEDICAL } from '../fixtures/documents';
import { validEvent } from '../fixtures/workbook';

const textOf = (d: Doc) => docTexts(d).join('\n');
const THIRD_PARTY: DocKind[] = ['rooming_list', 'transport_manifest', 'dietary_list'];
const ofKind = (docs: Doc[], kind: DocKind) => {
  const list = docs.filter((d) => d.kind === kind);
  if (list.length === 0) throw new Error(`no ${kind} documents`);
  return list;
};
const allText = (docs: Doc[], kind: DocKind) => ofKind(docs, kind).map(textOf).join('\n');
const tableRows = (d: Doc) => d.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []));
const rowOf = (docs: Doc[], kind: DocKind, name: string) => {
  const rows = ofKind(docs, kind).flatMap(tableRows).filter((r) => r.some((c) => c.startsWith(name)));
  if (rows.length === 0) throw new Error(`no ${kind} row for ${name}`);
  return rows[0];
};

// The fixture's free texts: G003 and G004 have dietary notes, G001 accessibility, G001/G002/G004 medical notes.
const DIETARY_NOTES = ['no alcohol in sauces', 'severe, carries an EpiPen'];
const ACCESSIBILITY = 'Wheelchair at the airport';
const MEDICAL_NOTES = Object.values(MEDICAL);

function withShares(share: Partial<Pick<Guest, 'share_dietary_notes' | 'share_medical_notes' | 'share_accessibility'>>): EventModel {
  const m = docModel('en');
  for (const g of m.guests) Object.assign(g, share);
  return m;
}

describe('nothing ticked (the default)', () => {
  const docs = buildAll(docModel('en'));

  test.each(THIRD_PARTY)('%s: no dietary note, medical note or accessibility text', (kind) => {
    const t = allText(docs, kind);
    for (const s of [...DIETARY_NOTES, ...MEDICAL_NOTES, ACCESSIBILITY]) expect(t).not.toContain(s);
  });

  test('the run-sheet, which shares the manifest rows, shows none either', () => {
    const t = allText(docs, 'daily_runsheet');
    for (const s of [...DIETARY_NOTES, ...MEDICAL_NOTES, ACCESSIBILITY]) expect(t).not.toContain(s);
  });

  test('rooming list: the dietary category, a mark where notes exist, "assistance needed" where access needs exist', () => {
    expect(rowOf(docs, 'rooming_list', 'Mr Min-ho Lee')[6]).toBe('nut allergy (details: ask the LO)');
    expect(rowOf(docs, 'rooming_list', 'Ms María García')[6]).toBe('vegetarian');
    const yamada = rowOf(docs, 'rooming_list', 'H.E. Taro Yamada');
    expect(yamada[6]).toBe('no pork');
    expect(yamada[7]).toBe('assistance needed: ask the LO');
    // Medical notes leave no trace, not even a mark: García has one, and her row says "none".
    expect(rowOf(docs, 'rooming_list', 'Ms María García')[7]).toBe('none');
  });

  test('transport manifest: the driver reads "assistance needed" beside the guest, and the LO to call', () => {
    const row = rowOf(docs, 'transport_manifest', 'H.E. Taro Yamada');
    expect(row[3]).toBe('H.E. Taro Yamada (assistance needed: ask the LO)');
    expect(row[8]).toBe('Somchai Jaidee 081 234 5678');
    expect(rowOf(docs, 'transport_manifest', 'Ms María García')[3]).toBe('Ms María García');
  });

  test('dietary list: every category with its count, the names with the mark where notes exist', () => {
    const rows = tableRows(ofKind(docs, 'dietary_list')[0]);
    expect(rows.find((r) => r[0] === 'nut allergy')).toEqual(['nut allergy', '1', 'Mr Min-ho Lee (details: ask the LO)']);
    expect(rows.find((r) => r[0] === 'halal')).toEqual(['halal', '1', 'Dr Ahmed Khan (details: ask the LO)']);
  });

  test('a note without a category still tells the kitchen to ask', () => {
    const m = docModel('en');
    m.guests[2].dietary = undefined;
    expect(rowOf(buildAll(m), 'rooming_list', 'Dr Ahmed Khan')[6]).toBe('details: ask the LO');
  });
});

describe('each box shares its own note, and only with the kinds that need it', () => {
  test('dietary notes ticked: in rooming and dietary lists; medical and accessibility text still out', () => {
    const docs = buildAll(withShares({ share_dietary_notes: true }));
    expect(rowOf(docs, 'rooming_list', 'Mr Min-ho Lee')[6]).toBe('nut allergy (severe, carries an EpiPen)');
    expect(allText(docs, 'dietary_list')).toContain('Dr Ahmed Khan (no alcohol in sauces)');
    for (const kind of THIRD_PARTY) {
      const t = allText(docs, kind);
      for (const s of [...MEDICAL_NOTES, ACCESSIBILITY]) expect(t).not.toContain(s);
    }
    // A driver does not serve food.
    for (const s of DIETARY_NOTES) expect(allText(docs, 'transport_manifest')).not.toContain(s);
  });

  test('medical notes ticked: in manifests, never in rooming lists (a hotel needs no diagnosis) or dietary lists; dietary notes still out', () => {
    const docs = buildAll(withShares({ share_medical_notes: true }));
    expect(rowOf(docs, 'rooming_list', 'Ms María García')[7]).toBe('none');
    expect(rowOf(docs, 'transport_manifest', 'Ms María García')[3]).toBe(`Ms María García (health: ${MEDICAL.G002})`);
    expect(rowOf(docs, 'rooming_list', 'H.E. Taro Yamada')[7]).toBe('assistance needed: ask the LO');
    for (const s of MEDICAL_NOTES) expect(allText(docs, 'dietary_list')).not.toContain(s);
    for (const kind of THIRD_PARTY) for (const s of [...DIETARY_NOTES, ACCESSIBILITY]) expect(allText(docs, kind)).not.toContain(s);
  });

  test('accessibility ticked: its text for the hotel and the driver instead of the mark', () => {
    const docs = buildAll(withShares({ share_accessibility: true }));
    expect(rowOf(docs, 'rooming_list', 'H.E. Taro Yamada')[7]).toBe(ACCESSIBILITY);
    expect(rowOf(docs, 'transport_manifest', 'H.E. Taro Yamada')[3]).toBe(`H.E. Taro Yamada (${ACCESSIBILITY})`);
    for (const kind of THIRD_PARTY) for (const s of [...DIETARY_NOTES, ...MEDICAL_NOTES]) expect(allText(docs, kind)).not.toContain(s);
  });

  test('one guest ticked shares that guest only', () => {
    const m = docModel('en');
    m.guests[3].share_medical_notes = true; // Lee
    const t = allText(buildAll(m), 'transport_manifest');
    expect(t).toContain(MEDICAL.G004);
    expect(t).not.toContain(MEDICAL.G001);
    expect(t).not.toContain(MEDICAL.G002);
  });

  test('Thai documents use the Thai marks', () => {
    const m = docModel('th');
    const docs = buildAll(m);
    expect(rowOf(docs, 'rooming_list', 'Mr Min-ho Lee')[6]).toMatch(/\(สอบถามรายละเอียดกับ LO\)$/);
    expect(rowOf(docs, 'transport_manifest', 'H.E. Taro Yamada')[3]).toBe('H.E. Taro Yamada (ต้องการความช่วยเหลือ: สอบถาม LO)');
  });
});

describe('LO briefs keep every note, ticked or not', () => {
  test.each([
    ['nothing ticked', docModel('en')],
    ['everything ticked', withShares({ share_dietary_notes: true, share_medical_notes: true, share_accessibility: true })],
  ])('%s', (_name, model) => {
    const briefs = buildAll(model, { kinds: ['lo_brief'] });
    const lo1 = textOf(briefs.find((d) => d.key === 'lo_brief:LO01')!);
    for (const s of ['nut allergy (severe, carries an EpiPen)', MEDICAL.G001, MEDICAL.G002, MEDICAL.G004, ACCESSIBILITY]) {
      expect(lo1).toContain(s);
    }
    expect(lo1).not.toContain('ask the LO');
  });
});

describe('the share boxes on the Guests tab', () => {
  const SHARE = ['share_dietary_notes', 'share_medical_notes', 'share_accessibility'];

  /** A Guests tab made before the boxes existed: every other column, in contract order. */
  function oldWorkbook(rows: unknown[][]): SheetInput[] {
    const wb = validEvent().filter((s) => s.name !== 'Guests');
    const header = tabSpec('Guests').columns.map((c) => c.key).filter((k) => !SHARE.includes(k));
    const guest = (id: string, extra: Record<string, unknown>) =>
      header.map((k) => ({ guest_id: id, given_name: 'Ana', family_name: 'Silva', ...extra })[k] ?? '');
    return [...wb, { name: 'Guests', values: [header, ...rows.map((r, i) => guest(`G00${i + 1}`, Object.fromEntries([r])))] }];
  }

  test('set-up appends them to an existing Guests tab, after its last column, as checkboxes', () => {
    const existing = oldWorkbook([['medical_notes', 'Asthma']]);
    const width = existing.find((s) => s.name === 'Guests')!.values[0].length;
    const g = planSetup(existing, 'th', COLUMN_HELP).tabs.find((t) => t.tab === 'Guests')!;
    expect(g.append.map((c) => [c.key, c.index, c.header])).toEqual([
      ['share_dietary_notes', width, 'ส่งต่อหมายเหตุอาหาร'],
      ['share_medical_notes', width + 1, 'ส่งต่อข้อมูลสุขภาพ'],
      ['share_accessibility', width + 2, 'ส่งต่อข้อมูลการเข้าถึง'],
    ]);
    for (const c of g.append) expect(c.validation).toEqual({ kind: 'checkbox' });
  });

  test('an old workbook reads as nothing shared; TRUE shares; a wrong value is a located finding, not a share', () => {
    const wb = oldWorkbook([['medical_notes', 'Asthma'], ['medical_notes', 'Asthma']]);
    const guests = wb.find((s) => s.name === 'Guests')!;
    expect(parseWorkbook(wb).model.guests.map((g) => g.share_medical_notes)).toEqual([false, false]);
    guests.values[0].push('Share medical notes');
    guests.values[1].push(true);
    guests.values[2].push('maybe');
    const parsed = parseWorkbook(wb);
    expect(parsed.model.guests.map((g) => g.share_medical_notes)).toEqual([true, false]);
    expect(parsed.findings).toContainEqual(expect.objectContaining({ tab: 'Guests', row: 3, column: 'share_medical_notes', code: 'invalid_value' }));
  });
});
