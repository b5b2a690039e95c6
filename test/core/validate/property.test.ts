/**
 * Garbage in, located findings out: generated workbooks with random cells (dates,
 * numbers, emoji, error texts, odd spaces, Thai and full-width digits), blank and
 * merged-looking rows, missing tabs, shuffled and renamed headers. Parsing, validating
 * and planning set-up never throw, and every finding is well-formed.
 */
import { COLUMN_HELP } from '../../../src/core/schema/column-help';
import fc from 'fast-check';
import { FINDING_CODES, type Finding } from '../../../src/core/model';
import { planSetup } from '../../../src/core/schema/setup';
import { TABS, tabSpec } from '../../../src/core/schema/tabs';
import type { SheetInput } from '../../../src/core/schema/parse';
import { checkWorkbook } from '../../../src/core/validate';
import { validEvent } from '../fixtures/workbook';

const CODES = new Set<string>(FINDING_CODES);
const noBraces = (s: string) => s.replace(/[{}]/g, '');

const cellArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(''),
  fc.constant('   '),
  // Braces are left out so that a leftover {placeholder} in a message can only be ours.
  fc.string().map(noBraces),
  fc.string({ unit: 'grapheme' }).map(noBraces),
  fc.constantFrom('#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#ERROR!', '🎉', '👍🏽', '=A1', '+66', '-', '@x'),
  fc.constantFrom('G001', 'G002', 'LO01', 'H1', 'V01', 'T001', 'BKK', 'NRT', 'XXX', 'arrival', 'departure', 'primary', 'all'),
  fc.constantFrom('2026-12-06', '06/12/2569', '๐๖/๑๒/๒๕๖๙ ๑๔:๓๕', '２０２６-１２-０６ １０:３０', '2026-02-30 10:00', '31/12/9999', '00/00/0000 99:99'),
  fc.constantFrom('\u00a0', '\u3000G001\u200b', 'Ｇ００１', 'TG 641', 'x@y.z', 'Asia/Bangkok', 'Mars/Base', 'th', 'en'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, 0.75, 1e21),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
);

/** A header row: the tab's names (key, English, Thai, mangled, or garbage), shuffled. */
function headerArb(tab: (typeof TABS)[number]): fc.Arbitrary<unknown[]> {
  const cols = tab.layout === 'keyvalue' ? [{ key: 'key', label: { en: 'Setting', th: 'หัวข้อ' } }, { key: 'value', label: { en: 'Value', th: 'ค่า' } }] : tab.columns;
  return fc
    .tuple(
      ...cols.map((c) =>
        fc.oneof(
          fc.constant(c.key),
          fc.constant(c.label.en),
          fc.constant(c.label.th),
          fc.constant(` ${c.key.toUpperCase().replace(/_/g, '-')} `),
          cellArb,
        ),
      ),
    )
    .chain((hs) => fc.shuffledSubarray(hs, { minLength: 0, maxLength: hs.length }));
}

function sheetArb(tab: (typeof TABS)[number]): fc.Arbitrary<SheetInput> {
  const nameArb = fc.constantFrom(tab.name, tab.name.toLowerCase(), tab.label.th);
  return fc.tuple(nameArb, headerArb(tab)).chain(([name, header]) =>
    fc
      .array(
        fc.oneof(
          { weight: 6, arbitrary: fc.array(cellArb, { minLength: 0, maxLength: header.length + 2 }) },
          // A "merged" row: one value and the rest empty.
          { weight: 1, arbitrary: cellArb.map((v) => [v, ...header.map(() => '')]) },
          { weight: 1, arbitrary: fc.constant(header.map(() => '')) },
        ),
        { maxLength: 8 },
      )
      .map((rows) => ({ name, values: [header, ...rows] })),
  );
}

const workbookArb: fc.Arbitrary<SheetInput[]> = fc
  .tuple(...TABS.map((t) => fc.option(sheetArb(t), { nil: undefined, freq: 3 })))
  .map((sheets) => sheets.filter((s): s is SheetInput => s !== undefined))
  .chain((sheets) => fc.shuffledSubarray(sheets, { minLength: sheets.length, maxLength: sheets.length }));

