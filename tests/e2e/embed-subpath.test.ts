import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, isolatedContext, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { editions } from '../support/editions.ts';
import { SUBPATH_BUILD } from '../support/site-build.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * A newsroom hosting its own copy under a sub-path: the site built with SITE_BASE (by the global
 * setup, beside the main build: tests/support/site-build.ts) and served only under that path: its addresses for
 * others (snippets, oEmbed, cards, the sitemap) name the configured site and path. That every page loads
 * everything it needs from under the path is checked as each is read to the end, in quality-pages.test.ts.
 */
const { base: BASE, site: SITE_URL } = SUBPATH_BUILD;
/** The build output's parent, as the paths below expect it (…/dist). */
const dir = join(SUBPATH_BUILD.dir, '..');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(join(dir, 'dist'), { base: BASE });
  // Its pages are opened for their markup only: the map stays the SVG one.
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`the site built for ${BASE}`, () => {
  it('gives snippets, oEmbed and canonical links on the configured site and path', async () => {
    const home = `${SITE_URL}${BASE}`;
    const oembed = JSON.parse(readFileSync(join(dir, 'dist', 'oembed.json'), 'utf8')) as { html: string; provider_url: string };
    expect(oembed.provider_url).toBe(home);
    expect(oembed.html).toContain(`src="${home}embed/"`);
    expect(oembed.html).toContain(`src="${home}embed.js"`);

    const { context } = await isolatedContext(browser, [server.origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}`);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(home);
    expect(await page.getAttribute('link[type="application/json+oembed"]', 'href')).toBe(`${home}oembed.json`);
    expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(home);
    const snippets = await page.locator('.republish pre code').allTextContents();
    expect(snippets.length).toBeGreaterThanOrEqual(4);
    for (const snippet of snippets) expect(snippet).toContain(`${home}embed/`);
    await page.goto(`${server.origin}${BASE}embed/`);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(home);
    await context.close();
  });

  it('gives link-preview cards on the configured site, and a sitemap of the pages meant to be found', async () => {
    const home = `${SITE_URL}${BASE}`;
    for (const { file, path } of builtPages(join(dir, 'dist'), { forwarding: true }).filter((p) => !p.path.endsWith('404.html'))) {
      const html = readFileSync(file, 'utf8');
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(image, path).toMatch(/-card\.png$/);
      // Each edition's pages show its own images (their words in its language).
      const edition = editions.filter((e) => path.startsWith(e.home)).sort((a, b) => b.home.length - a.home.length)[0]!;
      expect(image.startsWith(`${home}${edition.home.slice(1)}images/`), `${path}: ${image}`).toBe(true);
      expect((await fetch(`${server.origin}${BASE}${image.slice(home.length)}`)).status, image).toBe(200);
      // A share page's preview is its own: the page itself, not the story it names as canonical.
      expect(/<meta property="og:url" content="([^"]+)"/.exec(html)?.[1], path).toBe(`${home}${path.slice(1)}`);
    }
    const sitemap = readFileSync(join(dir, 'dist', 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed).toEqual(expect.arrayContaining([...editions.map((e) => `${home}${e.home.slice(1)}`), `${home}lesson/`, `${home}sources/`]));
    expect(listed.filter((url) => /\/(embed|share|present)\//.test(url!))).toEqual([]);
    // Nothing kept out of search engines (noindex: copies, the lesson's teacher's copy) is offered to them.
    const hidden = builtPages(join(dir, 'dist'), { forwarding: true })
      .filter(({ file }) => readFileSync(file, 'utf8').includes('<meta name="robots" content="noindex"'))
      .map(({ path }) => `${home}${path.slice(1)}`);
    expect(hidden).toEqual(expect.arrayContaining([`${home}present/`, `${home}lesson/teacher/`]));
    expect(listed.filter((url) => hidden.includes(url!))).toEqual([]);
  });

  it('lets any site frame any page (no X-Frame-Options, no frame-ancestors)', () => {
    for (const { file, path } of builtPages(join(dir, 'dist'))) {
      const html = readFileSync(file, 'utf8').toLowerCase();
      expect(html, path).not.toContain('x-frame-options');
      expect(html, path).not.toContain('frame-ancestors');
    }
  });

  it('serves the loader script at its stable address', async () => {
    const response = await fetch(`${server.origin}${BASE}embed.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    const source = await response.text();
    expect(source).toContain('data-karabakh-embed');
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
  });
});
