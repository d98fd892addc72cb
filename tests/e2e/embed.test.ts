import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, isolatedContext, launchBrowser, stageSteps, storyCaughtUp, twoFrames } from '../support/browser.ts';
import { site } from '../../src/site.ts';
import { serveFiles, type StaticServer } from '../support/server.ts';
import { editions } from '../support/editions.ts';
import { en } from '../support/i18n.ts';

/**
 * The story embedded in a host page on a SECOND origin (127.0.0.2), as a newsroom would, with the
 * snippets the Embed panel offers: with NPR's real pym.js (from the npm package, served by the
 * host), with the project's own loader, and as a plain fixed-height iframe.
 */
const origin = inject('origin');
/** Where the engine puts the trigger line (src/scroll/engine.ts default). */
const TRIGGER = 0.6;

let browser: Browser;
let host: StaticServer;

const html = (title: string, embed: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{margin:0;font:18px/1.5 Georgia,serif}.article{max-width:40rem;margin:0 auto;padding:1rem}.filler{height:900px;margin:0}</style></head>
<body><div class="article"><h1>${title}</h1><p class="filler">The host's own article, before the embed.</p></div>
${embed}
<div class="article"><p class="filler">The host's own article, after the embed.</p></div></body></html>`;
const page = (body: string) => ({ body, type: 'text/html; charset=utf-8' });

/** Where the build points snippets: SITE_URL, or (built without it, as in CI) "/", and pages complete them. */
const builtFor = async () => ((await (await fetch(`${origin}/oembed.json`)).json()) as { provider_url: string }).provider_url;

beforeAll(async () => {
  browser = await launchBrowser();
  // Each snippet exactly as a reader of the Embed panel copies it, pointed at the test server if it names a configured site.
  const configuredSite = await builtFor();
  const { context } = await isolatedContext(browser, [origin]);
  const story = await context.newPage();
  await story.goto(`${origin}/`);
  // Built without SITE_URL, the page completes the snippets' addresses once it has painted, then hides the hint.
  await story.locator('[data-needs-origin]').waitFor({ state: 'hidden' });
  const codes = Object.fromEntries(
    await Promise.all(['pym', 'loader', 'iframe'].map(async (id) => [id, (await story.locator(`#embed-${id}`).textContent())!] as const)),
  );
  await context.close();
  const snippet = (id: string) => (configuredSite.startsWith('http') ? codes[id]!.replaceAll(configuredSite, `${origin}/`) : codes[id]!);
  host = await serveFiles(
    {
      '/pym.v1.min.js': { body: readFileSync('node_modules/pym.js/dist/pym.v1.min.js'), type: 'text/javascript' },
      '/pym.html': page(html('Host with pym.js', `${snippet('pym')}<script src="/pym.v1.min.js"></script>`)),
      '/pym-stock.html': page(html('Host with pym.js, no scroll tracking', `<div id="karabakh"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('karabakh', '${origin}/embed/', {});</script>`)),
      '/loader.html': page(html('Host with the loader', snippet('loader'))),
      '/plain.html': page(html('Host with a plain iframe', snippet('iframe'))),
      // What AMP's amp-iframe (and @newswire/frames) do with a frame's embed-size requests.
      '/amp.html': page(
        html(
          'Host that honours AMP embed-size',
          `${snippet('iframe')}<script>addEventListener('message', (e) => { const f = document.querySelector('iframe'); if (e.source === f.contentWindow && e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size') f.style.height = e.data.height + 'px'; });</script>`,
        ),
      ),
    },
    { host: '127.0.0.2' },
  );
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** A host page on another origin, whose reader prefers reduced motion (the frame's sizes must not wait on a transition). */
async function openHost(path: string, viewport = DESKTOP) {
  const { context, foreignRequests } = await isolatedContext(browser, [origin, host.origin], { viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${host.origin}${path}`);
  // The snippets load their frame lazily, once the reader nears it: bring it near, then start at the top.
  await page.evaluate(() => document.querySelector('iframe')?.scrollIntoView());
  const frame = await storyFrame(page);
  await frame.waitForLoadState('load');
  await page.evaluate(() => window.scrollTo(0, 0));
  return { context, page, frame, foreignRequests, errors };
}

async function storyFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${origin}/embed/`)), { timeout: 20_000 }).toBe(true);
  return page.frames().find((f) => f.url().startsWith(`${origin}/embed/`))!;
}

const stepIds = async (frame: Frame) => (await stageSteps(frame)).map((s) => s.id);

/** The embedded document's own height, and the height the host gave the iframe. */
async function heights(page: Page, frame: Frame) {
  const frameHeight = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
  // Measured independently of the embed's own measure: the lowest bottom edge (margin included) of anything rendered
  // on the page (not the content of a closed disclosure, which has boxes but takes no room).
  const documentHeight = await frame.evaluate(() =>
    Math.max(
      ...[...document.body.querySelectorAll('*')].filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect().bottom + parseFloat(getComputedStyle(el).marginBottom)),
    ) + window.scrollY,
  );
  return { frameHeight, documentHeight };
}

/**
 * The heights once the host has sized the frame to what it holds (within 3 %), polled while the frame's
 * height reports travel. A frame whose content grew with the frame (a height in vh) would never get there.
 */
async function fittedHeights(page: Page, frame: Frame) {
  const mismatch = async () => {
    const { frameHeight, documentHeight } = await heights(page, frame);
    return Math.abs(frameHeight - documentHeight) / documentHeight;
  };
  await expect.poll(mismatch, { timeout: 30_000, message: 'the frame takes the height of its content' }).toBeLessThan(0.03);
  return heights(page, frame);
}

/** Runs in the frame: keeps the frame's top in the host's viewport, as the host last reported it (pym's position message). */
function recordHostPosition() {
  addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('xPYMxviewport-iframe-positionxPYMx')) return;
    (window as unknown as { hostTop: number }).hostTop = Number(event.data.split('xPYMx').at(-1)!.split(' ')[2]);
  });
}

