/** Builds the inputs of the view builders from the core's workbook fixtures. */
import type { Lang } from '../../src/core/model';
import { checkWorkbook } from '../../src/core/validate';
import { resolveCaller } from '../../src/core/views';
import { SHEET_ZONE, type Workbook } from './fixtures';

export function load(wb: Workbook) {
  const { parsed, findings } = checkWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
  return { model: parsed.model, findings };
}

/** A wall time in Bangkok as an instant: "2026-12-06 14:00". */
export function bkk(wall: string): Date {
  return new Date(`${wall.replace(' ', 'T')}:00+07:00`);
}

export function inputFor(wb: Workbook, email: string, now: Date, lang: Lang = 'en') {
  const { model, findings } = load(wb);
  return { model, findings, caller: resolveCaller(model, email), now, lang };
}
