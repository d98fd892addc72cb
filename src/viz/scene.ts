/**
 * The common output of every layout function: a flat, ordered list of SVG marks.
 *
 * A visual's layout is a pure function (data + state + size -> Scene). The same Scene is
 * serialised to an SVG string at build time (scene-svg.ts) and joined into the live SVG in the
 * browser with d3 transitions (scene-dom.ts), so the static and animated figures cannot drift apart.
 */
export type MarkTag = 'rect' | 'line' | 'text' | 'path' | 'circle' | 'polygon';

export interface Mark {
  /** Unique within a scene and stable across states, so marks animate between states (object constancy). */
  key: string;
  tag: MarkTag;
  /** SVG attributes; `class` included. Numbers are written with at most two decimals. */
  attrs: Record<string, string | number>;
  /** Text content, for `text` marks. */
  text?: string;
}

/** Margins of a frame that something else covers (the story's cards on a phone), in pixels. */
export interface Inset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSET: Inset = { top: 0, right: 0, bottom: 0, left: 0 };

export interface Size {
  width: number;
  height: number;
  /** What covers the frame's edges: a layout keeps its subject in the rest (the clear area). */
  inset?: Inset;
}

export interface Scene {
  width: number;
  height: number;
  /** The frame's top-left corner in the marks' coordinates (the SVG viewBox origin); 0, 0 unless given. */
  x?: number;
  y?: number;
  marks: Mark[];
}

/** The part of a frame that its inset leaves clear, in the frame's coordinates. */
export function clearArea({ width, height, inset = NO_INSET }: Size): { x: number; y: number; width: number; height: number } {
  return {
    x: inset.left,
    y: inset.top,
    width: Math.max(1, width - inset.left - inset.right),
    height: Math.max(1, height - inset.top - inset.bottom),
  };
}

/** The viewBox of a scene's SVG. */
export function viewBox(scene: Scene): string {
  return `${scene.x ?? 0} ${scene.y ?? 0} ${scene.width} ${scene.height}`;
}

/**
 * A chart drawn whole in the frame's clear area: the layout runs at the clear area's size and the
 * frame's viewBox is shifted so its marks land there; what the inset covers stays empty.
 */
export function inClearArea<Data, State>(layout: (data: Data, state: State, size: Size) => Scene) {
  return (data: Data, state: State, size: Size): Scene => {
    if (!size.inset) return layout(data, state, size);
    const clear = clearArea(size);
    const scene = layout(data, state, { width: clear.width, height: clear.height });
    return { ...scene, x: -clear.x, y: -clear.y, width: size.width, height: size.height };
  };
}

/** Rounds coordinates so build-time SVG stays small and deterministic. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** An attribute's value as both renderers write it: numbers rounded to two decimals. */
export function attributeValue(value: string | number): string {
  return typeof value === 'number' ? String(round(value)) : value;
}

export function mark(tag: MarkTag, key: string, attrs: Mark['attrs'], text?: string): Mark {
  return text === undefined ? { key, tag, attrs } : { key, tag, attrs, text };
}
