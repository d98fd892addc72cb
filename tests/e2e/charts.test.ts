import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, isolatedContext, launchBrowser } from '../support/browser.ts';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const CHARTS = ['actors', 'population', 'exodus'];

async function open(path: string, viewport = DESKTOP, options: { reducedMotion?: 'reduce' } = {}) {
  const { context, foreignRequests } = await isolatedContext(browser, [origin], { viewport, ...options });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  return { context, page, foreignRequests };
}

const keys = (page: Page, viz: string) =>
  page.evaluate((v) => [...document.querySelectorAll(`figure[data-viz="${v}"] svg [data-key]`)].map((el) => el.getAttribute('data-key')!), viz);

describe('the charts follow the story', () => {
  it('redraws the actors diagram for each step: relations picked out, then ended ones broken', async () => {
    const { context, page } = await open('/#security-treaty', DESKTOP, { reducedMotion: 'reduce' });
    await expect.poll(() => page.getAttribute('figure[data-viz="actors"]', 'data-viz-step')).toBe('security-treaty');
    let drawn = await keys(page, 'actors');
    expect(drawn).toContain('label:armenia|csto|security-treaty:0');
    expect(drawn).toContain('strain:armenia|csto|security-treaty');
    expect(drawn).not.toContain('edge:armenia|icc|legal');

    await page.goto(`${origin}/#realignment`);
    await expect.poll(() => page.getAttribute('figure[data-viz="actors"]', 'data-viz-step')).toBe('realignment');
    drawn = await keys(page, 'actors');
    expect(drawn).toContain('break:armenia|csto|security-treaty');
    expect(drawn).toContain('edge:armenia|icc|legal');
    expect(await page.locator('figure[data-viz="actors"] [data-key="as-of"]').textContent()).toBe('As of 5 Nov 2025');
    await context.close();
  });

  it('adds the contested bands to the exodus chart at the scale step', async () => {
    const { context, page } = await open('/#exodus-count', DESKTOP, { reducedMotion: 'reduce' });
    await expect.poll(() => page.getAttribute('figure[data-viz="exodus"]', 'data-viz-step')).toBe('exodus-count');
    expect(await keys(page, 'exodus')).not.toContain('band:total');
    await page.goto(`${origin}/#exodus-scale`);
    await expect.poll(() => page.getAttribute('figure[data-viz="exodus"]', 'data-viz-step')).toBe('exodus-scale');
    const drawn = await keys(page, 'exodus');
    expect(drawn).toEqual(expect.arrayContaining(['band:total', 'band:before', 'government-line']));
    const labels = await page.locator('figure[data-viz="exodus"] .ex-band-label').allTextContents();
    expect(labels.join(' ')).toContain('115,183');
    expect(labels.join(' ')).toContain('145,053');
    await context.close();
  });

  it('keeps every label of each chart inside its frame at 320 px wide', async () => {
    for (const [viz, step] of [
      ['actors', 'analysis-challenge'],
      ['population', 'enclave-history'],
      ['exodus', 'exodus-scale'],
    ] as const) {
      const { context, page } = await open(`/#${step}`, { width: 320, height: 640 }, { reducedMotion: 'reduce' });
      await expect.poll(() => page.getAttribute(`figure[data-viz="${viz}"]`, 'data-viz-step')).toBe(step);
      const outside = await page.evaluate((v) => {
        const svg = document.querySelector<SVGSVGElement>(`figure[data-viz="${v}"] svg`)!;
        const frame = svg.viewBox.baseVal;
        return [...svg.querySelectorAll<SVGTextElement>('text')]
          .map((t) => ({ key: t.dataset.key, box: t.getBBox() }))
          .filter(({ box }) => box.x < -1 || box.x + box.width > frame.width + 1)
          .map(({ key }) => key);
      }, viz);
      expect(outside, viz).toEqual([]);
      await context.close();
    }
  });
});

describe('each chart’s data', () => {
  it('has a data table with a source for every row, and a CSV download that matches it', async () => {
    const { context, page, foreignRequests } = await open('/');
    for (const viz of [...CHARTS, 'timeline']) {
      const figure = page.locator(`figure[data-viz="${viz}"]`);
      const rows = await figure.locator('.figure-data tbody tr').count();
      expect(rows, viz).toBeGreaterThan(1);
      const rowsWithoutSource = await figure.locator('.figure-data tbody tr').evaluateAll((trs) => trs.filter((tr) => !tr.querySelector('td:last-child a[href^="http"]')).length);
      expect(rowsWithoutSource, viz).toBe(0);
      expect(await figure.locator('.figure__credit').textContent()).toMatch(/Source: \S/);

      const href = await figure.locator('a.figure__download').getAttribute('href');
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

  it('opens the data table from the keyboard', async () => {
    const { context, page } = await open('/#enclave-history');
    await expect.poll(() => page.getAttribute('figure[data-viz="population"]', 'data-viz-step')).toBe('enclave-history');
    const summary = page.locator('figure[data-viz="population"] .figure-data summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('figure[data-viz="population"] .figure-data table').isVisible()).toBe(true);
    expect(await page.locator('figure[data-viz="population"] .figure-data caption').textContent()).toContain('Population');
    await context.close();
  });
});

describe('around the article', () => {
  it('ends with the dated events since the article, each sourced, and a link to Sources and methods', async () => {
    const { context, page } = await open('/');
    const items = page.locator('.credits .event-list__item');
    expect(await items.count()).toBeGreaterThan(5);
    const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect(dates.every((d) => d > '2023-09-20')).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    for (const item of await items.all()) expect(await item.locator('.event-list__sources a').count()).toBeGreaterThan(0);
    await page.locator('.credits a', { hasText: 'Sources and methods' }).click();
    await page.waitForURL(/\/sources\/?$/);
    expect(await page.locator('h1').textContent()).toBe('Sources and methods');
    await context.close();
  });

  it('lists every graphic with its data, every editor’s note with its sources, and the geodata licence', async () => {
    const { context, page, foreignRequests } = await open('/sources/');
    for (const viz of [...CHARTS, 'timeline']) expect(await page.locator(`#sources-${viz}`).count(), viz).toBe(1);
    const notes = page.locator('.sources-page__notes > li');
    expect(await notes.count()).toBeGreaterThan(5);
    for (const note of await notes.all()) expect(await note.locator('.note__sources a').count()).toBeGreaterThan(0);
    expect(await page.locator('#geodata + *').textContent()).toMatch(/Natural Earth|not part of this build/);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
