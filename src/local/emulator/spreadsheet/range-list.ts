/**
 * RangeList: several ranges of one sheet, written in one call
 * (Sheet.getRangeList). LO Desk uses it to paint or clear the cells it marks
 * with one call per colour, touching no cell between them.
 */
import type { Assert, Conforms } from '../conformance';
import { normalizeColor } from './colors';
import type { RangeEmu } from './range';

export class RangeListEmu {
  readonly gasType = 'RangeList';

  constructor(readonly _ranges: readonly RangeEmu[]) {}

  /** Cells over all its ranges: a call on the list is charged per cell, as a Range call is. */
  get _numCells(): number {
    return this._ranges.reduce((n, r) => n + r._numRows * r._numCols, 0);
  }

  getRanges(): RangeEmu[] {
    return [...this._ranges];
  }

  setBackground(color: string | null): RangeListEmu {
    // Checked once for the whole list: a bad colour writes nothing.
    if (color) normalizeColor(String(color), 'RangeList.setBackground');
    for (const r of this._ranges) r.setBackground(color);
    return this;
  }
}

// Compile-time: RangeList keeps to Apps Script's RangeList (see ../conformance.ts).
type _RangeListConforms = Assert<Conforms<RangeListEmu, GoogleAppsScript.Spreadsheet.RangeList>>;