/**
 * Waits until the frame has caught up with a scroll of the host: it has the host's position for where the
 * frame now is (with a host that reports every scroll), and its active figure shows the current step.
 * (Polled on an interval: Chromium pauses animation frames in a cross-origin frame that is off screen.)
 */
async function caughtUp(page: Page, frame: Frame, hostReportsScroll: boolean) {
  if (hostReportsScroll) {
    // A scroll to where the page already is fires no scroll event: announce one, so the host reports anyway.
    const top = await page.evaluate(() => {
      dispatchEvent(new Event('scroll'));
      return document.querySelector('iframe')!.getBoundingClientRect().top;
    });
    await frame.waitForFunction((t) => Math.abs((window as unknown as { hostTop?: number }).hostTop! - t) < 1, top, { polling: 50, timeout: 20_000 });
  }
  await page.evaluate(twoFrames);
  await frame.waitForFunction(storyCaughtUp, undefined, { polling: 50, timeout: 20_000 });
}

interface Sample {
  viewportHeight: number;
  active: string | null;
  /** The active step and the graphic shown, in the coordinates of the scrolling viewport (host or frame). */
  step: { top: number; bottom: number } | null;
  graphic: { top: number; bottom: number };
}

/** Where the active step and the graphic are, relative to the viewport that scrolls (`offsetTop`: the frame's top in it). */
async function sample(frame: Frame, viewportHeight: number, offsetTop: number): Promise<Sample> {
  const inFrame = await frame.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    };
    const active = document.querySelector<HTMLElement>('[aria-current="step"]');
    return { active: active?.dataset.step ?? null, step: active ? box(active) : null, graphic: box(document.querySelector('figure.is-active')!) };
  });
  const shift = (b: { top: number; bottom: number }) => ({ top: b.top + offsetTop, bottom: b.bottom + offsetTop });
  return { viewportHeight, active: inFrame.active, step: inFrame.step && shift(inFrame.step), graphic: shift(inFrame.graphic) };
}

/** Steps seen current, in order, and whether the graphic was in view whenever the current step sat on the trigger line. */
function judge(samples: Sample[]) {
  const seen: string[] = [];
  const inView: Record<string, boolean[]> = {};
  for (const s of samples) {
    if (s.active && seen.at(-1) !== s.active) seen.push(s.active);
    if (!s.active || !s.step) continue;
    const line = s.viewportHeight * TRIGGER;
    if (s.step.top <= line && s.step.bottom >= line) {
      // In view: at least 95% of the graphic inside the viewport (it may be still sliding into its sticky place).
      const visible = Math.min(s.graphic.bottom, s.viewportHeight) - Math.max(s.graphic.top, 0);
      (inView[s.active] ??= []).push(visible >= 0.95 * (s.graphic.bottom - s.graphic.top));
    }
  }
  return { seen, inView };
}

