import { parseWorkbook } from '../../../src/core/schema/parse';
import { validate } from '../../../src/core/validate';
import { generateEvent, SHEET_ZONE } from '../fixtures/workbook';

/**
 * A large valid event (5,000 guests, 10,000 flights, 2,500 transfers) parses
 * whole and draws no finding. Its speed is measured by `npm run bench`, not
 * here: tests do not assert on wall-clock time on a shared machine.
 */
test('5,000 generated guests parse whole and validate with no finding', () => {
  const wb = generateEvent(5000);
  const parsed = parseWorkbook(wb, { spreadsheetZone: SHEET_ZONE });
  expect(parsed.model.guests).toHaveLength(5000);
  expect(parsed.model.flights).toHaveLength(10000);
  expect(validate(parsed)).toEqual([]);
});
