/**
 * The performance benchmark (`npm run bench`): builds the site (precompressed, scripts/compress.ts),
 * serves it as a host that sends the build's precompressed files does, and measures it in the system
 * Chromium:
 *
 * - Lighthouse (default mobile settings) on the story, /embed/ and /ru/: category scores, LCP, TBT,
 *   CLS, and bytes by type; and LCP on the story and /embed/ as a host that only gzips per request
 *   serves them (reported, not budgeted);
 * - the JavaScript a reader downloads before the map is requested;
 * - scroll smoothness: a scripted scroll through the whole story under 4x CPU throttling
 *   (long tasks, blocking time and frame gaps while scrolling);
 * - reading at a reader's pace on a phone under 4x CPU throttling: an eased scroll to each step,
 *   then a pause on it, with long tasks and frame gaps split into "while moving" and "while
 *   reading", and when the MapLibre canvas first shows;
 * - phone coverage: for each step, the share of the screen where the graphic shows, not under a
 *   card, while the step is readable (current, and its card wholly on screen).
 *
 * It writes bench/results.json, prints a table with the budgets, and the change against the
 * results in the last commit. Budgets are reported, not enforced: speed is not a test.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), SKIP_BUILD=1 to reuse the build in
 * ASTRO_OUT_DIR (default: a folder in the system temp dir; compressed first if it is not), BENCH_TRACE=<file> to save a Chrome
 * trace of the reader-pace run (open it in the browser's Performance panel) and print what its long
 * tasks while moving spend their time on (bench/trace-summary.ts), LIGHTHOUSE_RUNS,
 * BENCH_ONLY=reader,coverage (any of lighthouse, js, scroll, reader, coverage) to print some measures
 * only, without writing the results.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import type { Browser } from 'playwright-core';
import { PHONE, launchBrowser, stageSteps, twoFrames } from '../tests/support/browser.ts';
import { compressSite } from '../scripts/compress.ts';
import { serveStatic } from '../tests/support/server.ts';
import { fileForPath } from '../tests/support/site-pages.ts';
import { printLongTaskSummary, summarizeLongTasks } from './trace-summary.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results.json');
const OUT_DIR = resolve(process.env.ASTRO_OUT_DIR ?? join(tmpdir(), 'karabakh-bench', 'dist'));
/** The story and its embed, and the Russian edition's story (its own fonts' Cyrillic cut: the same first-load budget). */
const PAGES = ['/', '/embed/', '/ru/'];
/** Also measured as served by a host that only gzips per request: the pages the LCP budget was set for. */
const GZIP_HOST_PAGES = ['/', '/embed/'];
/** What counts as "the map is requested": MapLibre's code or worker, or the map's geodata. */
const MAP_REQUEST = /maplibre|\/geo\//i;
/** How long a reader on the first map step waits for the map to be requested before the measure gives up. */
const MAP_REQUEST_WAIT_MS = 30_000;
const CPU_SLOWDOWN = 4;
/** Reading speed of the scripted scroll, in CSS px per second. */
const SCROLL_SPEED = 1500;
/** Lighthouse runs per page; the median run (by performance score, then LCP) is reported. */
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** The reader-pace run: how long each eased scroll to a step lasts, and how long the reader stays. */
const READER = { scrollMs: 1000, readMs: 2000 };
const ONLY = process.env.BENCH_ONLY?.split(',');
/** Phone screens for the coverage measure: a tall phone, and the same phone with browser bars shown. */
const COVERAGE_VIEWPORTS = [PHONE, { width: 390, height: 664 }];

interface Budget {
  metric: string;
  label: string;
  limit: number;
  better: 'higher' | 'lower';
  /** Compare the value rounded to this many decimals (as Lighthouse reports it). */
  decimals?: number;
}

