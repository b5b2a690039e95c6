/**
 * Set up workbook: applies the core's set-up plan. It only adds — tabs at the
 * end, columns after the last one, rows for missing settings — and formats
 * what it added, so running it again changes nothing and a user's columns,
 * values, order and widths are never touched.
 */
import { loadColumnHelp_ } from './column-help';
import { t } from '../core/i18n';
import { planSetup, type ColumnPlan, type TabPlan, type ValidationRule } from '../core/schema/setup';
import { requireUser_ } from './access-basic';
import { ensureEditTrigger_ } from './edit-trigger';
import { activeSpreadsheet_, readWorkbook_ } from './sheets/read';
import { adjacentRuns } from '../core/grid';
import { ensureGrid_ } from './sheets/write';
import { neutraliseCellText } from '../core/text';
import { parseWorkbook } from '../core/schema/parse';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupReport {
  createdTabs: string[];
  addedColumns: { tab: string; key: string }[];
  addedSettings: string[];
  /** The installable on-edit trigger (edit-trigger.ts): installed now, kept from before, or not (edits then go to the simple trigger). */
  editTrigger?: 'installed' | 'kept' | 'failed';
}

/** Menu: create missing tabs, columns and settings. */
export function setUpWorkbook(): SetupReport {
  const email = requireUser_();
  const ss = activeSpreadsheet_();
  const raw = readWorkbook_(ss);
  // Headers follow the event's language (Thai unless the Event tab says otherwise).
  const lang = parseWorkbook(raw.tabs, { spreadsheetZone: raw.timeZone }).model.event.language;
  const plan = planSetup(raw.tabs, lang, loadColumnHelp_());
  const report: SetupReport = { createdTabs: [], addedColumns: [], addedSettings: [] };
  // Every tab exists before any column is formatted: a dropdown refers to another
  // tab's id column (Guests.hotel_id → Hotels), and that tab may come later in the plan.
  const sheets = plan.tabs.map((tab) => sheetFor_(ss, tab, report));
  plan.tabs.forEach((tab, i) => {
    applyTab_(ss, sheets[i], tab, report);
  });
  report.editTrigger = ensureEditTrigger_(ss, email);
  const created = report.createdTabs.length;
  const added = report.addedColumns.length + report.addedSettings.length;
  ss.toast(
    created + added ? t(plan.lang, 'addon.setup.toast', { tabs: created, columns: report.addedColumns.length }) : t(plan.lang, 'addon.setup.nothing'),
    'LO Desk',
    8,
  );
  return report;
}

/** The plan's tab, inserted at the end when missing. */
function sheetFor_(ss: Spreadsheet, tab: TabPlan, report: SetupReport): Sheet {
  const sheet = ss.getSheetByName(tab.sheetName);
  if (sheet && !tab.create) return sheet;
  report.createdTabs.push(tab.sheetName);
  return ss.insertSheet(tab.sheetName, ss.getSheets().length);
}

function applyTab_(ss: Spreadsheet, sheet: Sheet, tab: TabPlan, report: SetupReport): void {
  const added = tab.create ? tab.columns : tab.append;
  if (added.length) {
    ensureGrid_(sheet, 2, Math.max(...added.map((c) => c.index)) + 1);
    // One write per run of adjacent added columns: a user's header between two of them is never blanked or restyled.
    const byIndex = new Map(added.map((c) => [c.index, c]));
    for (const run of adjacentRuns(added.map((c) => c.index))) {
      const cols = run.map((i) => byIndex.get(i)!);
      sheet
        .getRange(1, run[0] + 1, 1, run.length)
        .setValues([cols.map((c) => neutraliseCellText(c.header))])
        .setNotes([cols.map((c) => c.note)])
        .setBackground(tab.style.headerBackground)
        .setFontColor(tab.style.headerFontColor)
        .setFontWeight(tab.style.headerBold ? 'bold' : 'normal');
    }
    for (const c of added) formatColumn_(ss, sheet, c);
    if (!tab.create) for (const c of added) report.addedColumns.push({ tab: tab.sheetName, key: c.key });
  }
  if (tab.create) {
    if (tab.style.tabColor) sheet.setTabColor(tab.style.tabColor);
  }
  if (sheet.getFrozenRows() !== tab.frozenRows) sheet.setFrozenRows(tab.frozenRows);
  if (tab.settings) applySettings_(ss, sheet, tab, report);
}

function formatColumn_(ss: Spreadsheet, sheet: Sheet, c: ColumnPlan): void {
  sheet.setColumnWidth(c.index + 1, c.width);
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const body = sheet.getRange(2, c.index + 1, rows, 1);
  if (c.numberFormat) body.setNumberFormat(c.numberFormat);
  if (c.validation) body.setDataValidation(buildRule_(ss, c.validation));
}

function applySettings_(ss: Spreadsheet, sheet: Sheet, tab: TabPlan, report: SetupReport): void {
  const keyCol = (tab.columns.find((c) => c.key === 'key')?.index ?? 0) + 1;
  const valueCol = (tab.columns.find((c) => c.key === 'value')?.index ?? 1) + 1;
  const fresh = tab.settings!.filter((s) => s.isNew);
  if (!fresh.length) return;
  ensureGrid_(sheet, Math.max(...fresh.map((s) => s.row)), Math.max(keyCol, valueCol));
  for (const s of fresh) {
    sheet.getRange(s.row, keyCol).setValue(neutraliseCellText(s.label)).setNote(s.note);
    const value = sheet.getRange(s.row, valueCol);
    value.setNumberFormat('@');
    if (s.value !== '') value.setValue(s.value);
    if (s.validation) value.setDataValidation(buildRule_(ss, s.validation));
    report.addedSettings.push(s.key);
  }
}

function buildRule_(ss: Spreadsheet, rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  if (rule.kind === 'checkbox') return builder.requireCheckbox().build();
  if (rule.kind === 'list') return builder.requireValueInList(rule.values, true).setAllowInvalid(true).build();
  const target = ss.getSheetByName(rule.sheetName);
  // Every planned tab was made before formatting began; a missing one is a bug, not an empty dropdown.
  if (!target) throw new Error(`Set up: no tab ${rule.sheetName} for the dropdown ${rule.a1}`);
  const letter = rule.a1.replace(/^.*!\$?([A-Z]+)\$?2:.*$/, '$1');
  const range = target.getRange(`${letter}2:${letter}`);
  return builder.requireValueInRange(range, true).setAllowInvalid(true).build();
}
