import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COUNTRY_IDS, OVERLAY_LAYERS, type OverlayLayerId } from './layers.ts';
import { countryClass, overlayClass, overlayStroke, type MapState } from './layout.ts';
import { COUNTRY_STROKE, linePaint, ROUTE_STROKE } from './tokens.ts';

/**
 * The MapLibre style, built in code from the project's own geodata: no tile, glyph or sprite
 * server. Names are HTML markers (see maplibre.ts), so the style has no symbol layers at all.
 * It draws each feature as the SVG map does: sizes from tokens.ts, colours read from the SVG
 * map's own rules in map.css (readMapColors), so both follow the light/dark theme.
 */

export interface Paint {
  fill: string;
  stroke: string;
}

/** A feature's colours as drawn normally and when a step highlights it. */
export interface PaintStates {
  plain: Paint;
  highlighted: Paint;
}

export interface MapColors {
  sea: string;
  route: string;
  /** Named countries by id; '' for every other country. */
  countries: Record<string, PaintStates>;
  overlays: Record<OverlayLayerId, PaintStates>;
}

export const ROUTE_SOURCE = 'route';
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** "color(srgb r g b / a)", as browsers compute color-mix(in srgb, …), as rgba(): MapLibre parses only legacy syntax. */
export function legacyColor(computed: string): string {
  if (computed === 'none') return TRANSPARENT;
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(computed);
  if (!srgb) return computed;
  const [r, g, b] = srgb.slice(1, 4).map((v) => Math.round(Math.min(1, Math.max(0, Number(v))) * 255));
  return `rgba(${r}, ${g}, ${b}, ${srgb[4] ?? 1})`;
}

/**
 * The colours map.css gives each feature in this figure (its custom properties, the theme), read
 * from hidden SVG elements carrying the same classes as the SVG map's marks.
 */
export function readMapColors(figure: HTMLElement): MapColors {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.style.position = 'absolute';
  svg.style.visibility = 'hidden';
  figure.append(svg);
  const paint = (cls: string): Paint => {
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    probe.setAttribute('class', cls);
    svg.append(probe);
    const style = getComputedStyle(probe);
    return { fill: legacyColor(style.fill), stroke: legacyColor(style.stroke) };
  };
  const states = (cls: (highlighted: boolean) => string): PaintStates => ({ plain: paint(cls(false)), highlighted: paint(cls(true)) });
  const colors: MapColors = {
    sea: paint('map-sea').fill,
    route: paint('map-route').stroke,
    countries: Object.fromEntries(['', ...COUNTRY_IDS].map((id) => [id, states((h) => countryClass(id, h))])),
    overlays: Object.fromEntries(OVERLAY_LAYERS.map((layer) => [layer.id, states((h) => overlayClass(layer, h))])) as MapColors['overlays'],
  };
  svg.remove();
  return colors;
}

/** Countries' fill or border colour by id, for this state's highlights. */
function countryPaint(state: MapState, colors: MapColors, part: keyof Paint): ExpressionSpecification {
  const highlighted = new Set(state.highlight);
  const paintOf = (id: string) => colors.countries[id]![highlighted.has(id) ? 'highlighted' : 'plain'][part];
  const pairs = COUNTRY_IDS.flatMap((id) => [id, paintOf(id)]);
  return ['match', ['get', 'id'], ...pairs, paintOf('')] as unknown as ExpressionSpecification;
}

/** Every layer of the style, with visibility and paint for this state. */
export function mapLayers(state: MapState, colors: MapColors): LayerSpecification[] {
  const shown = new Set<string>(state.layers);
  const highlighted = new Set(state.highlight);
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': colors.sea } },
    { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': countryPaint(state, colors, 'fill') } },
    {
      id: 'countries-line',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': countryPaint(state, colors, 'stroke'), ...linePaint(COUNTRY_STROKE) },
      layout: { 'line-join': 'round' },
    },
  ];
  for (const { id } of OVERLAY_LAYERS) {
    const visibility = shown.has(id) ? 'visible' : 'none';
    const emphasis = highlighted.has(id);
    const paint = colors.overlays[id][emphasis ? 'highlighted' : 'plain'];
    layers.push({ id: `${id}-fill`, type: 'fill', source: id, layout: { visibility }, paint: { 'fill-color': paint.fill } });
    layers.push({
      id: `${id}-line`,
      type: 'line',
      source: id,
      layout: { visibility, 'line-join': 'round' },
      paint: { 'line-color': paint.stroke, ...linePaint(overlayStroke(id, emphasis)) },
    });
  }
  layers.push({
    id: 'route-line',
    type: 'line',
    source: ROUTE_SOURCE,
    layout: { visibility: state.route ? 'visible' : 'none', 'line-cap': 'round' },
    paint: { 'line-color': colors.route, ...linePaint(ROUTE_STROKE) },
  });
  return layers;
}

export function mapStyle(geodata: Record<string, FeatureCollection>, route: FeatureCollection, state: MapState, colors: MapColors): StyleSpecification {
  const sources: StyleSpecification['sources'] = { [ROUTE_SOURCE]: { type: 'geojson', data: route } };
  for (const [name, data] of Object.entries(geodata)) sources[name] = { type: 'geojson', data };
  return { version: 8, sources, layers: mapLayers(state, colors) };
}
