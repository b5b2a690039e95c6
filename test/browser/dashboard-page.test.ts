/**
 * The organiser dashboard in Chromium, against `lo-desk preview` on the
 * sample event (its own session, so it runs beside lo-pages.test.ts).
 */
import type { Page } from 'playwright-core';
import { sampleEvent } from '../../src/local/sample/sample-event';
import { LO1, ORGANISER, sampleGuestIds, sampleGuestsOf } from './preview-harness';
import { pageSession, serverCalls } from './page-session';

const session = pageSession();
const { open, screenshot } = session;

async function rowIds(page: Page): Promise<string[]> {
  return (await page.$$eval('tr.summary[data-guest-id]', (els) => els.map((e) => (e as HTMLElement).dataset.guestId!))).sort();
}

describe('the organiser dashboard', () => {
  it('shows an organiser every guest, and refuses an LO', async () => {
    const page = await open('/dashboard', ORGANISER, { width: 1100, height: 720 });
    await page.waitForSelector('table.readiness');
    expect(await rowIds(page)).toEqual(sampleGuestIds().sort());
    await page.close();
    await screenshot('/dashboard', ORGANISER, { width: 1100, height: 720 }, 'dashboard.png');

    const lo = await open('/dashboard', LO1, { width: 1100, height: 720 });
    expect(await lo.$$('tr[data-guest-id]')).toHaveLength(0);
    expect(await lo.textContent('.denied')).toContain('organiser_emails');
    await lo.close();
  });

  it('filters by LO, delegation and text on the page, without calling the server', async () => {
    const page = await open('/dashboard', ORGANISER, { width: 1100, height: 720 });
    const calls = serverCalls(page);
    await page.selectOption('select[name="lo"]', 'LO01');
    expect(await rowIds(page)).toEqual(sampleGuestsOf(LO1));
    await page.selectOption('select[name="lo"]', '');
    await page.fill('input[name="q"]', 'G02');
    expect(await rowIds(page)).toEqual(['G02']);
    await page.fill('input[name="q"]', '');
    expect((await rowIds(page)).length).toBe(sampleGuestIds().length);
    expect(calls).toEqual([]);
    await page.close();
  });

  it('fetches a guest\'s card only when its row is opened, once', async () => {
    const page = await open('/dashboard', ORGANISER, { width: 1100, height: 720 });
    const calls = serverCalls(page);
    const button = 'tr.summary[data-guest-id="G01"] button.name';
    await page.click(button);
    await page.waitForSelector('tr.detail[data-guest-id="G01"] .card', { timeout: 30_000 });
    const g01 = sampleEvent().find((t) => t.tab === 'Guests')!.rows.find((g) => g.guest_id === 'G01')!;
    expect(await page.textContent('tr.detail[data-guest-id="G01"] .card')).toContain(String(g01.family_name));
    await page.click(button);
    await page.click(button);
    await page.waitForSelector('tr.detail[data-guest-id="G01"] .card');
    expect(calls).toEqual(['getDashboardGuest']);
    await page.close();
  });

  it('draws arrivals and departures by hour per airport, every flight once, gaps and crowding marked', async () => {
    const page = await open('/dashboard', ORGANISER, { width: 1100, height: 720 });
    const flights = sampleEvent().find((t) => t.tab === 'Flights')!.rows.filter((f) => f.status !== 'cancelled');
    const inZone = flights.filter((f) => ['BKK', 'DMK'].includes(String(f.direction === 'arrival' ? f.to_airport : f.from_airport)));
    const cells = await page.$$eval('.tl-cell[data-count]', (els) =>
      els.map((e) => ({ count: (e as HTMLElement).dataset.count, airport: (e as HTMLElement).dataset.airport, cls: e.className, text: e.textContent ?? '' })),
    );
    expect(cells.reduce((n, c) => n + Number(c.count), 0)).toBe(inZone.length);
    expect(new Set(cells.map((c) => c.airport))).toEqual(new Set(inZone.map((f) => String(f.direction === 'arrival' ? f.to_airport : f.from_airport))));
    // Each busy hour names its LOs, or is marked as a gap.
    for (const c of cells) expect(/\bgap\b/.test(c.cls) || /Officer|[A-Za-z\u0E00-\u0E7F]{2,}/.test(c.text)).toBe(true);
    expect(await page.$$('.tl-day')).not.toHaveLength(0);
    await page.close();
    await screenshot('/dashboard', ORGANISER, { width: 1100, height: 720 }, 'dashboard-timeline.png', '.panel.timeline');
  });

  it('fits 1,100 px in Thai without cutting a column, and wraps Thai between words only', async () => {
    const page = await open('/dashboard', ORGANISER, { width: 1100, height: 720 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    const cut = await page.$$eval('table.readiness th, table.readiness td', (els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    const fits = await page.$eval('table.readiness', (t) => t.getBoundingClientRect().right <= document.documentElement.clientWidth);
    expect(fits).toBe(true);
    for (const width of [1100, 700]) {
      await page.setViewportSize({ width, height: 720 });
      const r = await page.evaluate(() => {
        const seg = new Intl.Segmenter('th', { granularity: 'word' });
        const walker = document.createTreeWalker(document.querySelector('table.readiness')!, NodeFilter.SHOW_TEXT);
        let words = 0;
        let multiLine = 0;
        const split: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          const lines = new Set<number>();
          for (const { segment, index } of seg.segment(text)) {
            if (!/[\u0E00-\u0E7F]/.test(segment)) continue;
            words++;
            const range = document.createRange();
            range.setStart(n, index);
            range.setEnd(n, index + segment.length);
            const tops = new Set(Array.from(range.getClientRects()).map((q) => Math.round(q.top)));
            if (tops.size > 1) split.push(segment);
            for (const t of tops) lines.add(t);
          }
          if (lines.size > 1) multiLine++;
        }
        return { words, multiLine, split };
      });
      expect(r.words).toBeGreaterThan(20);
      expect(r.split).toEqual([]);
      // At 700 px some Thai text does wrap, so the check above measured real line breaks.
      if (width === 700) expect(r.multiLine).toBeGreaterThan(0);
    }
    await page.close();
  });
});

