/**
 * The document model: what every generated document is, before any renderer
 * (Google Docs, .docx) sees it. Pure data; text is literal and is written as text
 * by the renderers, so nothing here is escaped.
 */
import type { Lang } from '../model';

/** Kinds rendered as documents. `lo_calendar` is a file of its own (see calendar.ts). */
const DOC_KINDS = [
  'lo_brief',
  'guest_itinerary',
  'rooming_list',
  'transport_manifest',
  'daily_runsheet',
  'dietary_list',
] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** Every kind the Documents tab may list, the calendar included. */
export const ALL_KINDS = [...DOC_KINDS, 'lo_calendar'] as const;
export type AnyKind = (typeof ALL_KINDS)[number];

/** A stretch of text with its emphasis. `link` is a URL, tel: or mailto: target. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
  /** A field the renderer fills in: `page` is the number of the page the run is on (its text is a stand-in). */
  field?: 'page';
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; items: Run[][] }
  | { type: 'table'; header: string[]; rows: string[][] }
  | { type: 'pageBreak' };

export interface Doc {
  kind: DocKind;
  /** Stable identity across runs: "lo_brief:LO3", "transport_manifest:2026-12-06". */
  key: string;
  /** File name / document title. */
  title: string;
  /** What the Documents tab shows in its subject column: the LO, guest, hotel or day. */
  subject: string;
  /** Main language of the document (a bilingual itinerary is 'en' with a Thai part after it). */
  lang: Lang;
  blocks: Block[];
  /** Page orientation; portrait when missing. The manifest is landscape: its ten columns need the width. */
  orientation?: 'portrait' | 'landscape';
  /**
   * "As of 1 Dec 2026 15:36 (Bangkok, UTC+7)": when the run that wrote the document
   * read the workbook, shown at the top. Outside `blocks`, so the fingerprint
   * (content only) does not change with the clock.
   */
  asOf?: string;
  /** A footer on every page (e.g. the confidentiality line and the page number), when the document has one. */
  footer?: Run[];
}
