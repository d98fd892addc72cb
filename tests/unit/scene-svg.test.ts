import { describe, expect, it } from 'vitest';
import { mark } from '../../src/viz/scene.ts';
import { markToSvg, sceneToSvg } from '../../src/viz/scene-svg.ts';
import { wrapParts, wrapText } from '../../src/lib/text.ts';

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

describe('wrapText', () => {
  it('breaks between words without exceeding the width', () => {
    expect(wrapText('Lachin corridor blockade begins', 16)).toEqual(['Lachin corridor', 'blockade begins']);
  });
  it('keeps a word longer than the width on its own line', () => {
    expect(wrapText('Nagorno-Karabakh-Autonomous oblast', 10)).toEqual(['Nagorno-Karabakh-Autonomous', 'oblast']);
  });
});

describe('a scene placed inside another SVG', () => {
  it('is positioned and scaled into its viewport', () => {
    const svg = sceneToSvg({ width: 300, height: 200, marks: [] }, { id: 'f', title: 'T', description: 'D', viewport: { x: 10, y: 20.555, width: 600, height: 400 } });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" x="10" y="20.56" width="600" height="400" viewBox="0 0 300 200"/);
  });
});

describe('wrapParts', () => {
  it('never splits a part, joining parts on a line', () => {
    expect(wrapParts(['Explainer contributors', 'CC BY 4.0', 'example.org'], 36, ' · ')).toEqual(['Explainer contributors · CC BY 4.0', 'example.org']);
  });
});