/** Per page (each of PAGES). */
const PAGE_BUDGETS: Budget[] = [
  { metric: 'lighthouse.performance', label: 'Lighthouse performance (mobile)', limit: 100, better: 'higher' },
  { metric: 'lighthouse.accessibility', label: 'Lighthouse accessibility (mobile)', limit: 100, better: 'higher' },
  { metric: 'lighthouse.lcpMs', label: 'Largest contentful paint (ms, mobile)', limit: 1200, better: 'lower' },
  { metric: 'lighthouse.clsScore', label: 'Cumulative layout shift', limit: 0, better: 'lower', decimals: 3 },
  { metric: 'jsBeforeMap.gzipKB', label: 'JS before the map is requested (KB gzip)', limit: 50, better: 'lower' },
];

/** On the story (/), from the scroll runs; `limit` of the map's budget is filled in with the number of map steps. */
const STORY_BUDGETS: Budget[] = [
  { metric: 'scroll.longestTaskMs', label: 'Longest task, fast scroll through the story (ms)', limit: 200, better: 'lower' },
  { metric: 'readerPace.moving.longestTaskMs', label: 'Longest task while moving, reader pace (ms)', limit: 50, better: 'lower' },
  { metric: 'readerPace.moving.p95FrameGapMs', label: 'Frame gap p95 while moving, reader pace (ms)', limit: 20, better: 'lower' },
  { metric: 'readerPace.map.stepsShowingMapLibre', label: 'Map steps showing the MapLibre canvas, reader pace', limit: NaN, better: 'higher' },
  { metric: 'coverage.390x844.medianPct', label: 'Graphic uncovered, median step, 390×844 (% of screen)', limit: 55, better: 'higher' },
  { metric: 'coverage.390x844.minPct', label: 'Graphic uncovered, lowest step, 390×844 (% of screen)', limit: 30, better: 'higher' },
];

interface PageResult {
  lighthouse: {
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    lcpMs: number;
    tbtMs: number;
    clsScore: number;
  };
  /** Bytes over the wire (compressed as the host sends them), by type, during Lighthouse's load. */
  bytes: Record<'html' | 'css' | 'js' | 'fonts' | 'geodata' | 'other' | 'total', number>;
  jsBeforeMap: { gzipKB: number; files: string[]; mapRequested: boolean };
}

/** Frames and long tasks over a stretch of time. */
interface FrameStats {
  durationMs: number;
  frames: number;
  longTasks: number;
  longestTaskMs: number;
  blockingTimeMs: number;
  p95FrameGapMs: number;
}

interface ScrollResult extends FrameStats {
  viewport: { width: number; height: number };
  cpuSlowdown: number;
  speedPxPerS: number;
}

/** Over the stretches of one phase (moving, reading), their time summed. */
interface PhaseResult extends FrameStats {
  maxFrameGapMs: number;
}

interface ReaderPaceResult {
  viewport: { width: number; height: number };
  cpuSlowdown: number;
  scrollMsPerStep: number;
  readMsPerStep: number;
  steps: number;
  moving: PhaseResult;
  reading: PhaseResult;
  map: {
    /** The step current when MapLibre's canvas first showed, and how long after the reader first reached a map step. */
    firstShownAtStep: string | null;
    firstShownAfterMs: number | null;
    /** Map steps at whose end (the reader about to move on) the MapLibre canvas showed. */
    stepsShowingMapLibre: number;
    mapSteps: number;
    /** Per map step: which map the reader saw as they left it. */
    engineAtEnd: Record<string, string>;
  };
  /** The longest tasks while moving, with the step being scrolled to, for tracing their cause. */
  worstWhileMoving: { step: string; startMs: number; durationMs: number }[];
  /** Per step scrolled to, the long tasks while moving (steps with none are left out). */
  movingByStep: Record<string, { longTasks: number; longestTaskMs: number }>;
}

interface CoverageResult {
  medianPct: number;
  minPct: number;
  /** Per step: the mean share over the scroll positions where it is readable (null: never readable). */
  steps: Record<string, number | null>;
}

interface Results {
  date: string;
  commit: string;
  /** loadAverage: the machine's 1-minute load when the run started; numbers from a busy machine are inflated. */
  environment: { chromium: string; lighthouse: string; node: string; cpus: number; loadAverage: number };
  pages: Record<string, PageResult>;
  /** LCP and the HTML's bytes over the wire when a host gzips per request instead of sending the precompressed files. */
  gzipHost: Record<string, { lcpMs: number; htmlBytes: number }>;
  scroll: ScrollResult;
  readerPace: ReaderPaceResult;
  coverage: Record<string, CoverageResult>;
  budgets: { label: string; page: string; limit: number; value: number; ok: boolean }[];
}

