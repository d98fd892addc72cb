import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visuals } from '../../src/viz/registry.ts';
import { GOLDEN_DIR, GOLDEN_WIDTHS, goldenPath, goldenSize, goldenSvg, storySteps } from '../support/golden.ts';

/**
 * Every visual at every step, drawn as the build draws it, compared with its committed golden file
 * (tests/support/golden.ts): a change to a layout, the data or the story shows up as a diff of these
 * files. After an intended change: `npm run test:update-golden`, review the diff and commit it.
 */
const steps = storySteps(visuals);

describe('golden files', () => {
  for (const step of steps) {
    for (const width of GOLDEN_WIDTHS) {
      it(`${step.viz} at step ${step.id}, ${width} px wide`, async () => {
        const svg = goldenSvg(step.visual, step.state, step.alt, goldenSize(step.visual, width));
        await expect(svg).toMatchFileSnapshot(`../../${goldenPath(step.viz, step.id, width)}`);
      });
    }
  }

  it('has no golden file for a step or width the story no longer has', () => {
    const expected = new Set(steps.flatMap((step) => GOLDEN_WIDTHS.map((width) => goldenPath(step.viz, step.id, width))));
    // (Absent while `npm run test:update-golden` rewrites them: vitest writes them once the file has run.)
    const found = (existsSync(GOLDEN_DIR) ? readdirSync(GOLDEN_DIR, { recursive: true, encoding: 'utf8' }) : [])
      .filter((file) => file.endsWith('.svg'))
      .map((file) => `${GOLDEN_DIR}/${file}`);
    expect(found.filter((file) => !expected.has(file)), 'delete these, or run npm run test:update-golden').toEqual([]);
  });
});
