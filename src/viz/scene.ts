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

export interface Size {
  width: number;
  height: number;
}

export interface Scene extends Size {
  marks: Mark[];
}

/** Rounds coordinates so build-time SVG stays small and deterministic. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function mark(tag: MarkTag, key: string, attrs: Mark['attrs'], text?: string): Mark {
  return text === undefined ? { key, tag, attrs } : { key, tag, attrs, text };
}
