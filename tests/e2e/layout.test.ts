import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../src/i18n/locales.ts';
import { isolatedContext, launchBrowser, openStep, pageStarted, stageSteps, twoFrames } from '../support/browser.ts';
import { editions } from '../support/editions.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * Reflow (WCAG 1.4.10) on every built page: a 320 px wide phone, and a 1280 x 800 desktop
 * zoomed to 200 % (640 x 400 CSS px at device scale 2). No sideways scrolling, and nothing cut
 * off: no element reaches past the sides of the window, clips its own text, or hangs below a
 * stuck stage where scrolling can never reveal it. Story pages are checked at every step: at 320 px in
 * every edition; at 200 % zoom in the reference edition, whose markup and styles the others share (their
 * longer words are walked step by step at 320 px, the narrower width, and their pages are checked whole
 * at 200 % zoom too). The story for iframes (/embed/) holds the story's own stage and steps (the same Story
 * component, without the site's chrome): it is checked whole, and its steps are walked on the story's page. Each walk also records requests to other servers: there must be none, with
 * JavaScript or without (this is the no-JavaScript walk's check of it).
 */

const origin = inject('origin');
const pages = builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ webgl: true });
});
afterAll(() => browser?.close());

const otherEditions = editions.filter((edition) => edition.locale !== DEFAULT_LOCALE).map((edition) => edition.home);
const inReferenceEdition = (path: string) => !otherEditions.some((home) => path.startsWith(home));
const storyEmbeds = new Set(editions.map((edition) => `${edition.home}embed/`));

/** A view, and whose stories it walks step by step (the others are checked whole, at their first step). */
const VIEWS: [string, BrowserContextOptions, 'every edition' | 'the reference edition' | undefined][] = [
  ['320 px wide', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 }, 'every edition'],
  ['200% zoom', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, 'the reference edition'],
  // Without JavaScript every figure is in the flow of the page (the steps are not driven).
  ['320 px wide without JavaScript', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, javaScriptEnabled: false }, undefined],
];

/**
 * Runs in the page: what does not fit, described for a failure message. `within` limits the element
 * checks to these parts of the page and what they hold (the page's own sideways scroll is always checked).
 */
function reflowProblems([where, within]: [string, string[]?]): string[] {
  const width = document.documentElement.clientWidth;
  const height = window.innerHeight;
  const problems: string[] = [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}${el.textContent?.trim() ? ` "${el.textContent.trim().replace(/\s+/g, " ").slice(0, 40)}"` : ''}`;
  if (document.documentElement.scrollWidth > width + 1) problems.push(`${where}: the page scrolls sideways (${document.documentElement.scrollWidth} px in ${width} px)`);

  // Whether an element is inside a region the reader can scroll, and the nearest stuck (sticky or fixed) element
  // holding it: known once per ancestor, not walked again for each of its descendants.
  const regions = new Map<Element, { scrolls: boolean; stuck: Element | null }>();
  const regionOf = (el: Element | null): { scrolls: boolean; stuck: Element | null } => {
    if (!el || el === document.body) return { scrolls: false, stuck: null };
    let region = regions.get(el);
    if (!region) {
      const style = getComputedStyle(el);
      const outer = regionOf(el.parentElement);
      region = /auto|scroll/.test(style.overflowX + style.overflowY)
        ? { scrolls: true, stuck: null }
        : { scrolls: outer.scrolls, stuck: /sticky|fixed/.test(style.position) ? el : outer.stuck };
      regions.set(el, region);
    }
    return region;
  };

  const elements = within ? within.flatMap((selector) => [...document.querySelectorAll(selector)].flatMap((root) => [root, ...root.querySelectorAll('*')])) : [...document.body.querySelectorAll('*')];
  for (const el of elements) {
    // Not rendered (e.g. a closed <details>), hidden on purpose (screen-reader text), or inside a region the reader can scroll.
    if (!el.checkVisibility({ visibilityProperty: true }) || el.closest('.visually-hidden, [aria-hidden="true"]')) continue;
    // Marks of an SVG that clips them (the map, a window onto a larger world) show only inside it.
    const svg = el instanceof SVGElement && !(el instanceof SVGSVGElement) ? el.ownerSVGElement : null;
    if (svg && /hidden|clip/.test(getComputedStyle(svg).overflow)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const { scrolls, stuck } = regionOf(el.parentElement);
    if (scrolls) continue;
    const style = getComputedStyle(el);
    // A region may scroll down, but only tables and code may scroll sideways (WCAG 1.4.10's exceptions).
    if (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && !el.querySelector('table, pre') && el.tagName !== 'PRE') {
      problems.push(`${where}: ${name(el)} scrolls sideways (${el.scrollWidth} px in ${el.clientWidth} px)`);
    }

    if (rect.left < -1 || rect.right > width + 1) problems.push(`${where}: ${name(el)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px of ${width}`);
    if (!(el instanceof SVGElement)) {
      const clipsX = /hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const clipsY = /hidden|clip/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      // A map is a window onto a larger world: places outside it are meant to be clipped.
      if ((clipsX || clipsY) && !el.classList.contains('maplibregl-map')) problems.push(`${where}: ${name(el)} cuts off its content (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})`);
      // Text that does not wrap (a long URL, a nowrap line) spills out of its box past the window.
      else if (style.display !== 'inline' && !/auto|scroll/.test(style.overflowX) && rect.left + el.scrollWidth > width + 1) problems.push(`${where}: the content of ${name(el)} runs ${Math.round(rect.left + el.scrollWidth - width)} px past the window`);
    }
    // A stage stuck to the top of the window cannot be scrolled: what hangs below it is never seen.
    if (stuck && Math.abs(stuck.getBoundingClientRect().top - parseFloat(getComputedStyle(stuck).top || '0')) < 1 && rect.bottom > height + 1) {
      problems.push(`${where}: ${name(el)} ends at ${Math.round(rect.bottom)} px, below the ${height} px window, inside a stuck ${name(stuck).split(' ')[0]}`);
    }
  }
  return problems;
}


describe('every built page reflows', () => {
  it('is found by walking the build output', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  for (const [name, options, walked] of VIEWS) {
    const scripts = options.javaScriptEnabled !== false;
    const walksSteps = (path: string) => !storyEmbeds.has(path) && (walked === 'every edition' || (walked === 'the reference edition' && inReferenceEdition(path)));
    it(`at ${name}: no sideways scrolling, nothing cut off${walked ? `, at every step of the stories of ${walked}` : ''}, no request to another server`, { timeout: 600_000 }, async () => {
      // Reduced motion: each step's state is drawn at once, so it is checked as the reader sees it.
      const { context, foreignRequests } = await isolatedContext(browser, [origin], { ...options, reducedMotion: 'reduce' });
      const problems: string[] = [];
      // One tab goes from page to page, as a reader does (a fresh tab for each would cost a renderer each).
      const page = await context.newPage();
      for (const { path } of pages) {
        await page.goto(`${origin}${path}`);
        const steps = scripts ? await stageSteps(page) : [];
        if (scripts) {
          await pageStarted(page);
          // A story is checked whole at its first step (it shows nothing until a step is current); a single graphic
          // once it shows its state (pageStarted), from the frame after it drew it, as a step below.
          if (steps[0]) await showStep(page, steps[0]);
          else await page.evaluate(twoFrames);
        }
        problems.push(...(await page.evaluate(reflowProblems, [path] as [string])));
        for (const step of walksSteps(path) ? steps.slice(1) : []) {
          await showStep(page, step);
          // What changes from step to step: the stage, the current step and the controls (the rest was checked above).
          problems.push(...(await page.evaluate(reflowProblems, [`${path}#${step.id}`, ['[data-stage]', `[data-step="${step.id}"]`, '[data-controls]', '[data-present-controls]']] as [string, string[]])));
        }
      }
      expect([...new Set(problems)]).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }
});