/** Scrolls the host page from top to bottom in small strides, sampling the embed once it has caught up with each. */
async function scrollHost(page: Page, frame: Frame, hostReportsScroll: boolean): Promise<Sample[]> {
  await frame.evaluate(recordHostPosition);
  const viewportHeight = await page.evaluate(() => innerHeight);
  // Strides shorter than the shortest step, so that each step is seen on the trigger line.
  const shortestStep = await frame.evaluate(() => Math.min(...[...document.querySelectorAll('[data-step]')].map((s) => s.getBoundingClientRect().height)));
  const stride = Math.round(Math.min(viewportHeight * 0.4, shortestStep * 0.8));
  const samples: Sample[] = [];
  for (let y = 0; y <= (await page.evaluate(() => document.documentElement.scrollHeight)); y += stride) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await caughtUp(page, frame, hostReportsScroll);
    // The stage follows on the next frames: sample until two readings, a frame apart, agree.
    let last = '';
    for (let tries = 0; tries < 10; tries++) {
      const frameTop = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top);
      const reading = await sample(frame, viewportHeight, frameTop);
      if (JSON.stringify(reading) === last) {
        samples.push(reading);
        break;
      }
      last = JSON.stringify(reading);
      await page.evaluate(twoFrames);
    }
  }
  return samples;
}

