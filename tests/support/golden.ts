import { sceneToSvg } from '../../src/viz/scene-svg.ts';
import type { Size } from '../../src/viz/scene.ts';
import { DEFAULT_LOCALE, type Locale } from '../../src/i18n/locales.ts';
import type { Visual } from '../../src/viz/types.ts';
import { readStory } from './story.ts';

/**
 * Golden files: every visual at every step of the story, as the build draws it, at a phone's
 * narrowest and common widths and a desktop stage's, in tests/golden/<visual>/<step>.<width>.svg.
 * `npm run test:update-golden` rewrites them all (review the diff, then commit it).
 */
export const GOLDEN_DIR = 'tests/golden';
export const GOLDEN_WIDTHS = [320, 390, 560] as const;
/** Other languages are drawn at one width (their words are the change), in tests/golden/<locale>/. */
export const GOLDEN_TRANSLATION_WIDTH = 390;

/** The frame at this width, in the proportions of the visual's build-time SVG. */
export function goldenSize(visual: Visual, width: number): Size {
  return { width, height: Math.round((width * visual.size.height) / visual.size.width) };
}

export function goldenPath(viz: string, step: string, width: number, locale: Locale = DEFAULT_LOCALE): string {
  return `${GOLDEN_DIR}/${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${viz}/${step}.${width}.svg`;
}

/** The SVG as the build writes it, one mark per line so that a diff shows which marks changed. */
export function goldenSvg(visual: Visual, state: unknown, alt: string, size: Size): string {
  const svg = sceneToSvg(visual.render(state, size), { id: `figure-${visual.id}`, title: visual.title, description: alt });
  return `${svg.replace(/^(<svg[^>]*>)/, '$1\n').replace(/(<\/\w+>)(?=<)/g, '$1\n')}\n`;
}

/** Every step of the story in a language, in reading order, with its visual (in that language). */
export function storySteps(visuals: Record<string, Visual>, locale: Locale = DEFAULT_LOCALE) {
  return readStory(locale).flatMap((section) => section.steps.map((step) => ({ ...step, visual: visuals[step.viz]! })));
}
