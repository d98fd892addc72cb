// @vitest-environment jsdom
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mark, Scene } from '../../src/viz/scene.ts';

/**
 * The browser's join of a Scene into a live SVG, under fake timers: d3's transitions are driven
 * frame by frame, so a redraw can be made to land in the middle of one.
 */

let applyScene: typeof import('../../src/viz/scene-dom.ts').applyScene;
let svg: SVGSVGElement;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
  // d3-timer reads the clock and the frame scheduler when it is first imported: import it under the fake ones.
  ({ applyScene } = await import('../../src/viz/scene-dom.ts'));
  const style = document.createElement('style');
  style.textContent = '.faint { opacity: 0.25; }';
  document.head.append(style);
});
afterAll(() => vi.useRealTimers());

beforeEach(() => {
  document.body.innerHTML = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
  svg = document.querySelector('svg')!;
});

const dot = (key: string, x: number, className = 'dot'): Mark => ({ key, tag: 'circle', attrs: { class: className, cx: x, cy: 10, r: 4 } });
const scene = (...marks: Mark[]): Scene => ({ width: 200, height: 100, marks });
const el = (key: string) => svg.querySelector<SVGElement>(`[data-key="${key}"]`);
/** Lets d3 run its transitions for `ms` of (fake) time. */
const run = (ms: number) => vi.advanceTimersByTime(ms);

describe('applyScene', () => {
  it('moves marks to the new state over the duration, and applies a zero-duration state at once', () => {
    applyScene(svg, scene(dot('a', 10)), 0);
    expect(el('a')!.getAttribute('cx')).toBe('10');
    applyScene(svg, scene(dot('a', 110)), 500);
    run(250);
    const halfway = Number(el('a')!.getAttribute('cx'));
    expect(halfway).toBeGreaterThan(10);
    expect(halfway).toBeLessThan(110);
    run(500);
    expect(el('a')!.getAttribute('cx')).toBe('110');
  });

  it('ends at the new layout when a zero-duration redraw (a resize) lands mid-transition', () => {
    applyScene(svg, scene(dot('a', 10)), 0);
    applyScene(svg, scene(dot('a', 110)), 500);
    run(200);
    applyScene(svg, scene(dot('a', 60)), 0);
    expect(el('a')!.getAttribute('cx')).toBe('60');
    run(1000);
    expect(el('a')!.getAttribute('cx')).toBe('60');
  });

  it('keeps a mark that leaves and returns mid-fade, fading back to full opacity', () => {
    applyScene(svg, scene(dot('a', 10), dot('b', 50)), 0);
    applyScene(svg, scene(dot('a', 10)), 500);
    run(250);
    const fading = Number(getComputedStyle(el('b')!).opacity);
    expect(fading).toBeGreaterThan(0);
    expect(fading).toBeLessThan(1);
    applyScene(svg, scene(dot('a', 10), dot('b', 50)), 500);
    run(1000);
    expect(el('b')).not.toBeNull();
    expect(el('b')!.style.opacity).toBe('');
    expect(getComputedStyle(el('b')!).opacity).toBe('1');
  });

  it('keeps a returning mark fully opaque when the new state is applied at once', () => {
    applyScene(svg, scene(dot('a', 10), dot('b', 50)), 0);
    applyScene(svg, scene(dot('a', 10)), 500);
    run(250);
    applyScene(svg, scene(dot('a', 10), dot('b', 50)), 0);
    run(1000);
    expect(el('b')).not.toBeNull();
    expect(el('b')!.style.opacity).toBe('');
  });

  it('removes a mark that leaves once it has faded out', () => {
    applyScene(svg, scene(dot('a', 10), dot('b', 50)), 0);
    applyScene(svg, scene(dot('a', 10)), 500);
    run(250);
    expect(el('b')).not.toBeNull();
    run(500);
    expect(el('b')).toBeNull();
  });

  it("fades a new mark in to its own CSS opacity, then leaves opacity to CSS", () => {
    applyScene(svg, scene(dot('a', 10)), 0);
    applyScene(svg, scene(dot('a', 10), dot('c', 90, 'faint')), 500);
    expect(getComputedStyle(el('c')!).opacity).toBe('0');
    run(250);
    const arriving = Number(getComputedStyle(el('c')!).opacity);
    expect(arriving).toBeGreaterThan(0);
    expect(arriving).toBeLessThan(0.25);
    run(500);
    expect(el('c')!.style.opacity).toBe('');
    expect(getComputedStyle(el('c')!).opacity).toBe('0.25');
  });

  it('binds marks drawn at build time by their key, so they move rather than being replaced', () => {
    svg.innerHTML = '<circle data-key="a" class="dot" cx="10" cy="10" r="4"></circle>';
    const built = el('a');
    applyScene(svg, scene(dot('a', 70)), 0);
    expect(el('a')).toBe(built);
    expect(el('a')!.getAttribute('cx')).toBe('70');
  });
});
