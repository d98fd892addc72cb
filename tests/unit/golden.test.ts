import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';
import { visuals, visualsFor } from '../../src/viz/registry.ts';
import { GOLDEN_DIR, GOLDEN_TRANSLATION_WIDTH, GOLDEN_WIDTHS, goldenPath, goldenSize, goldenSvg, storySteps } from '../support/golden.ts';

/**
 * Every visual at every step, drawn as the build draws it, compared with its committed golden file
 * (tests/support/golden.ts): a change to a layout, the data or the story shows up as a diff of these
 * files. After an intended change: `npm run test:update-golden`, review the diff and commit it.
 */
const steps = storySteps(visuals);
const translations = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => ({ locale, steps: storySteps(visualsFor(locale), locale) }));

describe('golden files', () => {
  for (const step of steps) {
    for (const width of GOLDEN_WIDTHS) {
      it(`${step.viz} at step ${step.id}, ${width} px wide`, async () => {
        const svg = goldenSvg(step.visual, step.state, step.alt, goldenSize(step.visual, width));
        await expect(svg).toMatchFileSnapshot(`../../${goldenPath(step.viz, step.id, width)}`);
      });
    }
  }

  // Each translation at one width: its words on the same layout.
  for (const { locale, steps: translated } of translations) {
    for (const step of translated) {
      it(`${step.viz} at step ${step.id} in ${locale}, ${GOLDEN_TRANSLATION_WIDTH} px wide`, async () => {
        const svg = goldenSvg(step.visual, step.state, step.alt, goldenSize(step.visual, GOLDEN_TRANSLATION_WIDTH));
        await expect(svg).toMatchFileSnapshot(`../../${goldenPath(step.viz, step.id, GOLDEN_TRANSLATION_WIDTH, locale)}`);
      });
    }
  }

  it('has no golden file for a step or width the story no longer has', () => {
    const expected = new Set([
      ...steps.flatMap((step) => GOLDEN_WIDTHS.map((width) => goldenPath(step.viz, step.id, width))),
      ...translations.flatMap(({ locale, steps: translated }) => translated.map((step) => goldenPath(step.viz, step.id, GOLDEN_TRANSLATION_WIDTH, locale))),
    ]);
    // (Absent while `npm run test:update-golden` rewrites them: vitest writes them once the file has run.)
    const found = (existsSync(GOLDEN_DIR) ? readdirSync(GOLDEN_DIR, { recursive: true, encoding: 'utf8' }) : [])
      .filter((file) => file.endsWith('.svg'))
      .map((file) => `${GOLDEN_DIR}/${file}`);
    expect(found.filter((file) => !expected.has(file)), 'delete these, or run npm run test:update-golden').toEqual([]);
  });
});
