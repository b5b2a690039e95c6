/**
 * Validate: reads every tab once, runs the core's parser and rules, and shows
 * the findings three ways — the Findings tab (errors first), a note and a
 * highlight on each offending cell (cleared when fixed), and a toast.
 * It never changes a value the user typed.
 */
import { tBoth } from '../core/i18n';
import type { Finding, Lang } from '../core/model';
import type { TabLayout } from '../core/schema/parse';
import { TABS } from '../core/schema/tabs';
import { checkWorkbook, countFindings } from '../core/validate';
import { requireUser_ } from './access-basic';
import { activeSpreadsheet_, readWorkbook_ } from './sheets/read';
import { regenerateOwnedColumns_, sheetNamed_ } from './sheets/write';

/** Notes LO Desk writes start with this, so the user's own notes are told apart and kept. */
export const NOTE_MARK_ = 'LO Desk ▸ ';
const HIGHLIGHT: Record<Finding['severity'], string> = { error: '#f4c7c3', warning: '#fce8b2', info: '#d2e3fc' };
const OUR_COLOURS = new Set(Object.values(HIGHLIGHT));
const FINDINGS_TAB = 'Findings';

export interface ValidationReport {
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
  lang: Lang;
}

/** Menu: validate every tab. Returns the report (used by `lo-desk validate`). */
export function validateWorkbook(): ValidationReport {
  requireUser_();
  const report = runValidation_(activeSpreadsheet_());
  const { counts, lang } = report;
  const msg = tBoth('addon.validation.toast', { errors: counts.error, warnings: counts.warning, infos: counts.info });
  activeSpreadsheet_().toast(msg[lang], 'LO Desk', 8);
  return report;
}

/**
 * Simple trigger: re-checks the workbook when a user edits an input tab and
 * refreshes the marks on the edited rows only, to stay well inside the 30 s
 * a simple trigger may run.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range) return;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  const owned = TABS.some((t) => t.owned && t.name === name);
  if (owned) return;
  try {
    const first = e.range.getRow();
    runValidation_(sheet.getParent(), { tab: name, fromRow: first, toRow: first + e.range.getNumRows() - 1 });
  } catch (err) {
    // A simple trigger has no one to report to but the log; the menu's Validate shows everything.
    console.warn(`LO Desk onEdit: ${(err as Error).message}`);
  }
}

interface MarkScope {
  tab: string;
  fromRow: number;
  toRow: number;
}

export function runValidation_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, scope?: MarkScope): ValidationReport {
  const raw = readWorkbook_(ss);
  const { parsed, findings } = checkWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone });
  writeFindingsTab_(ss, findings, parsed.lang);
  const layouts = Object.values(parsed.layout).filter((l): l is TabLayout & { sheetName: string } => l.sheetName !== null);
  for (const layout of layouts) {
    if (scope && layout.sheetName !== scope.tab) continue;
    const own = findings.filter((f) => f.tab === layout.sheetName);
    markCells_(ss.getSheetByName(layout.sheetName)!, layout, own, scope);
  }
  return { findings, counts: countFindings(findings), lang: parsed.lang };
}

function writeFindingsTab_(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, findings: Finding[], lang: Lang): void {
  const spec = TABS.find((t) => t.name === FINDINGS_TAB)!;
  // Only Findings' own columns are rewritten: a user's column there keeps its cells, and its header stays as they left it.
  const rows = findings.map((f) => ({ severity: f.severity, tab: f.tab, row: f.row || '', column: f.column, code: f.code, message: f.message }));
  regenerateOwnedColumns_(sheetNamed_(ss, FINDINGS_TAB), spec, lang, rows);
}

/**
 * One getNotes/getBackgrounds and one setNotes/setBackgrounds per tab. Our
 * notes carry NOTE_MARK_; any other note is the user's and is left alone.
 */
function markCells_(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: TabLayout, findings: Finding[], scope?: MarkScope): void {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow < 2 || lastCol < 1) return;
  const from = Math.max(2, scope?.fromRow ?? 2);
  const to = Math.min(lastRow, scope?.toRow ?? lastRow);
  if (to < from) return;
  const range = sheet.getRange(from, 1, to - from + 1, lastCol);
  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds();
  const wanted = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.row < from || f.row > to) continue;
    const col = f.column && f.column in layout.columns ? layout.columns[f.column] : firstColumn(layout);
    const key = `${f.row - from}:${col}`;
    const list = wanted.get(key);
    if (list) list.push(f);
    else wanted.set(key, [f]);
  }
  let changed = false;
  for (let r = 0; r < notes.length; r++) {
    for (let c = 0; c < notes[r].length; c++) {
      const list = wanted.get(`${r}:${c}`);
      const userNote = userPart_(notes[r][c]);
      if (list) {
        const note = NOTE_MARK_ + list.map((f) => `${f.code}: ${f.message}`).join('\n' + NOTE_MARK_);
        const colour = HIGHLIGHT[list[0].severity];
        // Keep a user's own note: ours goes after it (and replaces the mark of an earlier run).
        const next = userNote ? `${userNote}\n${note}` : note;
        if (notes[r][c] !== next || backgrounds[r][c] !== colour) changed = true;
        notes[r][c] = next;
        backgrounds[r][c] = colour;
      } else {
        if (userNote !== notes[r][c]) {
          notes[r][c] = userNote;
          changed = true;
        }
        if (OUR_COLOURS.has(backgrounds[r][c])) {
          backgrounds[r][c] = '#ffffff';
          changed = true;
        }
      }
    }
  }
  if (!changed) return;
  range.setNotes(notes);
  range.setBackgrounds(backgrounds);
}

/**
 * The user's part of a cell's note: everything before our first mark, without the
 * line break we put between the two. Our marks always come last, so this is the
 * user's text exactly as they wrote it.
 */
function userPart_(note: string): string {
  const at = note.indexOf(NOTE_MARK_);
  return at < 0 ? note : note.slice(0, at).replace(/\n$/, '');
}

function firstColumn(layout: TabLayout): number {
  const cols = Object.values(layout.columns);
  return cols.length ? Math.min(...cols) : 0;
}
