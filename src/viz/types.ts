import type { z } from 'astro/zod';
import type { Scene, Size } from './scene.ts';
import type { DataTable } from './table.ts';

/**
 * A visual, as the build sees it. The browser never imports this (it would pull in zod):
 * it gets `data` from the page and the layout from the visual's own layout module.
 */
export interface VisualDefinition<Data = unknown, State = unknown> {
  id: string;
  /** Figure heading, shown to readers. */
  title: string;
  /** What the figure is, for its text alternative (the step's own `alt` says what it shows now). */
  summary: string;
  /** Source line printed under the figure. */
  credit: string;
  /** Validates a step's `state` (and fills defaults); errors name the field. */
  state: z.ZodType<State>;
  /** The data the browser needs to lay out any state; inlined in the page, so keep it lean. */
  data: Data;
  layout(data: Data, state: State, size: Size): Scene;
  /** Size of the build-time SVG (it scales to fit; the browser lays out at the real size). */
  size: Size;
  /** The figure's data with its sources: shown as a table under the figure and offered as CSV. */
  table?: DataTable;
}

/** Keeps the generic link between a visual's data and state while erasing it for the registry. */
export function defineVisual<Data, State>(visual: VisualDefinition<Data, State>): VisualDefinition {
  return visual as unknown as VisualDefinition;
}
