import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/use-browser.ts';
import { DESKTOP, SCREENS, isolatedContext } from '../support/browser.ts';
import { editions } from '../support/editions.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * axe-core on every built page, and on the story at every step (the stage and the current
 * step, on a desktop and a phone), in the light and the dark theme: zero violations.
 */

const origin = inject('origin');
const pages = builtPages();
const THEMES = ['light', 'dark'] as const;
const browser = useBrowser({ webgl: true });

/** The CSP (checked in tests/site/csp.test.ts) would block the injected axe script. */
function axeContext(options: BrowserContextOptions) {
  return isolatedContext(browser(), [origin], { ...options, bypassCSP: true, reducedMotion: 'reduce' });
}

describe('accessibility (axe-core)', () => {
  it('finds the built pages by walking the build output', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const theme of THEMES) {
    it(`every built page has no violations in the ${theme} theme`, { timeout: 300_000 }, async () => {
      const { context } = await axeContext({ viewport: DESKTOP, colorScheme: theme });
      const found: string[] = [];
      for (const { path } of pages) {
        const page = await context.newPage();
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        found.push(...describeViolations(`${path} (${theme})`, await axeViolations(page)));
        await page.close();
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }

  for (const { locale, home } of editions)
  for (const [device, viewport] of SCREENS) {
    // One context per theme: switching the emulated theme inside a page left some colours stale in Chromium.
    for (const theme of THEMES) {
      it(`the story (${locale}) has no violations at any step on a ${device} in the ${theme} theme`, { timeout: 600_000 }, async () => {
        const { context } = await axeContext({ viewport, colorScheme: theme });
        const page = await context.newPage();
        await page.goto(`${origin}${home}`, { waitUntil: 'networkidle' });
        const steps = await page.evaluate(() => JSON.parse(document.getElementById('story-spec')!.textContent!).steps as { id: string; viz: string }[]);
        expect(steps.length).toBeGreaterThan(0);
        const found: string[] = [];
        for (const step of steps) {
          await page.evaluate((id) => (location.hash = id), step.id);
          // The step is current (its controls set with it) and its figure drawn: nothing changes under axe.
          await page.waitForSelector(`[data-step="${step.id}"][aria-current="step"]`);
          await page.waitForSelector(`figure[data-viz="${step.viz}"][data-viz-step="${step.id}"]`);
          // What changes from step to step: the stage (figure, caption, controls) and the current step.
          found.push(...describeViolations(`${home}#${step.id} (${device}, ${theme})`, await axeViolations(page, ['[data-stage]', `[data-step="${step.id}"]`])));
        }
        expect(found).toEqual([]);
        await context.close();
      });
    }
  }
});
