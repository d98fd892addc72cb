import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../src/i18n/locales.ts';
import { storyViolations, THEMES } from '../support/axe.ts';
import { DESKTOP } from '../support/browser.ts';
import { editions } from '../support/editions.ts';
import { useBrowser } from '../support/use-browser.ts';

/**
 * axe-core on the story at every step on a desktop, in both themes: zero violations. The reference
 * edition only: the others share its markup and styles, and are walked on a phone (a11y-story-phone),
 * where cards lie over the graphic.
 */

const origin = inject('origin');
const browser = useBrowser({ webgl: true });
const { home } = editions.find((edition) => edition.locale === DEFAULT_LOCALE)!;

describe('accessibility (axe-core) of the story on a desktop', () => {
  for (const theme of THEMES) {
    it(`the story has no violations at any step on a desktop in the ${theme} theme`, { timeout: 600_000 }, async () => {
      expect(await storyViolations(browser(), origin, home, { viewport: DESKTOP, colorScheme: theme }, `desktop, ${theme}`)).toEqual([]);
    });
  }
});
