/**
 * validate(parsed): every finding of the workbook — those of reading each tab plus
 * the cross-tab rules — sorted errors first, then tab order, row and column.
 * Each rule is one pass over its rows plus maps and sorts: O(n log n).
 */
import type { Finding, Lang } from '../model';
import { parseWorkbook, type ParseOptions, type ParsedWorkbook, type SheetInput } from '../schema/parse';
import { RuleContext } from './context';
import { finalise } from './findings';
import { checkReferences } from './rules-refs';
import { checkDateRanges, checkFlightTimes, checkProgrammeStays, checkStays } from './rules-travel';
import { checkTransfers } from './rules-transfers';
import { checkLos, checkVehicles } from './rules-people';

export interface ValidateOptions {
  /** Language of `message`; default: the parsed workbook's. */
  lang?: Lang;
}

export function validate(parsed: ParsedWorkbook, options: ValidateOptions = {}): Finding[] {
  const ctx = new RuleContext(parsed);
  checkReferences(ctx);
  checkFlightTimes(ctx);
  checkStays(ctx);
  checkDateRanges(ctx);
  checkProgrammeStays(ctx);
  checkTransfers(ctx);
  checkLos(ctx);
  checkVehicles(ctx);
  return finalise(parsed.raw.concat(ctx.sink.items), options.lang ?? parsed.lang);
}

/** parseWorkbook + validate in one call. */
export function checkWorkbook(sheets: readonly SheetInput[], options: ParseOptions = {}): { parsed: ParsedWorkbook; findings: Finding[] } {
  const parsed = parseWorkbook(sheets, options);
  return { parsed, findings: validate(parsed, options) };
}

/** Counts by severity, for a toast. */
export function countFindings(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}


export * as margins from './margins';
