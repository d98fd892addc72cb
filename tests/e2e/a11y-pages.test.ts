import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../src/i18n/locales.ts';
import { axeContext, axeViolations, describeViolations, THEMES } from '../support/axe.ts';
import { useBrowser } from '../support/use-browser.ts';
import { DESKTOP, pageStarted } from '../support/browser.ts';
import { editions } from '../support/editions.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * axe-core on every built page in the light theme, and in the dark theme on every page of the reference
 * edition: zero violations. The dark theme changes colours only (light-dark() tokens in global.css), and the
 * other editions share the reference edition's markup and styles, so their colours in the dark theme are its
 * own; every rule that reads words (names, labels, language) runs on every page. The story's steps are walked
 * in a11y-story-*.test.ts (files of their own, so that the walks share the machine's cores).
 */

const origin = inject('origin');
const pages = builtPages();
const otherEditions = editions.filter((edition) => edition.locale !== DEFAULT_LOCALE).map((edition) => edition.home);
const inTheme = { light: () => true, dark: (path: string) => !otherEditions.some((home) => path.startsWith(home)) };
const browser = useBrowser({ webgl: true });

describe('accessibility (axe-core) of every page', () => {
  it('finds the built pages by walking the build output', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const theme of THEMES) {
    it(`every built page${theme === 'dark' ? ' of the reference edition' : ''} has no violations in the ${theme} theme`, { timeout: 300_000 }, async () => {
      const { context } = await axeContext(browser(), origin, { viewport: DESKTOP, colorScheme: theme });
      const found: string[] = [];
      for (const { path } of pages.filter((page) => inTheme[theme](page.path))) {
        const page = await context.newPage();
        await page.goto(`${origin}${path}`);
        await pageStarted(page);
        found.push(...describeViolations(`${path} (${theme})`, await axeViolations(page)));
        await page.close();
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }
});
