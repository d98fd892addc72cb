import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isolatedContext, launchBrowser, twoFrames } from '../support/browser.ts';
import { serveFiles, type StaticServer } from '../support/server.ts';
import { DEFAULT_EMBED_OPTIONS, setEmbedOptions, type EmbedOptions } from '../../src/embed/options.ts';

/**
 * Single-graphic embeds (/embed/<viz-id>/) in a newsroom's article column, on a host page of another
 * origin: for every visual and every state it has, in frames of 390×640 (a phone's column), 640×480
 * (a desktop's) and 280×500 (the narrowest), the graphic owns the frame, no two controls or text
 * blocks overlap, and a legend never covers more than a tenth of the graphic. The newsroom options
 * (title, caption, controls, theme) each change what they say and nothing else; malformed ones keep
 * the defaults; and the project's loader sizes the frame to its content with any of them.
 */
const origin = inject('origin');
let browser: Browser;
let host: StaticServer;
let steps: { id: string; viz: string }[];

const FRAMES = [
  { width: 390, height: 640, minGraphicShare: 0.6 },
  { width: 640, height: 480, minGraphicShare: 0.6 },
  { width: 280, height: 500, minGraphicShare: 0 },
];

const hostPage = (embed: string) => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>
<style>body{margin:0;font:18px/1.5 Georgia,serif} iframe{display:block;border:0}</style></head><body>${embed}</body></html>`,
});

beforeAll(async () => {
  browser = await launchBrowser({ webgl: true });
  steps = ((await (await fetch(`${origin}/story.json`)).json()) as { steps: typeof steps }).steps;
  host = await serveFiles(
    {
      // A fixed-size frame, as a newsroom's CMS gives a graphic: /frame.html?w=390&h=640&src=<embed URL>
      '/frame.html': hostPage(
        `<script>const q = new URLSearchParams(location.search); const f = document.createElement('iframe'); f.title = 'Graphic'; f.width = q.get('w'); f.height = q.get('h'); f.src = q.get('src'); document.body.append(f);</script>`,
      ),
      // The project's loader, as the Embed panel offers it: /loader.html?src=<embed URL>
      '/loader.html': hostPage(
        `<p>The host's article.</p><script>const f = document.createElement('iframe'); f.title = 'Graphic'; f.width = '100%'; f.height = '560'; f.setAttribute('data-karabakh-embed', ''); f.src = new URLSearchParams(location.search).get('src'); document.body.append(f); const s = document.createElement('script'); s.src = '${origin}/embed.js'; document.body.append(s);</script><p>More of the host's article.</p>`,
      ),
    },
    { host: '127.0.0.2' },
  );
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const visuals = () => [...new Set(steps.map((s) => s.viz))];
const embedUrl = (viz: string, query = '') => `${origin}/embed/${viz}/${query}`;

/**
 * A host page's tab, in a context of its own (close it when done). One tab loads host page after host page,
 * as a reader goes from article to article: a fresh tab for each would cost a renderer each.
 */
async function hostTab(options: Parameters<Browser['newContext']>[0] = {}) {
  const { context } = await isolatedContext(browser, [origin, host.origin], { viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce', ...options });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  return { context, tab, errors };
}

/** Loads a host page (`hostPath`, with its query) framing the embed at `url` in `tab`; the frame once loaded. */
async function openFrame(tab: Page, hostPath: string, url: string): Promise<Frame> {
  await tab.goto(`${host.origin}${hostPath}${hostPath.includes('?') ? '&' : '?'}src=${encodeURIComponent(url)}`);
  await expect.poll(() => tab.frames().some((f) => f.url().startsWith(`${origin}/embed/`)), { timeout: 20_000 }).toBe(true);
  const frame = tab.frames().find((f) => f.url().startsWith(`${origin}/embed/`))!;
  await frame.waitForLoadState('load');
  return frame;
}

/** Waits until the frame's figure shows `step`, and the frame has painted it. */
async function shown(frame: Frame, step: string) {
  await frame.waitForSelector(`figure[data-viz-step="${step}"]`, { timeout: 20_000 });
  await frame.evaluate(twoFrames);
}

interface FrameReport {
  /** The graphic's painted area, clipped by the frame and every ancestor that clips, over the frame's area. */
  graphicShare: number;
  /** Visible legends (a legend box or a folded legend's Key toggle), each as a share of the graphic. */
  legendShares: number[];
  overlaps: string[];
  parts: Record<'title' | 'caption' | 'controls' | 'credit', boolean>;
  background: string;
}

/** Runs in the frame: what the reader sees of the single graphic. */
function frameReport(): FrameReport {
  type Box = { left: number; top: number; right: number; bottom: number };
  const viewport: Box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const intersect = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
  const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
  const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && area(el.getBoundingClientRect()) > 0;

  const canvas = document.querySelector('figure[data-viz] .figure__canvas')!;
  let painted: Box = intersect(canvas.getBoundingClientRect(), viewport);
  for (let el = canvas.parentElement; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') painted = intersect(painted, el.getBoundingClientRect());
  }
  const graphicArea = area(painted);

  const legends = [...document.querySelectorAll('.map-legend, .map-key')].filter(visible);
  const legendShares = legends.map((el) => area(intersect(el.getBoundingClientRect(), painted)) / graphicArea);

  // Everything the reader reads or presses outside the graphic, as line boxes: a wrapping link is two boxes.
  const items: { name: string; box: Box; overGraphic: boolean }[] = [{ name: 'the graphic', box: painted, overGraphic: false }];
  const label = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
  const controls = [...document.querySelectorAll('a[href], button, summary, select, input')].filter(visible);
  for (const el of controls) {
    for (const box of el.getClientRects()) if (area(box) > 0) items.push({ name: label(el), box, overGraphic: canvas.contains(el) });
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || parent.closest('svg, .figure__canvas, script, style, .visually-hidden, a[href], button, summary') || !visible(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) if (area(box) > 0) items.push({ name: `"${node.textContent!.trim().slice(0, 30)}"`, box, overGraphic: false });
  }
  const overlaps: string[] = [];
  items.forEach((a, i) =>
    items.slice(i + 1).forEach((b) => {
      // Controls laid over the graphic (Explore the map, Key) belong on it; they must still not overlap each other.
      if ((a.overGraphic && b.name === 'the graphic') || (b.overGraphic && a.name === 'the graphic')) return;
      const shared = intersect(a.box, b.box);
      if (shared.right - shared.left > 1 && shared.bottom - shared.top > 1) overlaps.push(`${a.name} overlaps ${b.name}`);
    }),
  );

  const shows = (selector: string) => [...document.querySelectorAll(selector)].some(visible);
  return {
    graphicShare: graphicArea / (innerWidth * innerHeight),
    legendShares,
    overlaps,
    parts: { title: shows('.figure__heading'), caption: shows('.about__toggle'), controls: shows('[data-controls] button'), credit: shows('.embed-footer') },
    background: getComputedStyle(document.body).backgroundColor,
  };
}

/** Relative luminance of an rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.map((c) => Number(c) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('a single graphic in a newsroom’s frame', () => {
  for (const size of FRAMES) {
    it(`at ${size.width} x ${size.height}, for every visual and state: the graphic owns the frame, nothing overlaps, legends stay small`, async () => {
      const problems: string[] = [];
      const shares: string[] = [];
      const { context, tab, errors } = await hostTab();
      for (const viz of visuals()) {
        const ids = steps.filter((s) => s.viz === viz).map((s) => s.id);
        const frame = await openFrame(tab, `/frame.html?w=${size.width}&h=${size.height}`, embedUrl(viz, `?step=${ids[0]}`));
        for (const [i, id] of ids.entries()) {
          if (i > 0) await frame.click('[data-step-next]');
          await shown(frame, id);
          const report = await frame.evaluate(frameReport);
          shares.push(`${viz}#${id} ${Math.round(report.graphicShare * 100)}%`);
          if (report.graphicShare < size.minGraphicShare) problems.push(`${viz}#${id}: the graphic fills ${Math.round(report.graphicShare * 100)} % of the frame`);
          problems.push(...report.overlaps.map((o) => `${viz}#${id}: ${o}`));
          for (const share of report.legendShares) if (share > 0.1) problems.push(`${viz}#${id}: a legend covers ${Math.round(share * 100)} % of the graphic`);
          for (const [part, on] of Object.entries(report.parts)) if (!on) problems.push(`${viz}#${id}: no ${part} shown by default`);
        }
        expect(errors, viz).toEqual([]);
      }
      await context.close();
      expect(problems, shares.join(', ')).toEqual([]);
    });
  }
});

