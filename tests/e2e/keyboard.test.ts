import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, SCREENS, isolatedContext, launchBrowser, pageStarted } from '../support/browser.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * A keyboard-only reader walks the story with Tab: the skip link first, then forward through
 * the document reaching the section links, the Previous/Next controls and every link and
 * button in the steps; each stop shows a visible focus indicator, on screen and not covered.
 * The embed panel (#republish) likewise, and its Copy buttons work from the keyboard.
 */

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ webgl: true });
});
afterAll(() => browser?.close());

interface Focused {
  /** The element's data-kbd tag (see tagElements), if it has one. */
  tag?: string;
  /** Nothing is focused: focus fell back to the page itself. */
  lost: boolean;
  /** It comes after the previous stop in document order. */
  forward: boolean;
  label: string;
  /** What is wrong with how the focus shows. */
  problems: string[];
}

/**
 * Runs in the page, after a key press: the focused element, and whether its focus indicator can be seen, once the
 * page has reacted (styles that follow focus, scrolling it into view) and drawn it.
 */
async function describeFocus(): Promise<Focused> {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const w = window as unknown as { lastFocused?: Element };
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return { lost: true, forward: true, label: 'the page itself', problems: [] };
  const forward = !w.lastFocused || !!(w.lastFocused.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  w.lastFocused = el;
  const problems: string[] = [];
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  if (!ring) problems.push('no focus outline or shadow');
  const rect = el.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) problems.push(`off screen at ${Math.round(x)},${Math.round(y)}`);
  else {
    const top = document.elementFromPoint(x, y);
    if (top && !el.contains(top) && !top.contains(el)) problems.push(`covered by ${top.tagName.toLowerCase()}.${top.getAttribute('class') ?? ''}`);
  }
  const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return { tag: el.dataset.kbd, lost: false, forward, label: `${el.tagName.toLowerCase()} "${text}"`, problems };
}

/** Runs in the page: tags the shown elements of each group with data-kbd, returning the tags per group. */
function tagElements(groups: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(groups).map(([what, selector]) => [
      what,
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .map((el, i) => (el.dataset.kbd ??= `${what} ${i + 1}`)),
    ]),
  );
}

/** Presses Tab until focus comes round to the first stop again, recording each stop. */
async function tabWalk(page: Page, limit = 400): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(describeFocus);
    if (stops.length && focused.label === stops[0]!.label && focused.tag === stops[0]!.tag) break;
    stops.push(focused);
  }
  // Past the last element focus leaves the page (for the browser's own controls) before coming round.
  while (stops.at(-1)?.lost) stops.pop();
  return stops;
}

/** Focus problems along a walk: invisible or hidden focus, focus dropped on the page, focus going backwards. */
function walkProblems(stops: Focused[]): string[] {
  return stops.flatMap((s, i) => {
    const before = stops[i - 1];
    if (s.lost) return [`focus lost (on the page itself) after ${before?.label}`];
    return [...s.problems.map((p) => `${s.label}: ${p}`), ...(s.forward ? [] : [`${s.label} comes after ${before?.label}, earlier in the page`])];
  });
}

for (const [name, viewport] of SCREENS) {
  describe(`the story by keyboard on a ${name}`, () => {
    it('reaches the skip link, the section links, the Next control and every link in the steps, in order, each visibly focused', async () => {
      const { context } = await isolatedContext(browser, [origin], { viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await pageStarted(page);
      const groups = {
        'the skip link': '.skip-link',
        'the section links': 'nav.toc a[href]',
        'the Next control': '[data-step-next]',
        'the links and buttons in the steps': '[data-step] a[href], [data-step] button',
      };
      const required = (await page.evaluate(tagElements, groups)) as Record<keyof typeof groups, string[]>;
      expect(required['the section links'].length).toBeGreaterThan(0);
      expect(required['the links and buttons in the steps'].length).toBeGreaterThan(0);

      const stops = await tabWalk(page);
      expect(stops[0]?.tag).toBe(required['the skip link'][0]);
      const reached = new Set(stops.map((s) => s.tag));
      for (const [what, tags] of Object.entries(required)) expect(tags.filter((t) => !reached.has(t)), `${what} not reached`).toEqual([]);
      expect(walkProblems(stops)).toEqual([]);
      await context.close();
    });

    it('moves to the next step with Space on Next and back with Enter on Previous', async () => {
      const { context } = await isolatedContext(browser, [origin], { viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      const steps = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset.step!));
      await page.evaluate((id) => (location.hash = id), steps[1]!);
      await expect.poll(() => page.getAttribute('[aria-current="step"]', 'data-step')).toBe(steps[1]);
      await page.focus('[data-step-next]');
      await page.keyboard.press('Space');
      await expect.poll(() => page.getAttribute('[aria-current="step"]', 'data-step')).toBe(steps[2]);
      await page.focus('[data-step-prev]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getAttribute('[aria-current="step"]', 'data-step')).toBe(steps[1]);
      await context.close();
    });
  });
}

describe('the embed panel by keyboard', () => {
  it('reaches every link, code block and Copy button in order, visibly focused, and Enter copies the code', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP, reducedMotion: 'reduce' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    let panels = 0;
    const page = await context.newPage();
    // The pages with an embed panel, as built (its markup is in the HTML).
    for (const { path } of builtPages().filter(({ file }) => readFileSync(file, 'utf8').includes('id="republish"'))) {
      await page.goto(`${origin}${path}`);
      await pageStarted(page);
      panels++;
      const { panel } = (await page.evaluate(tagElements, {
        panel: '#republish a[href], #republish button, #republish [tabindex="0"], #republish input, #republish select',
      })) as { panel: string[] };
      expect(panel.length, path).toBeGreaterThan(0);
      // Start just before the panel, as a reader tabbing down the page arrives at it.
      await page.evaluate(() => {
        const heading = document.querySelector<HTMLElement>('#republish h2')!;
        heading.tabIndex = -1;
        heading.focus();
      });
      const stops: Focused[] = [];
      for (let i = 0; i < panel.length; i++) {
        await page.keyboard.press('Tab');
        stops.push(await page.evaluate(describeFocus));
      }
      expect(stops.map((s) => s.tag), path).toEqual(panel);
      expect(walkProblems(stops), path).toEqual([]);

      const copy = page.locator('#republish button[data-copy]').first();
      await copy.focus();
      await page.keyboard.press('Enter');
      const code = await page.evaluate((id) => document.getElementById(id!)!.textContent, await copy.getAttribute('data-copy'));
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: path }).toBe(code);
    }
    expect(panels, 'pages with an embed panel').toBeGreaterThan(0);
    await context.close();
  });
});
