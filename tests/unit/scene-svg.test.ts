import { describe, expect, it } from 'vitest';
import { clearArea, inClearArea, mark, type Scene, type Size } from '../../src/viz/scene.ts';
import { markToSvg, sceneToSvg } from '../../src/viz/scene-svg.ts';

describe('build-time SVG', () => {
  it('writes a mark with its key, rounded numbers and escaped text', () => {
    expect(markToSvg(mark('text', 'label:a', { x: 1.23456, class: 'tl-label' }, 'US & EU <say>'))).toBe(
      '<text data-key="label:a" x="1.23" class="tl-label">US &amp; EU &lt;say&gt;</text>',
    );
  });

  it('produces an accessible, scalable SVG image', () => {
    const svg = sceneToSvg({ width: 300, height: 200, marks: [mark('circle', 'a', { cx: 1, cy: 2, r: 3 })] }, { id: 'f', title: 'T "1"', description: 'D' });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 300 200"[^>]*role="img"[^>]*aria-labelledby="f-title f-desc"/);
    expect(svg).toContain('<title id="f-title">T &quot;1&quot;</title><desc id="f-desc">D</desc>');
    expect(svg).toContain('<circle data-key="a" cx="1" cy="2" r="3"></circle>');
  });
});

describe('a frame partly covered (its inset)', () => {
  const corners = (_: null, __: null, { width, height }: Size): Scene => ({
    width,
    height,
    marks: [mark('rect', 'frame', { x: 0, y: 0, width, height })],
  });

  it('leaves a clear area inside the inset', () => {
    expect(clearArea({ width: 400, height: 800, inset: { top: 10, right: 20, bottom: 300, left: 30 } })).toEqual({ x: 30, y: 10, width: 350, height: 490 });
    expect(clearArea({ width: 400, height: 800 })).toEqual({ x: 0, y: 0, width: 400, height: 800 });
  });

  it('draws a chart whole in the clear area, by shifting the viewBox over the full frame', () => {
    const scene = inClearArea(corners)(null, null, { width: 400, height: 800, inset: { top: 10, right: 20, bottom: 300, left: 30 } });
    // The marks are those of the layout at the clear area's size...
    expect(scene.marks).toEqual(corners(null, null, { width: 350, height: 490 }).marks);
    // ...and the SVG still spans the whole frame, with the clear area where the inset leaves it.
    const svg = sceneToSvg(scene, { id: 'f', title: 'T', description: 'D' });
    expect(svg).toContain('viewBox="-30 -10 400 800"');
  });

  it('changes nothing without an inset', () => {
    const size = { width: 400, height: 300 };
    expect(inClearArea(corners)(null, null, size)).toEqual(corners(null, null, size));
  });
});

describe('a scene placed inside another SVG', () => {
  it('is positioned and scaled into its viewport', () => {
    const svg = sceneToSvg({ width: 300, height: 200, marks: [] }, { id: 'f', title: 'T', description: 'D', viewport: { x: 10, y: 20.555, width: 600, height: 400 } });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" x="10" y="20.56" width="600" height="400" viewBox="0 0 300 200"/);
  });
});

