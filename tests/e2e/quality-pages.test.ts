import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser.ts';
import { DESKTOP, PHONE, isolatedContext, pageStarted, requestsSettled, scrollThrough } from '../support/browser.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * Every built page, loaded in Chromium and read to the end, as a reader on a newsroom network
 * that blocks everything but the site: nothing is requested from another server, the
 * Content-Security-Policy is never broken, and no script fails. (Without JavaScript, layout.test.ts's walk
 * checks that no page requests anything from another server.)
 */

const origin = inject('origin');
const pages = builtPages();
const browser = useBrowser({ webgl: true });

/** Collects CSP violations as the page reports them (the event fires in the page, not in the test). */
function recordViolations() {
  const w = window as unknown as { cspViolations: string[] };
  w.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sourceFile}:${e.lineNumber}`));
}

describe('every built page', () => {
  it('is found by walking the build output', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    // Reading every page to the end takes a while (the lesson plan alone is dozens of screens on a phone).
    it(`on a ${name}, read to the end, requests nothing from another origin, breaks no CSP rule, throws no error`, { timeout: 600_000 }, async () => {
      const { context, foreignRequests } = await isolatedContext(browser(), [origin], { viewport });
      await context.addInitScript(recordViolations);
      const problems: string[] = [];
      for (const { path } of pages) {
        const page = await context.newPage();
        page.on('pageerror', (error) => problems.push(`${path}: uncaught ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`${path}: console error ${message.text()}`);
        });
        const requests = requestsSettled(page);
        const response = await page.goto(`${origin}${path}`);
        expect(response?.status(), path).toBe(200);
        await pageStarted(page);
        // A screen at a time, as a reader goes: whatever a page loads as it is read (the map, its data) is requested.
        await scrollThrough(page, { stepPx: 1 });
        await requests();
        const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
        problems.push(...violations.map((v) => `${path}: CSP ${v}`));
        await page.close();
      }
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }
});
