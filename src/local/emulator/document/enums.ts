/**
 * DocumentApp's enums. In Apps Script they are Java enums whose values print
 * as their names; here each value is that name as a string, so a model saved
 * as JSON reads back the same.
 */

export const ParagraphHeading = {
  NORMAL: 'NORMAL',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
  HEADING4: 'HEADING4',
  HEADING5: 'HEADING5',
  HEADING6: 'HEADING6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
} as const;

export const GlyphType = {
  BULLET: 'BULLET',
  HOLLOW_BULLET: 'HOLLOW_BULLET',
  SQUARE_BULLET: 'SQUARE_BULLET',
  NUMBER: 'NUMBER',
  LATIN_UPPER: 'LATIN_UPPER',
  LATIN_LOWER: 'LATIN_LOWER',
  ROMAN_UPPER: 'ROMAN_UPPER',
  ROMAN_LOWER: 'ROMAN_LOWER',
} as const;

export const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as const;

export const ElementType = {
  BODY_SECTION: 'BODY_SECTION',
  PARAGRAPH: 'PARAGRAPH',
  LIST_ITEM: 'LIST_ITEM',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  TEXT: 'TEXT',
  HORIZONTAL_RULE: 'HORIZONTAL_RULE',
  PAGE_BREAK: 'PAGE_BREAK',
} as const;

export const Attribute = {
  BOLD: 'BOLD',
  ITALIC: 'ITALIC',
  UNDERLINE: 'UNDERLINE',
  STRIKETHROUGH: 'STRIKETHROUGH',
  LINK_URL: 'LINK_URL',
  FONT_SIZE: 'FONT_SIZE',
  FONT_FAMILY: 'FONT_FAMILY',
  FOREGROUND_COLOR: 'FOREGROUND_COLOR',
  BACKGROUND_COLOR: 'BACKGROUND_COLOR',
  HEADING: 'HEADING',
  HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
  GLYPH_TYPE: 'GLYPH_TYPE',
  NESTING_LEVEL: 'NESTING_LEVEL',
} as const;

type ValueOf<T> = T[keyof T];

/*
 * Enum arguments as scripts pass them: Apps Script's enum (what
 * @types/google-apps-script declares, so the bundle's calls type-check) or
 * this emulator's own value (its tests pass those). At run time both are the
 * name, checked by checkEnum.
 */
export type HeadingArg = GoogleAppsScript.Document.ParagraphHeading | ValueOf<typeof ParagraphHeading>;
export type AlignmentArg = GoogleAppsScript.Document.HorizontalAlignment | ValueOf<typeof HorizontalAlignment>;
export type GlyphTypeArg = GoogleAppsScript.Document.GlyphType | ValueOf<typeof GlyphType>;
