/**
 * exceljs's writer, as fast as its own output allows. Installed once when the
 * workbook module loads; the bytes written are the same as without it.
 *
 * Data validations: exceljs keeps one entry per cell (a dropdown over a column
 * of the grid is a thousand), and on every save squeezes alike neighbours back
 * into ranges (optimiseDataValidations in its data-validations-xform.js, which
 * its render calls first). That squeeze was a fifth of the time of the bundle
 * tests: it finds each neighbour by building its A1 string and looking it up
 * among thousands of keys, and compares rules with a deep `isEqual`. Here the
 * same squeeze runs over the cells by number, in the same order, giving the
 * same ranges in the same order; exceljs's own render then writes them, handed
 * a model of those ranges (its squeeze keeps a range key whole, and finds
 * nothing to join to a lone cell that the squeeze here left alone), with its
 * sort of the keys made to keep them in this order. A rule is compared with
 * itself once per save (the cells of one range share one rule object, as read
 * from the file and as Range.setDataValidation stores it): the answer the walk
 * gives, since nothing changes a rule while the synchronous render runs (not
 * always true: a rule holding NaN is unequal to itself, exactly as before).
 * Any other comparison is exceljs's own. A model with a key that is not a
 * plain A1 address goes to exceljs's squeeze as it is.
 */

type IsEqual = (a: unknown, b: unknown) => boolean;

interface UnderDash {
  isEqual: IsEqual;
  strcmp(a: string, b: string): number;
}

interface ColCache {
  encodeAddress(row: number, col: number): string;
}

interface Renders {
  prototype: { render(this: unknown, xmlStream: unknown, model: Record<string, unknown>): unknown };
}

/** Excel's last column (XFD). */
const MAX_COL = 16384;
const A1 = /^([A-Z]{1,3})([1-9]\d*)$/;

let installed = false;

/** `deep` with each object compared with itself only once (the answer kept for this squeeze). */
function sameOnce(deep: IsEqual): IsEqual {
  const self = new WeakMap<object, boolean>();
  return (a, b) => {
    if (a !== b || typeof a !== 'object' || a === null) return deep(a, b);
    let same = self.get(a);
    if (same === undefined) {
      same = deep(a, a);
      self.set(a, same);
    }
    return same;
  };
}

interface Cell {
  address: string;
  row: number;
  col: number;
  rule: unknown;
  marked: boolean;
}

/**
 * exceljs 4.4.0's optimiseDataValidations, step for step, over numbered cells:
 * the cells in the order of their addresses as strings; from each one not yet
 * covered, down while the rule is equal, then right while a whole column of
 * that height is; every cell inside marked covered; one entry per start (a
 * start inside an earlier range still starts its own, as there): each range
 * (or lone cell) with its rule. Null when a key is not a plain A1 address
 * (exceljs's own squeeze then runs).
 */
function squeeze(model: Record<string, unknown>, isEqual: IsEqual, colCache: ColCache): [string, unknown][] | null {
  const cells: Cell[] = [];
  const at = new Map<number, Cell>();
  for (const address of Object.keys(model)) {
    const m = A1.exec(address);
    if (!m) return null;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    if (col > MAX_COL) return null;
    const cell: Cell = { address, row: Number(m[2]), col, rule: model[address], marked: false };
    cells.push(cell);
    at.set(cell.row * (MAX_COL + 1) + col, cell);
  }
  cells.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  // exceljs names each neighbour by its address, which throws past the last column.
  const ruleAt = (row: number, col: number): unknown => {
    if (col > MAX_COL) colCache.encodeAddress(row, col);
    return at.get(row * (MAX_COL + 1) + col)?.rule;
  };
  const out: [string, unknown][] = [];
  for (const start of cells) {
    if (start.marked) continue;
    const { row, col, rule } = start;
    let height = 1;
    for (let next = ruleAt(row + height, col); next && isEqual(rule, next); next = ruleAt(row + height, col)) height++;
    const columnMatches = (c: number): boolean => {
      for (let i = 0; i < height; i++) {
        const other = ruleAt(row + i, c);
        if (!other || !isEqual(rule, other)) return false;
      }
      return true;
    };
    let width = 1;
    while (columnMatches(col + width)) width++;
    for (let i = 0; i < height; i++) for (let j = 0; j < width; j++) (at.get((row + i) * (MAX_COL + 1) + col + j) as Cell).marked = true;
    const sqref = height > 1 || width > 1 ? `${start.address}:${colCache.encodeAddress(row + height - 1, col + width - 1)}` : start.address;
    out.push([sqref, rule]);
  }
  return out;
}

export function installExceljsSpeed(): void {
  if (installed) return;
  installed = true;
  // Internal modules of the pinned exceljs (package.json): the same instances its writer requires.
  const under = require('exceljs/lib/utils/under-dash') as UnderDash;
  const colCache = require('exceljs/lib/utils/col-cache') as ColCache;
  const xform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform') as Renders;
  const render = xform.prototype.render;
  xform.prototype.render = function renderValidations(this: unknown, xmlStream: unknown, model: Record<string, unknown>): unknown {
    const { isEqual, strcmp } = under;
    under.isEqual = sameOnce(isEqual);
    try {
      const squeezed = squeeze(model, under.isEqual, colCache);
      if (!squeezed) return render.call(this, xmlStream, model);
      // Keys that are not integers keep their insertion order, and a sort that finds all keys equal keeps it (stable).
      under.strcmp = () => 0;
      return render.call(this, xmlStream, Object.fromEntries(squeezed));
    } finally {
      under.isEqual = isEqual;
      under.strcmp = strcmp;
    }
  };
}
