/** Table: a body's table of rows; borders and column widths are left to Word. */
import type { Assert, Conforms } from '../conformance';
import type { DocState } from './doc-state';
import { removeFrom, type Container } from './element-tree';
import { ElementType } from './enums';
import type { ListItem } from './list-item';
import { blockText, copyModel, type RowModel, type TableModel } from './model';
import type { Paragraph } from './paragraph';
import type { TableCell } from './table-cell';
import { TableRow } from './table-row';

export class Table {
  readonly gasType = 'Table';

  constructor(
    private readonly doc: DocState,
    private readonly parent: Container,
    readonly _model: TableModel,
  ) {}

  /** An empty row, or a copy of the row given. */
  appendTableRow(tableRow?: TableRow | GoogleAppsScript.Document.TableRow): TableRow {
    this.doc.edit();
    const row: RowModel = tableRow instanceof TableRow ? copyModel(tableRow._model) : { cells: [] };
    this._model.rows.push(row);
    return new TableRow(this.doc, row);
  }

  getNumRows(): number {
    return this._model.rows.length;
  }

  getRow(rowIndex: number): TableRow {
    const row = this._model.rows[rowIndex];
    if (!row) throw new Error(`Child index (${String(rowIndex)}) must be less than the number of child elements (${this._model.rows.length}).`);
    return new TableRow(this.doc, row);
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }

  removeRow(rowIndex: number): TableRow {
    const row = this.getRow(rowIndex);
    this.doc.edit();
    this._model.rows.splice(rowIndex, 1);
    return row;
  }

  getText(): string {
    return blockText(this._model);
  }

  getType(): string {
    return ElementType.TABLE;
  }

  /** Borders and column widths are left to Word's defaults; accepted and not kept. */
  setBorderWidth(_w: number): Table {
    return this;
  }

  setBorderColor(_c: string): Table {
    return this;
  }

  setColumnWidth(_i: number, _w: number): Table {
    return this;
  }

  asTable(): Table {
    return this;
  }

  asParagraph(): Paragraph {
    throw new Error('Cannot cast Table to Paragraph.');
  }

  asListItem(): ListItem {
    throw new Error('Cannot cast Table to ListItem.');
  }

  removeFromParent(): Table {
    this.doc.edit();
    removeFrom(this.parent, this._model);
    return this;
  }
}

// Compile-time: Table keeps to Apps Script's Table (see ../conformance.ts).
type _TableConforms = Assert<Conforms<Table, GoogleAppsScript.Document.Table>>;
