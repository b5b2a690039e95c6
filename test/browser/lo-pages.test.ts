/**
 * The LO sidebar and the LO phone page in Chromium, against `lo-desk preview`
 * on the sample event, acting as different users with ?as=. The emulated
 * clock stands at 16:00 in Bangkok on 6 December 2026, the first arrival day,
 * so checklists have overdue and next items. (The dashboard: dashboard-page.test.ts.)
 */
import { checklistRows, LO1, ORGANISER, sampleGuestIds, sampleGuestsOf } from './preview-harness';
import { pageSession, HOSTILE_NAME, HOSTILE_GUEST, NOW, guestIdsOn } from './page-session';

const session = pageSession();
const { open, screenshot, dialogs } = session;

describe('the LO sidebar', () => {
  it('shows an LO exactly their guests, primary and backup', async () => {
    const page = await open('/sidebar', LO1);
    const expected = sampleGuestsOf(LO1);
    expect(expected.length).toBeGreaterThan(1);
    expect(await guestIdsOn(page)).toEqual(expected);
    await page.close();
  });

  it('draws the LO\'s guests from the page it was served, with no call to the server', async () => {
    const page = await session.harness().context.newPage();
    const runs: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/run')) runs.push(r.postData() ?? '');
    });
    await page.goto(`${session.harness().baseUrl}/sidebar?as=${encodeURIComponent(LO1)}`);
    await page.waitForSelector('article.guest', { timeout: 30_000 });
    expect(await guestIdsOn(page)).toEqual(sampleGuestsOf(LO1));
    expect(runs).toEqual([]);
    await page.close();
  });

  it('gives an organiser a list to pick from, its progress filled in after, and opens one guest\'s card with one call', async () => {
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
    // The list came without its progress; the page fetched it once and filled the lines in place (the card stays open).
    expect(runs.filter((fn) => fn !== 'getGuestListProgress')).toEqual(['getGuestCard']);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('li.pick-line .progress')).some((e) => /\d+\/\d+/.test(e.textContent ?? '')), undefined, { timeout: 30_000 });
    expect(runs.filter((fn) => fn === 'getGuestListProgress').length).toBeLessThanOrEqual(1);
    expect(await guestIdsOn(page)).toEqual(['G05']);
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
    const nobody = await session.harness().serveAs('');
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

    const rows = (await checklistRows(session.harness().workbook)).filter((r) => r.guest_id === 'G01' && r.item_id === itemId);
    expect(rows).toHaveLength(1);
    expect(rows[0].done).toBe(true);
    expect(rows[0].done_by).toBe(LO1);
    expect(rows[0].done_at).toBeInstanceOf(Date);
    // The emulated clock: within a day of 6 Dec 2026 16:00 in Bangkok, whatever zone the cell is read in.
    expect(Math.abs((rows[0].done_at as Date).getTime() - NOW.getTime())).toBeLessThan(24 * 3600_000);
    await page.close();
  });

  it('saves a tick with the card\'s pass in one quick call, then fetches the card for what the ticks changed', async () => {
    const page = await open('/sidebar', LO1);
    const calls: { fn?: string; args?: unknown[] }[] = [];
    const answers: Record<string, unknown>[] = [];
    await page.route('**/api/run**', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { fn?: string; args?: unknown[] };
      calls.push(body);
      const res = await route.fetch();
      if (body.fn === 'tickChecklistItem') answers.push((await res.json()) as Record<string, unknown>);
      await route.fulfill({ response: res });
    });
    const card = 'article.guest[data-guest-id="G01"]';
    const ids = await page.$$eval(`${card} details.phase.current li.item:not(.auto):not(.state-done)`, (lis) => lis.map((li) => (li as HTMLElement).dataset.itemId!));
    // Two ticks in a row: one card fetch after both.
    for (const id of ids.slice(0, 2)) {
      await page.click(`${card} details.phase li.item[data-item-id="${id}"] input[type=checkbox]`);
      await page.waitForSelector(`${card} details.phase li.item[data-item-id="${id}"].state-done`, { timeout: 30_000 });
    }
    // The card is fetched once the ticks stop (a fetch answered before a later tick is asked again).
    for (let i = 0; i < 300 && !calls.some((c) => c.fn === 'getGuestCard'); i++) await page.waitForTimeout(100);
    const ticks = calls.filter((c) => c.fn === 'tickChecklistItem');
    expect(ticks).toHaveLength(2);
    expect(ticks.every((c) => typeof (c.args?.[0] as { pass?: unknown })?.pass === 'string')).toBe(true);
    expect(answers.map((a) => (a.value as { quick?: boolean } | null)?.quick)).toEqual([true, true]);
    expect(calls.findIndex((c) => c.fn === 'getGuestCard')).toBeGreaterThan(calls.lastIndexOf(ticks[1]));
    expect(calls.find((c) => c.fn === 'getGuestCard')?.args?.[0]).toBe('G01');
    for (const id of ids.slice(0, 2)) {
      expect(await page.textContent(`${card} details.phase li.item[data-item-id="${id}"] .meta`)).toContain(LO1);
    }
    await page.close();
  });

  it('fetches the view again when the page is looked at after ten minutes away, not before', async () => {
    const page = await session.harness().context.newPage();
    await page.clock.install();
    await page.goto(`${session.harness().baseUrl}/sidebar?as=${encodeURIComponent(LO1)}`);
    await page.waitForSelector('article.guest', { timeout: 30_000 });
    const runs: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/run')) runs.push(JSON.parse(r.postData() ?? '{}').fn);
    });
    const lookAgain = () => page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.clock.fastForward('05:00');
    await lookAgain();
    await page.waitForTimeout(300);
    expect(runs).toEqual([]);
    await page.clock.fastForward('06:00');
    const fetched = page.waitForRequest((r) => r.url().includes('/api/run') && JSON.parse(r.postData() ?? '{}').fn === 'getLoView', { timeout: 30_000 });
    await lookAgain();
    await fetched;
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
    const row = (await checklistRows(session.harness().workbook)).find((r) => r.guest_id === 'G01' && r.item_id === itemId);
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
    const before = await checklistRows(session.harness().workbook);
    await page.click(`${item} input[type=checkbox]`);
    await page.waitForSelector(`${item} .error:not([hidden])`, { timeout: 30_000 });
    expect(await page.textContent(`${item} .error`)).toContain('Service unavailable (test)');
    expect(await page.isChecked(`${item} input[type=checkbox]`)).toBe(false);
    expect(await page.isEnabled(`${item} input[type=checkbox]`)).toBe(true);
    expect(await checklistRows(session.harness().workbook)).toEqual(before);
    await page.close();
  });

  it('refuses a tick for a guest the LO does not look after, and writes nothing', async () => {
    const page = await open('/sidebar', LO1);
    const other = sampleGuestIds().find((g) => !sampleGuestsOf(LO1).includes(g))!;
    const before = await checklistRows(session.harness().workbook);
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
    expect(await checklistRows(session.harness().workbook)).toEqual(before);
    await page.close();
  });

  it('saves a screenshot of the sidebar', async () => {
    await screenshot('/sidebar', LO1, { width: 300, height: 1000 }, 'sidebar.png');
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
