import { chromium, type Browser, type BrowserContext, type Frame, type Page, type Request } from 'playwright-core';
import type { StepSpec } from '../../src/client/stage.ts';

/** The system Chromium (no browser download here); CHROMIUM_PATH overrides the path. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Nothing leaves the machine: every request to another host goes to a proxy where nothing listens, and fails at
 * once (Chromium never sends the machine's own addresses, 127.0.0.0/8 and localhost, through a proxy).
 */
const OFFLINE_FLAGS = ['--proxy-server=http://127.0.0.1:9'];

/** WebGL through SwiftShader, for MapLibre; without it WebGL is unavailable. */
export const WEBGL_FLAGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/**
 * `args` adds flags, e.g. the benchmark's --remote-debugging-port for Lighthouse. `offline: false` leaves out
 * OFFLINE_FLAGS, for the benchmark: with the proxy set, Lighthouse's simulated LCP of /ru/ came out 1400 ms, not 1200.
 */
export function launchBrowser({ webgl = false, offline = true, args = [] as string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...BASE_FLAGS, ...(offline ? OFFLINE_FLAGS : []), ...(webgl ? WEBGL_FLAGS : ['--disable-webgl', '--disable-3d-apis']), ...args],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
/** The two screens the story is checked on, by name. */
export const SCREENS = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

/**
 * A context that records every request to an origin outside `allowedOrigins`, so tests can assert that the site
 * never calls another server (the browser sends nothing off the machine: OFFLINE_FLAGS). It watches rather than
 * intercepts: intercepting would cost a round trip to the test for every request, and turn off the HTTP cache.
 */
export async function isolatedContext(
  browser: Browser,
  allowedOrigins: string[],
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; foreignRequests: string[] }> {
  const context = await browser.newContext(options);
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!allowedOrigins.includes(new URL(url).origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return { context, foreignRequests };
}

/** Runs in the page: resolves after `count` frames have been drawn. */
export function frames(count: number): Promise<void> {
  return new Promise((resolve) => {
    let drawn = 0;
    const frame = () => (++drawn >= count ? resolve() : requestAnimationFrame(frame));
    requestAnimationFrame(frame);
  });
}

/** Runs in the page: resolves after two frames, once the page has reacted to a scroll (step observers run). */
export function twoFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Runs in the page: true unless a story's active figure has yet to show the current step. */
export function storyCaughtUp(): boolean {
  const current = document.querySelector<HTMLElement>('[aria-current="step"]')?.dataset.step;
  return !current || document.querySelector<HTMLElement>('figure.is-active')?.dataset.vizStep === current;
}

/**
 * Runs in the page: what it has yet to do, after `load`, before it is as a reader sees it: the web fonts take
 * over (src/layouts/Page.astro), each page script (`data-client`, src/client/page-scripts.ts, started after the
 * first paint) has done what it does first, and a single graphic or present mode shows its first step. Empty once
 * done (or, with `done`, true once empty). The story shows nothing until a step is current: open one
 * (location.hash) and wait for its figure.
 */
export function pageStarting(done = false): string[] | boolean {
  // Layout now: it requests the fonts the web-fonts class calls for, and document.fonts counts them from then on.
  void document.body.offsetWidth;
  const pending: string[] = [];
  if (!document.documentElement.classList.contains('web-fonts') || document.fonts.status !== 'loaded') pending.push('web fonts');
  const all = (selector: string, test: (el: HTMLElement) => boolean) => [...document.querySelectorAll<HTMLElement>(selector)].every(test);
  const started: Record<string, () => boolean> = {
    story: () => true,
    'share-links': () => !navigator.clipboard || document.querySelector('body > p[aria-live]') !== null,
    'complete-urls': () => all('[data-needs-origin]', (el) => el.hidden),
    'embed-panel': () => !navigator.clipboard || all('[data-copy]', (el) => !el.hidden),
  };
  for (const name of new Set([...document.querySelectorAll<HTMLElement>('[data-client]')].map((el) => el.dataset.client!))) {
    const test = started[name];
    if (!test) throw new Error(`page script "${name}": pageStarting (tests/support/browser.ts) does not know what it does first`);
    if (!test()) pending.push(name);
  }
  if (document.querySelector('[data-viz-embed], [data-present-controls]') && !document.querySelector('figure[data-viz][data-viz-step]')) pending.push('the first step');
  return done ? pending.length === 0 : pending;
}

/**
 * Waits, after `load`, until the page is as a reader sees it once loaded (pageStarting): what a check needs,
 * rather than a quiet spell on the network. With JavaScript only (without it there is nothing to wait for).
 */
export async function pageStarted(page: Page): Promise<void> {
  try {
    await page.waitForFunction(pageStarting, true);
  } catch (error) {
    throw new Error(`${page.url()}: still waiting for ${String(await page.evaluate(pageStarting, false).catch(() => '?'))}`, { cause: error });
  }
}

/** How long requestsSettled waits for the last request, as long as Playwright's own waits. */
const SETTLE_TIMEOUT_MS = 30_000;

/**
 * Counts the page's requests from now on; the function returned resolves once none is in flight, so that what a
 * page loaded has arrived (and a script failing on it has failed) before the page is left. It fails, naming
 * the requests still in flight, if they have not ended after SETTLE_TIMEOUT_MS.
 */
export function requestsSettled(page: Page): () => Promise<void> {
  const inFlight = new Set<Request>();
  let settled: (() => void) | undefined;
  const done = (request: Request) => {
    inFlight.delete(request);
    if (inFlight.size === 0) settled?.();
  };
  const started = (request: Request) => inFlight.add(request);
  page.on('request', started);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  // The page may go on to another address: it stops counting once settled.
  const stop = () => {
    page.off('request', started);
    page.off('requestfinished', done);
    page.off('requestfailed', done);
  };
  return () =>
    new Promise<void>((resolve, reject) => {
      if (inFlight.size === 0) {
        stop();
        return resolve();
      }
      const timer = setTimeout(() => {
        stop();
        const pending = [...inFlight].map((r) => `${r.method()} ${r.url()} (${r.resourceType()})`).join(', ');
        reject(new Error(`${page.url()}: requests still in flight after ${SETTLE_TIMEOUT_MS} ms: ${pending}`));
      }, SETTLE_TIMEOUT_MS);
      settled = () => {
        clearTimeout(timer);
        stop();
        resolve();
      };
    });
}

/**
 * Scrolls the window from top to bottom, letting the page react at each stop: a screen at a time, or, with
 * `everyStep`, by less than the shortest step (so that each step crosses the trigger line) and at most
 * half a screen. The walk runs in the page, a stop every few frames (a round trip to the test for each would
 * cost more than the frames).
 */
export async function scrollThrough(page: Page, { everyStep = false } = {}): Promise<void> {
  const stuck = await page.evaluate(scrollDown, { everyStep, limitMs: STOP_TIMEOUT_MS });
  if (stuck) throw new Error(`${page.url()}: ${stuck}`);
}

/** How long scrollThrough waits at a stop for the story to catch up, as long as Playwright's own waits. */
const STOP_TIMEOUT_MS = 30_000;

/**
 * Runs in the page: scrollThrough's walk. At each stop, two frames (the step observers run), then a frame at a
 * time until the story's active figure shows the current step (storyCaughtUp). Says where it was stuck, if it was.
 */
async function scrollDown({ everyStep, limitMs }: { everyStep: boolean; limitMs: number }): Promise<string | null> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const current = () => document.querySelector<HTMLElement>('[aria-current="step"]')?.dataset.step;
  const shown = () => document.querySelector<HTMLElement>('figure.is-active')?.dataset.vizStep;
  const shortestStep = Math.min(...[...document.querySelectorAll('[data-step]')].map((step) => step.getBoundingClientRect().height));
  const stride = Math.max(40, Math.round(everyStep ? Math.min(innerHeight / 2, shortestStep * 0.8) : innerHeight));
  for (let y = 0; y <= document.documentElement.scrollHeight; y += stride) {
    scrollTo(0, y);
    await frame();
    await frame();
    const started = performance.now();
    while (current() && shown() !== current()) {
      if (performance.now() - started > limitMs) return `at ${y} px, step ${current()} is current but its figure shows ${shown()}`;
      await frame();
    }
  }
  return null;
}

/** Opens a step of the story by its link (as a link in the page does), and waits until its figure shows it. */
export async function openStep(page: Page, step: { id: string; viz: string }): Promise<void> {
  await page.evaluate((id) => (location.hash = id), step.id);
  await page.waitForSelector(`figure[data-viz="${step.viz}"][data-viz-step="${step.id}"]`);
}

/** Opens `url` in a page of a new isolatedContext that allows the url's origin; close the context when done. */
export async function openPage(browser: Browser, url: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const { context, foreignRequests } = await isolatedContext(browser, [new URL(url).origin], options);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, foreignRequests };
}

/**
 * The steps a page drives its stage with (the story.json its figures name: each step's id, visual, state and
 * description, in reading order), fetched as its script fetches them; none on a page without the stage.
 * Tests take the steps from here rather than naming them, so editors can reorder or add steps.
 */
export function stageSteps(target: Page | Frame): Promise<StepSpec[]> {
  return target.evaluate(async () => {
    const url = document.querySelector<HTMLElement>('[data-story-spec]')?.dataset.storySpec;
    return url ? ((await (await fetch(url)).json()) as { steps: StepSpec[] }).steps : [];
  });
}
