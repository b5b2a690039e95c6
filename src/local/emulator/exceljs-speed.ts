/**
 * exceljs's writer, as fast as its own output allows. Installed once when the
 * workbook module loads; the bytes written are the same as without it.
 *
 * Data validations: exceljs keeps one entry per cell (a dropdown over a column
 * of the grid is a thousand), and on every save squeezes alike neighbours back
 * into ranges by comparing each cell's rule with the next with its deep
 * `isEqual`. The cells of one range share one rule object (as read from the
 * file, and as Range.setDataValidation stores it), so nearly every comparison
 * is of an object with itself, and that deep walk was a fifth of the time of
 * the bundle tests. While the validations of a sheet are rendered, an object
 * compared with itself gets the answer its first such comparison gave: the
 * same answer the walk gives (not always true: a rule holding NaN is unequal
 * to itself, exactly as before), since nothing changes a rule while the
 * synchronous render runs. Any other comparison is exceljs's own.
 */

type IsEqual = (a: unknown, b: unknown) => boolean;

interface UnderDash {
  isEqual: IsEqual;
}

interface Renders {
  prototype: { render(this: unknown, ...args: unknown[]): unknown };
}

let installed = false;

export function installExceljsSpeed(): void {
  if (installed) return;
  installed = true;
  // Internal modules of the pinned exceljs (package.json): the same instances its writer requires.
  const under = require('exceljs/lib/utils/under-dash') as UnderDash;
  const xform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform') as Renders;
  const render = xform.prototype.render;
  xform.prototype.render = function renderValidations(this: unknown, ...args: unknown[]): unknown {
    const deep = under.isEqual;
    const self = new WeakMap<object, boolean>();
    under.isEqual = (a, b) => {
      if (a !== b || typeof a !== 'object' || a === null) return deep(a, b);
      let same = self.get(a);
      if (same === undefined) {
        same = deep(a, a);
        self.set(a, same);
      }
      return same;
    };
    try {
      return render.apply(this, args);
    } finally {
      under.isEqual = deep;
    }
  };
}
