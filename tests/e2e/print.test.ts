import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, isolatedContext, launchBrowser, openStep, pageStarted, stageSteps } from '../support/browser.ts';
import { editions, type Edition } from '../support/editions.ts';

const origin = inject('origin');
let browser: Browser;
let storySteps: { id: string; viz: string }[];

beforeAll(async () => {
  // With WebGL, so a MapLibre map draws its canvas on screen, which print must then hide.
  browser = await launchBrowser({ webgl: true });
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  storySteps = await stageSteps(page);
  await page.close();
});
afterAll(() => browser?.close());

/** What a printed page shows, measured in Chromium with print media emulated. */
async function printed(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
    const all = [...document.querySelectorAll('body *')];
    return {
      figures: [...document.querySelectorAll<HTMLElement>('figure[data-viz]')].map((figure) => {
        const svg = figure.querySelector('.figure__canvas > svg');
        const box = svg?.getBoundingClientRect();
        // Its source: in the figure (a single graphic), or in the disclosure it points to (the story lists them after its steps).
        const credit = (document.getElementById(figure.getAttribute('aria-details') ?? '') ?? figure).querySelector('.figure__credit');
        return {
          viz: figure.dataset.viz!,
          step: figure.dataset.vizStep,
          shown: shown(figure),
          svgShown: !!svg && shown(svg),
          svgSize: box ? [Math.round(box.width), Math.round(box.height)] : [0, 0],
          marks: svg?.querySelectorAll('[data-key]').length ?? 0,
          // Marks present but not drawn (a live map hides the SVG's marks under its canvas).
          hiddenMarks: svg ? [...svg.querySelectorAll('[data-key]')].filter((m) => !m.checkVisibility({ visibilityProperty: true, opacityProperty: true })).map((m) => m.getAttribute('data-key')) : [],
          credit: credit && shown(credit) ? credit.textContent!.trim() : '',
          top: figure.getBoundingClientRect().top,
        };
      }),
      canvases: [...document.querySelectorAll('canvas')].filter(shown).length,
      controls: [...document.querySelectorAll('button:not(.term__button), nav, [data-progress]')].filter(shown).map(describe),
      pinned: all.filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position) && shown(el)).map(describe),
      url: [...document.querySelectorAll('.print-url')].filter(shown).map((el) => el.textContent!.replace(/\s+/g, ' ').trim()),
      hiddenSteps: [...document.querySelectorAll<HTMLElement>('[data-step]')].filter((el) => !shown(el)).map((el) => el.dataset.step),
      lastStepBottom: Math.max(...[...document.querySelectorAll('[data-step]')].map((el) => el.getBoundingClientRect().bottom)),
    };
  });
}

type Printed = Awaited<ReturnType<typeof printed>>;

/** The handout rules every printed page keeps, in the words of the page's edition. */
function expectCleanHandout(result: Printed, pageUrl: string, { t }: Edition = editions[0]!) {
  for (const figure of result.figures) {
    expect(figure.shown, figure.viz).toBe(true);
    expect(figure.svgShown, figure.viz).toBe(true);
    expect(figure.svgSize[0], figure.viz).toBeGreaterThan(300);
    expect(figure.svgSize[1], figure.viz).toBeGreaterThan(150);
    expect(figure.marks, figure.viz).toBeGreaterThan(5);
    expect(figure.hiddenMarks, figure.viz).toEqual([]);
    expect(figure.credit.startsWith(`${t.figure.source} `) && figure.credit.length > t.figure.source.length + 1, `${figure.viz}: ${figure.credit}`).toBe(true);
  }
  expect(result.canvases).toBe(0);
  expect(result.controls).toEqual([]);
  expect(result.pinned).toEqual([]);
  expect(result.url).toHaveLength(1);
  expect(result.url[0]).toContain(`${t.print.from} ${pageUrl}`);
}

/** Opens `path` on a desktop, in a context of its own (close it when done), once it is as a reader sees it. */
async function openPage(path: string) {
  const { context, foreignRequests } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  await pageStarted(page);
  return { context, page, foreignRequests };
}

describe('printing', () => {
  it.each(editions)('the story ($locale) gives every step, then every figure once as its SVG with its source, and the page address', async (edition) => {
    const { home } = edition;
    const { context, page, foreignRequests } = await openPage(home);
    // The live map draws its canvas (which print must hide), and the graphics move on from their first state.
    await openStep(page, storySteps.find((s) => s.viz === 'map')!);
    await page.waitForSelector('figure[data-viz="map"][data-map-engine="maplibre"] canvas');
    await openStep(page, storySteps.at(-1)!);
    const result = await printed(page);
    expectCleanHandout(result, page.url(), edition);
    expect(result.hiddenSteps).toEqual([]);
    expect(result.figures.map((f) => f.viz).sort()).toEqual([...new Set(storySteps.map((s) => s.viz))].sort());
    for (const figure of result.figures) expect(figure.top, figure.viz).toBeGreaterThan(result.lastStepBottom);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('prints dark text on white paper when the reader uses a dark theme', async () => {
    const { context, page } = await openPage('/');
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    const ink = () => page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.step__text p')!).color]);
    const [screenBackground] = await ink();
    expect(screenBackground).not.toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const [paper, text] = await ink();
    expect(paper).toBe('rgb(255, 255, 255)');
    const [r, g, b] = text!.match(/\d+/g)!.map(Number);
    expect(Math.max(r!, g!, b!)).toBeLessThan(80);
    await context.close();
  });

  for (const [path, edition] of [['/lesson/', editions[0]!] as const, ...editions.flatMap((e) => [[`${e.home}glossary/`, e], [`${e.home}embed/`, e]] as const)]) {
    it(`${path} prints without navigation or controls, with its address`, async () => {
      const { context, page, foreignRequests } = await openPage(path);
      const result = await printed(page);
      expectCleanHandout(result, page.url(), edition);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }

  it('one graphic prints at the step a teacher chose on its single-graphic page', async () => {
    for (const viz of new Set(storySteps.map((s) => s.viz))) {
      const chosen = storySteps.filter((s) => s.viz === viz).at(-1)!;
      const { context, page, foreignRequests } = await openPage(`/embed/${viz}/?step=${chosen.id}`);
      await expect.poll(() => page.getAttribute('figure[data-viz]', 'data-viz-step'), { message: viz, timeout: 20_000 }).toBe(chosen.id);
      const result = await printed(page);
      expectCleanHandout(result, page.url());
      expect(result.figures.map((f) => [f.viz, f.step])).toEqual([[viz, chosen.id]]);
      expect(result.url[0]).toContain(`?step=${chosen.id}`);
      expect(foreignRequests).toEqual([]);
      await context.close();
    }
  });
});
