import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { site } from '../../src/site.ts';
import { DESKTOP, isolatedContext, launchBrowser, stageSteps } from '../support/browser.ts';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string, viewport = DESKTOP, options: { reducedMotion?: 'reduce' } = {}) {
  const { context, foreignRequests } = await isolatedContext(browser, [origin], { viewport, ...options });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  return { context, page, foreignRequests };
}

/**
 * What each chart draws at each step is checked without a browser (golden files, tests/unit/golden*.test.ts);
 * here, what only a browser can tell: the real fonts' text fits the real frame.
 */
describe('the charts follow the story', () => {
  it('keeps every label of every chart inside its frame at 320 px wide, at every step', async () => {
    const { context, page } = await open('/', { width: 320, height: 640 }, { reducedMotion: 'reduce' });
    const charts = (await stageSteps(page)).filter((step) => step.viz !== 'map');
    expect(charts.length).toBeGreaterThan(0);
    for (const step of charts) {
      await page.goto(`${origin}/#${step.id}`);
      // The first step's graphic loads its data first: wait for the attribute, however long a busy machine takes.
      await page.waitForSelector(`figure[data-viz="${step.viz}"][data-viz-step="${step.id}"]`);
      const outside = await page.evaluate((v) => {
        const svg = document.querySelector<SVGSVGElement>(`figure[data-viz="${v}"] svg`)!;
        const frame = svg.viewBox.baseVal;
        return [...svg.querySelectorAll<SVGTextElement>('text')]
          .map((t) => ({ key: t.dataset.key, box: t.getBBox() }))
          .filter(({ box }) => box.x < frame.x - 1 || box.x + box.width > frame.x + frame.width + 1)
          .map(({ key }) => key);
      }, step.viz);
      expect(outside, `${step.viz} at ${step.id}`).toEqual([]);
    }
    await context.close();
  });
});

describe('each chart’s data', () => {
  it('has a data table with a source for every row, and a CSV download that matches it', async () => {
    const { context, page, foreignRequests } = await open('/');
    // What the story says about each graphic is in the disclosure its figure points to (aria-details); its
    // table is on the Sources and methods page, which that disclosure links to.
    const withData = await page.locator('.about:has(a.figure__download)').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.about!));
    expect(withData.length).toBeGreaterThan(0);
    const sources = await context.newPage();
    for (const viz of withData) {
      const about = page.locator(`#${await page.getAttribute(`figure[data-viz="${viz}"]`, 'aria-details')}`);
      expect(await about.locator('.figure__credit').textContent()).toMatch(/Source: \S/);
      const tableHref = new URL((await about.locator('a.figure__table').getAttribute('href'))!, page.url());
      if (sources.url().split('#')[0] !== tableHref.href.split('#')[0]) await sources.goto(tableHref.href);
      // The graphic's heading on that page, then its table.
      const table = sources.locator(`${tableHref.hash} ~ .figure-data`).first();
      const rows = await table.locator('tbody tr').count();
      expect(rows, viz).toBeGreaterThan(1);
      const rowsWithoutSource = await table.locator('tbody tr').evaluateAll((trs) => trs.filter((tr) => !tr.querySelector('td:last-child a[href^="http"]')).length);
      expect(rowsWithoutSource, viz).toBe(0);

      const href = await about.locator('a.figure__download').getAttribute('href');
      const response = await page.request.get(new URL(href!, origin).href);
      expect(response.status(), viz).toBe(200);
      expect(response.headers()['content-type']).toContain('text/csv');
      const csv = await response.text();
      expect(csv.split('\r\n')[0]).toMatch(/,sources$/);
      // One line per table row (fields may hold quoted line breaks, so count records, not lines).
      const records = csv.match(/https?:\/\/[^>]+>"?\r\n/g)?.length;
      expect(records, viz).toBe(rows);
    }
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('opens what is said about a graphic, then its data table, from the keyboard', async () => {
    const { context, page } = await open('/');
    const step = (await stageSteps(page)).find((s) => s.viz !== 'map')!;
    await page.goto(`${origin}/#${step.id}`);
    const figure = `figure[data-viz="${step.viz}"]`;
    await page.waitForSelector(`${figure}[data-viz-step="${step.id}"]`);
    const about = page.locator(`#${await page.getAttribute(figure, 'aria-details')}`);
    expect(await about.locator('.figure__credit').isVisible()).toBe(false);
    await about.locator('> summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => about.locator('.figure__credit').isVisible()).toBe(true);
    await about.locator('a.figure__table').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sources\/#sources-/);
    const table = page.locator(`#sources-${step.viz} ~ .figure-data table`);
    await expect.poll(() => table.isVisible()).toBe(true);
    expect((await table.locator('caption').textContent())!.trim()).not.toBe('');
    await context.close();
  });
});

describe('around the article', () => {
  it('ends with the dated events since the article, each sourced, and a link to How we know', async () => {
    const { context, page } = await open('/');
    const items = page.locator('.credits .event-list__item');
    expect(await items.count()).toBeGreaterThan(5);
    const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect(dates.every((d) => d > site.eventsDate)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    for (const item of await items.all()) expect(await item.locator('.event-list__sources a').count()).toBeGreaterThan(0);
    await page.locator('.credits a', { hasText: 'How we know' }).click();
    await page.waitForURL(/\/sources\/?$/);
    expect(await page.locator('h1').count()).toBe(1);
    await context.close();
  });

  it('lists every graphic with its data, every editor’s note with its sources, and the geodata licence', async () => {
    const { context, page, foreignRequests } = await open('/');
    const shown = await page.locator('figure[data-viz]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.viz!));
    await page.goto(`${origin}/sources/`);
    for (const viz of shown) expect(await page.locator(`#sources-${viz}`).count(), viz).toBe(1);
    const notes = page.locator('.sources-page__notes > li');
    expect(await notes.count()).toBeGreaterThan(5);
    for (const note of await notes.all()) expect(await note.locator('.note__sources a').count()).toBeGreaterThan(0);
    expect(await page.locator('#geodata + *').textContent()).toMatch(/Natural Earth|not part of this build/);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
