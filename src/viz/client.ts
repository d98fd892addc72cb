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
  actors: () => import('./actors/client.ts'),
  population: () => import('./population/client.ts'),
  exodus: () => import('./exodus/client.ts'),
  map: () => import('./map/client.ts'),
};
