/**
 * What the spreadsheet's objects read and write: the workbook of the moment.
 * An execution's view is replaced when it syncs with other executions
 * (live-workbook.ts), and every Sheet and Range it handed out follows, since
 * they find their worksheet through this holder by id.
 */
import type { Workbook } from '../workbook';

export interface WorkbookHolder {
  readonly wb: Workbook;
}
