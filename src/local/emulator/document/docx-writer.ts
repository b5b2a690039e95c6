/**
 * The .docx writer: a document model as Word XML through the `docx` package.
 * Headings become Word's heading styles, list glyphs one numbering per glyph
 * (each list its own instance, so numbers restart per list), soft line breaks
 * inside a paragraph become breaks, links become hyperlinks; the page set-up
 * gives the section its orientation and a footer with a real PAGE field.
 */
import * as docx from 'docx';
import { ParagraphHeading } from './enums';
import {
  newParagraph, type BlockModel, type DocumentModel, type PageModel, type RowModel, type Run, type TableModel, type TextBlock,
} from './model';

const HEADING_LEVEL: Record<string, (typeof docx.HeadingLevel)[keyof typeof docx.HeadingLevel] | undefined> = {
  TITLE: docx.HeadingLevel.TITLE,
  HEADING1: docx.HeadingLevel.HEADING_1,
  HEADING2: docx.HeadingLevel.HEADING_2,
  HEADING3: docx.HeadingLevel.HEADING_3,
  HEADING4: docx.HeadingLevel.HEADING_4,
  HEADING5: docx.HeadingLevel.HEADING_5,
  HEADING6: docx.HeadingLevel.HEADING_6,
};

const ALIGNMENT: Record<string, (typeof docx.AlignmentType)[keyof typeof docx.AlignmentType]> = {
  LEFT: docx.AlignmentType.LEFT,
  CENTER: docx.AlignmentType.CENTER,
  RIGHT: docx.AlignmentType.RIGHT,
  JUSTIFY: docx.AlignmentType.JUSTIFIED,
};

