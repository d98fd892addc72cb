import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, isolatedContext, launchBrowser } from '../support/browser.ts';
import { editions } from '../support/editions.ts';
import { builtPages, type BuiltPage } from '../support/site-pages.ts';
import { readStory } from '../support/story.ts';

/**
 * The newsroom kit in the built site: link-preview cards on every page, a share page per step, and
 * every image and data file offered for download.
 */

const origin = inject('origin');
const steps = readStory().flatMap((section) => section.steps);
const pages = builtPages(undefined, { forwarding: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The content of a page's `<meta property|name="…">`. */
function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
}

/** A URL the page gives, fetched from the test server (the build may name its production origin). */
async function fetchFromSite(href: string, page: BuiltPage): Promise<Response> {
  const { pathname } = new URL(href.replace(/&amp;/g, '&'), `${origin}${page.path}`);
  return fetch(`${origin}${pathname}`);
}

async function pngSize(response: Response) {
  const png = Buffer.from(await response.arrayBuffer());
  return { type: response.headers.get('content-type'), signature: png.subarray(1, 4).toString(), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('link previews', () => {
  it.each(pages.filter((p) => !p.path.endsWith('404.html')).map((p) => [p.path, p] as const))('%s has an Open Graph and X card whose image is a 1200×630 PNG', async (_, page) => {
    const html = readFileSync(page.file, 'utf8');
    const image = meta(html, 'og:image');
    expect(image, 'og:image').toBeTruthy();
    expect(meta(html, 'twitter:image')).toBe(image);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description']) expect(meta(html, key), key).toMatch(/\S/);
    const response = await fetchFromSite(image!, page);
    expect(response.status).toBe(200);
    expect(await pngSize(response)).toEqual({ type: 'image/png', signature: 'PNG', width: 1200, height: 630 });
  });

  it('oEmbed offers the story card as its thumbnail', async () => {
    const oembed = (await (await fetch(`${origin}/oembed.json`)).json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ thumbnail_width: 1200, thumbnail_height: 630 });
    const response = await fetchFromSite(String(oembed.thumbnail_url), pages[0]!);
    expect(await pngSize(response)).toMatchObject({ type: 'image/png', width: 1200, height: 630 });
  });

  it('copies of the story (embeds, share pages, present mode) and of the lesson (its teacher\'s copy) point at their original in their language and stay out of search engines; the originals do not', () => {
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      // The edition a page belongs to: the longest home its path starts with.
      const { home } = editions.filter((e) => page.path.startsWith(e.home)).sort((a, b) => b.home.length - a.home.length)[0]!;
      const inEdition = page.path.slice(home.length);
      const original = /^(embed|share|present)\//.test(inEdition) ? home : inEdition === 'lesson/teacher/' ? `${home}lesson/` : undefined;
      expect(/<meta name="robots" content="noindex">/.test(html), page.path).toBe(original !== undefined);
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
      if (original && canonical) expect(new URL(canonical).pathname, page.path).toBe(original);
    }
  });
});

describe('share pages', () => {
  it.each(editions)('exist for every step of the story ($locale), each with its own card, leading to the story at that step', ({ home }) => {
    const shared = pages.filter((p) => p.path.startsWith(`${home}share/`));
    expect(shared.map((p) => p.path).sort()).toEqual(steps.map((s) => `${home}share/${s.id}/`).sort());
    for (const step of steps) {
      const html = readFileSync(shared.find((p) => p.path === `${home}share/${step.id}/`)!.file, 'utf8');
      expect(new URL(meta(html, 'og:image')!, origin).pathname).toBe(`${home}images/${step.id}-card.png`);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${home}#${step.id}">`);
      expect(html).toMatch(new RegExp(`<a href="${home}#${step.id}"[ >]`));
    }
  });

  it.each([true, false])('send a reader to the story at that step (JavaScript %s)', async (javaScriptEnabled) => {
    const step = steps[Math.floor(steps.length / 2)]!;
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${origin}/share/${step.id}/`);
    await page.waitForURL(`${origin}/#${step.id}`);
    await page.locator(`[data-step="${step.id}"]`).waitFor();
    if (javaScriptEnabled) await page.locator(`[data-step="${step.id}"][aria-current="step"]`).waitFor();
    await context.close();
  });

  it('"Share this step" copies the link to the step\'s share page', async () => {
    const step = steps[1]!;
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}/#${step.id}`);
    const link = page.locator(`[data-step="${step.id}"] a[data-share-link]`);
    // The page's scripts start after its first paint: until the share links' script has added its status line,
    // a click follows the link to the share page, as it does without JavaScript.
    await page.locator('body > p[aria-live="polite"]').waitFor({ state: 'attached' });
    // Marked as copied only once it has copied.
    expect(await page.locator('a[data-share-link][data-copied]').count()).toBe(0);
    await link.click();
    await page.locator(`[data-step="${step.id}"] a[data-share-link][data-copied]`).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/share/${step.id}/`);
    expect(page.url()).toBe(`${origin}/#${step.id}`);
    await context.close();
  });
});

