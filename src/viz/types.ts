import type { z } from 'astro/zod';
import type { I18n } from '../i18n/index.ts';
import type { DataTable } from '../lib/table.ts';
import type { Scene, Size } from './scene.ts';

/**
 * A visual, as its folder defines it (src/viz/<id>/index.ts) for one language. The browser never imports
 * this (it would pull in zod): it gets `data` from the page and the layout from the visual's client module.
 */
export interface VisualDefinition<Data, State> {
  /** The visual's id: its folder's name, and what a step's `viz` says. */
  id: string;
  /** Figure heading, shown to readers. */
  title: string;
  /** What the figure is, for its text alternative (the step's own `alt` says what it shows now). */
  summary: string;
  /** Source line printed under the figure. */
  credit: string;
  /** Validates a step's `state` (and fills defaults); errors name the field. The same in every language. */
  state: z.ZodType<State>;
  /** The data the browser needs to lay out any state, with the words the layout writes; keep it lean. */
  data: Data;
  layout(data: Data, state: State, size: Size): Scene;
  /** Size of the build-time SVG (it scales to fit; the browser lays out at the real size). */
  size: Size;
  /** The figure's data with its sources: shown as a table under the figure and offered as CSV. */
  table?: DataTable;
}

/** A defined visual: its definition, plus a layout that takes a step's state as the content gives it. */
export interface Visual<Data = unknown, State = unknown> extends VisualDefinition<Data, State> {
  /** Validates a content state and lays it out (at the build-time size unless given one). */
  render(state: unknown, size?: Size): Scene;
}

/** A visual in any language: its folder's index.ts exports one as `visual`. */
export type VisualFactory<Data = unknown, State = unknown> = (i18n: I18n) => Visual<Data, State>;

/**
 * A visual's definition as a function of the language: the words (title, labels, table) come from the
 * language's messages and data, the layout and state schema are the same in every language.
 */
export function defineVisual<Data, State>(define: (i18n: I18n) => VisualDefinition<Data, State>): VisualFactory<Data, State> {
  return (i18n) => {
    const definition = define(i18n);
    return {
      ...definition,
      render: (state, size = definition.size) => definition.layout(definition.data, definition.state.parse(state), size),
    };
  };
}
