import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, frames, isolatedContext, launchBrowser, openStep, pageStarted, stageSteps } from '../support/browser.ts';
import { FRAME_MS, motionInFlight, stageShot } from '../support/motion.ts';

/**
 * Reduced motion (prefers-reduced-motion: reduce) honoured as the story moves: no d3 transition, smooth scroll or
 * moving graphic lasts longer than a frame. (That no page's CSS animates for longer is checked on every page
 * with axe, in a11y-pages.test.ts.)
 */

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ webgl: true });
});
afterAll(() => browser?.close());

describe('with reduced motion', () => {
  it('each Next step of the story jumps: the window does not glide and the graphic is still once drawn', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await pageStarted(page);
    const steps = await stageSteps(page);
    expect(steps.length).toBeGreaterThan(1);
    await openStep(page, steps[0]!);
    // The WebGL map takes over from the SVG map once it has drawn (whenever the reader is still): a change of
    // engine, not of state. Let it happen before the walk, so that what is compared is each step's state.
    const map = steps.find((s) => s.viz === 'map');
    if (map) {
      await openStep(page, map);
      await page.waitForSelector('figure[data-viz="map"][data-map-engine="maplibre"]', { timeout: 30_000 });
      await openStep(page, steps[0]!);
    }

    const problems: string[] = [];
    for (const step of steps.slice(1)) {
      const landed = await page.evaluate(() => {
        document.querySelector<HTMLButtonElement>('[data-step-next]')!.click();
        return window.scrollY;
      });
      await page.waitForSelector(`figure[data-viz="${step.viz}"][data-viz-step="${step.id}"]`);
      problems.push(...(await page.evaluate(motionInFlight, FRAME_MS)).map((m) => `${step.id}: ${m}`));
      const first = await stageShot(page, step.viz);
      await page.evaluate(frames, 15);
      if (!first.equals(await stageShot(page, step.viz))) problems.push(`${step.id}: the ${step.viz} graphic was still moving after it reported the step`);
      const settled = await page.evaluate(() => window.scrollY);
      if (Math.abs(settled - landed) > 1) problems.push(`${step.id}: the window glided from ${landed} to ${settled}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