const PLACEHOLDER_LEFT = /\{[a-z_]+\}/;
const SPEC_BY_NAME = new Map<string, (typeof TABS)[number]>();
for (const t of TABS) for (const n of [t.name, t.name.toLowerCase(), t.label.th]) SPEC_BY_NAME.set(n, t);

/** What is wrong with a finding, or '' when it is well-formed (plain checks: thousands run per test). */
function problem(f: Finding, tabNames: Set<string>): string {
  if (!CODES.has(f.code)) return `unknown code ${f.code}`;
  if (!['error', 'warning', 'info'].includes(f.severity)) return `bad severity ${f.severity}`;
  if (!tabNames.has(f.tab)) return `unknown tab ${f.tab}`;
  if (!(Number.isInteger(f.row) && f.row >= 0)) return `bad row ${f.row}`;
  if (typeof f.column !== 'string') return 'column not a string';
  for (const m of [f.message, f.message_en, f.message_th]) {
    if (typeof m !== 'string' || !m.length) return 'empty message';
    if (PLACEHOLDER_LEFT.test(m)) return `unfilled placeholder in ${m}`;
  }
  if (f.column) {
    const spec = SPEC_BY_NAME.get(f.tab);
    if (!spec) return `no spec for ${f.tab}`;
    const keys = spec.layout === 'keyvalue' ? [...spec.columns.map((c) => c.key), 'key', 'value'] : spec.columns.map((c) => c.key);
    if (!keys.includes(f.column)) return `unknown column ${f.column} in ${f.tab}`;
  }
  return '';
}

function wellFormed(findings: Finding[], tabNames: Set<string>): void {
  const bad = findings.map((f) => [problem(f, tabNames), f] as const).filter(([p]) => p);
  expect(bad).toEqual([]);
}

describe('garbage workbooks', () => {
  test('never throw; every finding names a real tab, a row ≥ 0 and a known code; sorted errors first', () => {
    fc.assert(
      fc.property(workbookArb, fc.constantFrom('Asia/Bangkok', 'UTC', 'America/Los_Angeles', 'Not/AZone'), (wb, zone) => {
        const { findings } = checkWorkbook(wb, { spreadsheetZone: zone });
        const names = new Set([...wb.map((s) => s.name), ...TABS.map((t) => t.name)]);
        wellFormed(findings, names);
        const rank = { error: 0, warning: 1, info: 2 };
        const ranks = findings.map((f) => rank[f.severity]);
        expect(ranks).toEqual(ranks.slice().sort());
        expect(() => planSetup(wb, 'th', COLUMN_HELP)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  test('single-cell corruption of the valid event gives located findings, never an exception', () => {
    const base = validEvent();
    const positions: [number, number, number][] = [];
    base.forEach((s, si) => {
      s.values.forEach((r, ri) => {
        r.forEach((_, ci) => {
          positions.push([si, ri, ci]);
        });
      });
    });
    fc.assert(
      fc.property(fc.constantFrom(...positions), cellArb, ([si, ri, ci], v) => {
        const wb = validEvent();
        wb[si].values[ri][ci] = v;
        const { findings } = checkWorkbook(wb, { spreadsheetZone: 'Asia/Bangkok' });
        const names = new Set(wb.map((s) => s.name));
        wellFormed(findings, names);
      }),
      { numRuns: 400 },
    );
  });

  test('structurally broken input: non-arrays, ragged rows, missing names', () => {
    const weird = [
      { name: 'Guests', values: null },
      { name: 'Flights', values: [null, 'row', 42, [tabSpec('Flights').columns[0].key], ['G001', { x: 1 }, [1, 2]]] },
      { name: undefined, values: [[]] },
      null,
      'Event',
    ] as unknown as SheetInput[];
    const { findings } = checkWorkbook(weird, { spreadsheetZone: 'Asia/Bangkok' });
    expect(findings[0]).toMatchObject({ code: 'missing_tab', tab: 'Event' });
    expect(findings.filter((f) => f.code === 'missing_column' && f.tab === 'Guests').map((f) => f.column)).toEqual(['family_name', 'given_name', 'guest_id']);
    expect(() => planSetup(weird, 'en', COLUMN_HELP)).not.toThrow();
  });
});
