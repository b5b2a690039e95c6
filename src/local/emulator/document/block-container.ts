/**
 * What Body and TableCell share: a list of paragraphs and list items (and, in
 * a body, tables). Wrapping a table child is left to the subclass, so this
 * module needs no Table (a cell's row and table would import it back).
 */
import type { DocState } from './doc-state';
import { removeFrom } from './element-tree';
import { GlyphType, ParagraphHeading } from './enums';
import { ListItem } from './list-item';
import { blockText, copyModel, newParagraph, textOf, type BlockModel, type ListItemModel, type ParagraphModel, type TableModel } from './model';
import { Paragraph } from './paragraph';
import { deleteRange, insertAt, styleAt } from './runs';
import type { Table } from './table';

function newListId(): string {
  return `kix.${Math.random().toString(36).slice(2, 14)}`;
}

/** A child as scripts pass it: one of ours, or (as typed for Apps Script) any element. */
type ChildElement = Paragraph | ListItem | Table | GoogleAppsScript.Document.Element;

/** The model behind an element a script hands back (one of ours, or anything else: then undefined). */
function modelOf(child: unknown): BlockModel | undefined {
  return (child as { _model?: BlockModel } | null | undefined)?._model;
}

export abstract class BlockContainer {
  constructor(
    protected readonly doc: DocState,
    protected readonly holder: { children: BlockModel[] },
  ) {}

  /** A table child as an element; only a body holds tables. */
  protected abstract wrapTable(block: TableModel): Table;

  protected add<T extends BlockModel>(block: T): T {
    this.doc.edit();
    this.holder.children.push(block);
    return block;
  }

  protected paragraphFrom(arg: unknown): ParagraphModel {
    if (arg instanceof Paragraph) return copyModel(arg._model);
    return newParagraph(arg === undefined || arg === null ? '' : String(arg));
  }

  appendParagraph(textOrParagraph: string | Paragraph | GoogleAppsScript.Document.Paragraph): Paragraph {
    return new Paragraph(this.doc, this.holder, this.add(this.paragraphFrom(textOrParagraph)));
  }

  insertParagraph(childIndex: number, textOrParagraph: string | Paragraph | GoogleAppsScript.Document.Paragraph): Paragraph {
    this.doc.edit();
    if (typeof childIndex !== 'number' || childIndex < 0 || childIndex > this.holder.children.length) {
      throw new Error('Child index (' + String(childIndex) + ') must be less than or equal to the number of child elements (' + this.holder.children.length + ').');
    }
    const p = this.paragraphFrom(textOrParagraph);
    this.holder.children.splice(childIndex, 0, p);
    return new Paragraph(this.doc, this.holder, p);
  }

  appendListItem(textOrItem: string | ListItem | GoogleAppsScript.Document.ListItem): ListItem {
    if (textOrItem instanceof ListItem) {
      return new ListItem(this.doc, this.holder, this.add(copyModel(textOrItem._model)));
    }
    // Consecutive list items form one list, as typing them in Docs does.
    const prev = this.holder.children[this.holder.children.length - 1];
    const prevItem = prev && prev.kind === 'listItem' ? prev : null;
    const item: ListItemModel = {
      kind: 'listItem',
      heading: ParagraphHeading.NORMAL,
      runs: [{ text: textOrItem === undefined || textOrItem === null ? '' : String(textOrItem) }],
      glyph: prevItem?.glyph ?? GlyphType.BULLET,
      nesting: 0,
      listId: prevItem?.listId ?? newListId(),
    };
    return new ListItem(this.doc, this.holder, this.add(item));
  }

  getNumChildren(): number {
    this.doc.read();
    return this.holder.children.length;
  }

  getChild(childIndex: number): Paragraph | ListItem | Table {
    this.doc.read();
    const block = this.holder.children[childIndex];
    if (!block) throw new Error(`Child index (${String(childIndex)}) must be less than the number of child elements (${this.holder.children.length}).`);
    if (block.kind === 'paragraph') return new Paragraph(this.doc, this.holder, block);
    if (block.kind === 'listItem') return new ListItem(this.doc, this.holder, block);
    return this.wrapTable(block);
  }

  getChildIndex(child: ChildElement): number {
    const i = this.holder.children.indexOf(modelOf(child) as BlockModel);
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    return i;
  }

  removeChild(child: ChildElement): this {
    this.doc.edit();
    removeFrom(this.holder, modelOf(child) as BlockModel);
    return this;
  }

  getText(): string {
    this.doc.read();
    return this.holder.children.map(blockText).join('\n');
  }

  setText(text: string): this {
    this.doc.edit();
    this.holder.children.splice(0, this.holder.children.length, newParagraph(String(text ?? '')));
    return this;
  }

  /** Replaces every match of a regular expression (Apps Script's RE2 syntax is close to JS's here). */
  replaceText(searchPattern: string, replacement: string): this {
    this.doc.edit();
    let re: RegExp;
    try {
      re = new RegExp(String(searchPattern), 'g');
    } catch {
      throw new Error(`Invalid argument: searchPattern (${String(searchPattern)})`);
    }
    const visit = (b: BlockModel) => {
      if (b.kind === 'table') {
        for (const row of b.rows) for (const cell of row.cells) cell.children.forEach(visit);
        return;
      }
      const text = textOf(b.runs);
      const matches = [...text.matchAll(re)].filter((m) => m[0] !== '');
      for (const m of matches.reverse()) {
        const at = m.index ?? 0;
        const style = styleAt(b.runs, at);
        deleteRange(b.runs, at, at + m[0].length);
        insertAt(b.runs, at, String(replacement ?? ''), style);
      }
    };
    this.holder.children.forEach(visit);
    return this;
  }
}
