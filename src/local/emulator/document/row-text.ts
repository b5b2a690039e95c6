/** RowText: what TableRow.editAsText() gives; styles applied without offsets reach every cell of the row. */
import type { Assert, Conforms } from '../conformance';
import type { TableCell } from './table-cell';

export class RowText {
  readonly gasType = 'Text';

  constructor(private readonly cells: TableCell[]) {}

  private each(method: 'setBold' | 'setItalic' | 'setUnderline', args: unknown[]): RowText {
    if (args.length !== 1) throw new Error(`RowText.${method}: only whole-row styling (one argument) is emulated.`);
    for (const c of this.cells) (c.editAsText() as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args);
    return this;
  }

  setBold(...args: unknown[]): RowText {
    return this.each('setBold', args);
  }

  setItalic(...args: unknown[]): RowText {
    return this.each('setItalic', args);
  }

  setUnderline(...args: unknown[]): RowText {
    return this.each('setUnderline', args);
  }

  getText(): string {
    return this.cells.map((c) => c.getText()).join('\t');
  }
}

// Compile-time: RowText keeps to Apps Script's Text (see ../conformance.ts).
type _RowTextConforms = Assert<Conforms<RowText, GoogleAppsScript.Document.Text>>;
