import { fingerprintOf, stableStringify } from '../../../src/core/reminders';
import { decodeSentFingerprint, encodeSentFingerprint, MAX_FINGERPRINT_CHARS } from '../../../src/core/reminders/snapshot';
import { escapeHtml, oneLine } from '../../../src/core/text';

describe('fingerprintOf', () => {
  test('stable under key order, short hex', () => {
    const a = fingerprintOf({ b: 1, a: { y: [1, 2], x: 'ไทย' } });
    const b = fingerprintOf({ a: { x: 'ไทย', y: [1, 2] }, b: 1 });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
  });

  test('changes with any value, Thai included; dates by instant', () => {
    expect(fingerprintOf({ t: 'ไทย' })).not.toBe(fingerprintOf({ t: 'ไทฮ' }));
    expect(fingerprintOf([1, 2])).not.toBe(fingerprintOf([2, 1]));
    expect(fingerprintOf({ at: new Date('2026-12-06T08:30:00Z') })).toBe(fingerprintOf({ at: new Date('2026-12-06T15:30:00+07:00') }));
    expect(fingerprintOf({ a: undefined, b: 1 })).toBe(fingerprintOf({ b: 1 }));
  });

  test('known value (FNV-1a over the UTF-16LE bytes) so it never drifts between versions', () => {
    expect(stableStringify({ b: [true, null], a: 'x' })).toBe('{"a":"x","b":[true,null]}');
    expect(fingerprintOf('')).toBe(fingerprintOf(''));
    expect(fingerprintOf({ k: 'v' })).toBe('95d70e14');
  });
});

describe('Sent fingerprint cell', () => {
  test('round trip, and unreadable cells are ignored', () => {
    const cell = encodeSentFingerprint('k', 'LO3', { 'flight:G1:arrival': { arrive: '2026-12-06 15:30 Asia/Bangkok' } });
    expect(decodeSentFingerprint(cell)).toMatchObject({ v: 1, lo: 'LO3', s: { 'flight:G1:arrival': { arrive: '2026-12-06 15:30 Asia/Bangkok' } } });
    for (const junk of ['', 'abc', '{not json', '{"v":2,"h":"x"}', 7]) expect(decodeSentFingerprint(junk)).toBeUndefined();
  });

  test('too large for a cell: snapshots dropped, the hash kept', () => {
    const big: Record<string, Record<string, string>> = {};
    for (let i = 0; i < 2000; i++) big[`item:P${i}`] = { title: 'x'.repeat(30), venue: 'y'.repeat(20) };
    const cell = encodeSentFingerprint('k', 'LO3', big);
    expect(cell.length).toBeLessThanOrEqual(MAX_FINGERPRINT_CHARS);
    expect(decodeSentFingerprint(cell)).toMatchObject({ t: 1, lo: 'LO3' });
  });
});

describe('text helpers', () => {
  test('escapeHtml and oneLine', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(oneLine('Hello\r\nBcc: x@y\u2028z\u0007')).toBe('Hello Bcc: x@y z');
  });
});