async function build() {
  if (process.env.SKIP_BUILD) {
    if (!existsSync(join(OUT_DIR, 'index.html.br'))) await compressSite(OUT_DIR);
    return;
  }
  console.log(`Building into ${OUT_DIR} …`);
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_OUT_DIR: OUT_DIR, ASTRO_CACHE_DIR: process.env.ASTRO_CACHE_DIR ?? join(OUT_DIR, '..', 'cache') },
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

function typeOf(item: { url: string; resourceType?: string; mimeType?: string }): keyof PageResult['bytes'] {
  const path = new URL(item.url).pathname;
  if (item.resourceType === 'Document') return 'html';
  if (item.resourceType === 'Stylesheet') return 'css';
  if (item.resourceType === 'Script' || /\.m?js$/.test(path)) return 'js';
  if (item.resourceType === 'Font') return 'fonts';
  if (/\/geo\/|\.(geo|topo)\.?json$/.test(path)) return 'geodata';
  return 'other';
}

async function runLighthouse(url: string, port: number): Promise<Omit<PageResult, 'jsBeforeMap'>> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const bytes: PageResult['bytes'] = { html: 0, css: 0, js: 0, fonts: 0, geodata: 0, other: 0, total: 0 };
  const requests = (audits['network-requests']?.details as { items?: { url: string; transferSize?: number; resourceType?: string }[] } | undefined)?.items ?? [];
  for (const item of requests) {
    if (!item.url.startsWith('http')) continue;
    bytes[typeOf(item)] += item.transferSize ?? 0;
    bytes.total += item.transferSize ?? 0;
  }
  return {
    lighthouse: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      clsScore: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(4)),
    },
    bytes,
  };
}

/** Lighthouse LIGHTHOUSE_RUNS times on a page: the median run, by performance score, then LCP. */
async function medianLighthouse(url: string, port: number) {
  const runs: Awaited<ReturnType<typeof runLighthouse>>[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await runLighthouse(url, port));
  runs.sort((a, b) => b.lighthouse.performance - a.lighthouse.performance || a.lighthouse.lcpMs - b.lighthouse.lcpMs);
  return runs[Math.floor(runs.length / 2)]!;
}

/**
 * The scripts fetched before the first map request, on a phone, as a reader who opens the story's first map
 * step and stays on it does (MapLibre starts once the reader is still). Scrolling on without stopping never
 * starts it, and would count every visual's code.
 */
async function jsBeforeMap(browser: Browser, origin: string, path: string): Promise<PageResult['jsBeforeMap']> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const requests: { url: string; type: string }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  const mapRequest = page.waitForRequest(MAP_REQUEST, { timeout: MAP_REQUEST_WAIT_MS }).catch(() => undefined);
  await page.goto(`${origin}${path}`);
  const firstMapStep = (await stageSteps(page)).find((step) => step.viz === 'map');
  if (firstMapStep) await page.evaluate((id) => (location.hash = id), firstMapStep.id);
  await mapRequest;
  await context.close();
  const mapAt = requests.findIndex((r) => MAP_REQUEST.test(r.url));
  const scripts = requests.slice(0, mapAt < 0 ? undefined : mapAt).filter((r) => r.type === 'script' && r.url.startsWith(origin));
  let gzipBytes = 0;
  for (const { url } of scripts) gzipBytes += gzipSync(readFileSync(fileForPath(new URL(url).pathname, OUT_DIR)!)).length;
  return { gzipKB: Number((gzipBytes / 1024).toFixed(1)), files: scripts.map((s) => new URL(s.url).pathname), mapRequested: mapAt >= 0 };
}

