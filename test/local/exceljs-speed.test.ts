/**
 * The emulator's faster squeeze of data validations on save (exceljs-speed.ts)
 * writes exactly what exceljs's own writer writes: the same XML, or the same
 * error, for grids of rules with equal rules that are one object or two,
 * rules holding NaN, empty entries, ranges that overlap in exceljs's order of
 * addresses, columns up to Excel's last, and keys that are not A1 addresses.
 */
import { installExceljsSpeed } from '../../src/local/emulator/exceljs-speed';

type Render = (this: unknown, stream: unknown, model: Record<string, unknown>) => void;
interface XformClass {
  new (): unknown;
  prototype: { render: Render };
}

/** exceljs's own data-validations writer, loaded apart from the one the emulator speeds up. */
function ownXform(): XformClass {
  let own: XformClass | undefined;
  jest.isolateModules(() => {
    own = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform') as XformClass;
  });
  return own!;
}

const letters = (col: number): string => {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/** A small deterministic random source (the same grids on every run). */
function randomSource(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

/** exceljs's XML writer (an internal module, untyped). */
const XmlStream = require('exceljs/lib/utils/xml-stream') as new () => { xml: string };

function xmlOf(xform: XformClass, model: Record<string, unknown>): string {
  const stream = new XmlStream();
  try {
    xform.prototype.render.call(new xform(), stream, model);
    return stream.xml;
  } catch (e) {
    return `threw ${(e as Error).constructor.name}: ${(e as Error).message}`;
  }
}

test('writes the same data validations as exceljs, range for range, in the same order', () => {
  const own = ownXform();
  installExceljsSpeed();
  const fast = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform') as XformClass;
  expect(fast.prototype.render).not.toBe(own.prototype.render);
  const rand = randomSource(12345);
  let ranges = 0;
  for (let t = 0; t < 600; t++) {
    const list = { type: 'list', allowBlank: true, formulae: ['"yes,no"'] };
    const rules = [list, list, { ...list }, { type: 'whole', operator: 'between', formulae: [1, 5] }, { type: 'decimal', operator: 'greaterThan', formulae: [Number.NaN] }, undefined];
    const model: Record<string, unknown> = {};
    if (t % 2 === 0) {
      // A small grid, mostly filled: ranges down, across and both.
      const rows = 1 + rand(14);
      const cols = 1 + rand(5);
      for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) if (rand(5)) model[letters(c) + r] = rules[rand(3) === 0 ? rand(rules.length) : rand(3)];
    } else {
      // Scattered cells and runs down a column, past row 9 (A10 sorts before A2), now and then at Excel's last column.
      const last = rand(60) === 0 ? 16384 : 4;
      for (let i = 1 + rand(60); i > 0; i--) {
        const col = rand(10) === 0 ? last : 1 + rand(4);
        const row = 1 + rand(rand(2) ? 12 : 120);
        const key = rand(500) === 0 ? `${letters(col)}0${row}` : letters(col) + row;
        model[key] = rules[rand(rules.length)];
        for (let k = rand(3) === 0 ? rand(15) : 0; k > 0; k--) model[letters(col) + (row + k)] = model[key];
      }
    }
    const expected = xmlOf(own, model);
    if (/sqref="[A-Z]+\d+:/.test(expected)) ranges++;
    expect({ t, xml: xmlOf(fast, model) }).toEqual({ t, xml: expected });
  }
  // The grids did make ranges (not only lone cells).
  expect(ranges).toBeGreaterThan(100);
});
