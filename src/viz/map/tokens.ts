import type { AreaLabel, OverlayLayerId } from './layers.ts';

/**
 * How the map draws each feature, once for both renderers. Sizes are here, in CSS px: the SVG map
 * writes them as attributes (layout.ts), MapLibre's style turns them into paint properties
 * (style.ts), its HTML markers take them as CSS variables (markerVariables) and font sizes.
 * Colours are in map.css, by feature class, for the light and dark themes: MapLibre reads them
 * from there too (style.ts readMapColors).
 */

export interface Stroke {
  width: number;
  /** Dash and gap lengths in px; a solid line without. */
  dash?: readonly number[];
}

/** Country borders. */
export const COUNTRY_STROKE: Stroke = { width: 0.75 };

/** Each overlay's outline; its fill colour (if any) is in map.css. */
export const OVERLAY_STROKE: Record<OverlayLayerId, Stroke> = {
  'armenian-held-1994-2020': { width: 1 },
  districts: { width: 0.8, dash: [3, 2] },
  'armenian-held-2020-2023': { width: 1.2 },
  'lachin-corridor': { width: 1 },
  'nkao-1991': { width: 1.5, dash: [6, 3] },
  'line-of-contact-1994-2020': { width: 2 },
};

/** A highlighted overlay's outline is drawn this wide, dashes unchanged. */
export const HIGHLIGHT_WIDTH = 2.5;

/** The schematic route, drawn with round caps. */
export const ROUTE_STROKE: Stroke = { width: 3, dash: [7, 4] };

/** The arrowhead at the route's end: from its base to its tip, and across its base. */
export const ROUTE_ARROW = { length: 11, width: 10 };

/** A named place's dot, with a halo in the background colour. */
export const PLACE_DOT = { radius: 3.5, halo: 1.5 };

/** Between a place's dot and its name. */
export const LABEL_GAP = 7;

/** Font size of each kind of name. */
export const LABEL_FONT_PX: Record<'place' | AreaLabel['kind'], number> = { place: 13, country: 12, region: 12, sea: 12, district: 11 };

/** An outline as SVG presentation attributes. */
export function strokeAttributes({ width, dash }: Stroke): Record<string, number | string> {
  return dash ? { 'stroke-width': width, 'stroke-dasharray': dash.join(' ') } : { 'stroke-width': width };
}

/** The same outline as MapLibre paint: it measures dashes in line widths, not px. */
export function linePaint({ width, dash }: Stroke): { 'line-width': number; 'line-dasharray'?: number[] } {
  return dash ? { 'line-width': width, 'line-dasharray': dash.map((d) => d / width) } : { 'line-width': width };
}

/** The sizes the HTML markers over the WebGL map take from map.css, as CSS custom properties. */
export function markerVariables(): Record<string, string> {
  return {
    '--map-dot-radius': `${PLACE_DOT.radius}px`,
    '--map-dot-halo': `${PLACE_DOT.halo}px`,
    '--map-label-gap': `${LABEL_GAP}px`,
    '--map-arrow-length': `${ROUTE_ARROW.length}px`,
    '--map-arrow-width': `${ROUTE_ARROW.width}px`,
  };
}