/** Scrolls the story top to bottom at reading speed under CPU throttling, timing frames and long tasks. */
async function scrollSmoothness(browser: Browser, origin: string): Promise<ScrollResult> {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const run = await page.evaluate(
    (speed) =>
      new Promise<{ start: number; end: number; gaps: number[]; tasks: { start: number; duration: number }[] }>((done) => {
        const gaps: number[] = [];
        const start = performance.now();
        let last = start;
        const bottom = document.documentElement.scrollHeight - innerHeight;
        const frame = (now: number) => {
          gaps.push(now - last);
          window.scrollBy(0, (speed * (now - last)) / 1000);
          last = now;
          if (scrollY < bottom - 1) requestAnimationFrame(frame);
          else {
            const end = performance.now();
            const w = window as unknown as { longTasks: { start: number; duration: number }[] };
            done({ start, end, gaps, tasks: w.longTasks.filter((t) => t.start + t.duration >= start && t.start <= end) });
          }
        };
        requestAnimationFrame(frame);
      }),
    SCROLL_SPEED,
  );
  await context.close();
  return {
    viewport: PHONE,
    cpuSlowdown: CPU_SLOWDOWN,
    speedPxPerS: SCROLL_SPEED,
    durationMs: Math.round(run.end - run.start),
    frames: run.gaps.length,
    longTasks: run.tasks.length,
    longestTaskMs: Math.round(Math.max(0, ...run.tasks.map((t) => t.duration))),
    blockingTimeMs: Math.round(run.tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
    p95FrameGapMs: Number(percentile(run.gaps, 0.95).toFixed(1)),
  };
}

interface Span {
  start: number;
  end: number;
}

/** Long tasks and frame gaps inside the given spans of time (performance.now() in the page). */
function phaseResult(spans: Span[], tasks: { start: number; duration: number }[], frames: number[]): PhaseResult {
  const inside = (t: number) => spans.some((s) => t >= s.start && t <= s.end);
  const overlaps = (start: number, end: number) => spans.some((s) => start <= s.end && end >= s.start);
  const mine = tasks.filter((t) => overlaps(t.start, t.start + t.duration));
  // A frame gap belongs to the phase in which the frame that ends it is drawn.
  const gaps = frames.slice(1).flatMap((f, i) => (inside(f) ? [f - frames[i]!] : []));
  return {
    durationMs: Math.round(spans.reduce((sum, s) => sum + s.end - s.start, 0)),
    frames: gaps.length,
    longTasks: mine.length,
    longestTaskMs: Math.round(Math.max(0, ...mine.map((t) => t.duration))),
    blockingTimeMs: Math.round(mine.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
    p95FrameGapMs: Number(percentile(gaps, 0.95).toFixed(1)),
    maxFrameGapMs: Number(Math.max(0, ...gaps).toFixed(1)),
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

interface ReaderLog {
  longTasks: { start: number; duration: number }[];
  frames: number[];
  engines: { at: number; engine: string }[];
}

/**
 * Reads the story as a person on a phone does: an eased scroll to each step (to where Next would
 * put it), then a pause to read it, under 4x CPU throttling, recording every frame and long task.
 */
async function readAtReaderPace(browser: Browser, origin: string): Promise<ReaderPaceResult> {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addInitScript(() => {
    const log: ReaderLog = { longTasks: [], frames: [], engines: [] };
    (window as unknown as { readerLog: ReaderLog }).readerLog = log;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) log.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const frame = (now: number) => {
      log.frames.push(now);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    addEventListener('DOMContentLoaded', () => {
      const map = document.querySelector<HTMLElement>('figure[data-viz="map"]');
      if (!map) return;
      new MutationObserver(() => log.engines.push({ at: performance.now(), engine: map.dataset.mapEngine ?? '' })).observe(map, {
        attributes: true,
        attributeFilter: ['data-map-engine'],
      });
    });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  const steps = (await stageSteps(page)).map(({ id, viz }) => ({ id, viz }));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (process.env.BENCH_TRACE) await browser.startTracing(page, { path: process.env.BENCH_TRACE, screenshots: false });

  const visits: { step: string; viz: string; moving: Span; reading: Span; engine: string | null }[] = [];
  for (const step of steps) {
    const moving = await page.evaluate(
      ([id, ms]) => {
        // Where the story's Next control puts a step: its middle on the trigger line (60 % down).
        const box = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect();
        const from = scrollY;
        const to = Math.max(0, Math.min(document.documentElement.scrollHeight - innerHeight, box.top + scrollY + Math.min(box.height, innerHeight) / 2 - innerHeight * 0.6));
        const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
        return new Promise<Span>((done) => {
          let start = 0;
          const frame = (now: number) => {
            start ||= now;
            const t = Math.min(1, (now - start) / Number(ms));
            scrollTo(0, from + (to - from) * ease(t));
            if (t < 1) requestAnimationFrame(frame);
            else {
              const end = performance.now();
              // In a trace (BENCH_TRACE), this marks the scroll for bench/trace-summary.ts.
              performance.measure('bench:moving', { start, end });
              done({ start, end });
            }
          };
          requestAnimationFrame(frame);
        });
      },
      [step.id, READER.scrollMs] as const,
    );
    const reading = await page.evaluate(
      (ms) => new Promise<Span>((done) => {
        const start = performance.now();
        setTimeout(() => done({ start, end: performance.now() }), ms);
      }),
      READER.readMs,
    );
    visits.push({ ...step, step: step.id, moving, reading, engine: await page.getAttribute('figure[data-viz="map"]', 'data-map-engine') });
  }
  const log = await page.evaluate(() => (window as unknown as { readerLog: ReaderLog }).readerLog);
  if (process.env.BENCH_TRACE) {
    await browser.stopTracing();
    printLongTaskSummary(summarizeLongTasks(process.env.BENCH_TRACE, origin));
  }
  await context.close();

  const movingSpans = visits.map((v) => v.moving);
  const mapVisits = visits.filter((v) => v.viz === 'map');
  const firstShown = log.engines.find((e) => e.engine === 'maplibre');
  const shownDuring = firstShown && visits.find((v) => firstShown.at <= v.reading.end);
  const firstMapArrival = mapVisits[0]?.moving.end;
  const stepOf = (t: number) => visits.find((v) => t <= v.reading.end)?.step ?? '';
  const whileMoving = log.longTasks.filter((t) => movingSpans.some((s) => t.start <= s.end && t.start + t.duration >= s.start));
  return {
    viewport: PHONE,
    cpuSlowdown: CPU_SLOWDOWN,
    scrollMsPerStep: READER.scrollMs,
    readMsPerStep: READER.readMs,
    steps: visits.length,
    moving: phaseResult(movingSpans, log.longTasks, log.frames),
    reading: phaseResult(
      visits.map((v) => v.reading),
      log.longTasks.filter((t) => !whileMoving.includes(t)),
      log.frames,
    ),
    map: {
      firstShownAtStep: shownDuring?.step ?? null,
      firstShownAfterMs: firstShown && firstMapArrival !== undefined ? Math.round(firstShown.at - firstMapArrival) : null,
      stepsShowingMapLibre: mapVisits.filter((v) => v.engine === 'maplibre').length,
      mapSteps: mapVisits.length,
      engineAtEnd: Object.fromEntries(mapVisits.map((v) => [v.step, v.engine ?? 'none'])),
    },
    worstWhileMoving: [...whileMoving]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 8)
      .map((t) => ({ step: stepOf(t.start), startMs: Math.round(t.start), durationMs: Math.round(t.duration) })),
    movingByStep: Object.fromEntries(
      visits.flatMap(({ step, moving }) => {
        const tasks = whileMoving.filter((t) => t.start <= moving.end && t.start + t.duration >= moving.start);
        return tasks.length ? [[step, { longTasks: tasks.length, longestTaskMs: Math.round(Math.max(...tasks.map((t) => t.duration))) }]] : [];
      }),
    ),
  };
}

/**
 * Runs in the page: the share of the screen (0–1) where the active figure's graphic is what shows
 * (hit-tested on a grid, so cards, headers and anything else on top count as covering it), or null
 * when no step is readable (none current, or the current step's card not wholly on screen).
 */
function uncoveredGraphic(): { step: string; share: number } | null {
  const step = document.querySelector<HTMLElement>('[aria-current="step"]');
  const graphic = document.querySelector('figure.is-active .figure__canvas');
  if (!step || !graphic) return null;
  const card = (step.querySelector('.step__card') ?? step).getBoundingClientRect();
  if (card.top < 0 || card.bottom > innerHeight || card.height === 0) return null;
  const GRID = 6;
  let shown = 0;
  let total = 0;
  for (let y = GRID / 2; y < innerHeight; y += GRID) {
    for (let x = GRID / 2; x < innerWidth; x += GRID) {
      total++;
      const top = document.elementFromPoint(x, y);
      if (top && graphic.contains(top)) shown++;
    }
  }
  return { step: step.dataset.step!, share: shown / total };
}

/** For each step, the mean share of the screen showing its graphic uncovered while it is readable. */
async function phoneCoverage(browser: Browser, origin: string, viewport: { width: number; height: number }): Promise<CoverageResult> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  const ids = (await stageSteps(page)).map((s) => s.id);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const shares = new Map<string, number[]>(ids.map((id) => [id, []]));
  for (let y = 0; y < height; y += Math.round(viewport.height / 12)) {
    await page.evaluate((top) => scrollTo(0, top), y);
    await page.evaluate(twoFrames);
    const sample = await page.evaluate(uncoveredGraphic);
    if (sample) shares.get(sample.step)?.push(sample.share);
  }
  await context.close();
  const perStep = new Map([...shares].map(([id, list]) => [id, list.length ? (100 * list.reduce((a, b) => a + b, 0)) / list.length : null]));
  // A step that is never readable shows none of its graphic.
  const values = [...perStep.values()].map((v) => v ?? 0);
  return {
    medianPct: Number(percentile(values, 0.5).toFixed(1)),
    minPct: Number(Math.min(...values).toFixed(1)),
    steps: Object.fromEntries([...perStep].map(([id, v]) => [id, v === null ? null : Number(v.toFixed(1))])),
  };
}

function get(result: unknown, metric: string): number {
  return metric.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], result) as number;
}

function check(b: Budget, page: string, source: unknown, limit = b.limit): Results['budgets'][number] {
  const value = get(source, b.metric);
  const compared = b.decimals === undefined ? value : Number(value.toFixed(b.decimals));
  const ok = b.better === 'higher' ? compared >= limit : compared <= limit;
  return { label: b.label, page, limit, value, ok };
}

function checkBudgets(pages: Record<string, PageResult>, story: Pick<Results, 'scroll' | 'readerPace' | 'coverage'>): Results['budgets'] {
  const checks = Object.entries(pages).flatMap(([path, result]) => PAGE_BUDGETS.map((b) => check(b, path, result)));
  for (const b of STORY_BUDGETS) checks.push(check(b, '/', story, Number.isNaN(b.limit) ? story.readerPace.map.mapSteps : b.limit));
  return checks;
}

/** Flattens nested results to `a.b.c -> number` for the table and the comparison. */
function flatten(value: unknown, prefix = ''): Map<string, number> {
  const out = new Map<string, number>();
  if (typeof value === 'number') out.set(prefix, value);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) for (const [k, v] of flatten(inner, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

function lastCommitted(): Results | undefined {
  try {
    return JSON.parse(execFileSync('git', ['show', 'HEAD:bench/results.json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return undefined;
  }
}

function report(results: Results, previous: Results | undefined) {
  // Per-step coverage stays in results.json; the table lists the summaries.
  const summary = (coverage: Results['coverage'] = {}) => Object.fromEntries(Object.entries(coverage).map(([k, { medianPct, minPct }]) => [k, { medianPct, minPct }]));
  const measured = (r: Results) => flatten({ pages: r.pages, gzipHost: r.gzipHost, scroll: r.scroll, readerPace: r.readerPace, coverage: summary(r.coverage) });
  const now = measured(results);
  const before = previous ? measured(previous) : new Map<string, number>();
  const rows = [...now].map(([key, value]) => {
    const old = before.get(key);
    const change = old === undefined ? '' : value === old ? '=' : `${value > old ? '+' : ''}${Number((value - old).toFixed(2))}`;
    return [key, String(value), old === undefined ? '' : String(old), change];
  });
  const header = ['metric', 'now', previous ? `last commit (${previous.commit})` : 'last commit (none)', 'change'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  console.log('\nBudgets:');
  for (const b of results.budgets) console.log(`  ${b.ok ? 'ok  ' : 'OVER'}  ${b.page.padEnd(8)} ${b.label}: ${b.value} (budget ${b.limit})`);
  for (const [path, page] of Object.entries(results.pages)) {
    console.log(`\nJS before the map on ${path}${page.jsBeforeMap.mapRequested ? '' : ' (the map was never requested)'}: ${page.jsBeforeMap.files.join(', ') || 'none'}`);
  }
}

async function main() {
  await build();
  const loadAverage = Number(loadavg()[0]!.toFixed(1));
  if (loadAverage > cpus().length) console.warn(`The machine is busy (load ${loadAverage} on ${cpus().length} CPUs): timings will be inflated.`);
  const server = await serveStatic(OUT_DIR, { compress: 'precompressed' });
  const port = await freePort();
  // The network as a reader's browser meets it, with no proxy in the way (the site requests nothing from elsewhere:
  // npm test checks that).
  const browser = await launchBrowser({ webgl: true, offline: false, args: [`--remote-debugging-port=${port}`] });
  try {
    if (ONLY) {
      // Some measures only, printed: for trying a change, not for the record.
      if (ONLY.includes('scroll')) console.log(JSON.stringify(await scrollSmoothness(browser, server.origin), null, 2));
      if (ONLY.includes('reader')) console.log(JSON.stringify(await readAtReaderPace(browser, server.origin), null, 2));
      if (ONLY.includes('coverage')) for (const viewport of COVERAGE_VIEWPORTS) console.log(JSON.stringify(await phoneCoverage(browser, server.origin, viewport), null, 2));
      if (ONLY.includes('lighthouse')) for (const path of PAGES) console.log(path, JSON.stringify(await runLighthouse(`${server.origin}${path}`, port)));
      if (ONLY.includes('js')) for (const path of PAGES) console.log(path, JSON.stringify(await jsBeforeMap(browser, server.origin, path)));
      return;
    }
    const pages: Record<string, PageResult> = {};
    for (const path of PAGES) {
      console.log(`Lighthouse ${path} (${LIGHTHOUSE_RUNS} runs) …`);
      pages[path] = { ...(await medianLighthouse(`${server.origin}${path}`, port)), jsBeforeMap: await jsBeforeMap(browser, server.origin, path) };
    }
    const gzipServer = await serveStatic(OUT_DIR, { compress: 'gzip' });
    const gzipHost: Results['gzipHost'] = {};
    for (const path of GZIP_HOST_PAGES) {
      console.log(`Lighthouse ${path} from a host that only gzips (${LIGHTHOUSE_RUNS} runs) …`);
      const { lighthouse, bytes } = await medianLighthouse(`${gzipServer.origin}${path}`, port);
      gzipHost[path] = { lcpMs: lighthouse.lcpMs, htmlBytes: bytes.html };
    }
    await gzipServer.close();
    console.log('Scrolling the story under 4x CPU throttling …');
    const scroll = await scrollSmoothness(browser, server.origin);
    console.log(`Reading the story at a reader's pace under 4x CPU throttling (${READER.scrollMs} ms scroll + ${READER.readMs} ms per step) …`);
    const readerPace = await readAtReaderPace(browser, server.origin);
    const coverage: Results['coverage'] = {};
    for (const viewport of COVERAGE_VIEWPORTS) {
      console.log(`Phone coverage at ${viewport.width}×${viewport.height} …`);
      coverage[`${viewport.width}x${viewport.height}`] = await phoneCoverage(browser, server.origin, viewport);
    }
    const results: Results = {
      date: new Date().toISOString(),
      commit: execFileSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).trim(),
      environment: {
        chromium: browser.version(),
        lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version,
        node: process.version,
        cpus: cpus().length,
        loadAverage,
      },
      pages,
      gzipHost,
      scroll,
      readerPace,
      coverage,
      budgets: checkBudgets(pages, { scroll, readerPace, coverage }),
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    report(results, lastCommitted());
    console.log(`\nWrote ${RESULTS}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
