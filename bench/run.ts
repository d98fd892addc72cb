/**
 * The performance benchmark (`npm run bench`): builds the site, serves it gzip-compressed as a
 * production host would, and measures it in the system Chromium:
 *
 * - Lighthouse (default mobile settings) on the story and on /embed/: category scores, LCP, TBT,
 *   CLS, and bytes by type;
 * - the JavaScript a reader downloads before the map is requested;
 * - scroll smoothness: a scripted scroll through the whole story under 4x CPU throttling
 *   (long tasks, blocking time and frame gaps while scrolling).
 *
 * It writes bench/results.json, prints a table with the budgets, and the change against the
 * results in the last commit. Budgets are reported, not enforced: speed is not a test.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), SKIP_BUILD=1 to reuse the build in
 * ASTRO_OUT_DIR (default: a folder in the system temp dir).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import type { Browser } from 'playwright-core';
import { PHONE, launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';
import { fileForPath } from '../tests/support/site-pages.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results.json');
const OUT_DIR = resolve(process.env.ASTRO_OUT_DIR ?? join(tmpdir(), 'karabakh-bench', 'dist'));
const PAGES = ['/', '/embed/'];
/** What counts as "the map is requested": MapLibre's code or worker, or the map's geodata. */
const MAP_REQUEST = /maplibre|\/geo\//i;
const CPU_SLOWDOWN = 4;
/** Reading speed of the scripted scroll, in CSS px per second. */
const SCROLL_SPEED = 1500;

const BUDGETS = [
  { metric: 'lighthouse.performance', label: 'Lighthouse performance (mobile)', limit: 95, better: 'higher' },
  { metric: 'lighthouse.accessibility', label: 'Lighthouse accessibility (mobile)', limit: 100, better: 'higher' },
  { metric: 'lighthouse.clsScore', label: 'Cumulative layout shift', limit: 0.02, better: 'lower', strict: true },
  { metric: 'jsBeforeMap.gzipKB', label: 'JS before the map is requested (KB gzip)', limit: 50, better: 'lower' },
] as const;
const SCROLL_BUDGET = { label: 'Longest task while scrolling (ms)', limit: 200 };

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
  /** Bytes over the wire (gzip where the host compresses), by type, during Lighthouse's load. */
  bytes: Record<'html' | 'css' | 'js' | 'fonts' | 'geodata' | 'other' | 'total', number>;
  jsBeforeMap: { gzipKB: number; files: string[]; mapRequested: boolean };
}

interface ScrollResult {
  viewport: { width: number; height: number };
  cpuSlowdown: number;
  speedPxPerS: number;
  durationMs: number;
  frames: number;
  longTasks: number;
  longestTaskMs: number;
  blockingTimeMs: number;
  p95FrameGapMs: number;
}

interface Results {
  date: string;
  commit: string;
  /** loadAverage: the machine's 1-minute load when the run started; numbers from a busy machine are inflated. */
  environment: { chromium: string; lighthouse: string; node: string; cpus: number; loadAverage: number };
  pages: Record<string, PageResult>;
  scroll: ScrollResult;
  budgets: { label: string; page: string; limit: number; value: number; ok: boolean }[];
}

function build() {
  if (process.env.SKIP_BUILD) return;
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

/** The scripts fetched before the first map request, as a reader on a phone reads the page to the end. */
async function jsBeforeMap(browser: Browser, origin: string, path: string): Promise<PageResult['jsBeforeMap']> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const requests: { url: string; type: string }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  // The map may sit further down the story: read on until it is requested, or the page ends.
  while (!requests.some((r) => MAP_REQUEST.test(r.url))) {
    const moved = await page.evaluate(() => {
      const before = scrollY;
      scrollBy(0, innerHeight / 2);
      return scrollY > before;
    });
    if (!moved) break;
    await page.waitForTimeout(50);
  }
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
  const sorted = [...run.gaps].sort((a, b) => a - b);
  return {
    viewport: PHONE,
    cpuSlowdown: CPU_SLOWDOWN,
    speedPxPerS: SCROLL_SPEED,
    durationMs: Math.round(run.end - run.start),
    frames: run.gaps.length,
    longTasks: run.tasks.length,
    longestTaskMs: Math.round(Math.max(0, ...run.tasks.map((t) => t.duration))),
    blockingTimeMs: Math.round(run.tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
    p95FrameGapMs: Number((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN).toFixed(1)),
  };
}

function get(result: PageResult, metric: string): number {
  return metric.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], result) as number;
}

function checkBudgets(pages: Record<string, PageResult>, scroll: ScrollResult): Results['budgets'] {
  const checks: Results['budgets'] = [];
  for (const [path, result] of Object.entries(pages)) {
    for (const b of BUDGETS) {
      const value = get(result, b.metric);
      const ok = b.better === 'higher' ? value >= b.limit : 'strict' in b ? value < b.limit : value <= b.limit;
      checks.push({ label: b.label, page: path, limit: b.limit, value, ok });
    }
  }
  checks.push({ label: SCROLL_BUDGET.label, page: '/', limit: SCROLL_BUDGET.limit, value: scroll.longestTaskMs, ok: scroll.longestTaskMs <= SCROLL_BUDGET.limit });
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
  const now = flatten({ pages: results.pages, scroll: results.scroll });
  const before = previous ? flatten({ pages: previous.pages, scroll: previous.scroll }) : new Map<string, number>();
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
  build();
  const loadAverage = Number(loadavg()[0]!.toFixed(1));
  if (loadAverage > cpus().length) console.warn(`The machine is busy (load ${loadAverage} on ${cpus().length} CPUs): timings will be inflated.`);
  const server = await serveStatic(OUT_DIR, { gzip: true });
  const port = await freePort();
  const browser = await launchBrowser({ webgl: true, args: [`--remote-debugging-port=${port}`] });
  try {
    const pages: Record<string, PageResult> = {};
    for (const path of PAGES) {
      console.log(`Lighthouse ${path} …`);
      const measured = await runLighthouse(`${server.origin}${path}`, port);
      pages[path] = { ...measured, jsBeforeMap: await jsBeforeMap(browser, server.origin, path) };
    }
    console.log('Scrolling the story under 4x CPU throttling …');
    const scroll = await scrollSmoothness(browser, server.origin);
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
      scroll,
      budgets: checkBudgets(pages, scroll),
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
