import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteCharacters } from '../../scripts/build-fonts.ts';
import { DESKTOP, isolatedContext, launchBrowser, pageStarted } from '../support/browser.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * The web fonts: cut down to the characters the site's sources use (scripts/build-fonts.ts), none
 * preloaded, taking over from sized fallbacks once the page has painted.
 */

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The text a page shows or reads out: its markup without scripts, styles, tags and comments. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' })[name]!);
}

describe('the web fonts', () => {
  it('are cut for every character any built page shows', () => {
    const cut = new Set(siteCharacters());
    const missing = new Map<string, string>();
    for (const page of builtPages()) {
      for (const ch of pageText(readFileSync(page.file, 'utf8'))) if (!/\s/.test(ch) && !cut.has(ch) && !missing.has(ch)) missing.set(ch, page.path);
    }
    expect([...missing].map(([ch, path]) => `${ch} (U+${ch.codePointAt(0)!.toString(16)}) on ${path}`)).toEqual([]);
  });

  it('come after the first paint, none preloaded, and then set the text', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    const fonts: { url: string; beforeLoad: boolean }[] = [];
    let loaded = false;
    page.on('load', () => (loaded = true));
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push({ url: request.url(), beforeLoad: !loaded });
    });
    await page.goto(`${origin}/`);
    expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
    expect(fonts.filter((f) => f.beforeLoad).map((f) => f.url)).toEqual([]);

    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('web-fonts'))).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    const family = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily);
    expect(await family('h1')).toMatch(/^"?Source Serif 4"?,/);
    expect(await family('.standfirst')).toMatch(/^"?Source Serif 4"?,/);
    expect(await family('.dateline')).toMatch(/^"?Inter"?,/);
    expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"') && document.fonts.check('600 16px "Inter"'))).toBe(true);
    expect(fonts.every((f) => new URL(f.url).origin === origin)).toBe(true);
    await context.close();
  });

  it('set the text in the web fonts from the start without JavaScript, Cyrillic letters too', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    expect(await page.locator('.standfirst').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Source Serif 4"?,/);
    await page.goto(`${origin}/ru/`);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('600 16px "Source Serif 4"', 'Нагорный Карабах'))).toBe(true);
    await context.close();
  });

  it('on a Russian page, paint first and then take the Cyrillic faces from their stylesheet', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/fonts-cyrillic[^/]*\.css$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${origin}/ru/`, { waitUntil: 'commit' });
    // The page paints while the stylesheet is held back.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    release();
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('web-fonts'))).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('600 16px "Source Serif 4"', 'Нагорный Карабах'))).toBe(true);
    await context.close();
  });

  // The Cyrillic cut of each face is its own file: Russian pages fetch it, English pages never do.
  it.each([
    ['/', false],
    ['/ru/', true],
  ])('%s fetches the Cyrillic cut: %s', async (path, cyrillic) => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}${path}`);
    // The web fonts have taken over, and every face the page's text asks for has loaded (or failed).
    await pageStarted(page);
    const cuts = fonts.filter((font) => font.includes('-cyrillic'));
    if (cyrillic) {
      expect(cuts.length).toBeGreaterThan(0);
      // The headline is set in the web font's Cyrillic letters.
      expect(await page.evaluate(() => document.fonts.check('600 16px "Source Serif 4"', 'Нагорный Карабах'))).toBe(true);
    } else expect(cuts).toEqual([]);
    await context.close();
  });
});
