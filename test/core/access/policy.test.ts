import { ENTRY_POLICY, mayRunOrganiserAction, policyOf } from '../../../src/core/access/policy';

describe('the caller policy', () => {
  const validate = ENTRY_POLICY.validateWorkbook;
  const documents = ENTRY_POLICY.generateAllDocuments;

  test('an organiser may run every organiser action; an LO or a stranger none', () => {
    expect(mayRunOrganiserAction(documents, 'o@x.org', 'organiser', true)).toBe(true);
    expect(mayRunOrganiserAction(documents, 'lo@x.org', 'lo', true)).toBe(false);
    expect(mayRunOrganiserAction(validate, 'someone@x.org', 'none', true)).toBe(false);
  });

  test('an unknown identity may run nothing, even an organiser-less workbook\'s set-up', () => {
    expect(mayRunOrganiserAction(ENTRY_POLICY.setUpWorkbook, '', 'none', false)).toBe(false);
    expect(mayRunOrganiserAction(documents, '', 'organiser', true)).toBe(false);
  });

  test('while organiser_emails names nobody, any signed-in editor may set up and validate, but not send or write documents', () => {
    expect(mayRunOrganiserAction(ENTRY_POLICY.setUpWorkbook, 'first@x.org', 'none', false)).toBe(true);
    expect(mayRunOrganiserAction(validate, 'first@x.org', 'none', false)).toBe(true);
    expect(mayRunOrganiserAction(documents, 'first@x.org', 'none', false)).toBe(false);
    expect(mayRunOrganiserAction(ENTRY_POLICY.turnRemindersOn, 'first@x.org', 'none', false)).toBe(false);
  });

  test('a name the table does not know has no policy', () => {
    expect(policyOf('deleteEverything')).toBeUndefined();
    expect(policyOf('runReminders')?.audience).toBe('trigger');
  });
});