/** Opens a step of the story (a link to it), once its figure shows it, from the frame after it drew it (redrawn if its stage resized meanwhile). */
async function showStep(page: Page, step: { id: string; viz: string }) {
  await openStep(page, step);
  await page.evaluate(twoFrames);
}

/** Runs in the page: how the phone layout shows the current step (boxes in viewport px). */
function phoneView() {
  const box = (el: Element | null) => {
    const r = el!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  };
  const stage = document.querySelector('[data-stage]')!;
  const canvas = document.querySelector<HTMLElement>('figure.is-active .figure__canvas')!;
  const style = getComputedStyle(canvas);
  const c = box(canvas);
  // The clear area: the canvas without the padding that the cards' band takes (src/viz/graphic-size.ts).
  const clear = { top: c.top + parseFloat(style.paddingTop), bottom: c.bottom - parseFloat(style.paddingBottom), left: c.left, right: c.right };
  const current = document.querySelector('[aria-current="step"]');
  return {
    viewport: { width: innerWidth, height: innerHeight },
    stage: box(stage),
    bar: box(document.querySelector('.story__bar')),
    clear,
    card: box(current!.querySelector('.step__card')),
    // What the stage holds besides the graphic: links, disclosures and text about the graphic belong after the story.
    inStage: [...stage.querySelectorAll('a[href], details, summary, .figure__credit, .figure__alt, .figure-data')].map((el) => el.outerHTML.slice(0, 60)),
  };
}

describe('the story on a phone', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 390, height: 664 },
  ]) {
    it(`at ${viewport.width} x ${viewport.height}: the graphic fills the screen above a slim Previous/Next row, and each step's card leaves its subject clear`, async () => {
      const { context } = await isolatedContext(browser, [origin], { viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      const steps = await stageSteps(page);
      await page.evaluate((id) => (location.hash = id), steps[0]!.id);
      const problems: string[] = [];
      for (const [i, step] of steps.entries()) {
        if (i > 0) await page.click('[data-step-next]');
        await page.waitForSelector(`figure[data-viz="${step.viz}"][data-viz-step="${step.id}"]`);
        await page.evaluate(twoFrames);
        const view = await page.evaluate(phoneView);
        if (i === 0) {
          expect(view.inStage, 'the stage holds the graphic alone').toEqual([]);
          // Stuck to the top, the stage and the row under it take the whole screen.
          expect(view.stage.top).toBeCloseTo(0, 0);
          expect(view.bar.bottom).toBeCloseTo(viewport.height, 0);
          expect(view.bar.bottom - view.bar.top).toBeLessThanOrEqual(52);
          expect(view.stage.bottom).toBeCloseTo(view.bar.top, 0);
        }
        const { card, clear } = view;
        const subject = { x: (clear.left + clear.right) / 2, y: (clear.top + clear.bottom) / 2 };
        if (card.top < 0 || card.bottom > view.bar.top) problems.push(`${step.id}: its card (${Math.round(card.top)}–${Math.round(card.bottom)}) is not wholly on screen above the row`);
        if (card.top <= subject.y) problems.push(`${step.id}: its card (from ${Math.round(card.top)}) covers the middle of the clear area (${Math.round(subject.y)})`);
        if (clear.bottom - clear.top < 0.3 * viewport.height) problems.push(`${step.id}: the clear area is ${Math.round(clear.bottom - clear.top)} px tall`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
