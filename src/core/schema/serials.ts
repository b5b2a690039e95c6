/**
 * The Sheets API's values as Range.getValues() gives them, for the
 * contract's tabs. The API (Values.batchGet with UNFORMATTED_VALUE and
 * SERIAL_NUMBER) returns a date, time or date-time cell as its serial number:
 * days since 1899-12-30, the wall-clock time the cell shows in the
 * spreadsheet's zone. getValues returns a Date for it. Which numbers are dates
 * the API does not say, so the contract does: in a date, date-time, instant or
 * time column (and an Event setting of that kind), a number is a serial and
 * becomes the Date getValues would have given; every other cell is left as
 * it came. Set-up formats those columns as dates, where Sheets shows a typed
 * number as a date too.
 */
import { cleanText, headerKey } from '../text';
import { offsetMinutes, wallMsToInstant } from '../time/zones';
import { eventColumns, matchHeaders, SETTING_NAMES, tabForSheetName } from './headers';
import { columnSpec, tabSpec } from './tabs';
import type { ColumnSpec, TabName } from './types';

const DATE_KINDS = new Set(['date', 'datetime-airport', 'datetime-event', 'instant', 'time']);
/** Day 0 of Sheets' serial numbers, 1899-12-30, in milliseconds of the Unix epoch. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

const isDateColumn = (c: ColumnSpec | undefined): boolean => c !== undefined && DATE_KINDS.has(c.type.kind);

/** The instant a serial number shows in `zone` (what getValues gives for a date cell). */
export function serialToDate(serial: number, zone: string): Date {
  // The serial's wall-clock time as the milliseconds of UTC fields, to the millisecond as Sheets keeps it.
  return wallMsToInstant(SERIAL_EPOCH_MS + Math.round(serial * 86400000), zone);
}

/** The serial number a date cell holds for the instant, shown in `zone` (serialToDate's inverse). */
export function dateToSerial(at: Date, zone: string): number {
  return (at.getTime() + offsetMinutes(zone, at) * 60000 - SERIAL_EPOCH_MS) / 86400000;
}

const isSerial = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The row with the serials of `cols` as Dates: a copy when any is one, else the row itself. */
function convert(row: unknown[], cols: readonly number[], zone: string): unknown[] {
  if (!cols.some((c) => isSerial(row[c]))) return row;
  const out = row.slice();
  for (const c of cols) {
    const v = out[c];
    if (isSerial(v)) out[c] = serialToDate(v, zone);
  }
  return out;
}

/**
 * `values` of the sheet `sheetName` with the serials of its date and time
 * columns as Dates; a sheet outside the contract as it is. `values` is not
 * changed: a row with a serial is copied, the others are kept as they are.
 */
export function datesFromSerials(sheetName: string, values: unknown[][], zone: string): unknown[][] {
  const tab = tabForSheetName(sheetName) as TabName | undefined;
  if (!tab || !values.length) return values;
  const spec = tabSpec(tab);
  const out = values.slice();
  if (spec.layout === 'keyvalue') {
    const { keyCol, valueCol, first } = eventColumns(spec, out);
    for (let r = first; r < out.length; r++) {
      const key = SETTING_NAMES.get(headerKey(cleanText(String(out[r][keyCol] ?? ''))));
      if (key && isDateColumn(columnSpec(tab, key))) out[r] = convert(out[r], [valueCol], zone);
    }
    return out;
  }
  const { columns } = matchHeaders(spec, out[0]);
  const dated = Object.entries(columns).filter(([key]) => isDateColumn(columnSpec(tab, key))).map(([, i]) => i);
  if (!dated.length) return out;
  for (let r = 1; r < out.length; r++) out[r] = convert(out[r], dated, zone);
  return out;
}
