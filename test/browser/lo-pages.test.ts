/**
 * The LO sidebar, the organiser dashboard and the LO phone page in Chromium,
 * against `lo-desk preview` on the sample event, acting as different users
 * with ?as=. The emulated clock stands at 16:00 in Bangkok on 6 December 2026,
 * the first arrival day, so checklists have overdue and next items.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  cellOf, checklistRows, LO1, ORGANISER, sampleGuestIds, sampleGuestsOf, SCREENSHOTS, startHarness, type Harness,
} from './preview-harness';

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Kenichi';
const NOW = new Date('2026-12-06T09:00:00Z');
/** One of LO1's guests, away from the top of the lists so the screenshots show ordinary data. */
const HOSTILE_GUEST = 'G15';

let h: Harness;
const dialogs: string[] = [];

beforeAll(async () => {
  h = await startHarness({
    now: NOW,
    edit: (wb) => {
      cellOf(wb.getWorksheet('Guests')!, 'Guests', 'guest_id', HOSTILE_GUEST, 'given_name').value = HOSTILE_NAME;
    },
  });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** Opens a page acting as `as`; `base` serves pages as someone else by default (see serveAs). */
async function open(route: string, as: string, viewport = { width: 360, height: 900 }, base?: string): Promise<Page> {
  const page = await h.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setViewportSize(viewport);
  await page.goto(base ? `${base}${route}` : `${h.baseUrl}${route}?as=${encodeURIComponent(as)}`);
  // Every page settles on content or a refusal; the loading line goes away.
  await page.waitForSelector('article.guest, .picker, .denied, .none-assigned, table.readiness, .status.error', { timeout: 30_000 });
  const failed = await page.$('.status.error');
  if (failed) throw new Error(`${route} as ${as || '(nobody)'} failed: ${await failed.textContent()}`);
  return page;
}

/** Screenshots for the README, in English (the sample event is in Thai; not every machine has Thai fonts). */
async function screenshot(route: string, as: string, viewport: { width: number; height: number }, file: string): Promise<void> {
  const page = await open(route, as, viewport);
  await page.evaluate(() => localStorage.setItem('lodesk.lang', 'en'));
  await page.reload();
  await page.waitForSelector('article.guest, table.readiness', { timeout: 30_000 });
  await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 30_000 });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, file) });
  await page.evaluate(() => localStorage.removeItem('lodesk.lang'));
  await page.close();
}

async function guestIdsOn(page: Page): Promise<string[]> {
  return (await page.$$eval('article.guest', (els) => els.map((e) => (e as HTMLElement).dataset.guestId ?? ''))).sort();
}

