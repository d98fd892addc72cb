import { describe, expect, inject, it } from 'vitest';
import { axeContext, axeViolations, describeViolations, THEMES } from '../support/axe.ts';
import { useBrowser } from '../support/use-browser.ts';
import { DESKTOP } from '../support/browser.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * axe-core on every built page, in the light and the dark theme: zero violations. The story's steps
 * are walked in a11y-story-*.test.ts (files of their own, so that the walks share the machine's cores).
 */

const origin = inject('origin');
const pages = builtPages();
const browser = useBrowser({ webgl: true });

describe('accessibility (axe-core) of every page', () => {
  it('finds the built pages by walking the build output', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const theme of THEMES) {
    it(`every built page has no violations in the ${theme} theme`, { timeout: 300_000 }, async () => {
      const { context } = await axeContext(browser(), origin, { viewport: DESKTOP, colorScheme: theme });
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
});
