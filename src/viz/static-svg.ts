import { sceneToSvg } from './scene-svg.ts';
import type { Visual } from './types.ts';

/** A visual's static SVG at a step's state: the figure without JavaScript, and on paper. */
export function staticSvg(visual: Visual, state: unknown, alt: string, id: string): string {
  return sceneToSvg(visual.render(state), { id, title: visual.title, description: `${visual.summary} ${alt}` });
}
