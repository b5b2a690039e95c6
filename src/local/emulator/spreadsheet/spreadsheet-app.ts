/**
 * SpreadsheetApp: the execution's one spreadsheet (active or not, as the
 * execution has it), its Ui, flush and newDataValidation.
 */
import type { Assert, Conforms } from '../conformance';
import type { UiRecord } from '../types';
import { Workbook } from '../workbook';
import { createUi, type UiEmu } from '../ui';
import { DataValidationBuilderEmu, DataValidationCriteria } from './validation';
import type { RangeEmu } from './range';
import type { SheetEmu } from './sheet';
import { SpreadsheetEmu } from './spreadsheet';
import type { WorkbookHolder } from './workbook-holder';

export class SpreadsheetAppEmu {
  readonly gasType = 'SpreadsheetApp';
  readonly DataValidationCriteria = DataValidationCriteria;
  private readonly spreadsheet: SpreadsheetEmu;
  private uiObject: UiEmu | null = null;

  constructor(
    private readonly holder: WorkbookHolder,
    private readonly record: UiRecord,
    private readonly activeSpreadsheet: boolean,
    locale?: string,
    private readonly onFlush?: () => void,
  ) {
    this.spreadsheet = new SpreadsheetEmu(holder, record, locale);
  }

  private get workbook(): Workbook {
    return this.holder.wb;
  }

  /** The spreadsheet object, for the emulator (whether or not the execution has it active). */
  _spreadsheet(): SpreadsheetEmu {
    return this.spreadsheet;
  }

  getActive(): SpreadsheetEmu | null {
    return this.activeSpreadsheet ? this.spreadsheet : null;
  }

  getActiveSpreadsheet(): SpreadsheetEmu | null {
    return this.getActive();
  }

  getActiveSheet(): SheetEmu | null {
    return this.activeSpreadsheet ? this.spreadsheet.getActiveSheet() : null;
  }

  setActiveSheet(sheet: SheetEmu | GoogleAppsScript.Spreadsheet.Sheet, restoreSelection?: boolean): SheetEmu {
    return this.spreadsheet.setActiveSheet(sheet, restoreSelection);
  }

  getActiveRange(): RangeEmu | null {
    return this.activeSpreadsheet ? this.spreadsheet.getActiveSheet().getRange(1, 1) : null;
  }

  openById(id: string): SpreadsheetEmu {
    if (typeof id !== 'string' || id !== this.workbook.id) {
      throw new Error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    return this.spreadsheet;
  }

  openByUrl(url: string): SpreadsheetEmu {
    const m = typeof url === 'string' ? /\/spreadsheets\/d\/([\w-]+)/.exec(url) : null;
    if (!m || m[1] !== this.workbook.id) {
      throw new Error('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    }
    return this.spreadsheet;
  }

  /** A time-driven trigger has no user interface, as in Apps Script. */
  getUi(): UiEmu {
    if (!this.activeSpreadsheet) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    if (!this.uiObject) this.uiObject = createUi(this.record);
    return this.uiObject;
  }

  /** Applies pending writes: from here other executions see them (the runner's sync). */
  flush(): void {
    this.onFlush?.();
  }

  newDataValidation(): DataValidationBuilderEmu {
    return new DataValidationBuilderEmu();
  }
}

// Compile-time: SpreadsheetApp keeps to Apps Script's SpreadsheetApp (see ../conformance.ts).
type _SpreadsheetAppConforms = Assert<Conforms<SpreadsheetAppEmu, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>;

export function createSpreadsheetApp(opts: {
  workbook: Workbook | WorkbookHolder;
  ui: UiRecord;
  activeSpreadsheet: boolean;
  locale?: string;
  onFlush?: () => void;
}): SpreadsheetAppEmu {
  const w = opts?.workbook as Workbook | WorkbookHolder | undefined;
  const holder = w instanceof Workbook ? { wb: w } : w && (w as WorkbookHolder).wb instanceof Workbook ? (w as WorkbookHolder) : null;
  if (!holder) {
    throw new Error('createSpreadsheetApp: opts.workbook must be a Workbook (Workbook.load or Workbook.createEmpty).');
  }
  return new SpreadsheetAppEmu(holder, opts.ui, opts.activeSpreadsheet, opts.locale, opts.onFlush);
}
