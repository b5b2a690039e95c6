import { COLUMN_HELP } from '../../../src/core/schema/column-help';
import { EN, TH, t, toLang } from '../../../src/core/i18n';
import { PLACEHOLDER } from '../../../src/core/text';
import { TABS } from '../../../src/core/schema/tabs';

function placeholders(s: string): string[] {
  return [...s.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

describe('Thai and English tables', () => {
  const domains = Object.keys(EN) as (keyof typeof EN)[];

  test('both languages have the same domains', () => {
    expect(Object.keys(TH).sort()).toEqual([...domains].sort());
  });

  test.each(domains)('domain %s: same keys and the same {placeholders} in both languages', (d) => {
    const en = EN[d] as Record<string, string>;
    const th = TH[d] as Record<string, string>;
    expect(Object.keys(th).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      expect([k, placeholders(th[k])]).toEqual([k, placeholders(en[k])]);
      expect(th[k].trim()).not.toBe('');
    }
  });

  test('every schema column has a label and a help text in both languages', () => {
    for (const tab of TABS) {
      for (const c of tab.columns) {
        expect([tab.name, c.key, c.label.en !== c.key || c.key.length < 4]).toEqual([tab.name, c.key, true]);
        const key = `${tab.layout === 'keyvalue' ? 'Event' : tab.name}.${c.key}`;
        expect([key, COLUMN_HELP.en[key] ?? '', COLUMN_HELP.th[key] ?? ''].map((x) => x !== '')).toEqual([true, true, true]);
      }
    }
  });

  test('t fills placeholders and keeps unknown ones visible', () => {
    expect(t('en', 'validation.no_lo', { guest: 'G001' })).toContain('G001');
    expect(t('th', 'validation.no_lo', { guest: 'G001' })).toContain('G001');
    expect(t('en', 'validation.no_lo')).toContain('{guest}');
  });

  test('toLang reads settings and locales', () => {
    expect(toLang('en_GB')).toBe('en');
    expect(toLang('th-TH')).toBe('th');
    expect(toLang('fr')).toBe('th');
    expect(toLang(undefined, 'en')).toBe('en');
  });
});
