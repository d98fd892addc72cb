import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, SCREENS, isolatedContext, openPage, pageStarted, scrollThrough, stageSteps } from '../support/browser.ts';
import { useBrowser } from '../support/use-browser.ts';
import { editions } from '../support/editions.ts';

const origin = inject('origin');
const browser = useBrowser();

/** Records, as the reader scrolls, each step that becomes current and the figures' data-viz-step. */
async function recordSteps(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[]; vizSeen: Record<string, string[]>; currentCounts: number[]; offscreen: string[] };
    w.seen = [];
    w.vizSeen = {};
    w.currentCounts = [];
    w.offscreen = [];
    new MutationObserver(() => {
      const current = document.querySelectorAll('[aria-current="step"]');
      w.currentCounts.push(current.length);
      const id = (current[0] as HTMLElement | undefined)?.dataset.step;
      if (id && w.seen.at(-1) !== id) {
        w.seen.push(id);
        // The graphic must be in view (sticky) whenever a step is current.
        const box = document.querySelector('figure.is-active')!.getBoundingClientRect();
        if (box.top < -1 || box.bottom > innerHeight + 1 || box.height < 100) w.offscreen.push(id);
      }
      for (const fig of document.querySelectorAll<HTMLElement>('figure[data-viz]')) {
        const list = (w.vizSeen[fig.dataset.viz!] ??= []);
        if (fig.dataset.vizStep && list.at(-1) !== fig.dataset.vizStep) list.push(fig.dataset.vizStep);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-current', 'data-viz-step'] });
  });
}

for (const { locale, home } of editions)
for (const [name, viewport] of SCREENS) {
  describe(`the story (${locale}) on a ${name}`, () => {
    it('makes every step current in turn as the reader scrolls, and the visuals follow', async () => {
      const { context, page, foreignRequests } = await openPage(browser(), `${origin}${home}`, { viewport });
      // Every transition, as a reader without reduced motion sees it: nothing may throw.
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await pageStarted(page);
      const spec = await stageSteps(page);
      await recordSteps(page);
      // Each stop waits until the active figure shows the current step.
      await scrollThrough(page, { everyStep: true });

      const { seen, vizSeen, currentCounts, offscreen } = await page.evaluate(() => {
        const w = window as unknown as { seen: string[]; vizSeen: Record<string, string[]>; currentCounts: number[]; offscreen: string[] };
        return { seen: w.seen, vizSeen: w.vizSeen, currentCounts: w.currentCounts, offscreen: w.offscreen };
      });
      expect(seen).toEqual(spec.map((s) => s.id));
      expect(offscreen, 'steps whose graphic was out of view').toEqual([]);
      // Never two current steps at once.
      expect(Math.max(...currentCounts)).toBe(1);
      // Each figure reported the steps that show it, in story order.
      for (const viz of new Set(spec.map((s) => s.viz))) {
        const expected = spec.filter((s) => s.viz === viz).map((s) => s.id);
        expect(vizSeen[viz], viz).toEqual(expected);
      }
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  });
}

describe('the story for keyboard and link users', () => {
  it('opens at the step named in the URL fragment, without passing through the steps before it', async () => {
    const { context } = await isolatedContext(browser(), [origin], { viewport: DESKTOP });
    // Every step that becomes current, from the page's first script on.
    await context.addInitScript(() => {
      const w = window as unknown as { currentSteps: string[] };
      w.currentSteps = [];
      new MutationObserver((records) => {
        for (const r of records) if ((r.target as HTMLElement).getAttribute('aria-current') === 'step') w.currentSteps.push((r.target as HTMLElement).dataset.step!);
      }).observe(document, { subtree: true, attributeFilter: ['aria-current'] });
    });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const target = (await stageSteps(page)).filter((s) => s.viz === 'map').at(-1)!.id;
    // A new document (not a move within this one), as a reader following a shared link gets.
    await page.goto('about:blank');
    await page.goto(`${origin}/#${target}`);
    // Waits on the attributes as long as a busy machine needs (the page's scripts and the map's data load first).
    await page.waitForSelector(`[data-step="${target}"][aria-current="step"]`);
    await page.waitForSelector(`figure[data-viz="map"][data-viz-step="${target}"]`);
    const top = await page.evaluate((id) => document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect().top, target);
    expect(top).toBeLessThan(DESKTOP.height);
    // A link to a step jumps there: gliding down from the top would make current, and draw, every step on the way.
    expect(await page.evaluate(() => (window as unknown as { currentSteps: string[] }).currentSteps)).toEqual([target]);
    await context.close();
  });

  it('moves between steps with the Next and Previous controls', async () => {
    const { context, page } = await openPage(browser(), `${origin}/`, { viewport: DESKTOP });
    const spec = await stageSteps(page);
    await page.locator('[data-step]').first().scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect.poll(() => page.locator('[aria-current="step"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Next step' }).focus();
    const before = await page.getAttribute('[aria-current="step"]', 'data-step');
    await page.keyboard.press('Enter');
    const index = spec.findIndex((s) => s.id === before);
    await expect.poll(() => page.getAttribute('[aria-current="step"]', 'data-step')).toBe(spec[index + 1]!.id);
    // Focus moves to the step so screen readers read it.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.step)).toBe(spec[index + 1]!.id);
    await page.getByRole('button', { name: 'Previous step' }).click();
    await expect.poll(() => page.getAttribute('[aria-current="step"]', 'data-step')).toBe(before);
    await context.close();
  });

  it('changes state without animation when the reader prefers reduced motion', async () => {
    const { context, page } = await openPage(browser(), `${origin}/#separatists-charge`, { viewport: DESKTOP, reducedMotion: 'reduce' });
    await page.waitForSelector('figure[data-viz="timeline"][data-viz-step="separatists-charge"]');
    await page.goto(`${origin}/#strategic-mistake`);
    // d3 transitions would leave marks mid-flight for hundreds of milliseconds; none may be running.
    await page.waitForSelector('figure[data-viz="timeline"][data-viz-step="strategic-mistake"]');
    const inFlight = await page.evaluate(() => [...document.querySelectorAll('figure[data-viz="timeline"] svg [data-key]')].filter((el) => '__transition' in el && Object.keys((el as unknown as { __transition: object }).__transition).length > 0).length);
    expect(inFlight).toBe(0);
    await context.close();
  });
});

describe.each(editions)('the story ($locale) without JavaScript', ({ home, sections }) => {
  it('has every heading, every step and a static SVG with a text alternative in each figure', async () => {
    const { context, page, foreignRequests } = await openPage(browser(), `${origin}${home}`, { viewport: DESKTOP, javaScriptEnabled: false });
    const spec = await stageSteps(page);
    expect(await page.locator('h1').count()).toBe(1);
    expect(sections.length).toBeGreaterThan(4);
    expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(sections));
    for (const step of spec) {
      const text = (await page.locator(`[data-step="${step.id}"]`).innerText()).trim();
      expect(text.length, step.id).toBeGreaterThan(20);
      expect(await page.locator(`[data-step="${step.id}"]`).isVisible(), step.id).toBe(true);
    }
    const figures = page.locator('figure[data-viz]');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      const svg = figure.locator('svg').first();
      expect(await svg.isVisible()).toBe(true);
      expect(await svg.getAttribute('role')).toBe('img');
      const desc = await svg.locator('desc').textContent();
      expect(desc!.length).toBeGreaterThan(30);
      expect(await svg.locator('[data-key]').count()).toBeGreaterThan(5);
    }
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
