import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../src/i18n/locales.ts';
import { storyViolations, THEMES } from '../support/axe.ts';
import { PHONE } from '../support/browser.ts';
import { editions } from '../support/editions.ts';
import { useBrowser } from '../support/use-browser.ts';

/**
 * axe-core on the story at every step on a phone: zero violations. Every edition in the light theme; the dark
 * theme in the reference edition, as it changes colours only (light-dark() tokens in global.css) and the
 * editions share markup and styles.
 */

const origin = inject('origin');
const browser = useBrowser({ webgl: true });

describe('accessibility (axe-core) of the story on a phone', () => {
  for (const { locale, home } of editions)
  for (const theme of THEMES.filter((theme) => theme === 'light' || locale === DEFAULT_LOCALE)) {
    it(`the story (${locale}) has no violations at any step on a phone in the ${theme} theme`, { timeout: 600_000 }, async () => {
      expect(await storyViolations(browser(), origin, home, { viewport: PHONE, colorScheme: theme }, `phone, ${theme}`)).toEqual([]);
    });
  }
});
