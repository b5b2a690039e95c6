import { canSeeGuest, guestRoleOf, resolveCaller, visibleGuests } from '../../../src/core/views';
import { addRow, validEvent } from '../fixtures/workbook';
import { load } from '../fixtures/views';

describe('who the caller is', () => {
  const { model } = load(validEvent());

  it('finds organisers in organiser_emails, ignoring case and spaces', () => {
    expect(resolveCaller(model, '  Organiser@Example.org ').role).toBe('organiser');
  });

  it('finds LOs by their email in the LOs tab', () => {
    const c = resolveCaller(model, 'somchai@example.org');
    expect(c.role).toBe('lo');
    expect(c.los.map((l) => l.lo_id)).toEqual(['LO01']);
  });

  it('treats a stranger, an empty identity and a non-string as nobody', () => {
    expect(resolveCaller(model, 'someone@else.org').role).toBe('none');
    expect(resolveCaller(model, '').role).toBe('none');
    expect(resolveCaller(model, undefined).role).toBe('none');
    expect(resolveCaller(model, { email: 'organiser@example.org' }).role).toBe('none');
  });
});

describe('which guests a caller sees', () => {
  it('an LO sees only the guests assigned to them', () => {
    const { model } = load(validEvent());
    const lo = resolveCaller(model, 'somchai@example.org');
    expect(visibleGuests(model, lo).map((v) => v.guest.guest_id)).toEqual(['G001']);
    expect(canSeeGuest(model, lo, 'G002')).toBe(false);
    expect(canSeeGuest(model, lo, 'G999')).toBe(false);
  });

  it('a backup LO sees the guest too, marked backup', () => {
    const wb = validEvent();
    addRow(wb, 'Assignments', { guest_id: 'G002', lo_id: 'LO01', role: 'backup' });
    const { model } = load(wb);
    const lo = resolveCaller(model, 'somchai@example.org');
    expect(visibleGuests(model, lo).map((v) => [v.guest.guest_id, v.role])).toEqual([
      ['G001', 'primary'],
      ['G002', 'backup'],
    ]);
    expect(guestRoleOf(model, lo, 'G002')).toBe('backup');
  });

  it('an organiser sees every guest; nobody sees none', () => {
    const { model } = load(validEvent());
    expect(visibleGuests(model, resolveCaller(model, 'desk@example.org')).length).toBe(model.guests.length);
    expect(visibleGuests(model, resolveCaller(model, 'x@y.org'))).toEqual([]);
    expect(visibleGuests(model, resolveCaller(model, ''))).toEqual([]);
  });
});
