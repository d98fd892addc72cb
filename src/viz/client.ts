import * as actorsClient from './actors/client.ts';
import * as exodusClient from './exodus/client.ts';
import * as populationClient from './population/client.ts';

/**
 * What the browser knows of a visual: mount it on its figure, then show states.
 * `show` resolves once the figure displays the state (the stage then sets data-viz-step).
 */
export interface VisualInstance {
  show(state: unknown, options: { animate: boolean }): void | Promise<void>;
}

export type MountVisual = (figure: HTMLElement, data: unknown) => VisualInstance | Promise<VisualInstance>;

/** Each visual's browser module, loaded only when a step first needs it. */
export const visualModules: Record<string, () => Promise<{ mount: MountVisual }>> = {
  timeline: () => import('./timeline/client.ts'),
  // Small SVG charts ship with the page: loading them on demand could let a quickly scrolled first step pass unseen.
  actors: () => Promise.resolve(actorsClient),
  population: () => Promise.resolve(populationClient),
  exodus: () => Promise.resolve(exodusClient),
  map: () => import('./map/client.ts'),
};
