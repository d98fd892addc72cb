/**
 * What the browser knows of a visual: mount it on its figure, then show states.
 * `show` resolves once the figure displays the state (the stage then sets data-viz-step).
 */
export interface VisualInstance {
  show(state: unknown, options: { animate: boolean }): void | Promise<void>;
}

/** What the page offers a visual, whatever drives it (a scrolled story, a single embed). */
export interface VisualContext {
  /** Resolves when heavy work (loading a library, a first WebGL frame) will not interrupt the reader. */
  whenStill(): Promise<void>;
}

export type MountVisual = (figure: HTMLElement, data: unknown, context: VisualContext) => VisualInstance | Promise<VisualInstance>;

/** Each visual's browser module (src/viz/<id>/client.ts), loaded only when a step first needs it. */
const clients = import.meta.glob<{ mount: MountVisual }>('./*/client.ts');

export const visualModules: Record<string, () => Promise<{ mount: MountVisual }>> = Object.fromEntries(
  Object.entries(clients).map(([path, load]) => [path.split('/')[1]!, load]),
);
