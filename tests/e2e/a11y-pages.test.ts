import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../src/i18n/locales.ts';
import { axeContext, axeViolations, COLOUR_RULES, describeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/use-browser.ts';
import { DESKTOP, pageStarted } from '../support/browser.ts';
import { editions } from '../support/editions.ts';
import { FRAME_MS, longCssMotion } from '../support/motion.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * axe-core on every built page in the light theme, and in the dark theme the rules that read colours on every
 * page of the reference edition: zero violations. The dark theme changes colours only (light-dark() tokens in
 * global.css), and the other editions share the reference edition's markup and styles, so their colours in the
 * dark theme are its own. The context asks for reduced motion (axe reads each state as drawn), and on each page
 * no CSS transition or animation lasts longer than a frame. The story's steps are walked in a11y-story-*.test.ts
 * (files of their own, so that the walks share the machine's cores).
 */

const origin = inject('origin');
const pages = builtPages();
const otherEditions = editions.filter((edition) => edition.locale !== DEFAULT_LOCALE).map((edition) => edition.home);
const browser = useBrowser({ webgl: true });

/** Opens each page in a context for axe in `theme` and gathers what `check` finds there. */
async function checkEveryPage(theme: 'light' | 'dark', paths: string[], check: (page: Page, path: string) => Promise<string[]>) {
  const { context } = await axeContext(browser(), origin, { viewport: DESKTOP, colorScheme: theme });
  const found: string[] = [];
  // One tab goes from page to page, as a reader does (a fresh tab for each would cost a renderer each).
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(`${origin}${path}`);
    await pageStarted(page);
    found.push(...(await check(page, path)));
  }
  await context.close();
  return found;
}

describe('accessibility (axe-core) of every page', () => {
  it('finds the built pages by walking the build output', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('every built page has no violations in the light theme, and no CSS motion longer than a frame under reduced motion', { timeout: 300_000 }, async () => {
    const found = await checkEveryPage('light', pages.map((p) => p.path), async (page, path) => [
      ...describeViolations(`${path} (light)`, await axeViolations(page)),
      ...(await page.evaluate(longCssMotion, FRAME_MS)).map((motion) => `${path}: ${motion}`),
    ]);
    expect(found).toEqual([]);
  });

  it('every built page of the reference edition has no colour violations in the dark theme', { timeout: 300_000 }, async () => {
    const reference = pages.map((p) => p.path).filter((path) => !otherEditions.some((home) => path.startsWith(home)));
    const found = await checkEveryPage('dark', reference, async (page, path) => describeViolations(`${path} (dark)`, await axeViolations(page, undefined, COLOUR_RULES)));
    expect(found).toEqual([]);
  });
});
