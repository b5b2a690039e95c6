/**
 * One Chromium session against `lo-desk preview` on the sample event (a guest
 * name made hostile), for a browser test file: the harness started before its
 * tests and closed after, and the helpers its tests open pages with.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cellOf, SCREENSHOTS, startHarness, type Harness } from './preview-harness';

export const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Kenichi';
export const NOW = new Date('2026-12-06T09:00:00Z');
/** One of LO1's guests, away from the top of the lists so the screenshots show ordinary data. */
export const HOSTILE_GUEST = 'G15';

export interface PageSession {
  harness(): Harness;
  /** Messages of the dialogs pages opened (dismissed). */
  dialogs: string[];
  open(route: string, as: string, viewport?: { width: number; height: number }, base?: string): Promise<Page>;
  screenshot(route: string, as: string, viewport: { width: number; height: number }, file: string, part?: string): Promise<void>;
}

/** Registers the file's beforeAll/afterAll; call at the top of a test file. */
export function pageSession(): PageSession {
  let h: Harness | undefined;
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
  const harness = () => {
    if (!h) throw new Error('the harness has not started');
    return h;
  };

  /** Opens a page acting as `as`; `base` serves pages as someone else by default (see serveAs). */
  async function open(route: string, as: string, viewport = { width: 360, height: 900 }, base?: string): Promise<Page> {
    const page = await harness().context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setViewportSize(viewport);
    await page.goto(base ? `${base}${route}` : `${harness().baseUrl}${route}?as=${encodeURIComponent(as)}`);
    // Every page settles on content or a refusal; the loading line goes away.
    await page.waitForSelector('article.guest, .picker, .denied, .none-assigned, table.readiness, .status.error', { timeout: 30_000 });
    const failed = await page.$('.status.error');
    if (failed) throw new Error(`${route} as ${as || '(nobody)'} failed: ${await failed.textContent()}`);
    return page;
  }

  /** Screenshots for the README, in English (the sample event is in Thai; not every machine has Thai fonts). */
  async function screenshot(route: string, as: string, viewport: { width: number; height: number }, file: string, part?: string): Promise<void> {
    const page = await open(route, as, viewport);
    await page.evaluate(() => localStorage.setItem('lodesk.lang', 'en'));
    await page.reload();
    await page.waitForSelector('article.guest, table.readiness', { timeout: 30_000 });
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 30_000 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    if (part) await page.locator(part).screenshot({ path: path.join(SCREENSHOTS, file) });
    else await page.screenshot({ path: path.join(SCREENSHOTS, file) });
    await page.evaluate(() => localStorage.removeItem('lodesk.lang'));
    await page.close();
  }

  return { harness, dialogs, open, screenshot };
}

/** The server functions the page calls from now on, in order. */
export function serverCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/api/run')) calls.push((JSON.parse(req.postData() ?? '{}') as { fn?: string }).fn ?? '');
  });
  return calls;
}

export async function guestIdsOn(page: Page): Promise<string[]> {
  return (await page.$$eval('article.guest', (els) => els.map((e) => (e as HTMLElement).dataset.guestId ?? ''))).sort();
}
