// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scene, Size } from '../../src/viz/scene.ts';

/**
 * The browser side of every SVG visual (src/viz/svg-visual.ts) under jsdom: when it lays the visual
 * out, at what size, and when it reports a state shown. jsdom has no layout, so the test sets the
 * canvas's size and fires its ResizeObserver; the DOM join (scene-dom.ts) has its own tests.
 */

const applied: { scene: Scene; duration: number }[] = [];
vi.mock('../../src/viz/scene-dom.ts', () => ({ applyScene: (_svg: SVGSVGElement, scene: Scene, duration: number) => applied.push({ scene, duration }) }));

const { svgVisual, TRANSITION_MS } = await import('../../src/viz/svg-visual.ts');

let resized: (() => void) | undefined;
let frames: (() => void)[] = [];
beforeEach(() => {
  applied.length = 0;
  frames = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resized = callback;
      }
      observe() {}
    },
  );
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
});
afterEach(() => vi.unstubAllGlobals());

/** A figure as Figure.astro writes it, its canvas this big, with this CSS padding (the part cards cover on a phone). */
function figure(width: number, height: number, padding = '0px') {
  document.body.innerHTML = `<figure data-viz="test"><div class="figure__canvas" style="padding: ${padding}"><svg></svg></div></figure>`;
  const el = document.querySelector('figure')!;
  const canvas = el.querySelector<HTMLElement>('.figure__canvas')!;
  const resize = (w: number, h: number) => {
    Object.defineProperty(canvas, 'clientWidth', { configurable: true, value: w });
    Object.defineProperty(canvas, 'clientHeight', { configurable: true, value: h });
  };
  resize(width, height);
  return { el, resize };
}

/** A layout that records the size it was asked for. */
const sizes: Size[] = [];
const layout = (data: { name: string }, state: { step: string }, size: Size): Scene => {
  sizes.push(size);
  return { width: size.width, height: size.height, marks: [{ key: `${data.name}:${state.step}`, tag: 'rect', attrs: {} }] };
};
const drawn = () => applied.map(({ scene, duration }) => `${scene.marks[0]!.key} ${scene.width}x${scene.height} ${duration}ms`);
const nextFrame = async () => {
  const pending = frames;
  frames = [];
  pending.forEach((f) => f());
  await Promise.resolve();
};

describe('an SVG visual in the browser', () => {
  it('lays the state out at the canvas’s size, the covered edges as its inset, and reports it shown after a frame', async () => {
    const { el } = figure(390, 500, '0px 0px 120px 0px');
    const visual = await svgVisual(layout)(el, { name: 'chart' }, { whenStill: async () => {} });
    let shown = false;
    const showing = Promise.resolve(visual.show({ step: 'a' }, { animate: false })).then(() => (shown = true));
    expect(drawn()).toEqual(['chart:a 390x500 0ms']);
    expect(sizes.at(-1)!.inset).toEqual({ top: 0, right: 0, bottom: 120, left: 0 });
    await Promise.resolve();
    expect(shown).toBe(false);
    await nextFrame();
    await showing;
    expect(shown).toBe(true);
  });

  it('animates when asked, for the length the visuals share', async () => {
    const { el } = figure(560, 400);
    const visual = await svgVisual(layout)(el, { name: 'chart' }, { whenStill: async () => {} });
    const showing = visual.show({ step: 'b' }, { animate: true });
    await nextFrame();
    await showing;
    expect(drawn()).toEqual([`chart:b 560x400 ${TRANSITION_MS}ms`]);
  });

  it('redraws at once at the final size when the figure settles during the frame, before reporting it shown', async () => {
    const { el, resize } = figure(390, 500);
    const visual = await svgVisual(layout)(el, { name: 'chart' }, { whenStill: async () => {} });
    const showing = visual.show({ step: 'a' }, { animate: true });
    resize(390, 460); // the caption below has grown
    await nextFrame();
    await showing;
    expect(drawn()).toEqual([`chart:a 390x500 ${TRANSITION_MS}ms`, 'chart:a 390x460 0ms']);
  });

  it('draws nothing while hidden, then draws when it appears, and redraws on a resize but not without one', async () => {
    const { el, resize } = figure(0, 0);
    const visual = await svgVisual(layout)(el, { name: 'map' }, { whenStill: async () => {} });
    resized!(); // observed before any state: nothing to draw
    const showing = visual.show({ step: 'a' }, { animate: false });
    await nextFrame();
    await showing;
    expect(drawn()).toEqual([]);
    resize(320, 480);
    resized!();
    resized!();
    resize(640, 480);
    resized!();
    expect(drawn()).toEqual(['map:a 320x480 0ms', 'map:a 640x480 0ms']);
  });
});