describe('the LO sidebar', () => {
  it('shows an LO exactly their guests, primary and backup', async () => {
    const page = await open('/sidebar', LO1);
    const expected = sampleGuestsOf(LO1);
    expect(expected.length).toBeGreaterThan(1);
    expect(await guestIdsOn(page)).toEqual(expected);
    await page.close();
  });

  it('draws the LO\'s guests from the page it was served, with no call to the server', async () => {
    const page = await h.context.newPage();
    const runs: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/run')) runs.push(r.postData() ?? '');
    });
    await page.goto(`${h.baseUrl}/sidebar?as=${encodeURIComponent(LO1)}`);
    await page.waitForSelector('article.guest', { timeout: 30_000 });
    expect(await guestIdsOn(page)).toEqual(sampleGuestsOf(LO1));
    expect(runs).toEqual([]);
    await page.close();
  });

  it('gives an organiser a list to pick from, and opens one guest\'s card with one call', async () => {
    const page = await open('/sidebar', ORGANISER);
    const runs: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/run')) runs.push(JSON.parse(r.postData() ?? '{}').fn);
    });
    expect(await page.$$('article.guest')).toHaveLength(0);
    const listed = await page.$$eval('li.pick-line', (els) => els.map((e) => (e as HTMLElement).dataset.guestId ?? ''));
    expect(listed.sort()).toEqual(sampleGuestIds().sort());
    await page.click('li.pick-line[data-guest-id="G05"] button.pick');
    await page.waitForSelector('li.pick-line[data-guest-id="G05"] article.guest[data-guest-id="G05"] details.phase', { timeout: 30_000 });
    expect(await guestIdsOn(page)).toEqual(['G05']);
    expect(runs).toEqual(['getGuestCard']);
    // The search narrows the list by name, id or LO.
    await page.fill('input.list-search', 'G1');
    const narrowed = await page.$$eval('li.pick-line', (els) => els.map((e) => (e as HTMLElement).dataset.guestId ?? ''));
    expect(narrowed.sort()).toEqual(sampleGuestIds().filter((id) => id.includes('G1')).sort());
    await page.close();
  });

  it('shows an HTML fragment in a guest name as text and runs nothing', async () => {
    const page = await open('/sidebar', LO1);
    const name = await page.textContent(`article.guest[data-guest-id="${HOSTILE_GUEST}"] .guest-name`);
    expect(name).toContain(HOSTILE_NAME);
    expect(await page.$$('article.guest img, article.guest script')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows a stranger and an empty identity nothing', async () => {
    // A preview whose default user is nobody: Session.getActiveUser().getEmail() is ''.
    const nobody = await h.serveAs('');
    for (const who of ['stranger@example.com', '']) {
      for (const route of ['/sidebar', '/mobile', '/dashboard']) {
        const page = await open(route, who, undefined, who ? undefined : nobody);
        expect(await page.$$('article.guest')).toHaveLength(0);
        const text = await page.textContent('body');
        expect(text).toContain(who ? 'stranger@example.com' : 'no signed-in Google account');
        for (const secret of ['Sato', 'G01', 'Riverside']) expect(text).not.toContain(secret);
        await page.close();
      }
    }
  });

  it('records a tick with who and when, and it survives a reload', async () => {
    const page = await open('/sidebar', LO1);
    const card = 'article.guest[data-guest-id="G01"]';
    const itemId = await page.$eval(
      `${card} details.phase.current li.item:not(.auto):not(.state-done)`,
      (li) => (li as HTMLElement).dataset.itemId!,
    );
    const item = `${card} details.phase li.item[data-item-id="${itemId}"]`;
    await page.click(`${item} input[type=checkbox]`);
    // Shown at once, then confirmed by the server's answer.
    await page.waitForSelector(`${item}.state-done`, { timeout: 30_000 });
    expect(await page.textContent(`${item} .meta`)).toContain(`${LO1}`);

    await page.reload();
    await page.waitForSelector(card);
    expect(await page.isChecked(`${item} input[type=checkbox]`)).toBe(true);

    const rows = (await checklistRows(h.workbook)).filter((r) => r.guest_id === 'G01' && r.item_id === itemId);
    expect(rows).toHaveLength(1);
    expect(rows[0].done).toBe(true);
    expect(rows[0].done_by).toBe(LO1);
    expect(rows[0].done_at).toBeInstanceOf(Date);
    // The emulated clock: within a day of 6 Dec 2026 16:00 in Bangkok, whatever zone the cell is read in.
    expect(Math.abs((rows[0].done_at as Date).getTime() - NOW.getTime())).toBeLessThan(24 * 3600_000);
    await page.close();
  });

  it('saves a note as text, never as a formula', async () => {
    const page = await open('/sidebar', LO1);
    const card = 'article.guest[data-guest-id="G01"]';
    const itemId = await page.$eval(
      `${card} details.phase.current li.item:not(.auto):not(.state-done)`,
      (li) => (li as HTMLElement).dataset.itemId!,
    );
    const item = `${card} details.phase li.item[data-item-id="${itemId}"]`;
    await page.click(`${item} details.note-edit summary`);
    await page.fill(`${item} details.note-edit input`, '=IMPORTXML("http://x","//a")');
    await page.click(`${item} details.note-edit button`);
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.querySelector('.note')?.textContent === '=IMPORTXML("http://x","//a")',
      item,
      { timeout: 30_000 },
    );
    const row = (await checklistRows(h.workbook)).find((r) => r.guest_id === 'G01' && r.item_id === itemId);
    // Stored as text (a formula would come back as an object), with the apostrophe Sheets reads as "text".
    expect(typeof row?.note).toBe('string');
    expect(row?.note).toMatch(/^'?=IMPORTXML\("http:\/\/x","\/\/a"\)$/);
    await page.close();
  });

  it('rolls a tick back with a message when the server fails', async () => {
    const page = await open('/sidebar', LO1);
    await page.route('**/api/run**', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { fn?: string };
      if (body.fn === 'tickChecklistItem') {
        await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: 'Service unavailable (test)' }) });
      } else await route.continue();
    });
    const card = 'article.guest[data-guest-id="G01"]';
    const itemId = await page.$eval(
      `${card} details.phase.current li.item:not(.auto):not(.state-done)`,
      (li) => (li as HTMLElement).dataset.itemId!,
    );
    const item = `${card} details.phase li.item[data-item-id="${itemId}"]`;
    const before = await checklistRows(h.workbook);
    await page.click(`${item} input[type=checkbox]`);
    await page.waitForSelector(`${item} .error:not([hidden])`, { timeout: 30_000 });
    expect(await page.textContent(`${item} .error`)).toContain('Service unavailable (test)');
    expect(await page.isChecked(`${item} input[type=checkbox]`)).toBe(false);
    expect(await page.isEnabled(`${item} input[type=checkbox]`)).toBe(true);
    expect(await checklistRows(h.workbook)).toEqual(before);
    await page.close();
  });

  it('refuses a tick for a guest the LO does not look after, and writes nothing', async () => {
    const page = await open('/sidebar', LO1);
    const other = sampleGuestIds().find((g) => !sampleGuestsOf(LO1).includes(g))!;
    const before = await checklistRows(h.workbook);
    const res = await page.evaluate(
      (guestId) =>
        new Promise((resolve) => {
          // The page's own bridge, called as a hand-written console call would: untyped on purpose.
          // biome-ignore lint/suspicious/noExplicitAny: a console call has no types
          const run = (window as unknown as { google: { script: { run: any } } }).google.script.run;
          run.withSuccessHandler(resolve).withFailureHandler((e: Error) => resolve({ thrown: e.message }))
            .tickChecklistItem({ guestId, phase: 'prepare', itemId: 'briefing_attended', done: true, lang: 'en' });
        }),
      other,
    );
    expect(res).toEqual({ ok: false, message: `You do not look after guest ${other}, so nothing was saved.` });
    expect(await checklistRows(h.workbook)).toEqual(before);
    await page.close();
  });

  it('saves a screenshot of the sidebar', async () => {
    await screenshot('/sidebar', LO1, { width: 300, height: 1000 }, 'sidebar.png');
  });
});

