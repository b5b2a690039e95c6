/**
 * Where a live workbook keeps its state beside the .xlsx file, named once so
 * the journal, the checkpoint and the sweep of leftovers agree on the names.
 */
import path from 'node:path';
import { sidecarPaths } from '../state';

export interface LiveFiles {
  /** The workbook file itself: the checkpoint's content. */
  workbook: string;
  /** `<workbook>.lodesk/`. */
  dir: string;
  /** The writes committed since the checkpoint, one JSON entry a line. */
  journal: string;
  /** The last journal entry folded into the workbook file. */
  checkpoint: string;
  /** One registration per live execution: how far it has read the journal. */
  active: string;
  /** The spreadsheet id with the file's stamp, readable without parsing the workbook. */
  spreadsheetId: string;
  /** The cross-process mutex around every short section that reads or writes these. */
  lock: string;
}

export function liveFiles(workbook: string): LiveFiles {
  const dir = sidecarPaths(workbook).dir;
  return {
    workbook,
    dir,
    journal: path.join(dir, 'journal.jsonl'),
    checkpoint: path.join(dir, 'checkpoint.json'),
    active: path.join(dir, 'active'),
    spreadsheetId: path.join(dir, 'spreadsheet-id.json'),
    lock: path.join(dir, 'locks', 'workbook.lock'),
  };
}
