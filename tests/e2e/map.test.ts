import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, SCREENS, frames, isolatedContext, scrollThrough, stageSteps } from '../support/browser.ts';
import { useBrowser } from '../support/use-browser.ts';

/**
 * The map in real Chromium, with WebGL (SwiftShader: MapLibre draws it) and without (MapLibre
 * cannot start and the SVG map drawn with d3-geo stays). In both it must follow the story's steps.
 */

const origin = inject('origin');
const MAP = 'figure[data-viz="map"]';

async function mapSteps(page: Page): Promise<string[]> {
  const steps = await stageSteps(page);
  return steps.filter((s) => s.viz === 'map').map((s) => s.id);
}

/** The map figure's data-viz-step values as they change, in order. */
async function recordMapSteps(page: Page) {
  await page.evaluate((selector) => {
    const figure = document.querySelector<HTMLElement>(selector)!;
    const w = window as unknown as { mapSeen: string[] };
    w.mapSeen = [];
    new MutationObserver(() => {
      if (figure.dataset.vizStep && w.mapSeen.at(-1) !== figure.dataset.vizStep) w.mapSeen.push(figure.dataset.vizStep);
    }).observe(figure, { attributes: true, attributeFilter: ['data-viz-step'] });
  }, MAP);
}

async function showStep(page: Page, id: string) {
  await page.evaluate((step) => document.querySelector(`[data-step="${step}"]`)!.scrollIntoView({ block: 'center' }), id);
  await expect.poll(() => page.getAttribute(MAP, 'data-viz-step'), { timeout: 15_000 }).toBe(id);
}

/**
 * Starts counting the different values `attribute` takes on an element matching `selector` (inside
 * the map figure). A jump gives the end value (perhaps after the start value); a flight adds values
 * in between, as many as the machine draws frames.
 */
async function countValues(page: Page, selector: string, attribute: string): Promise<() => Promise<number>> {
  await page.evaluate(
    ([root, sel, attr]) => {
      const w = window as unknown as { seenValues: Set<string> };
      w.seenValues = new Set();
      new MutationObserver((records) => {
        for (const r of records) if ((r.target as Element).matches(sel!)) w.seenValues.add((r.target as Element).getAttribute(attr!) ?? '');
      }).observe(document.querySelector(root!)!, { subtree: true, attributes: true, attributeFilter: [attr!] });
    },
    [MAP, selector, attribute],
  );
  return () => page.evaluate(() => (window as unknown as { seenValues: Set<string> }).seenValues.size);
}

/**
 * Between two neighbouring map steps (peacekeepers, turkey-support), `attribute` of the element
 * matching `selector` takes values in between when the map flies, and none when the reader
 * prefers reduced motion and it jumps.
 */
async function expectFlightOrJump(browser: Browser, engine: 'maplibre' | 'svg', selector: string, attribute: string) {
  for (const motion of ['no-preference', 'reduce'] as const) {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP, reducedMotion: motion });
    const page = await context.newPage();
    await page.goto(`${origin}/#peacekeepers`);
    await showStep(page, 'peacekeepers');
    await expect.poll(() => page.getAttribute(MAP, 'data-map-engine'), { timeout: 30_000 }).toBe(engine);
    if (engine === 'svg') await expect.poll(() => page.getAttribute(MAP, 'data-map-fallback-reason'), { timeout: 30_000 }).not.toBeNull();
    const values = await countValues(page, selector, attribute);
    await showStep(page, 'turkey-support');
    if (motion === 'reduce') {
      // Drawn at its end state when it reports the step, and still over the next frames.
      await page.evaluate(frames, 30);
      expect(await values(), motion).toBeLessThanOrEqual(2);
    } else await expect.poll(values, { message: motion, timeout: 10_000 }).toBeGreaterThan(2);
    await context.close();
  }
}

/** The story opened at a step on a desktop, without motion, collecting uncaught errors. */
async function storyAt(browser: Browser, step: string) {
  const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/#${step}`);
  return { context, page, errors };
}

/** Distinct colours in a screenshot of the map area: a blank WebGL canvas has one or two. */
async function distinctColours(page: Page): Promise<number> {
  const png = await page.locator(`${MAP} .map-gl`).screenshot();
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += info.channels * 7) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return colours.size;
}

