/** TableRow: a table's row of cells. */
import type { Assert, Conforms } from '../conformance';
import type { DocState } from './doc-state';
import { ElementType } from './enums';
import { cellText, copyModel, newParagraph, type CellModel, type RowModel } from './model';
import { RowText } from './row-text';
import { TableCell } from './table-cell';

export class TableRow {
  readonly gasType = 'TableRow';

  constructor(
    private readonly doc: DocState,
    readonly _model: RowModel,
  ) {}

  /** A cell with the text given, or a copy of the cell given. */
  appendTableCell(textContentsOrCell?: string | TableCell | GoogleAppsScript.Document.TableCell | null): TableCell {
    this.doc.edit();
    const cell: CellModel =
      textContentsOrCell instanceof TableCell
        ? copyModel(textContentsOrCell._model)
        : { children: [newParagraph(textContentsOrCell === undefined || textContentsOrCell === null ? '' : String(textContentsOrCell))] };
    this._model.cells.push(cell);
    return new TableCell(this.doc, cell);
  }

  getNumCells(): number {
    return this._model.cells.length;
  }

  getCell(cellIndex: number): TableCell {
    const cell = this._model.cells[cellIndex];
    if (!cell) throw new Error(`Child index (${String(cellIndex)}) must be less than the number of child elements (${this._model.cells.length}).`);
    return new TableCell(this.doc, cell);
  }

  getText(): string {
    return this._model.cells.map(cellText).join('\t');
  }

  /** The row's text as one editable Text; whole-row styling (no offsets) applies to every cell. */
  editAsText(): RowText {
    return new RowText(this._model.cells.map((c) => new TableCell(this.doc, c)));
  }

  getType(): string {
    return ElementType.TABLE_ROW;
  }
}

// Compile-time: TableRow keeps to Apps Script's TableRow (see ../conformance.ts).
type _TableRowConforms = Assert<Conforms<TableRow, GoogleAppsScript.Document.TableRow>>;
