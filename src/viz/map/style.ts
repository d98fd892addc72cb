import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COUNTRY_IDS, OVERLAY_LAYERS } from './layers.ts';
import type { MapState } from './layout.ts';

/**
 * The MapLibre style, built in code from the project's own geodata: no tile, glyph or sprite
 * server. Names are HTML markers (see maplibre.ts), so the style has no symbol layers at all.
 * Colours come from the same CSS custom properties as the SVG fallback (map.css), resolved in
 * the browser, so both renderers share one palette and follow the light/dark theme.
 */
export const COLOR_TOKENS = [
  'sea',
  'land',
  'land-named',
  'border',
  'azerbaijan',
  'armenia',
  'highlight',
  'held',
  'held-fill',
  'held-fill-strong',
  'held-1994-fill',
  'oblast',
  'oblast-fill',
  'district',
  'district-fill',
  'corridor-fill',
  'route',
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];
export type MapColors = Record<ColorToken, string>;

export const ROUTE_SOURCE = 'route';

interface OverlayStyle {
  fill?: ColorToken;
  line: ColorToken;
  width: number;
  dash?: number[];
}

/** How each overlay is drawn (the SVG equivalents are the .map-layer--<id> rules in map.css). */
const OVERLAY_STYLE: Record<(typeof OVERLAY_LAYERS)[number]['id'], OverlayStyle> = {
  districts: { fill: 'district-fill', line: 'district', width: 0.8, dash: [3, 2] },
  'armenian-held-1994-2020': { fill: 'held-1994-fill', line: 'held', width: 1 },
  'nkao-1991': { line: 'oblast', width: 1.5, dash: [4, 2] },
  'armenian-held-2020-2023': { fill: 'held-fill', line: 'held', width: 1.2 },
  'lachin-corridor': { fill: 'corridor-fill', line: 'route', width: 1 },
  'line-of-contact-1994-2020': { line: 'held', width: 2 },
};

const HIGHLIGHT_WIDTH = 2.5;

function countryFill(state: MapState, colors: MapColors): ExpressionSpecification {
  const highlighted = new Set(state.highlight);
  const pairs = COUNTRY_IDS.flatMap((id) => {
    if (!highlighted.has(id)) return [id, colors['land-named']];
    return [id, id === 'azerbaijan' || id === 'armenia' ? colors[id] : colors.highlight];
  });
  return ['match', ['get', 'id'], ...pairs, colors.land] as unknown as ExpressionSpecification;
}

/** Every layer of the style, with visibility and paint for this state. */
export function mapLayers(state: MapState, colors: MapColors): LayerSpecification[] {
  const shown = new Set<string>(state.layers);
  const highlighted = new Set(state.highlight);
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': colors.sea } },
    { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': countryFill(state, colors) } },
    { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': colors.border, 'line-width': 0.75 }, layout: { 'line-join': 'round' } },
  ];
  for (const { id } of OVERLAY_LAYERS) {
    const style = OVERLAY_STYLE[id];
    const visibility = shown.has(id) ? 'visible' : 'none';
    const emphasis = highlighted.has(id);
    if (style.fill) {
      const fill = emphasis && id === 'armenian-held-2020-2023' ? 'held-fill-strong' : style.fill;
      layers.push({ id: `${id}-fill`, type: 'fill', source: id, layout: { visibility }, paint: { 'fill-color': colors[fill] } });
    }
    layers.push({
      id: `${id}-line`,
      type: 'line',
      source: id,
      layout: { visibility, 'line-join': 'round' },
      paint: { 'line-color': colors[style.line], 'line-width': emphasis ? HIGHLIGHT_WIDTH : style.width, ...(style.dash ? { 'line-dasharray': style.dash } : {}) },
    });
  }
  layers.push({
    id: 'route-line',
    type: 'line',
    source: ROUTE_SOURCE,
    layout: { visibility: state.route ? 'visible' : 'none', 'line-cap': 'round' },
    paint: { 'line-color': colors.route, 'line-width': 3, 'line-dasharray': [2, 1.2] },
  });
  return layers;
}

export function mapStyle(geodata: Record<string, FeatureCollection>, route: FeatureCollection, state: MapState, colors: MapColors): StyleSpecification {
  const sources: StyleSpecification['sources'] = { [ROUTE_SOURCE]: { type: 'geojson', data: route } };
  for (const [name, data] of Object.entries(geodata)) sources[name] = { type: 'geojson', data };
  return { version: 8, sources, layers: mapLayers(state, colors) };
}

/** "color(srgb r g b / a)", as browsers compute color-mix(in srgb, …), as rgba(): MapLibre parses only legacy syntax. */
export function legacyColor(computed: string): string {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(computed);
  if (!srgb) return computed;
  const [r, g, b] = srgb.slice(1, 4).map((v) => Math.round(Math.min(1, Math.max(0, Number(v))) * 255));
  return `rgba(${r}, ${g}, ${b}, ${srgb[4] ?? 1})`;
}

