/** TableCell: a cell's paragraphs and list items, and its background colour. */
import type { Assert, Conforms } from '../conformance';
import { checkColor } from './attributes';
import { BlockContainer } from './block-container';
import type { DocState } from './doc-state';
import { ElementType } from './enums';
import { newParagraph, type BlockModel, type CellModel, type TableModel } from './model';
import { styleAt } from './runs';
import type { Table } from './table';
import { Text } from './text';

export class TableCell extends BlockContainer {
  readonly gasType = 'TableCell';

  constructor(
    doc: DocState,
    readonly _model: CellModel,
  ) {
    super(doc, _model as { children: BlockModel[] });
  }

  /** Unreachable: the emulator gives cells no appendTable, and a cell's model holds only paragraphs and list items. */
  protected wrapTable(_block: TableModel): Table {
    throw new Error('A table inside a table cell is not emulated.');
  }

  override setText(text: string): this {
    this.doc.edit();
    const style = this._model.children[0] ? styleAt(this._model.children[0].runs, 0) : {};
    this._model.children.splice(0, this._model.children.length, newParagraph(String(text ?? ''), style));
    return this;
  }

  editAsText(): Text {
    this.doc.read();
    const first = this._model.children[0];
    if (!first) throw new Error('This cell has no text to edit.');
    return new Text(this.doc, first);
  }

  setBackgroundColor(color: string): TableCell {
    this.doc.edit();
    this._model.background = checkColor(color);
    return this;
  }

  getBackgroundColor(): string | null {
    return this._model.background ?? null;
  }

  getType(): string {
    return ElementType.TABLE_CELL;
  }
}

// Compile-time: TableCell keeps to Apps Script's TableCell (see ../conformance.ts).
type _TableCellConforms = Assert<Conforms<TableCell, GoogleAppsScript.Document.TableCell>>;