const GLYPH_FORMAT: Record<string, { format: (typeof docx.LevelFormat)[keyof typeof docx.LevelFormat]; text: (level: number) => string }> = {
  BULLET: { format: docx.LevelFormat.BULLET, text: () => '\u2022' },
  HOLLOW_BULLET: { format: docx.LevelFormat.BULLET, text: () => '\u25e6' },
  SQUARE_BULLET: { format: docx.LevelFormat.BULLET, text: () => '\u25aa' },
  NUMBER: { format: docx.LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
  LATIN_UPPER: { format: docx.LevelFormat.UPPER_LETTER, text: (l) => `%${l + 1}.` },
  LATIN_LOWER: { format: docx.LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1}.` },
  ROMAN_UPPER: { format: docx.LevelFormat.UPPER_ROMAN, text: (l) => `%${l + 1}.` },
  ROMAN_LOWER: { format: docx.LevelFormat.LOWER_ROMAN, text: (l) => `%${l + 1}.` },
};

/**
 * A run's language as Word records it: `w:val` for Latin text and `w:bidi` for
 * complex scripts, which in Word include Thai (its letters are shaped with
 * the complex-script font and language), so both are set.
 */
function wordLanguage(lang: string): { value: string; bidirectional: string } {
  const tag = lang.toLowerCase() === 'th' ? 'th-TH' : lang;
  return { value: tag, bidirectional: tag };
}

function textRuns(run: Run, extra: { style?: string } = {}): docx.TextRun[] {
  // A line break inside a paragraph's text is a soft break in Docs.
  return run.text.split(/\r\n|\r|\n/).map(
    (part, i) =>
      new docx.TextRun({
        text: part,
        break: i > 0 ? 1 : undefined,
        bold: run.bold,
        italics: run.italic,
        underline: run.underline || run.link ? {} : undefined,
        strike: run.strikethrough,
        size: run.fontSize ? Math.round(run.fontSize * 2) : undefined,
        font: run.fontFamily,
        color: run.color ? run.color.slice(1) : run.link ? '1155CC' : undefined,
        shading: run.background ? { type: docx.ShadingType.CLEAR, color: 'auto', fill: run.background.slice(1) } : undefined,
        language: run.lang ? wordLanguage(run.lang) : undefined,
        ...extra,
      }),
  );
}

function paragraphChildren(runs: Run[]): docx.ParagraphChild[] {
  const out: docx.ParagraphChild[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    if (run.link) out.push(new docx.ExternalHyperlink({ link: run.link, children: textRuns(run) }));
    else out.push(...textRuns(run));
  }
  return out;
}

function toDocxParagraph(b: TextBlock, listInstances: Map<string, number>): docx.Paragraph {
  const children = paragraphChildren(b.runs);
  const common = {
    heading: HEADING_LEVEL[b.heading],
    style: b.heading === ParagraphHeading.SUBTITLE ? 'Subtitle' : undefined,
    alignment: b.alignment ? ALIGNMENT[b.alignment] : undefined,
  };
  if (b.kind === 'listItem') {
    let instance = listInstances.get(b.listId);
    if (instance === undefined) {
      instance = listInstances.size + 1;
      listInstances.set(b.listId, instance);
    }
    return new docx.Paragraph({ ...common, children, numbering: { reference: `glyph-${b.glyph}`, level: b.nesting, instance } });
  }
  if (b.inline === 'pageBreak') return new docx.Paragraph({ ...common, children: [...children, new docx.PageBreak()] });
  if (b.inline === 'hr') {
    return new docx.Paragraph({ ...common, children, border: { bottom: { style: docx.BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } } });
  }
  return new docx.Paragraph({ ...common, children });
}

function toDocxTable(b: TableModel, listInstances: Map<string, number>): docx.Table {
  const width = Math.max(1, ...b.rows.map((r) => r.cells.length));
  // Widths the document gives (imported <col> widths), else equal columns.
  const share = (c: number) => b.widths?.[c] ?? Math.floor(100 / width);
  return new docx.Table({
    width: { size: 100, type: docx.WidthType.PERCENTAGE },
    rows: (b.rows.length ? b.rows : [{ cells: [{ children: [newParagraph('')] }] }]).map(
      (row: RowModel) =>
        new docx.TableRow({
          // A header row repeats at the top of every page the table runs onto.
          tableHeader: row.header || undefined,
          children: (row.cells.length ? row.cells : [{ children: [newParagraph('')] }]).map(
            (cell, c) =>
              new docx.TableCell({
                width: { size: share(c), type: docx.WidthType.PERCENTAGE },
                shading: cell.background ? { type: docx.ShadingType.CLEAR, color: 'auto', fill: cell.background.slice(1) } : undefined,
                // A cell needs at least one paragraph.
                children: cell.children.length ? toDocxBlocks(cell.children, listInstances) : [new docx.Paragraph('')],
              }),
          ),
        }),
    ),
  });
}

function toDocxBlocks(blocks: BlockModel[], listInstances: Map<string, number>): (docx.Paragraph | docx.Table)[] {
  return blocks.map((b) => (b.kind === 'table' ? toDocxTable(b, listInstances) : toDocxParagraph(b, listInstances)));
}

/** Thai letters: footer text holding them is set in Thai, in the Thai government typeface, as the body's Thai runs are. */
const THAI = /[\u0E00-\u0E7F]/;

/** The section's page: A4, turned when landscape, and the footer (text and the PAGE field) centred on every page. */
function sectionOf(page: PageModel | undefined): Pick<docx.ISectionOptions, 'properties' | 'footers'> {
  const orientation = page?.landscape ? docx.PageOrientation.LANDSCAPE : docx.PageOrientation.PORTRAIT;
  // A4 in twips, given as portrait: the docx package swaps them for a landscape page.
  const properties = { page: { size: { width: 11906, height: 16838, orientation } } };
  if (!page?.footer?.length) return { properties };
  const children = page.footer.map((part) =>
    'field' in part
      ? new docx.TextRun({ children: [docx.PageNumber.CURRENT] })
      : new docx.TextRun({
          text: part.text,
          ...(THAI.test(part.text) ? { font: 'Sarabun', language: wordLanguage('th') } : {}),
        }));
  return { properties, footers: { default: new docx.Footer({ children: [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, children })] }) } };
}

/** The .docx bytes of a document model. */
export async function renderDocx(model: DocumentModel, title: string): Promise<Buffer> {
  const listInstances = new Map<string, number>();
  const children = toDocxBlocks(model.body, listInstances);
  const document = new docx.Document({
    title,
    creator: 'LO Desk',
    styles: {
      paragraphStyles: [{ id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 30, color: '666666' } }],
    },
    numbering: {
      config: Object.entries(GLYPH_FORMAT).map(([glyph, f]) => ({
        reference: `glyph-${glyph}`,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: f.format,
          text: f.text(level),
          alignment: docx.AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      })),
    },
    sections: [{ ...sectionOf(model.page), children }],
  });
  return docx.Packer.toBuffer(document);
}