// Each host script on one screen, and each screen with one host script: the frame does the same with the host's
// position messages whichever script sends them (both are walked), and the screen changes only its layout.
for (const [name, path, device, viewport] of [
  ['pym.js with trackscroll', '/pym.html', 'phone', PHONE],
  ['the project loader', '/loader.html', 'desktop', DESKTOP],
] as const) {
  describe(`the story embedded with ${name} on another origin`, () => {
    it(`gets a frame as tall as its content, and follows the host's scroll through every step (${device})`, async () => {
      const { context, page, frame, foreignRequests, errors } = await openHost(path, viewport);
      await expect.poll(async () => (await heights(page, frame)).frameHeight, { timeout: 10_000 }).toBeGreaterThan(2 * viewport.height);
      // The frame takes the height of what it holds (no height in the frame may depend on the frame's own height).
      const fitted = await fittedHeights(page, frame);

      const ids = await stepIds(frame);
      const { seen, inView } = judge(await scrollHost(page, frame, true));
      expect(seen).toEqual(ids);
      for (const id of ids) {
        expect(inView[id], `step ${id} was never on the trigger line`).toBeDefined();
        expect(inView[id]!.every(Boolean), `the graphic left the host's viewport during step ${id}`).toBe(true);
      }
      // ...and keeps it after the whole walk: it did not grow on its own meanwhile.
      expect(Math.abs((await heights(page, frame)).frameHeight - fitted.frameHeight) / fitted.frameHeight).toBeLessThan(0.03);
      expect(foreignRequests).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}

describe('the story embedded with a stock pym.js parent (no trackscroll)', () => {
  it('still follows the host scroll, by asking for the position as steps move', async () => {
    const { context, page, frame } = await openHost('/pym-stock.html');
    await expect.poll(async () => (await heights(page, frame)).frameHeight, { timeout: 10_000 }).toBeGreaterThan(2 * DESKTOP.height);
    const ids = await stepIds(frame);
    const { seen } = judge(await scrollHost(page, frame, false));
    expect(seen).toEqual(ids);
    await context.close();
  });
});

describe('the story in a plain fixed-height iframe (no script on the host)', () => {
  it('scrolls inside the frame and works as on the page', async () => {
    const { context, page, frame, foreignRequests, errors } = await openHost('/plain.html');
    expect((await heights(page, frame)).frameHeight).toBe(Number(await page.getAttribute('iframe', 'height')));
    // The reader scrolls the host page to the frame, then scrolls inside it.
    await page.evaluate(() => document.querySelector('iframe')!.scrollIntoView());
    const ids = await stepIds(frame);
    const { height, viewportHeight } = await frame.evaluate(() => ({ height: document.documentElement.scrollHeight, viewportHeight: innerHeight }));
    expect(height).toBeGreaterThan(viewportHeight * 3);
    const samples: Sample[] = [];
    for (let y = 0; y <= height; y += Math.round(viewportHeight * 0.25)) {
      await frame.evaluate((top) => window.scrollTo(0, top), y);
      await caughtUp(page, frame, false);
      samples.push(await sample(frame, viewportHeight, 0));
    }
    const { seen, inView } = judge(samples);
    expect(seen).toEqual(ids);
    for (const id of ids) expect(inView[id]?.every(Boolean), `the graphic left the frame during step ${id}`).toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the story in a frame sized by AMP-style embed-size messages', () => {
  it('asks for its full height, and the height settles', async () => {
    const { context, page, frame, errors } = await openHost('/amp.html');
    await expect.poll(async () => (await heights(page, frame)).frameHeight, { timeout: 10_000 }).toBeGreaterThan(2 * DESKTOP.height);
    await fittedHeights(page, frame);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.each(editions)('a single visual embedded alone ($locale)', ({ home, t }) => {
  it('shows the state pinned by ?step=, and steps through its states with Previous and Next, for every visual', async () => {
    const { context, foreignRequests } = await isolatedContext(browser, [origin], { viewport: { width: 700, height: 600 } });
    const page = await context.newPage();
    await page.goto(`${origin}${home}`);
    const spec = await stageSteps(page);
    for (const viz of new Set(spec.map((s) => s.viz))) {
      const ids = spec.filter((s) => s.viz === viz).map((s) => s.id);
      const pinned = Math.min(1, ids.length - 1);
      await page.goto(`${origin}${home}embed/${viz}/?step=${ids[pinned]}`);
      const figure = page.locator(`figure[data-viz="${viz}"]`);
      await expect.poll(() => figure.getAttribute('data-viz-step'), { message: viz }).toBe(ids[pinned]);
      expect(await page.locator('[data-step-counter]').textContent()).toBe(t.embed.counter.replace('{step}', `${pinned + 1}`).replace('{steps}', `${ids.length}`));
      const next = page.getByRole('button', { name: `${t.story.next}${t.story.stateWord}` });
      const prev = page.getByRole('button', { name: `${t.story.previous}${t.story.stateWord}` });
      if (ids.length > 1) {
        if (pinned + 1 < ids.length) {
          await next.click();
          await expect.poll(() => figure.getAttribute('data-viz-step'), { message: viz }).toBe(ids[pinned + 1]);
          expect(new URL(page.url()).searchParams.get('step')).toBe(ids[pinned + 1]);
          await prev.click();
          await expect.poll(() => figure.getAttribute('data-viz-step'), { message: viz }).toBe(ids[pinned]);
        }
        await prev.click();
        await expect.poll(() => figure.getAttribute('data-viz-step'), { message: viz }).toBe(ids[0]);
        expect(await prev.isDisabled()).toBe(true);
      }
    }
    // An unknown step falls back to the first state.
    await page.goto(`${origin}${home}embed/${spec[0]!.viz}/?step=no-such-step`);
    await expect.poll(() => page.getAttribute(`figure[data-viz="${spec[0]!.viz}"]`, 'data-viz-step')).toBe(spec[0]!.id);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows the static graphic of its first state without JavaScript', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${home}embed/timeline/`);
    const svg = page.locator('figure[data-viz="timeline"] svg').first();
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.locator('[data-key]').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-controls]').isHidden()).toBe(true);
    await context.close();
  });
});

describe('the Embed / republish panel', () => {
  it('shows the licence and the credit line, and copies every snippet to the clipboard', async () => {
    const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const panel = page.locator('#republish');
    expect(await panel.getByRole('heading', { name: 'Embed / republish' }).isVisible()).toBe(true);
    expect(await panel.locator('a[rel="license"]').getAttribute('href')).toBe(site.licence.url);
    const credit = await panel.locator('#republish-credit').textContent();
    expect(credit).toContain(en.t.site.credit);
    expect(credit).toContain(site.licence.name);

    const codes = await panel.locator('pre code').all();
    const visuals = new Set((await stageSteps(page)).map((s) => s.viz)).size;
    expect(codes.length).toBe(3 + visuals);
    for (const code of codes) {
      const id = await code.getAttribute('id');
      await panel.locator(`[data-copy="${id}"]`).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: id! }).toBe(await code.textContent());
    }
    expect(await panel.locator('[data-copy-status]').textContent()).toBe('Copied to the clipboard.');
    await context.close();
  });

  it('gives every address in full: on SITE_URL, or completed from the page’s own address (never localhost)', async () => {
    const configuredSite = await builtFor();
    const home = configuredSite.startsWith('http') ? configuredSite : `${origin}/`;
    for (const javaScriptEnabled of [true, false]) {
      const { context } = await isolatedContext(browser, [origin], { viewport: DESKTOP, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      const panel = page.locator('#republish');
      const hint = panel.locator('[data-needs-origin]');
      // The page completes the addresses once it has painted, and then hides the hint.
      if (javaScriptEnabled) await expect.poll(() => hint.isVisible(), { timeout: 10_000 }).toBe(false);
      const texts = [await panel.locator('#republish-credit').textContent(), ...(await panel.locator('pre code').allTextContents())];
      if (javaScriptEnabled || configuredSite.startsWith('http')) {
        expect(await panel.locator('#republish-credit').textContent()).toContain(`, ${home}, licensed`);
        for (const text of texts.slice(1)) expect(text).toContain(`${home}embed`);
        expect(await hint.isVisible()).toBe(false);
      } else {
        // Without JavaScript the build's base-relative paths stay, and the panel says how to complete them.
        for (const text of texts.slice(1)) expect(text).toMatch(/src="\/embed/);
        expect(await hint.isVisible()).toBe(true);
      }
      for (const text of texts) expect(text).not.toContain('localhost');
      await context.close();
    }
  });
});
