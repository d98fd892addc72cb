import type { Feature, FeatureCollection, LineString } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clearArea, mark, NO_INSET, round, type Mark, type Scene, type Size } from '../scene.ts';
import { boxesOverlap, centredBox, type Box } from '../../lib/box.ts';
import { textWidth, wrapText } from '../../lib/text.ts';
import { cameraProjection, type Camera } from './camera.ts';
import { OVERLAY_LAYERS, type AreaLabel, type LonLat, type OverlayLayer, type OverlayLayerId } from './layers.ts';
import { relativePath } from './svg-path.ts';
import { COUNTRY_STROKE, HIGHLIGHT_WIDTH, LABEL_FONT_PX, LABEL_GAP, OVERLAY_STROKE, PLACE_DOT, ROUTE_ARROW, ROUTE_STROKE, strokeAttributes } from './tokens.ts';

/** A place the map can name (from src/data/places.json; only those with sourced coordinates). */
export interface MapPlace {
  id: string;
  /** Both names where usage differs: "Stepanakert / Khankendi". */
  name: string;
  at: LonLat;
}

/** The words the map writes besides names, in the page's language. */
export interface MapText {
  /** The legend's entry for each overlay layer, and for the route. */
  legend: Record<OverlayLayerId | 'route', string>;
  /** The button that hands the live map to the reader. */
  explore: string;
  /** The button that brings up a legend folded away in a small frame. */
  keyToggle: string;
}

/** What the browser needs to draw any state: lean geodata, names and where the detailed geodata lives. */
export interface MapData {
  /** Strongly simplified TopoJSON with an object per layer ("countries" and each overlay). */
  topology: Topology;
  places: MapPlace[];
  areas: AreaLabel[];
  /** URL of the folder holding <layer>.geojson for MapLibre (same origin, honours the base path). */
  geoBase: string;
  text: MapText;
}

export interface MapState {
  camera: Camera;
  /** Overlay layers shown, by id. */
  layers: OverlayLayerId[];
  /** Shown layers and countries drawn with emphasis. */
  highlight: string[];
  /** Places and areas named on the map, by id. */
  labels: string[];
  /** A schematic route through these places, drawn as an arrow from the first to the last. */
  route?: string[];
}

const decoded = new WeakMap<Topology, Record<string, FeatureCollection>>();