describe('downloads', () => {
  it.each(pages.filter((p) => p.path === '/' || /^\/embed\/[^/]+\/$/.test(p.path)).map((p) => [p.path, p] as const))(
    'every download link on %s answers 200 with its file',
    async (_, page) => {
      const html = readFileSync(page.file, 'utf8');
      const links = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*\sdownload[\s>]/g)].map((m) => m[1]!);
      expect(links.some((href) => href.endsWith('.png')) && links.some((href) => href.endsWith('.svg'))).toBe(true);
      for (const href of links) {
        const response = await fetchFromSite(href, page);
        expect(response.status, href).toBe(200);
        expect(Number((await response.arrayBuffer()).byteLength), href).toBeGreaterThan(0);
      }
    },
  );

  it('every "About this graphic" offers the images of its view, without JavaScript too', () => {
    for (const page of pages.filter((p) => p.path === '/' || /^\/embed\/[^/]+\/$/.test(p.path))) {
      const html = readFileSync(page.file, 'utf8');
      const abouts = [...html.matchAll(/<details class="about"[^>]*>([\s\S]*?)<\/details>\s*(?=<\/figcaption>|<details class="about"|<\/section>)/g)].map((m) => m[1]!);
      expect(abouts.length, page.path).toBeGreaterThan(0);
      for (const about of abouts) {
        const images = [...about.matchAll(/<a href="([^"]+)" download/g)].map((m) => m[1]!).filter((href) => href.includes('/images/'));
        expect(images.some((href) => href.endsWith('.png')) && images.some((href) => href.endsWith('.svg')), page.path).toBe(true);
      }
    }
  });

  it('the image links in "About this graphic" follow the step a figure shows, in a single-graphic embed and in the story', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    const step = steps.filter((s) => s.viz === 'timeline')[1]!;
    const imagesOf = async (about: string) => {
      const hrefs = await page.locator(`${about} a[download][href*="/images/"]`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length, about).toBeGreaterThan(0);
      for (const href of hrefs) expect(new URL(href).pathname, about).toMatch(new RegExp(`^/images/${step.id}-(wide|tall)\\.(png|svg)$`));
    };
    await page.goto(`${origin}/embed/timeline/?step=${step.id}`);
    await page.locator(`figure[data-viz="timeline"][data-viz-step="${step.id}"]`).waitFor();
    await imagesOf('figure[data-viz="timeline"] .about');
    // The story lists the disclosures after its steps; each figure points at its own (aria-details).
    await page.goto(`${origin}/#${step.id}`);
    await page.locator(`figure[data-viz="timeline"][data-viz-step="${step.id}"]`).waitFor();
    await imagesOf(`#${await page.getAttribute('figure[data-viz="timeline"]', 'aria-details')}`);
    await context.close();
  });
});

describe('the image gallery', () => {
  it('lists every step\'s image with its alt text, its downloads and the credit, from the Embed panel', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.locator('#republish a[href="/images/"]').click();
    await page.waitForURL(`${origin}/images/`);
    const items = await page.locator('.gallery__item').evaluateAll((elements) =>
      elements.map((item) => ({
        id: item.id,
        alt: item.querySelector('img')?.getAttribute('alt') ?? '',
        printedAlt: item.querySelector('.gallery__alt')?.textContent ?? '',
        lazy: item.querySelector('img')?.getAttribute('loading'),
        downloads: [...item.querySelectorAll<HTMLAnchorElement>('a[download]')].map((a) => new URL(a.href).pathname),
      })),
    );
    expect(items.map((item) => item.id)).toEqual(steps.map((s) => s.id));
    for (const item of items) {
      const step = steps.find((s) => s.id === item.id)!;
      expect(item.alt.trim(), item.id).not.toBe('');
      expect(item.alt).toBe(step.alt);
      expect(item.printedAlt).toBe(step.alt);
      expect(item.lazy).toBe('lazy');
      expect(item.downloads.sort()).toEqual([`/images/${step.id}-tall.png`, `/images/${step.id}-tall.svg`, `/images/${step.id}-wide.png`, `/images/${step.id}-wide.svg`]);
    }
    expect(await page.locator('.gallery__credit').textContent()).toMatch(/CC BY 4\.0/);
    // Every preview loads once scrolled to (lazily: none is on the story's own page).
    for (const img of await page.locator('.gallery__item img').all()) {
      await img.scrollIntoViewIfNeeded();
      const width = await img.evaluate(
        (el: HTMLImageElement) =>
          new Promise<number>((resolve) => {
            if (el.complete) return resolve(el.naturalWidth);
            el.addEventListener('load', () => resolve(el.naturalWidth), { once: true });
            el.addEventListener('error', () => resolve(0), { once: true });
          }),
      );
      expect(width).toBe(480);
    }
    await context.close();
  });
});
