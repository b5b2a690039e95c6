import { checkWorkbook } from '../../../src/core/validate';
import { validEvent, SHEET_ZONE } from '../fixtures/workbook';

test('the fixture event validates with no finding at all', () => {
  const { findings, parsed } = checkWorkbook(validEvent(), { spreadsheetZone: SHEET_ZONE });
  expect(findings).toEqual([]);
  expect(parsed.model.guests).toHaveLength(2);
  expect(parsed.model.flights).toHaveLength(4);
});
