import { customItemId, isTickError, parseTickRequest, TICK_LIMITS } from '../../../src/core/checklist';
import { sampleModel } from '../fixtures/checklist';

const good = { guestId: 'G1', phase: 'arrival', itemId: 'room_number_noted', done: true, note: ' Room 1204, high floor ' };

function err(input: unknown, m = sampleModel()) {
  const r = parseTickRequest(input, m);
  if (!isTickError(r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r;
}

describe('tick requests from the browser', () => {
  test('a good request comes back trimmed', () => {
    expect(parseTickRequest(good, sampleModel())).toEqual({
      guestId: 'G1', phase: 'arrival', itemId: 'room_number_noted', done: true, note: 'Room 1204, high floor',
    });
    expect(parseTickRequest({ ...good, guestId: ' G1 ', itemId: ' room_number_noted', note: undefined, done: false }, sampleModel()))
      .toEqual({ guestId: 'G1', phase: 'arrival', itemId: 'room_number_noted', done: false, note: '' });
  });

  test('evening and organisers\' items are known for the guest', () => {
    const m = sampleModel();
    m.checklistItems.push({ row: 2, phase: 'stay', text_en: 'Buy a SIM card' });
    const id = customItemId('Buy a SIM card');
    expect(isTickError(parseTickRequest({ ...good, phase: 'stay', itemId: 'confirm_tomorrow@2026-12-07' }, m))).toBe(false);
    expect(isTickError(parseTickRequest({ ...good, phase: 'stay', itemId: id }, m))).toBe(false);
    // The departure day has no evening item.
    expect(err({ ...good, phase: 'stay', itemId: 'confirm_tomorrow@2026-12-09' }, m).error).toBe('unknown_item');
    // A guest whose stay is unknown has the dateless item only.
    expect(err({ ...good, guestId: 'G2', phase: 'stay', itemId: 'confirm_tomorrow@2026-12-07' }, m).error).toBe('unknown_item');
  });

  test.each([
    ['null', null, 'not_object'],
    ['a string', 'G1', 'not_object'],
    ['an array', [good], 'not_object'],
  ])('rejects %s', (_, input, code) => {
    expect(err(input).error).toBe(code);
  });

  test('rejects fields that are not strings', () => {
    expect(err({ ...good, guestId: 42 })).toMatchObject({ error: 'not_string', field: 'guestId' });
    expect(err({ ...good, phase: ['arrival'] })).toMatchObject({ error: 'not_string', field: 'phase' });
    expect(err({ ...good, itemId: { id: 'x' } })).toMatchObject({ error: 'not_string', field: 'itemId' });
    expect(err({ ...good, note: 7 })).toMatchObject({ error: 'not_string', field: 'note' });
    expect(err({ ...good, done: 'true' })).toMatchObject({ error: 'not_boolean', field: 'done' });
    expect(err({ ...good, done: undefined })).toMatchObject({ error: 'not_boolean' });
  });

  test('rejects empty and over-long fields', () => {
    expect(err({ ...good, guestId: '   ' })).toMatchObject({ error: 'empty', field: 'guestId' });
    expect(err({ ...good, note: 'x'.repeat(TICK_LIMITS.note + 1) })).toMatchObject({ error: 'too_long', field: 'note' });
    expect(isTickError(parseTickRequest({ ...good, note: 'x'.repeat(TICK_LIMITS.note) }, sampleModel()))).toBe(false);
    expect(err({ ...good, itemId: 'a'.repeat(TICK_LIMITS.itemId + 1) })).toMatchObject({ error: 'too_long', field: 'itemId' });
    const e = err({ ...good, guestId: 'G'.repeat(1000) });
    expect(e.error).toBe('too_long');
    expect(e.message.en).toContain(String(TICK_LIMITS.guestId));
  });

  test('rejects an unknown phase, guest or item, and an item of another phase', () => {
    expect(err({ ...good, phase: 'party' })).toMatchObject({ error: 'unknown_phase', field: 'phase' });
    expect(err({ ...good, phase: 'ARRIVAL' }).error).toBe('unknown_phase');
    expect(err({ ...good, guestId: 'G404' })).toMatchObject({ error: 'unknown_guest', field: 'guestId' });
    expect(err({ ...good, itemId: 'make_coffee' })).toMatchObject({ error: 'unknown_item', field: 'itemId' });
    expect(err({ ...good, phase: 'stay' })).toMatchObject({ error: 'wrong_phase', field: 'phase' });
  });

  test('messages come in both languages and quote the bad value as given, for the UI to show as text', () => {
    const e = err({ ...good, itemId: '<img src=x onerror=alert(1)>' });
    expect(e.message.en).toBe('The guest\'s checklist has no item "<img src=x onerror=alert(1)>".');
    expect(e.message.th).toContain('<img src=x onerror=alert(1)>');
    expect(e.message.th).not.toBe(e.message.en);
  });
});