/** GeoJSON of each layer, decoded from the topology once per topology. */
export function layerFeatures(topology: Topology): Record<string, FeatureCollection> {
  let layers = decoded.get(topology);
  if (!layers) {
    layers = Object.fromEntries(
      Object.entries(topology.objects).map(([name, object]) => [name, feature(topology, object as GeometryCollection) as FeatureCollection]),
    );
    decoded.set(topology, layers);
  }
  return layers;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'center';

export interface PlacedLabel {
  id: string;
  text: string;
  at: LonLat;
  /** Where the label is anchored: `at` projected, slid by `offset` to keep an area's name on the map. */
  x: number;
  y: number;
  offset: [number, number];
  /** Where the text sits relative to its point; areas are centred on theirs. */
  side: LabelSide;
  kind: 'place' | AreaLabel['kind'];
}

function textBox(x: number, y: number, text: string, fontPx: number, side: LabelSide): Box {
  const width = textWidth(text, fontPx);
  const height = fontPx * 1.2;
  switch (side) {
    case 'right':
      return { x0: x + LABEL_GAP, x1: x + LABEL_GAP + width, y0: y - height / 2, y1: y + height / 2 };
    case 'left':
      return { x0: x - LABEL_GAP - width, x1: x - LABEL_GAP, y0: y - height / 2, y1: y + height / 2 };
    case 'above':
      return { x0: x - width / 2, x1: x + width / 2, y0: y - LABEL_GAP - height, y1: y - LABEL_GAP };
    case 'below':
      return { x0: x - width / 2, x1: x + width / 2, y0: y + LABEL_GAP, y1: y + LABEL_GAP + height };
    case 'center':
      return centredBox(x, y, width, height);
  }
}

/** The space a placed name takes on the map (estimated from its length: SVG text is not measured). */
export function labelBox(label: PlacedLabel): Box {
  return textBox(label.x, label.y, label.text, LABEL_FONT_PX[label.kind], label.side);
}

/** How far a box reaches past the area's edges (0 when inside, with a 2 px margin). */
function overflow(box: Box, area: Box): number {
  return Math.max(0, area.x0 + 2 - box.x0) + Math.max(0, box.x1 - (area.x1 - 2)) + Math.max(0, area.y0 + 2 - box.y0) + Math.max(0, box.y1 - (area.y1 - 2));
}

/**
 * The frame the map's camera and names use: the size's inset grown by the legend's band, so
 * that what a step is about is framed clear of whatever covers the map (cards, the legend).
 */
export function mapFrame(data: Pick<MapData, 'text'>, state: MapState, size: Size): Size {
  const inset = size.inset ?? NO_INSET;
  return { ...size, inset: { ...inset, top: inset.top + legendBand(data, state, size) } };
}

/**
 * Positions the state's labels for this camera and size, all inside the frame's clear area (see
 * mapFrame). A place's name goes on the first side (right, left, above, below) where it fits and is
 * clear of the names placed before it, else where it fits best; a place outside the clear area is
 * not named. An area's name is centred on its point, or below or above it, and slid back inside if
 * needed. Shared by the SVG fallback and the MapLibre markers, so both write names in the same places.
 */
export function placeLabels(data: MapData, state: MapState, size: Size): PlacedLabel[] {
  const frame = mapFrame(data, state, size);
  const projection = cameraProjection(state.camera, frame);
  const clear = clearArea(frame);
  const bounds: Box = { x0: clear.x, y0: clear.y, x1: clear.x + clear.width, y1: clear.y + clear.height };
  const places = new Map(data.places.map((p) => [p.id, p]));
  const areas = new Map(data.areas.map((a) => [a.id, a]));
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  // Points first: their names must sit next to them; area names are more forgiving.
  const ids = [...state.labels].sort((a, b) => Number(areas.has(a)) - Number(areas.has(b)));
  for (const id of ids) {
    const place = places.get(id);
    const area = areas.get(id);
    const target = place ?? area;
    if (!target) continue;
    const [px, py] = projection(target.at) ?? [NaN, NaN];
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    let [x, y] = [px, py];
    if (place && (x < bounds.x0 + 2 || x > bounds.x1 - 2 || y < bounds.y0 + 2 || y > bounds.y1 - 2)) continue;
    const fontPx = LABEL_FONT_PX[place ? 'place' : area!.kind];
    const sides: LabelSide[] = place ? ['right', 'left', 'above', 'below'] : ['center', 'below', 'above'];
    if (area) {
      // Slide the name's anchor so that its centred box lies inside the clear area.
      const box = textBox(x, y, target.name, fontPx, 'center');
      x += Math.max(0, bounds.x0 + 2 - box.x0) - Math.max(0, box.x1 - (bounds.x1 - 2));
      y += Math.max(0, bounds.y0 + 2 - box.y0) - Math.max(0, box.y1 - (bounds.y1 - 2));
    }
    const boxes = sides.map((side) => ({ side, box: textBox(x, y, target.name, fontPx, side) }));
    const free = boxes.find(({ box }) => overflow(box, bounds) === 0 && !taken.some((t) => boxesOverlap(t, box)));
    const choice = free ?? [...boxes].sort((a, b) => overflow(a.box, bounds) - overflow(b.box, bounds))[0]!;
    taken.push(choice.box);
    placed.push({ id, text: target.name, at: target.at, x: round(x), y: round(y), offset: [round(x - px), round(y - py)], side: choice.side, kind: place ? 'place' : area!.kind });
  }
  return placed;
}

/** The route's line and its arrowhead at the last place, as GeoJSON (shared with MapLibre). */
export function routeLine(data: MapData, route: string[] | undefined): Feature<LineString> | undefined {
  if (!route || route.length < 2) return undefined;
  const places = new Map(data.places.map((p) => [p.id, p.at]));
  const coordinates = route.map((id) => places.get(id)).filter((at): at is LonLat => !!at);
  return coordinates.length < 2 ? undefined : { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
}

/** The route's arrowhead, centred on the route's end and pointing along its last leg (as MapLibre's marker). */
function arrowHead(from: [number, number], to: [number, number]): string {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
  const [half, back] = [ROUTE_ARROW.width / 2, ROUTE_ARROW.length / 2];
  const point = (along: number, across: number) => `${round(to[0] + ux * along - uy * across)},${round(to[1] + uy * along + ux * across)}`;
  return `M${point(back, 0)}L${point(-back, half)}L${point(-back, -half)}Z`;
}

/** Where a name's text goes relative to its anchor: x offset, baseline offset (px, for this font size) and alignment. */
function textAnchor(side: LabelSide, fontPx: number): { dx: number; dy: number; anchor: string } {
  const middle = 0.35 * fontPx; // the baseline that centres the text's x-height on the anchor
  switch (side) {
    case 'right':
      return { dx: LABEL_GAP, dy: middle, anchor: 'start' };
    case 'left':
      return { dx: -LABEL_GAP, dy: middle, anchor: 'end' };
    case 'above':
      return { dx: 0, dy: -LABEL_GAP - 0.25 * fontPx, anchor: 'middle' };
    case 'below':
      return { dx: 0, dy: LABEL_GAP + 0.9 * fontPx, anchor: 'middle' };
    case 'center':
      return { dx: 0, dy: middle, anchor: 'middle' };
  }
}

/** Label marks: a dot and a haloed name for places, a centred name for areas. */
function labelMarks(labels: PlacedLabel[]): Mark[] {
  return labels.flatMap((label) => {
    const fontPx = LABEL_FONT_PX[label.kind];
    const { dx, dy, anchor } = textAnchor(label.side, fontPx);
    const text = mark(
      'text',
      `label:${label.id}`,
      { class: `map-label map-label--${label.kind}`, x: round(label.x + dx), y: round(label.y + dy), 'font-size': fontPx, 'text-anchor': anchor },
      label.text,
    );
    if (label.kind !== 'place') return [text];
    return [mark('circle', `label:${label.id}:dot`, { class: 'map-dot', cx: label.x, cy: label.y, r: PLACE_DOT.radius, 'stroke-width': PLACE_DOT.halo }), text];
  });
}

/** A country's classes: map.css colours it (the MapLibre style reads the same rules). */
export function countryClass(id: string, highlighted: boolean): string {
  return `map-land map-land--${id}${highlighted ? ' is-highlighted' : ''}`;
}

/** An overlay's classes: map.css colours it (the MapLibre style reads the same rules). */
export function overlayClass(layer: OverlayLayer, highlighted: boolean): string {
  return `map-layer map-layer--${layer.kind} map-layer--${layer.id}${highlighted ? ' is-highlighted' : ''}`;
}

/** An overlay's outline, wider when highlighted. */
export function overlayStroke(id: OverlayLayerId, highlighted: boolean) {
  const stroke = OVERLAY_STROKE[id];
  return highlighted ? { ...stroke, width: HIGHLIGHT_WIDTH } : stroke;
}

/**
 * The SVG map (the fallback, and the static figure without JavaScript): Web Mercator framed on the
 * step's camera, countries underneath, the step's overlay layers, an optional route, then names.
 */
export function mapLayout(data: MapData, state: MapState, size: Size): Scene {
  const { width, height } = size;
  const projection = cameraProjection(state.camera, mapFrame(data, state, size)).clipExtent([
    [-10, -10],
    [width + 10, height + 10],
  ]);
  const path = relativePath(projection);
  const layers = layerFeatures(data.topology);
  const highlighted = new Set(state.highlight);
  const shown = new Set<string>(state.layers);
  const marks: Mark[] = [mark('rect', 'sea', { class: 'map-sea', x: 0, y: 0, width, height })];

  for (const country of layers.countries?.features ?? []) {
    const id = String(country.properties?.id);
    const d = path(country);
    if (!d) continue;
    marks.push(mark('path', `country:${id}`, { class: countryClass(id, highlighted.has(id)), d, ...strokeAttributes(COUNTRY_STROKE) }));
  }

  for (const layer of OVERLAY_LAYERS) {
    if (!shown.has(layer.id)) continue;
    const emphasis = highlighted.has(layer.id);
    const attrs = { class: overlayClass(layer, emphasis), ...strokeAttributes(overlayStroke(layer.id, emphasis)) };
    (layers[layer.id]?.features ?? []).forEach((f, i) => {
      const d = path(f);
      if (d) marks.push(mark('path', `layer:${layer.id}:${i}`, { ...attrs, d }));
    });
  }

  const route = routeLine(data, state.route);
  if (route) {
    const d = path(route);
    const points = route.geometry.coordinates.map((c) => projection(c as LonLat));
    const [from, to] = [points.at(-2), points.at(-1)];
    if (d) marks.push(mark('path', 'route', { class: 'map-route', d, ...strokeAttributes(ROUTE_STROKE) }));
    if (from && to) marks.push(mark('path', 'route:head', { class: 'map-route-head', d: arrowHead(from, to) }));
  }

  marks.push(...labelMarks(placeLabels(data, state, size)));
  marks.push(...legendMarks(data, state, size));
  return { width, height, marks };
}

/** A legend larger than this share of the frame folds behind a "Key" toggle (key-toggle.ts). */
const LEGEND_MAX_SHARE = 0.09;
const LEGEND_FONT_PX = 11;
const LEGEND_LINE = LEGEND_FONT_PX * 1.3;
const SWATCH = 12;
const SWATCH_GAP = 5;
const LEGEND_PAD = 6;
const LEGEND_GAP = 12;
/** Space between the legend and the frame's clear edges. */
const LEGEND_MARGIN = 8;

interface LegendEntry {
  id: string;
  title: string;
  swatch: Mark['attrs'];
  lines: string[];
  x: number;
  y: number;
}

/**
 * A key to the overlays and route on show, so no colour carries meaning alone: entries flow in
 * rows, as compact as the width allows, at the top left of the clear area (on a phone the story's
 * cards pass the bottom of it). Drawn in the SVG, which stays visible above the WebGL map for this
 * purpose. Its band is kept out of the camera's frame (mapFrame), so the key never sits on what
 * the step is about; in a frame too small for that, it folds away behind a toggle instead.
 */
function legendLayout({ text }: Pick<MapData, 'text'>, state: MapState, size: Size): { width: number; height: number; collapsed: boolean; entries: LegendEntry[] } | undefined {
  const items: Omit<LegendEntry, 'lines' | 'x' | 'y'>[] = OVERLAY_LAYERS.filter((l) => state.layers.includes(l.id)).map((l) => ({
    id: l.id,
    title: text.legend[l.id],
    swatch: { class: overlayClass(l, false), ...strokeAttributes(OVERLAY_STROKE[l.id]) },
  }));
  if (state.route) items.push({ id: 'route', title: text.legend.route, swatch: { class: 'map-route', ...strokeAttributes(ROUTE_STROKE) } });
  if (items.length === 0) return undefined;
  const room = clearArea(size).width - 2 * LEGEND_MARGIN - 2 * LEGEND_PAD;
  const blocks = items.map((item) => {
    const lines = wrapText(item.title, room - SWATCH - SWATCH_GAP, { fontPx: LEGEND_FONT_PX, minChars: 12 });
    return { ...item, lines, width: SWATCH + SWATCH_GAP + Math.max(...lines.map((l) => textWidth(l, LEGEND_FONT_PX))) };
  });
  /** Entries in rows no wider than `limit`, each on the row after the last when it does not fit. */
  const pack = (limit: number) => {
    const entries: LegendEntry[] = [];
    let [x, y, rowHeight, widest] = [0, 0, 0, 0];
    for (const { width, ...block } of blocks) {
      if (x > 0 && x + width > limit) [x, y, rowHeight] = [0, y + rowHeight + 4, 0];
      entries.push({ ...block, x, y });
      x += width + LEGEND_GAP;
      rowHeight = Math.max(rowHeight, block.lines.length * LEGEND_LINE);
      widest = Math.max(widest, x - LEGEND_GAP);
    }
    return { entries, width: widest + 2 * LEGEND_PAD, height: y + rowHeight + 2 * LEGEND_PAD };
  };
  // The most compact box: rows as long as the room allows, or shorter and more balanced if that covers less.
  let best = pack(room);
  for (let limit = room - 8; limit >= Math.max(...blocks.map((b) => b.width)); limit -= 8) {
    const packed = pack(limit);
    if (packed.width * packed.height < best.width * best.height) best = packed;
  }
  const { entries, width, height } = best;
  return { width, height, collapsed: width * height > LEGEND_MAX_SHARE * size.width * size.height, entries };
}

/** The height the legend takes from the top of the clear area (0 without a legend, or with one folded away). */
function legendBand(data: Pick<MapData, 'text'>, state: MapState, size: Size): number {
  const legend = legendLayout(data, state, size);
  return legend && !legend.collapsed ? legend.height + 2 * LEGEND_MARGIN : 0;
}

function legendMarks(data: Pick<MapData, 'text'>, state: MapState, size: Size): Mark[] {
  const legend = legendLayout(data, state, size);
  if (!legend) return [];
  const clear = clearArea(size);
  const left = clear.x + LEGEND_MARGIN;
  const top = clear.y + LEGEND_MARGIN;
  const marks: Mark[] = [mark('rect', 'legend', { class: 'map-legend', x: round(left), y: round(top), width: round(legend.width), height: round(legend.height), rx: 4 })];
  for (const e of legend.entries) {
    const x = left + LEGEND_PAD + e.x;
    const y = top + LEGEND_PAD + e.y;
    marks.push(
      e.id === 'route'
        ? mark('path', `legend:${e.id}:swatch`, { ...e.swatch, d: `M${round(x)},${round(y + SWATCH / 2)}h${SWATCH}` })
        : mark('rect', `legend:${e.id}:swatch`, { ...e.swatch, x: round(x), y: round(y + 1), width: SWATCH, height: SWATCH - 2 }),
    );
    e.lines.forEach((line, i) =>
      marks.push(
        mark('text', `legend:${e.id}:${i}`, { class: 'map-legend__text', 'font-size': LEGEND_FONT_PX, x: round(x + SWATCH + SWATCH_GAP), y: round(y + i * LEGEND_LINE), dy: '0.8em' }, line),
      ),
    );
  }
  // Folded: the browser shows it behind a "Key" toggle; without JavaScript, and on paper, it stays shown.
  if (legend.collapsed) for (const m of marks) m.attrs.class = `${m.attrs.class} is-folded`;
  return marks;
}
