/**
 * Collecting findings cheaply and turning them into messages at the end, once the
 * event's language is known. Messages are built in both languages.
 */
import type { Finding, FindingCode, Lang, Severity } from '../model';
import { t, type MessageKey } from '../i18n';
import { TAB_ORDER, columnSpec } from '../schema/tabs';
import type { TabName } from '../schema/types';

/** A parameter that differs by language (a formatted time, a label). */
export type LangParam = (lang: Lang) => string;
export type FindingParams = Record<string, string | number | LangParam>;

/** A finding before its messages are written. */
export interface RawFinding {
  severity: Severity;
  code: FindingCode;
  tab: TabName;
  /** Sheet name as in the workbook (the contract name when missing). */
  sheet: string;
  row: number;
  column: string;
  message: MessageKey;
  params: FindingParams;
  /** Column position in the sheet, for sorting; -1 when none. */
  colIndex: number;
}

export class FindingSink {
  readonly items: RawFinding[] = [];

  add(f: RawFinding): void {
    this.items.push(f);
  }
}

/** The column's header label in a language ("Guest ID"); the key when unknown. */
function columnLabel(tab: TabName, key: string, lang: Lang): string {
  const c = columnSpec(tab, key);
  return c ? c.label[lang] : key;
}

function resolveParams(f: RawFinding, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {
    tab: f.sheet,
    row: f.row,
    col: f.column ? columnLabel(f.tab, f.column, lang) : '',
  };
  for (const k in f.params) {
    const v = f.params[k];
    out[k] = typeof v === 'function' ? v(lang) : v;
  }
  return out;
}

/** Writes the messages of one raw finding. */
function materialise(f: RawFinding, lang: Lang): Finding {
  const en = t('en', f.message, resolveParams(f, 'en'));
  const th = t('th', f.message, resolveParams(f, 'th'));
  return {
    severity: f.severity,
    tab: f.sheet,
    row: f.row,
    column: f.column,
    code: f.code,
    message: lang === 'en' ? en : th,
    message_en: en,
    message_th: th,
  };
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then tab order, row, column position, code. */
function compareRaw(a: RawFinding, b: RawFinding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (TAB_ORDER.get(a.tab) ?? 99) - (TAB_ORDER.get(b.tab) ?? 99) ||
    a.row - b.row ||
    a.colIndex - b.colIndex ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.column < b.column ? -1 : a.column > b.column ? 1 : 0)
  );
}

/** Sorted, de-duplicated, with messages in `lang`. */
export function finalise(raw: readonly RawFinding[], lang: Lang): Finding[] {
  const sorted = raw.slice().sort(compareRaw);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const f of sorted) {
    const fin = materialise(f, lang);
    const id = `${fin.code}\u0000${fin.tab}\u0000${fin.row}\u0000${fin.column}\u0000${fin.message_en}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(fin);
  }
  return out;
}
