/** Body: the document's blocks (paragraphs, list items, tables); it always keeps one paragraph. */
import type { Assert, Conforms } from '../conformance';
import { BlockContainer } from './block-container';
import { ElementType } from './enums';
import { HorizontalRule } from './horizontal-rule';
import { ListItem } from './list-item';
import { copyModel, newParagraph, type ListItemModel, type ParagraphModel, type TableModel } from './model';
import { PageBreak } from './page-break';
import { Paragraph } from './paragraph';
import { Table } from './table';
import type { Text } from './text';

export class Body extends BlockContainer {
  readonly gasType = 'Body';

  protected wrapTable(block: TableModel): Table {
    return new Table(this.doc, this.holder, block);
  }

  appendTable(cells?: unknown[][] | Table | GoogleAppsScript.Document.Table | null): Table {
    let model: TableModel;
    if (cells instanceof Table) model = copyModel(cells._model);
    else if (cells === undefined || cells === null) model = { kind: 'table', rows: [] };
    else {
      if (!Array.isArray(cells) || !cells.every((row) => Array.isArray(row))) throw new Error('Invalid argument: cells (an array of rows of text)');
      model = { kind: 'table', rows: cells.map((row) => ({ cells: row.map((c) => ({ children: [newParagraph(c === null || c === undefined ? '' : String(c))] })) })) };
    }
    return new Table(this.doc, this.holder, this.add(model));
  }

  appendHorizontalRule(): HorizontalRule {
    const p = this.add(newParagraph(''));
    p.inline = 'hr';
    return new HorizontalRule(p);
  }

  /** A page break given to copy has nothing of its own: the copy is a page break. */
  appendPageBreak(_pageBreak?: PageBreak | GoogleAppsScript.Document.PageBreak | null): PageBreak {
    const p = this.add(newParagraph(''));
    p.inline = 'pageBreak';
    return new PageBreak(p);
  }

  /** Empties the body; like Docs, one empty paragraph always remains. */
  clear(): Body {
    this.doc.edit();
    this.holder.children.splice(0, this.holder.children.length, newParagraph(''));
    return this;
  }

  getParagraphs(): Paragraph[] {
    return this.holder.children.filter((b): b is ParagraphModel => b.kind === 'paragraph').map((b) => new Paragraph(this.doc, this.holder, b));
  }

  getListItems(): ListItem[] {
    return this.holder.children.filter((b): b is ListItemModel => b.kind === 'listItem').map((b) => new ListItem(this.doc, this.holder, b));
  }

  getTables(): Table[] {
    return this.holder.children.filter((b): b is TableModel => b.kind === 'table').map((b) => new Table(this.doc, this.holder, b));
  }

  editAsText(): Text {
    throw new Error('Body.editAsText is not supported by the emulator: edit paragraphs one by one.');
  }

  getType(): string {
    return ElementType.BODY_SECTION;
  }

  /** Page margins do not change what LO Desk's documents say; accepted and not kept. */
  setMarginTop(_n: number): Body {
    return this;
  }

  setMarginBottom(_n: number): Body {
    return this;
  }

  setMarginLeft(_n: number): Body {
    return this;
  }

  setMarginRight(_n: number): Body {
    return this;
  }
}

// Compile-time: Body keeps to Apps Script's Body (see ../conformance.ts).
type _BodyConforms = Assert<Conforms<Body, GoogleAppsScript.Document.Body>>;
