/**
 * The notes set-up writes on each header cell and setting, by language,
 * keyed "<tab>.<column>". Only set-up needs them (about 30 KB in both
 * languages), so the add-on does not bundle them: the build writes
 * COLUMN_HELP into dist/column-help.html and the add-on reads that file when
 * it sets a workbook up (src/addon/column-help.ts). Local code and tests
 * import COLUMN_HELP directly.
 */
import type { Lang } from '../model';
import { columnHelp as en } from '../i18n/en/column-help';
import { columnHelp as th } from '../i18n/th/column-help';

export type ColumnHelp = Record<Lang, Record<string, string>>;

export const COLUMN_HELP: ColumnHelp = { en, th };

/** No notes: what set-up writes when the help file cannot be read (headers still go in). */
const NO_HELP: ColumnHelp = { en: {}, th: {} };

/** The note for a column or setting, in `lang`, else in English, else none. */
export function helpOf(help: ColumnHelp, lang: Lang, tab: string, key: string): string {
  const k = `${tab}.${key}`;
  return help[lang]?.[k] ?? help.en?.[k] ?? '';
}

/** The file's id in dist/ (column-help.html) and the marker around its JSON. */
export const COLUMN_HELP_FILE = 'column-help';
const OPEN = '<script type="application/json" id="column-help">';
const CLOSE = '</script>';

/** The help as the HTML file holds it: JSON inside a script element, `<` escaped so it can never close it. */
export function columnHelpHtml(help: ColumnHelp): string {
  return `<!DOCTYPE html>${OPEN}${JSON.stringify(help).replace(/</g, '\\u003c')}${CLOSE}\n`;
}

/** The help read back from that file's content; NO_HELP when it is not one. */
export function readColumnHelpHtml(content: string): ColumnHelp {
  const start = content.indexOf(OPEN);
  const end = content.lastIndexOf(CLOSE);
  if (start < 0 || end < start) return NO_HELP;
  try {
    const v = JSON.parse(content.slice(start + OPEN.length, end)) as ColumnHelp;
    return v && typeof v === 'object' && v.en && v.th ? v : NO_HELP;
  } catch {
    return NO_HELP;
  }
}
