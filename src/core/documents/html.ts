/**
 * A document of the block model as one self-contained HTML page, for Google
 * Drive to import as a Google Doc in a single call (see src/addon/documents.ts
 * for why that route). Pure: no Apps Script, no I/O.
 *
 * What the import must keep, and how this page says it:
 *  - every text is escaped (a name or note holding "<b>" or "=1+1" stays
 *    literal); links only to http(s):, tel: and mailto: targets;
 *  - Thai text is marked as Thai (lang="th") in the Thai government
 *    typeface (the Sarabun family, named explicitly), so a reader without
 *    Thai fonts set up still sees it right;
 *  - a table's header row is a <thead> (Docs repeats it as a header row) and
 *    each column's width follows its content, so names and times do not
 *    break over five lines in equal-width columns;
 *  - the page set-up is an `@page` rule: `size: A4 landscape` for a landscape
 *    document, and the footer (a confidentiality line, the page number) as
 *    CSS paged-media margin content, `counter(page)` for the page number.
 *    Google's import is not documented to keep either (see the README); the
 *    rule costs nothing where it is ignored and says exactly what is meant.
 */
import { escapeHtml } from '../text';
import type { Block, Doc, Run } from './types';

/** About how many characters of 11-point text a table row has across a landscape A4 page. */
const LANDSCAPE_LINE_CHARACTERS = 135;

/** The Thai government typeface, then its older name, then what the reader has. */
const THAI_FONT = 'Sarabun';
const THAI_FONT_STACK = `'${THAI_FONT}', 'TH Sarabun New', sans-serif`;
const BODY_FONT_STACK = `Arial, '${THAI_FONT}', sans-serif`;

/** A stretch of Thai: Thai letters, and the spaces, digits and punctuation between two of them. */
const THAI_STRETCH = /[\u0E00-\u0E7F]+(?:[\s\d.,:;()\-–/]+[\u0E00-\u0E7F]+)*/g;

/** Targets a link may have in a generated document (never javascript: or data:). */
const SAFE_LINK = /^(https?:|tel:|mailto:)/i;

/** Text as HTML: escaped, line breaks as <br>, Thai stretches marked as Thai in Sarabun. */
export function textHtml(s: string): string {
  let out = '';
  let at = 0;
  for (const m of s.matchAll(THAI_STRETCH)) {
    out += plain(s.slice(at, m.index));
    out += `<span lang="th" style="font-family: ${THAI_FONT_STACK}">${plain(m[0])}</span>`;
    at = m.index + m[0].length;
  }
  return out + plain(s.slice(at));
}

function plain(s: string): string {
  return escapeHtml(s).replace(/\r\n|\r|\n/g, '<br>');
}

function runHtml(run: Run): string {
  let html = textHtml(run.text);
  if (run.bold) html = `<b>${html}</b>`;
  if (run.italic) html = `<i>${html}</i>`;
  if (run.link && SAFE_LINK.test(run.link)) html = `<a href="${escapeHtml(run.link)}">${html}</a>`;
  return html;
}

const runsHtml = (runs: Run[]) => runs.map(runHtml).join('');

/** The longest word of a text: what a column cannot be narrower than without breaking it. */
function longestWord(s: string): number {
  return Math.max(0, ...s.split(/\s+/).map((w) => [...w].length));
}

/** About how many characters of 11-point text a table row has across an A4 page. */
const LINE_CHARACTERS = 90;

/**
 * Each column's share of the table width, in whole percent summing to 100.
 * A column wants its longest line (capped, so one long note does not starve
 * the rest) and needs at least its longest word, header included, so that a
 * name or a time is not broken. When the wants do not fit across the page,
 * every column gets what it needs and the rest of the line is shared in
 * proportion to what each wants beyond that.
 */