describe('a newsroom’s options for a single graphic', () => {
  // What a part left out gives the graphic depends on the visual's layout: every visual. Values that change
  // nothing go through the same parser (src/embed/options.ts, unit-tested) and page for every visual: the first.
  const variants: [string, string, Partial<FrameReport['parts']>, 'every visual' | 'one visual'][] = [
    ['title=0', '&title=0', { title: false }, 'every visual'],
    ['caption=0', '&caption=0', { caption: false }, 'every visual'],
    ['controls=0', '&controls=0', { controls: false }, 'every visual'],
    ['title=1&caption=1&controls=1 (the defaults, spelled out)', '&title=1&caption=1&controls=1', {}, 'one visual'],
    ['malformed values', '&title=no&caption=yes&controls=2&theme=blue&title=', {}, 'one visual'],
    ['unknown options', '&colour=red&legend=0', {}, 'one visual'],
  ];

  it('each hides what it names and nothing else; malformed or unknown ones keep the defaults', async () => {
    const { context, tab } = await hostTab({ colorScheme: 'light' });
    for (const [index, viz] of visuals().entries()) {
      const step = steps.find((s) => s.viz === viz)!.id;
      const open = async (query: string) => {
        const frame = await openFrame(tab, '/frame.html?w=390&h=640', embedUrl(viz, `?step=${step}${query}`));
        await shown(frame, step);
        return frame.evaluate(frameReport);
      };
      const defaults = await open('');
      expect(defaults.parts, viz).toEqual({ title: true, caption: true, controls: true, credit: true });
      for (const [name, query, hidden] of variants.filter(([, , , on]) => on === 'every visual' || index === 0)) {
        const report = await open(query);
        expect(report.parts, `${viz}: ${name}`).toEqual({ ...defaults.parts, ...hidden });
        expect(report.background, `${viz}: ${name} keeps the reader's theme`).toBe(defaults.background);
        expect(report.overlaps, `${viz}: ${name}`).toEqual([]);
        // What a hidden part leaves goes to the graphic.
        if (Object.keys(hidden).length) expect(report.graphicShare, `${viz}: ${name}`).toBeGreaterThan(defaults.graphicShare);
        else expect(report.graphicShare, `${viz}: ${name}`).toBeCloseTo(defaults.graphicShare, 3);
      }
    }
    await context.close();
  });

  it('theme= sets the colours whatever the reader’s setting, and auto follows it', async () => {
    const viz = visuals()[0]!;
    const step = steps.find((s) => s.viz === viz)!.id;
    const { context, tab } = await hostTab();
    for (const [query, scheme, dark] of [
      ['', 'light', false],
      ['', 'dark', true],
      ['&theme=auto', 'dark', true],
      ['&theme=dark', 'light', true],
      ['&theme=light', 'dark', false],
    ] as const) {
      // The reader's setting, before the page that reads it loads.
      await tab.emulateMedia({ colorScheme: scheme });
      const frame = await openFrame(tab, '/frame.html?w=390&h=640', embedUrl(viz, `?step=${step}${query}`));
      await shown(frame, step);
      const report = await frame.evaluate(frameReport);
      expect(luminance(report.background) < 0.2, `${query || 'no theme'} for a reader in ${scheme}`).toBe(dark);
      expect(report.parts).toEqual({ title: true, caption: true, controls: true, credit: true });
    }
    await context.close();
  });

  it('with the project’s loader, the frame takes the height of its content for any combination', async () => {
    const combinations: Partial<EmbedOptions>[] = [{}, { title: false }, { caption: false }, { controls: false }, { title: false, caption: false, controls: false, theme: 'dark' }];
    const { context, tab, errors } = await hostTab();
    for (const viz of ['map', visuals().find((v) => v !== 'map')!]) {
      const step = steps.find((s) => s.viz === viz)!.id;
      for (const combination of combinations) {
        const query = setEmbedOptions(new URLSearchParams({ step }), { ...DEFAULT_EMBED_OPTIONS, ...combination });
        const frame = await openFrame(tab, '/loader.html', embedUrl(viz, `?${query}`));
        await shown(frame, step);
        const heights = async () => ({
          frame: Math.round(await tab.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)),
          content: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
        });
        // The loader has taken over (pym child id in the frame's address) and sized the frame to what it holds.
        await expect.poll(() => frame.url(), { message: `${viz}?${query}`, timeout: 20_000 }).toContain('childId=');
        await expect.poll(async () => { const h = await heights(); return Math.abs(h.frame - h.content); }, { message: `${viz}?${query}`, timeout: 20_000 }).toBeLessThanOrEqual(1);
        const report = await frame.evaluate(frameReport);
        expect(report.graphicShare, `${viz}?${query}`).toBeGreaterThan(0.5);
        expect(report.overlaps, `${viz}?${query}`).toEqual([]);
        expect(errors).toEqual([]);
      }
    }
    await context.close();
  });
});
