/**
 * ListItem: a paragraph in a list. Items with the same list id are one list
 * (one numbering in the .docx); the glyph and nesting level set its marker.
 */
import type { Assert, Conforms } from '../conformance';
import { checkEnum } from './attributes';
import { Attribute, ElementType, GlyphType, type GlyphTypeArg } from './enums';
import type { ListItemModel } from './model';
import type { Paragraph } from './paragraph';
import { TextBlockElement } from './text-block-element';

export class ListItem extends TextBlockElement<ListItemModel> {
  readonly gasType = 'ListItem';

  getType(): string {
    return ElementType.LIST_ITEM;
  }

  asListItem(): ListItem {
    return this;
  }

  asParagraph(): Paragraph {
    throw new Error('Cannot cast ListItem to Paragraph.');
  }

  setGlyphType(glyphType: GlyphTypeArg): ListItem {
    this.doc.edit();
    this._model.glyph = checkEnum(glyphType, GlyphType, 'glyphType');
    return this;
  }

  getGlyphType(): string {
    return this._model.glyph;
  }

  setNestingLevel(nestingLevel: number): ListItem {
    this.doc.edit();
    if (typeof nestingLevel !== 'number' || !Number.isInteger(nestingLevel) || nestingLevel < 0 || nestingLevel > 8) {
      throw new Error('Invalid argument: nestingLevel (0 to 8)');
    }
    this._model.nesting = nestingLevel;
    return this;
  }

  getNestingLevel(): number {
    return this._model.nesting;
  }

  getListId(): string {
    return this._model.listId;
  }

  setListId(listItem: ListItem | GoogleAppsScript.Document.ListItem): ListItem {
    this.doc.edit();
    if (!listItem || typeof listItem.getListId !== 'function') throw new Error('Invalid argument: listItem');
    this._model.listId = listItem.getListId();
    return this;
  }

  protected override applyBlockAttributes(attributes: Record<string, unknown>): void {
    if (attributes[Attribute.GLYPH_TYPE] != null) this._model.glyph = checkEnum(attributes[Attribute.GLYPH_TYPE], GlyphType, 'GLYPH_TYPE');
    if (attributes[Attribute.NESTING_LEVEL] != null) this.setNestingLevel(attributes[Attribute.NESTING_LEVEL] as number);
  }
}

// Compile-time: ListItem keeps to Apps Script's ListItem (see ../conformance.ts).
type _ListItemConforms = Assert<Conforms<ListItem, GoogleAppsScript.Document.ListItem>>;