describe('the map with WebGL (MapLibre)', () => {
  const browser = useBrowser({ webgl: true });

  it('starts MapLibre with its worker from the site itself and draws the map', async () => {
    const { context, foreignRequests } = await isolatedContext(browser(), [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const responses: { url: string; status: number }[] = [];
    page.on('response', (response) => responses.push({ url: response.url(), status: response.status() }));
    await page.goto(`${origin}/#offensive`);
    await expect.poll(() => page.getAttribute(MAP, 'data-map-engine'), { timeout: 30_000 }).toBe('maplibre');

    const worker = responses.find((r) => /maplibre-gl-worker[^/]*\.js$/.test(r.url));
    expect(worker?.status).toBe(200);
    expect(new URL(worker!.url).origin).toBe(origin);
    expect(workers.some((url) => url === worker!.url)).toBe(true);
    expect(responses.find((r) => r.url.endsWith('/geo/map.topo.json'))?.status).toBe(200);
    // Not blank: the land, sea and shaded areas come out as many colours.
    await expect.poll(() => distinctColours(page), { timeout: 15_000 }).toBeGreaterThan(8);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  for (const [name, viewport] of SCREENS) {
    it(`follows every map step on a ${name}, names the step's places and requests nothing from elsewhere`, async () => {
      const { context, foreignRequests } = await isolatedContext(browser(), [origin], { viewport });
      const page = await context.newPage();
      // Flying between every map step, as a reader without reduced motion sees it: nothing may throw.
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/`);
      const expected = await mapSteps(page);
      expect(expected.length).toBeGreaterThanOrEqual(4);
      await recordMapSteps(page);
      await showStep(page, expected[0]!);
      await expect.poll(() => page.getAttribute(MAP, 'data-map-engine'), { timeout: 30_000 }).toBe('maplibre');
      // From map step to map step, each flight under way before the next: story.test scrolls through the whole
      // story, and quality-pages.test reads it to the end with the live map.
      for (const id of expected.slice(1)) await showStep(page, id);
      expect(await page.evaluate(() => (window as unknown as { mapSeen: string[] }).mapSeen)).toEqual(expected);
      expect(await page.getAttribute(MAP, 'data-map-engine')).toBe('maplibre');

      // The blockade step names the corridor's towns on the WebGL map; once the camera has
      // arrived they stand inside the map's frame.
      await showStep(page, 'blockade');
      const frame = (await page.locator(`${MAP} .map-gl`).boundingBox())!;
      for (const name of ['Lachin / Berdzor', 'Stepanakert / Khankendi', 'Goris']) {
        const dot = page.locator(`${MAP} .map-marker`, { has: page.locator('.map-marker__text', { hasText: name }) }).locator('.map-marker__dot');
        await expect.poll(() => dot.count()).toBe(1);
        const inFrame = async () => {
          const { x, y } = (await dot.boundingBox())!;
          return x > frame.x && x < frame.x + frame.width && y > frame.y && y < frame.y + frame.height;
        };
        await expect.poll(inFrame, { message: name, timeout: 5000 }).toBe(true);
      }
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }

  it('never takes the page scroll or touch; "Explore the map" hands gestures to the map and back', async () => {
    const { context } = await isolatedContext(browser(), [origin], { viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${origin}/#peacekeepers`);
    await expect.poll(() => page.getAttribute(MAP, 'data-map-engine'), { timeout: 30_000 }).toBe('maplibre');
    const container = page.locator(`${MAP} .maplibregl-canvas-container`);
    const touchAction = () => container.evaluate((el) => getComputedStyle(el).touchAction);
    expect(await container.getAttribute('class')).not.toMatch(/touch-drag-pan|touch-zoom-rotate/);
    expect(await touchAction()).toBe('auto');

    // A wheel over the map scrolls the page, not the map.
    const box = (await page.locator(`${MAP} .map-gl`).boundingBox())!;
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);

    const explore = page.getByRole('button', { name: 'Explore the map' });
    await explore.click();
    expect(await page.getAttribute(`${MAP} .map-explore`, 'aria-pressed')).toBe('true');
    expect(await touchAction()).toBe('none');
    await explore.click();
    expect(await page.getAttribute(`${MAP} .map-explore`, 'aria-pressed')).toBe('false');
    expect(await touchAction()).toBe('auto');
    await context.close();
  });

  it('converges on the latest step when the reader moves on while MapLibre starts', async () => {
    const { context, page, errors } = await storyAt(browser(), 'offensive');
    await expect.poll(() => page.getAttribute(MAP, 'data-viz-step')).toBe('offensive');
    // Two more map steps, before MapLibre has drawn (it starts once the reader is still).
    await page.evaluate(() => (location.hash = 'peacekeepers'));
    await page.evaluate(() => (location.hash = 'turkey-support'));
    await expect.poll(() => page.getAttribute(MAP, 'data-map-engine'), { timeout: 30_000 }).toBe('maplibre');
    expect(await page.getAttribute(MAP, 'data-viz-step')).toBe('turkey-support');
    // Baku is named from turkey-support on; the WebGL map shows that step's names.
    expect(await page.locator(`${MAP} .map-marker[data-label="baku"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the SVG map while the WebGL context is lost, following the story, and MapLibre again once restored', async () => {
    const { context, page, errors } = await storyAt(browser(), 'peacekeepers');
    await expect.poll(() => page.getAttribute(MAP, 'data-map-engine'), { timeout: 30_000 }).toBe('maplibre');
    await page.evaluate((map) => {
      const gl = document.querySelector<HTMLCanvasElement>(`${map} .maplibregl-canvas`)!.getContext('webgl2')!;
      const w = window as unknown as { loseContext: WEBGL_lose_context };
      w.loseContext = gl.getExtension('WEBGL_lose_context')!;
      w.loseContext.loseContext();
    }, MAP);
    await expect.poll(() => page.getAttribute(MAP, 'data-map-engine')).toBe('svg');
    await showStep(page, 'turkey-support');
    const svg = page.locator(`${MAP} .figure__canvas > svg`);
    expect(await svg.locator('[data-key="country:turkey"]').getAttribute('class')).toContain('is-highlighted');
    await page.evaluate(() => (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.restoreContext());
    await expect.poll(() => page.getAttribute(MAP, 'data-map-engine'), { timeout: 30_000 }).toBe('maplibre');
    expect(await page.locator(`${MAP} .map-marker[data-label="baku"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the view a reader explored to when the map resizes (a phone\'s address bar, a host page\'s)', async () => {
    const { context } = await isolatedContext(browser(), [origin], { viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${origin}/#peacekeepers`);
    await expect.poll(() => page.getAttribute(MAP, 'data-map-engine'), { timeout: 30_000 }).toBe('maplibre');
    const explore = page.getByRole('button', { name: 'Explore the map' });
    await explore.click();
    await expect.poll(() => explore.getAttribute('aria-pressed')).toBe('true');
    const map = page.locator(`${MAP} .map-gl`);
    const marker = page.locator(`${MAP} .map-marker`).first();
    const markerX = async () => (await marker.boundingBox())!.x;
    const before = await markerX();
    const box = (await map.boundingBox())!;
    // Dragged from the upper quarter: on a phone the canvas's lower half is the cards' band.
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 4 };
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.map-gl') !== null, from);
    expect(hit, 'the drag starts on the map, not on what covers it').toBe(true);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 80, from.y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(markerX).toBeGreaterThan(before + 60);
    const panned = await markerX();
    // The map gets shorter (in a frame, the host's viewport sets the stage's height); the view keeps its centre.
    // (By a fifth: on a phone the lower half of the canvas is the cards' band, and the map keeps its names above it.)
    await page.evaluate((figure) => {
      const canvas = document.querySelector<HTMLElement>(`${figure} .figure__canvas`)!;
      canvas.style.maxHeight = `${Math.round(canvas.clientHeight * 0.8)}px`;
    }, MAP);
    await expect.poll(async () => (await map.boundingBox())!.height).toBeLessThan(box.height);
    await page.evaluate(frames, 5);
    expect(Math.abs((await markerX()) - panned)).toBeLessThan(2);
    await context.close();
  });

  it('flies between steps, and jumps when the reader prefers reduced motion', async () => {
    // The Baku marker (new at turkey-support) moves with the camera.
    await expectFlightOrJump(browser(), 'maplibre', '[data-label="baku"]', 'style');
  });
});

describe('the map without WebGL (SVG fallback)', () => {
  const browser = useBrowser({ webgl: false });

  it('keeps the SVG map when MapLibre cannot start, and it follows every map step', async () => {
    const { context, foreignRequests } = await isolatedContext(browser(), [origin], { viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const expected = await mapSteps(page);
    await recordMapSteps(page);
    await showStep(page, expected[0]!);
    // MapLibre's own error is the hook: it throws GPUInitializationError without WebGL2.
    await expect.poll(() => page.getAttribute(MAP, 'data-map-fallback-reason'), { timeout: 30_000 }).toBe('GPUInitializationError');
    expect(await page.getAttribute(MAP, 'data-map-engine')).toBe('svg');
    expect(await page.locator(`${MAP} .maplibregl-canvas`).count()).toBe(0);
    const svg = page.locator(`${MAP} .figure__canvas > svg`);
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.locator('[data-key="country:azerbaijan"]').count()).toBe(1);

    await page.evaluate(() => window.scrollTo(0, 0));
    await scrollThrough(page, { everyStep: true });
    expect(await page.evaluate(() => (window as unknown as { mapSeen: string[] }).mapSeen)).toEqual(expected);

    // The SVG shows each step's own state: the corridor towns at the blockade, Moscow in the wide
    // view (named once the camera has flown far enough out to have it in the frame).
    await showStep(page, 'blockade');
    await expect.poll(() => svg.locator('[data-key="label:lachin"]').textContent()).toBe('Lachin / Berdzor');
    expect(await svg.locator('[data-key^="layer:lachin-corridor"]').getAttribute('class')).toContain('is-highlighted');
    await showStep(page, 'turkey-support');
    await expect.poll(() => svg.locator('[data-key="label:moscow"]').count()).toBe(1);
    expect(await svg.locator('[data-key="country:turkey"]').getAttribute('class')).toContain('is-highlighted');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('flies between steps, and jumps when the reader prefers reduced motion', async () => {
    await expectFlightOrJump(browser(), 'svg', '[data-key="country:armenia"]', 'd');
  });
});
