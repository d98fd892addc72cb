import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../src/i18n/locales.ts';
import type { Lesson } from '../../src/lesson/schema.ts';
import { axeViolations, describeViolations, THEMES } from '../support/axe.ts';
import { frames, isolatedContext, launchBrowser, pageStarted, stageSteps } from '../support/browser.ts';
import { editions } from '../support/editions.ts';
import { FRAME_MS, motionInFlight, stageShot } from '../support/motion.ts';

/**
 * Present mode (/present/): the story one step per screen for a classroom projector, moved with
 * the keys presentation clickers send; the same contracts as the story.
 */
const origin = inject('origin');
const PROJECTOR = { width: 1280, height: 720 };
let browser: Browser;
let spec: { id: string; viz: string }[];

beforeAll(async () => {
  browser = await launchBrowser({ webgl: true });
  const page = await browser.newPage();
  await page.goto(`${origin}/present/`);
  spec = await stageSteps(page);
  await page.close();
});
afterAll(() => browser?.close());

async function open(path = '/present/', options: Parameters<Browser['newContext']>[0] = {}) {
  const { context, foreignRequests } = await isolatedContext(browser, [origin], { viewport: PROJECTOR, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  return { context, page, foreignRequests };
}

/** Waits until the step is the current one and its graphic shows its state. */
async function shows(page: Page, step: { id: string; viz: string }) {
  await page.waitForSelector(`[data-step="${step.id}"][aria-current="step"]`);
  await page.waitForSelector(`figure[data-viz="${step.viz}"][data-viz-step="${step.id}"]`);
}

/** Runs in the page: the current step, and each end button's state and how it is drawn. */
function controlsState() {
  const button = (selector: string) => {
    const el = document.querySelector<HTMLElement>(selector)!;
    return `${selector} aria-disabled=${el.getAttribute('aria-disabled')} opacity=${getComputedStyle(el).opacity}`;
  };
  return `step ${document.querySelector<HTMLElement>('[data-step][aria-current="step"]')?.dataset.step}, ${button('[data-step-prev]')}, ${button('[data-step-next]')}`;
}

/** Runs in the page: what a projected step shows, and what is covered, cut off or too small. */
function projected() {
  const current = [...document.querySelectorAll<HTMLElement>('[data-step][aria-current="step"]')];
  const step = current[0]!;
  const text = step.querySelector<HTMLElement>('.step__text')!;
  const figure = document.querySelector<HTMLElement>('figure[data-viz].is-active')!;
  const canvas = figure.querySelector<HTMLElement>('.figure__canvas')!;
  const column = step.closest<HTMLElement>('.present__steps')!;
  const problems: string[] = [];
  const inside = (el: Element, name: string) => {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) problems.push(`${name} spans ${[r.left, r.top, r.right, r.bottom].map(Math.round)} outside ${innerWidth}x${innerHeight}`);
    // Sample points across the element: each must hit the element itself (nothing on top of it).
    for (const [fx, fy] of [[0.1, 0.1], [0.5, 0.5], [0.9, 0.9], [0.1, 0.9], [0.9, 0.1]] as const) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      const hit = document.elementFromPoint(x, y);
      if (hit && !el.contains(hit) && !hit.contains(el)) problems.push(`${name} is covered at ${Math.round(x)},${Math.round(y)} by ${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}`);
    }
  };
  inside(text, 'the step text');
  inside(canvas, 'the graphic');
  if (column.scrollHeight > column.clientHeight + 1) problems.push(`the text column needs scrolling (${column.scrollHeight} px in ${column.clientHeight})`);
  const small = [text, ...text.querySelectorAll('*')].filter((el) => el.checkVisibility() && el.textContent!.trim() && parseFloat(getComputedStyle(el).fontSize) < 24);
  if (small.length) problems.push(`text under 24 px: ${getComputedStyle(small[0]!).fontSize} in ${small[0]!.tagName}`);
  const box = canvas.getBoundingClientRect();
  return {
    current: current.map((s) => s.dataset.step),
    counter: document.querySelector('[data-step-counter]')!.textContent,
    announced: document.querySelector('[data-present-announcer]')!.textContent,
    hash: location.hash,
    graphicShare: (box.width * box.height) / (innerWidth * innerHeight),
    graphicWider: box.width > column.getBoundingClientRect().width,
    problems,
  };
}

