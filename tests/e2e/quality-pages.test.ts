import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, isolatedContext, pageStarted, requestsSettled, scrollThrough } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { SUBPATH_BUILD } from '../support/site-build.ts';
import { builtPages } from '../support/site-pages.ts';
import { useBrowser } from '../support/use-browser.ts';

/**
 * Every built page, loaded in Chromium and read to the end, as a reader on a newsroom network that blocks
 * everything but the site: nothing is requested from another server, the Content-Security-Policy is never
 * broken, and no script fails. On a phone, the site as CI builds it, served at its root; on a desktop, the copy
 * a newsroom builds to host under a sub-path (SITE_BASE and SITE_URL: tests/support/site-build.ts), which must
 * also load, link to and ask for everything from under that path (anything outside it is a 404 there). Without
 * JavaScript, layout.test.ts's walk checks that no page requests anything from another server. The reader
 * prefers reduced motion: what is requested is the same, and the machine is spared drawing every flight and
 * transition (story.test.ts and map.test.ts walk the story with them, and fail on any uncaught error).
 */

const origin = inject('origin');
const browser = useBrowser({ webgl: true });
const { base: BASE, dir: subpathDist } = SUBPATH_BUILD;
let subpath: StaticServer;

beforeAll(async () => {
  subpath = await serveStatic(subpathDist, { base: BASE });
});
afterAll(() => subpath?.close());

/** Runs in the page: collects CSP violations as the page reports them (the event fires in the page, not in the test). */
function recordViolations() {
  const w = window as unknown as { cspViolations: string[] };
  w.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sourceFile}:${e.lineNumber}`));
}

/**
 * Opens each page in `context` (give it one of its own) and reads it to the end, a screen at a time as a reader
 * goes, so that whatever a page loads as it is read (the map, its data) is requested and has arrived before the
 * page is left. Returns what went wrong, by page: a status other than 200, an uncaught error, a console error,
 * a broken Content-Security-Policy rule, and whatever `check` finds in the page once it is read.
 */
async function readThrough(context: BrowserContext, pages: { path: string; url: string }[], check?: (page: Page, path: string) => Promise<string[]>): Promise<string[]> {
  await context.addInitScript(recordViolations);
  const problems: string[] = [];
  // One tab goes from page to page, as a reader does (a fresh tab for each would cost a renderer each).
  const page = await context.newPage();
  let path = '';
  page.on('pageerror', (error) => problems.push(`${path}: uncaught ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${path}: console error ${message.text()}`);
  });
  for (const next of pages) {
    path = next.path;
    const requests = requestsSettled(page);
    const status = (await page.goto(next.url))?.status();
    if (status !== 200) problems.push(`${path}: status ${status}`);
    await pageStarted(page);
    await scrollThrough(page);
    await requests();
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    problems.push(...violations.map((v) => `${path}: CSP ${v}`));
    if (check) problems.push(...(await check(page, path)));
  }
  await page.close();
  return problems;
}

describe('every built page, read to the end', () => {
  // Reading every page to the end takes a while (the lesson plan alone is dozens of screens on a phone).
  it('on a phone, served at the root: requests nothing from another origin, breaks no CSP rule, throws no error', { timeout: 600_000 }, async () => {
    const pages = builtPages().map(({ path }) => ({ path, url: `${origin}${path}` }));
    expect(pages.length).toBeGreaterThan(0);
    const { context, foreignRequests } = await isolatedContext(browser(), [origin], { viewport: PHONE, reducedMotion: 'reduce' });
    expect(await readThrough(context, pages)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it(`on a desktop, served under ${BASE}: the same, and everything it loads, links to and asks for is under the sub-path`, { timeout: 600_000 }, async () => {
    const pages = builtPages(subpathDist)
      .filter((p) => !p.path.endsWith('404.html'))
      .map(({ path }) => ({ path, url: `${subpath.origin}${BASE}${path.slice(1)}` }));
    expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/embed/']));
    const { context, foreignRequests } = await isolatedContext(browser(), [subpath.origin], { viewport: DESKTOP, reducedMotion: 'reduce' });
    const outside: string[] = [];
    const fonts = new Set<string>();
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== subpath.origin) return;
      if (!url.pathname.startsWith(BASE)) outside.push(url.pathname);
      if (response.status() >= 400) outside.push(`${response.status()} ${url.pathname}`);
      if (/\.woff2?$/.test(url.pathname)) fonts.add(url.pathname);
    });
    const problems = await readThrough(context, pages, async (page, path) => {
      // Links and references inside the site stay under the sub-path too.
      const hrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((a) => a.href));
      return hrefs
        .map((href) => new URL(href))
        .filter((url) => url.origin === subpath.origin && !url.pathname.startsWith(BASE)).map((url) => `${path}: link to ${url.pathname}`);
    });
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(fonts.size).toBeGreaterThan(0);
    await context.close();
  });
});
