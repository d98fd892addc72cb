// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visuals } from '../../src/viz/registry.ts';
import { applyScene } from '../../src/viz/scene-dom.ts';
import { sceneToSvg } from '../../src/viz/scene-svg.ts';
import { goldenPath, goldenSize, storySteps } from '../support/golden.ts';

/**
 * The browser's update (scene-dom's applyScene, as a reader with reduced motion gets it) over the
 * SVG the build puts in the page, step after step: after each, the live SVG holds exactly the marks
 * of that step's golden file. Build-time and browser rendering cannot drift apart unnoticed.
 */
const WIDTH = 390;
const steps = storySteps(visuals);

/** The marks of an SVG as comparable data: tag, attributes and text of every keyed element, in order. */
function marksOf(svg: Element) {
  return {
    viewBox: svg.getAttribute('viewBox'),
    marks: [...svg.querySelectorAll(':scope > [data-key]')].map((el) => ({
      tag: el.tagName,
      attrs: Object.fromEntries([...el.attributes].filter((a) => !(a.name === 'style' && a.value === '')).map((a) => [a.name, a.value]).sort(([a], [b]) => a!.localeCompare(b!))),
      text: el.textContent,
    })),
  };
}

function parseSvg(markup: string): Element {
  return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
}

describe('the browser’s update over the build-time SVG', () => {
  for (const id of [...new Set(steps.map((s) => s.viz))]) {
    const visual = visuals[id]!;
    const own = steps.filter((s) => s.viz === id);
    it(`${id}: gives each step’s golden marks, reading down the story and back up`, () => {
      // As Figure.astro ships it: the first step that shows the visual, at the build-time size.
      document.body.innerHTML = sceneToSvg(visual.render(own[0]!.state), { id: `figure-${id}`, title: visual.title, description: own[0]!.alt });
      const svg = document.querySelector('svg')!;
      for (const step of [...own, ...own.slice(0, -1).reverse()]) {
        applyScene(svg, visual.render(step.state, goldenSize(visual, WIDTH)), 0);
        const golden = parseSvg(readFileSync(goldenPath(id, step.id, WIDTH), 'utf8'));
        expect(marksOf(svg), `${id} at ${step.id}`).toEqual(marksOf(golden));
      }
    });
  }
});