export function columnWidths(header: string[], rows: string[][], lineCharacters = LINE_CHARACTERS): number[] {
  const n = Math.max(header.length, ...rows.map((r) => r.length));
  if (n === 0) return [];
  const need: number[] = [];
  const want: number[] = [];
  for (let c = 0; c < n; c++) {
    const cells = rows.map((r) => r[c] ?? '');
    const line = Math.max(0, ...cells.flatMap((v) => v.split('\n').map((l) => [...l].length)));
    const word = Math.max(longestWord(header[c] ?? ''), ...cells.map(longestWord));
    need.push(Math.min(word, 20) + 1);
    want.push(Math.max(Math.min(line, 40), Math.min(word, 20)) + 1);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let share: number[];
  if (sum(want) <= lineCharacters || sum(need) >= lineCharacters) share = sum(want) <= lineCharacters ? want : need;
  else {
    const spare = lineCharacters - sum(need);
    const extra = sum(want) - sum(need);
    share = need.map((x, c) => x + (spare * (want[c] - x)) / extra);
  }
  const total = sum(share);
  const widths = share.map((w) => Math.max(1, Math.floor((w / total) * 100)));
  // Whole percents: the rounding's remainder goes to the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] += 100 - sum(widths);
  return widths;
}

function tableHtml(header: string[], rows: string[][], lineCharacters?: number): string {
  const widths = columnWidths(header, rows, lineCharacters);
  const cols = widths.map((w) => `<col style="width: ${w}%">`).join('');
  const cell = (tag: 'th' | 'td', v: string, c: number) => `<${tag} style="width: ${widths[c]}%">${textHtml(v)}</${tag}>`;
  const head = header.length ? `<thead><tr>${header.map((v, c) => cell('th', v, c)).join('')}</tr></thead>` : '';
  const body = rows.map((r) => `<tr>${widths.map((_, c) => cell('td', r[c] ?? '', c)).join('')}</tr>`).join('');
  return `<table><colgroup>${cols}</colgroup>${head}<tbody>${body}</tbody></table>`;
}

function blockHtml(block: Block, lineCharacters?: number): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${textHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${runsHtml(block.runs)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${runsHtml(item)}</li>`).join('')}</ul>`;
    case 'table':
      return tableHtml(block.header, block.rows, lineCharacters);
    case 'pageBreak':
      return '<p style="page-break-before: always"></p>';
  }
}

const STYLE = [
  `body { font-family: ${BODY_FONT_STACK}; font-size: 11pt; }`,
  'table { border-collapse: collapse; width: 100%; }',
  'th, td { border: 1px solid #999999; padding: 2pt 4pt; vertical-align: top; text-align: left; }',
  'th { font-weight: bold; background-color: #eeeeee; }',
].join('\n');

/** Text as a CSS string: quotes, backslashes, line breaks and `<` as escapes, so nothing ends the string or the sheet. */
function cssString(s: string): string {
  return `"${s.replace(/[\\"<>\r\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The page rule: size and orientation, and the footer as margin content (the page number as `counter(page)`). */
function pageRule(doc: Doc): string {
  const size = `size: A4 ${doc.orientation === 'landscape' ? 'landscape' : 'portrait'};`;
  const footer = doc.footer?.length
    ? ` @bottom-center { content: ${doc.footer.map((r) => (r.field === 'page' ? 'counter(page)' : cssString(r.text))).join(' ')}; }`
    : '';
  return `@page { ${size}${footer} }`;
}

/** The whole document as one HTML page (UTF-8), ready to upload as text/html. */
export function docHtml(doc: Doc): string {
  const line = doc.orientation === 'landscape' ? LANDSCAPE_LINE_CHARACTERS : LINE_CHARACTERS;
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.lang === 'th' ? 'th' : 'en'}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>\n${pageRule(doc)}\n${STYLE}\n</style></head>`,
    `<body>${[...(doc.asOf ? [`<p><i>${textHtml(doc.asOf)}</i></p>`] : []), ...doc.blocks.map((b) => blockHtml(b, line))].join('\n')}</body>`,
    '</html>',
  ].join('\n');
}