describe('the organiser dashboard', () => {
  it('shows an organiser every guest, and refuses an LO', async () => {
    const page = await open('/dashboard', ORGANISER, { width: 1100, height: 720 });
    await page.waitForSelector('table.readiness');
    const ids = (await page.$$eval('tr[data-guest-id]', (els) => els.map((e) => (e as HTMLElement).dataset.guestId!))).sort();
    expect(ids).toEqual(sampleGuestIds().sort());
    await page.close();
    await screenshot('/dashboard', ORGANISER, { width: 1100, height: 720 }, 'dashboard.png');

    const lo = await open('/dashboard', LO1, { width: 1100, height: 720 });
    expect(await lo.$$('tr[data-guest-id]')).toHaveLength(0);
    expect(await lo.textContent('.denied')).toContain('organiser_emails');
    await lo.close();
  });

  it('filters by LO', async () => {
    const page = await open('/dashboard', ORGANISER, { width: 1100, height: 720 });
    await page.waitForSelector('table.readiness');
    await page.selectOption('select[name="lo"]', 'LO01');
    await page.waitForFunction(
      (n) => document.querySelectorAll('tr[data-guest-id]').length === n,
      sampleGuestsOf(LO1).length,
      { timeout: 30_000 },
    );
    const ids = (await page.$$eval('tr[data-guest-id]', (els) => els.map((e) => (e as HTMLElement).dataset.guestId!))).sort();
    expect(ids).toEqual(sampleGuestsOf(LO1));
    await page.close();
  });
});

describe('the LO phone page', () => {
  it('fits a 390 px screen without sideways scrolling, everything opened', async () => {
    const page = await open('/mobile', LO1, { width: 390, height: 844 });
    expect(await guestIdsOn(page)).toEqual(sampleGuestsOf(LO1));
    await page.$$eval('details', (els) => {
      for (const d of els) (d as HTMLDetailsElement).open = true;
    });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(await page.$$eval('a[href^="tel:"]', (els) => els.length)).toBeGreaterThan(0);
    await page.close();
    await screenshot('/mobile', LO1, { width: 390, height: 844 }, 'mobile.png');
  });
});
