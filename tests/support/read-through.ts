import type { BrowserContext, Page } from 'playwright-core';
import { pageStarted, requestsSettled, scrollThrough } from './browser.ts';

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
export async function readThrough(context: BrowserContext, pages: { path: string; url: string }[], check?: (page: Page, path: string) => Promise<string[]>): Promise<string[]> {
  await context.addInitScript(recordViolations);
  const problems: string[] = [];
  for (const { path, url } of pages) {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${path}: uncaught ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${path}: console error ${message.text()}`);
    });
    const requests = requestsSettled(page);
    const status = (await page.goto(url))?.status();
    if (status !== 200) problems.push(`${path}: status ${status}`);
    await pageStarted(page);
    await scrollThrough(page, { stepPx: 1 });
    await requests();
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    problems.push(...violations.map((v) => `${path}: CSP ${v}`));
    if (check) problems.push(...(await check(page, path)));
    await page.close();
  }
  return problems;
}