describe('present mode on a projector (1280 x 720, and 1920 x 1080)', () => {
  it('walks every step with the keys a clicker sends: each current in turn, its graphic following, nothing covered or cut off, text of 24 px or more', { timeout: 600_000 }, async () => {
    const { context, page, foreignRequests } = await open();
    expect(spec.length).toBeGreaterThan(20);
    const nextKeys = ['PageDown', 'ArrowRight', 'ArrowDown', 'Space', 'n'];
    await shows(page, spec[0]!);
    for (const [i, step] of spec.entries()) {
      if (i > 0) await page.keyboard.press(nextKeys[i % nextKeys.length]!);
      await shows(page, step);
      const seen = await page.evaluate(projected);
      expect(seen.current, step.id).toEqual([step.id]);
      expect(seen.problems, step.id).toEqual([]);
      expect(seen.counter, step.id).toMatch(new RegExp(`^Step ${i + 1} of ${spec.length} · \\S`));
      expect(seen.announced, step.id).toMatch(new RegExp(`^Step ${i + 1} of ${spec.length}, `));
      expect(seen.graphicWider, step.id).toBe(true);
      expect(seen.graphicShare, step.id).toBeGreaterThan(0.3);
      if (i > 0) expect(seen.hash).toBe(`#${step.id}`);
    }
    // At the end, Next does nothing; the keys that go back and jump do.
    await page.keyboard.press('PageDown');
    expect((await page.evaluate(projected)).current).toEqual([spec.at(-1)!.id]);
    const back: [string, number][] = [['PageUp', -2], ['ArrowLeft', -3], ['ArrowUp', -4], ['p', -5], ['Shift+Space', -6]];
    for (const [key, at] of back) {
      await page.keyboard.press(key);
      await shows(page, spec.at(at)!);
    }
    await page.keyboard.press('Home');
    await shows(page, spec[0]!);
    await page.keyboard.press('End');
    await shows(page, spec.at(-1)!);
    // Keys with a modifier are the browser's.
    await page.keyboard.press('Control+ArrowLeft');
    await page.keyboard.press('Alt+ArrowLeft');
    expect((await page.evaluate(projected)).current).toEqual([spec.at(-1)!.id]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('is as readable on a 1920 x 1080 projector: every step, nothing covered or cut off, text of 24 px or more', { timeout: 600_000 }, async () => {
    const { context, page } = await open('/present/', { viewport: { width: 1920, height: 1080 } });
    await shows(page, spec[0]!);
    for (const [i, step] of spec.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await shows(page, step);
      const seen = await page.evaluate(projected);
      expect(seen.problems, step.id).toEqual([]);
      expect(seen.graphicShare, step.id).toBeGreaterThan(0.3);
    }
    await context.close();
  });

  it('opens the step of a deep link, and follows the address', async () => {
    for (const step of [spec[Math.floor(spec.length / 2)]!, spec.at(-1)!]) {
      const { context, page } = await open(`/present/#${step.id}`);
      await shows(page, step);
      expect((await page.evaluate(projected)).problems).toEqual([]);
      await page.evaluate((id) => (location.hash = id), spec[1]!.id);
      await shows(page, spec[1]!);
      await context.close();
    }
  });

  it('moves with the on-screen buttons, keeping focus on them, and blanks the screen with B or "."', async () => {
    const { context, page } = await open(`/present/#${spec.at(-2)!.id}`);
    await shows(page, spec.at(-2)!);
    await page.click('[data-step-next]');
    await shows(page, spec.at(-1)!);
    // At the last step Next stays focusable (aria-disabled) and does nothing.
    expect(await page.getAttribute('[data-step-next]', 'aria-disabled')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement!.matches('[data-step-next]'))).toBe(true);
    expect((await page.evaluate(projected)).current).toEqual([spec.at(-1)!.id]);
    await page.focus('[data-step-prev]');
    await page.keyboard.press('Space');
    await shows(page, spec.at(-2)!);
    expect(await page.evaluate(() => document.activeElement!.matches('[data-step-prev]'))).toBe(true);

    const blankCovers = () => page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)!.matches('[data-blank]'));
    await page.keyboard.press('b');
    expect(await blankCovers()).toBe(true);
    expect(await page.textContent('[data-present-announcer]')).toMatch(/blanked/);
    await page.keyboard.press('.');
    expect(await blankCovers()).toBe(false);
    await page.keyboard.press('.');
    await page.keyboard.press('ArrowRight');
    await shows(page, spec.at(-1)!);
    expect(await blankCovers()).toBe(false);
    await context.close();
  });

  it('asks for full screen with F (and F5, a laser pointer’s start button, which must not reload the page)', async () => {
    const { context, page } = await open();
    await shows(page, spec[0]!);
    await page.keyboard.press('ArrowRight');
    await shows(page, spec[1]!);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    // The button follows fullscreenchange, which fires after fullscreenElement is set.
    await page.waitForSelector('[data-fullscreen][aria-pressed="true"]', { state: 'attached' });
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.waitForSelector('[data-fullscreen][aria-pressed="false"]', { state: 'attached' });
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.keyboard.press('F5');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await shows(page, spec[1]!);
    await context.close();
  });

  it('gives the teacher speaker notes (?notes) that follow the projector in another window', async () => {
    const { context, page } = await open();
    await shows(page, spec[0]!);
    const notes = await context.newPage();
    await notes.goto(`${origin}/present/?notes`);
    await shows(notes, spec[0]!);
    // Find a step with editor's notes; the speaker notes show them, its terms and its section's questions.
    const withNote = await page.evaluate(() => document.querySelector('.note')!.closest<HTMLElement>('[data-step]')!.dataset.step!);
    const target = spec.find((s) => s.id === withNote)!;
    await page.evaluate((id) => (location.hash = id), withNote);
    await shows(page, target);
    await shows(notes, target);
    const shown = await notes.evaluate(() => {
      const visible = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility()).map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
      return { notes: visible('.note__body'), questions: visible('.speaker-notes--section li'), terms: visible('.speaker-notes__term') };
    });
    expect(shown.notes.length).toBeGreaterThan(0);
    expect(shown.notes[0]).toMatch(/^Editor’s note:/);
    expect(shown.questions.length).toBeGreaterThanOrEqual(2);
    // The projector keeps its notes off the screen.
    expect(await page.evaluate(() => [...document.querySelectorAll('.note, .speaker-notes')].some((el) => el.checkVisibility()))).toBe(false);
    // And the projector follows the notes window too.
    await notes.keyboard.press('ArrowRight');
    const next = spec[spec.findIndex((s) => s.id === withNote) + 1]!;
    await shows(notes, next);
    await shows(page, next);
    await context.close();
  });

  it('shows the SVG map without WebGL, as the story does', async () => {
    const noWebgl = await launchBrowser();
    const { context } = await isolatedContext(noWebgl, [origin], { viewport: PROJECTOR, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const mapStep = spec.filter((s) => s.viz === 'map').at(-1)!;
    await page.goto(`${origin}/present/#${mapStep.id}`);
    await shows(page, mapStep);
    expect(await page.getAttribute('figure[data-viz="map"]', 'data-map-engine')).toBe('svg');
    expect(await page.locator('figure[data-viz="map"] .figure__canvas > svg [data-key^="label:"]').count()).toBeGreaterThan(0);
    await context.close();
    await noWebgl.close();
  });
});

describe('present mode in motion', () => {
  /** Two steps in a row that show the same chart (not the map, which MapLibre moves): what animates. */
  const samePair = () => spec.findIndex((step, i) => i > 0 && step.viz !== 'map' && spec[i - 1]!.viz === step.viz);

  it('animates a chart between two of its steps', async () => {
    const { context, page } = await open('/present/', { reducedMotion: 'no-preference' });
    const at = samePair();
    expect(at).toBeGreaterThan(0);
    await page.evaluate((id) => (location.hash = id), spec[at - 1]!.id);
    await shows(page, spec[at - 1]!);
    // Watch every frame from before the key press, so a transition of any length is seen.
    await page.evaluate(`(() => {
      const inFlight = ${motionInFlight.toString()};
      window.sawMotion = [];
      const watch = () => {
        window.sawMotion.push(...inFlight(${FRAME_MS}));
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    })()`);
    await page.keyboard.press('ArrowRight');
    await shows(page, spec[at]!);
    await page.evaluate(frames, 5);
    expect((await page.evaluate(() => (window as unknown as { sawMotion: string[] }).sawMotion)).length).toBeGreaterThan(0);
    await context.close();
  });

  it('with reduced motion, each step jumps: its graphic is still once it shows the step', { timeout: 600_000 }, async () => {
    const { context, page } = await open();
    await shows(page, spec[0]!);
    const problems: string[] = [];
    for (const step of spec.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await shows(page, step);
      // The map shows as SVG until MapLibre has drawn the step, then hands over: a swap, not motion.
      if (step.viz === 'map') await page.waitForSelector('figure[data-viz="map"][data-map-engine="maplibre"]', { timeout: 30_000 });
      problems.push(...(await page.evaluate(motionInFlight, FRAME_MS)).map((m) => `${step.id}: ${m}`));
      const first = await stageShot(page, step.viz);
      await page.evaluate(frames, 15);
      if (!first.equals(await stageShot(page, step.viz))) problems.push(`${step.id}: the ${step.viz} graphic was still moving after it reported the step`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('present mode without JavaScript', () => {
  it('is a plain list of every step, with its text and its graphic as a still', async () => {
    const { context, page } = await open('/present/', { javaScriptEnabled: false });
    const steps = await page.locator('[data-step]').evaluateAll((els) =>
      els.map((el) => {
        const svg = el.querySelector('.still svg');
        const box = svg?.getBoundingClientRect();
        return {
          id: (el as HTMLElement).dataset.step,
          text: el.querySelector('.step__text')!.checkVisibility() && el.querySelector('.step__text')!.textContent!.trim().length > 0,
          still: !!svg && svg.checkVisibility() && box!.width > 200 && box!.height > 100 && svg.querySelectorAll('[data-key]').length > 5,
          described: !!svg?.querySelector('title') && !!svg.querySelector('desc')!.textContent!.trim(),
          // Drawn in the visual's own colours (a map without its palette would be black).
          coloured: !svg?.querySelector('.map-sea') || getComputedStyle(svg.querySelector('.map-sea')!).fill !== 'rgb(0, 0, 0)',
        };
      }),
    );
    expect(steps.map((s) => s.id)).toEqual(spec.map((s) => s.id));
    for (const step of steps) expect(step, step.id).toMatchObject({ text: true, still: true, described: true, coloured: true });
    // Nothing is driven: no controls, and no live stage.
    expect(await page.locator('[data-present-controls]').isVisible()).toBe(false);
    expect(await page.locator('[data-stage]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('present mode in the other languages', () => {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const { locale, home, t } of editions.filter((e) => e.locale !== DEFAULT_LOCALE)) {
    it(`(${locale}) says its language, links its other editions, and opens a deep link with its counter, links and speaker notes in its language`, async () => {
      const at = Math.floor(spec.length / 2);
      const { context, page } = await open(`${home}present/#${spec[at]!.id}`);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      const alternates = await page.locator('link[rel="alternate"][hreflang]:not([hreflang="x-default"])').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      expect(alternates).toEqual(editions.map((e) => [e.locale, `${e.home}present/`]));
      await shows(page, spec[at]!);
      const counter = escape(t.present.counter).replace('\\{step\\}', String(at + 1)).replace('\\{steps\\}', String(spec.length)).replace('\\{section\\}', '\\S.*');
      expect(await page.textContent('[data-step-counter]')).toMatch(new RegExp(`^${counter}$`));
      // The links follow the step (its fragment), within this language's edition.
      const address = async (selector: string) => {
        const url = new URL((await page.getAttribute(selector, 'href'))!, origin);
        return `${url.pathname}${url.search}`;
      };
      expect(await address('[data-notes-link]')).toBe(`${home}present/?notes`);
      expect(await address('[data-story-link]')).toBe(home);

      // The speaker notes give the step's editor's notes and its section's questions, from the lesson in this language.
      const lesson = JSON.parse(readFileSync(`src/content/lesson/${locale}.json`, 'utf8')) as Lesson;
      const notes = await context.newPage();
      await notes.goto(`${origin}${home}present/?notes`);
      const withNote = await notes.evaluate(() => document.querySelector('.note')!.closest<HTMLElement>('[data-step]')!.dataset.step!);
      await notes.evaluate((id) => (location.hash = id), withNote);
      const target = spec.find((s) => s.id === withNote)!;
      await shows(notes, target);
      await shows(page, target);
      const shown = await notes.evaluate(() => {
        const visible = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility()).map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
        return { notes: visible('.note__body'), questions: visible('.speaker-notes--section li'), section: document.querySelector(`[data-step="${location.hash.slice(1)}"]`)!.closest('section')!.id };
      });
      expect(shown.notes[0]).toMatch(new RegExp(`^${escape(t.common.editorsNote)}`));
      const questions = lesson.discussion.find((d) => d.section === shown.section)!.questions.map((q) => q.text);
      expect(shown.questions).toEqual(questions);
      await context.close();
    });
  }
});

describe('present mode accessibility', () => {
  // The cards and graphics are the story's own, checked at every step by a11y-story-*.test.ts: here present
  // mode's layout and controls, at the first step of each graphic, every theme in English and one in the
  // other languages, whose pages share its styles (each page is checked in both themes by a11y-pages.test.ts).
  for (const { locale, home } of editions)
  for (const theme of locale === DEFAULT_LOCALE ? THEMES : (['light'] as const)) {
    it(`(${locale}) has no axe violations at the first step of each graphic in the ${theme} theme`, async () => {
      const { context, page } = await open(`${home}present/`, { colorScheme: theme, bypassCSP: true });
      await pageStarted(page);
      const found: string[] = [];
      const firstOfEachGraphic = spec.filter((step, i) => spec.findIndex((other) => other.viz === step.viz) === i);
      for (const step of firstOfEachGraphic) {
        await page.evaluate((id) => (location.hash = id), step.id);
        await shows(page, step);
        // Axe reads the controls as drawn: their look (a dimmed end button) must be the one of this step.
        await page.evaluate(frames, 2);
        const violations = describeViolations(`#${step.id} (${theme})`, await axeViolations(page, ['[data-stage]', `[data-step="${step.id}"]`, '[data-present-controls]']));
        if (violations.length) violations.push(`  just after axe ran: ${await page.evaluate(controlsState)}`);
        found.push(...violations);
      }
      found.push(...describeViolations(`whole page (${theme})`, await axeViolations(page)));
      expect(found).toEqual([]);
      await context.close();
    });
  }
});
