import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../src/viz/scene.ts';
import { cameraPadding, cameraProjection, fittedZoom, interpolateCamera, REFERENCE_PX, type Camera } from '../../src/viz/map/camera.ts';
import type { MapData } from '../../src/viz/map/layout.ts';
import { englishVisuals } from '../support/i18n.ts';
import { boxesOverlap } from '../../src/lib/box.ts';
import { COUNTRY_IDS, OVERLAY_LAYERS } from '../../src/viz/map/layers.ts';
import { labelBox, mapFrame, mapLayout, placeLabels, type MapState } from '../../src/viz/map/layout.ts';
import { legacyColor, mapLayers, type MapColors, type PaintStates } from '../../src/viz/map/style.ts';
import { LABEL_FONT_PX, markerVariables, PLACE_DOT } from '../../src/viz/map/tokens.ts';

const map = englishVisuals.map!;
const data = map.data as MapData;
const size = { width: 600, height: 600 };
const camera: Camera = { center: [46.55, 39.68], zoom: 8.5, bearing: 0, pitch: 0 };
const state = (over: Partial<MapState> = {}): MapState => ({ camera, layers: [], highlight: [], labels: [], ...over });
const byKey = (marks: Mark[]) => new Map(marks.map((m) => [m.key, m]));

describe('the map camera', () => {
  it('puts the camera centre in the middle of the frame', () => {
    const [x, y] = cameraProjection(camera, size)(camera.center)!;
    expect(x).toBeCloseTo(300, 6);
    expect(y).toBeCloseTo(300, 6);
  });

  it('uses MapLibre’s scale: at zoom z the world is 512·2^z px wide', () => {
    const projection = cameraProjection({ ...camera, zoom: 3 }, size);
    const [x1] = projection([0, 0])!;
    const [x2] = projection([90, 0])!;
    expect(x2 - x1).toBeCloseTo((512 * 2 ** 3) / 4, 6);
  });

  it('frames the same area on any screen: smaller maps zoom out', () => {
    expect(fittedZoom(8, { width: REFERENCE_PX, height: 900 })).toBe(8);
    expect(fittedZoom(8, { width: REFERENCE_PX / 2, height: 900 })).toBe(7);
    expect(fittedZoom(8, { width: 2000, height: REFERENCE_PX * 2 })).toBe(9);
  });

  it('frames the camera in the clear area when cards cover part of the map, as MapLibre does with the same padding', () => {
    // A phone: the story's cards cover the lower 45 % of a 390 x 800 map.
    const covered = { width: 390, height: 800, inset: { top: 0, right: 0, bottom: 360, left: 0 } };
    const [x, y] = cameraProjection(camera, covered)(camera.center)!;
    // MapLibre draws the centre at ((left + W - right) / 2, (top + H - bottom) / 2).
    expect(x).toBeCloseTo(195, 6);
    expect(y).toBeCloseTo(220, 6);
    // Zoomed to fit what the content frames into the clear 390 x 440 area, not the whole 390 x 800.
    expect(fittedZoom(8, covered)).toBeCloseTo(fittedZoom(8, { width: 390, height: 440 }), 9);
    expect(fittedZoom(8, covered)).toBeLessThan(fittedZoom(8, { width: 390, height: 800 }) + 1e-9);
    // The padding is given to MapLibre as an object: a number is silently ignored by jumpTo and flyTo.
    expect(cameraPadding(covered)).toEqual({ top: 0, right: 0, bottom: 360, left: 0 });
    expect(cameraPadding(size)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });

  it('turns the map with the bearing: facing east, places east of the centre are above it', () => {
    const [, y] = cameraProjection({ ...camera, bearing: 90 }, size)([camera.center[0] + 0.5, camera.center[1]])!;
    expect(y).toBeLessThan(300 - 50);
  });

  it('flies in a straight line, and turns the short way round', () => {
    const from: Camera = { center: [40, 45], zoom: 4, bearing: 170, pitch: 0 };
    const to: Camera = { center: [46, 39], zoom: 8, bearing: -170, pitch: 20 };
    expect(interpolateCamera(from, to, 0)).toEqual(from);
    const end = interpolateCamera(from, to, 1);
    expect(end.center[0]).toBeCloseTo(46, 9);
    expect(end.center[1]).toBeCloseTo(39, 9);
    expect(end.zoom).toBe(8);
    expect(((end.bearing % 360) + 360) % 360).toBeCloseTo(190, 9);
    expect(interpolateCamera(from, to, 0.5).bearing).toBeCloseTo(180, 9);
  });
});

describe('the SVG map', () => {
  it('draws the sea and countries, and only the overlays the state shows', () => {
    const marks = byKey(mapLayout(data, state({ layers: ['lachin-corridor'] }), size).marks);
    expect(marks.get('sea')?.tag).toBe('rect');
    expect(marks.get('country:azerbaijan')?.tag).toBe('path');
    expect(marks.get('country:armenia')?.tag).toBe('path');
    expect([...marks.keys()].filter((k) => k.startsWith('layer:'))).toEqual(['layer:lachin-corridor:0']);
  });

  it('leaves out countries outside the frame', () => {
    const marks = byKey(mapLayout(data, state(), size).marks);
    expect(marks.has('country:ukraine')).toBe(false);
    const wide = byKey(mapLayout(data, state({ camera: { center: [39.5, 46.5], zoom: 3.6, bearing: 0, pitch: 0 } }), size).marks);
    expect(wide.has('country:ukraine')).toBe(true);
  });

  it('marks highlighted layers and countries', () => {
    const marks = byKey(mapLayout(data, state({ layers: ['armenian-held-2020-2023', 'lachin-corridor'], highlight: ['lachin-corridor', 'armenia'] }), size).marks);
    expect(marks.get('layer:lachin-corridor:0')!.attrs.class).toContain('is-highlighted');
    expect(marks.get('layer:armenian-held-2020-2023:0')!.attrs.class).not.toContain('is-highlighted');
    expect(marks.get('country:armenia')!.attrs.class).toContain('is-highlighted');
    expect(marks.get('country:azerbaijan')!.attrs.class).not.toContain('is-highlighted');
  });

  it('names places with both names where usage differs, with a dot at the place', () => {
    const marks = byKey(mapLayout(data, state({ labels: ['stepanakert', 'lachin', 'goris'] }), size).marks);
    expect(marks.get('label:stepanakert')!.text).toBe('Stepanakert / Khankendi');
    expect(marks.get('label:lachin')!.text).toBe('Lachin / Berdzor');
    expect(marks.get('label:goris')!.text).toBe('Goris');
    expect(marks.get('label:goris:dot')!.tag).toBe('circle');
  });

  it('keeps close names apart: Stepanakert and Shusha are 6 km from each other', () => {
    for (const zoom of [7.5, 8, 9]) {
      const labels = placeLabels(data, state({ camera: { ...camera, zoom }, labels: ['stepanakert', 'shusha', 'lachin', 'kornidzor', 'goris'] }), size);
      expect(labels.map((l) => l.id).sort()).toEqual(['goris', 'kornidzor', 'lachin', 'shusha', 'stepanakert']);
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(boxesOverlap(labelBox(a), labelBox(b)), `${a.id} / ${b.id} at zoom ${zoom}`).toBe(false)));
    }
  });

  it('keeps every name inside the frame, sliding area names in and leaving out places beyond it', () => {
    const wide = state({ camera: { center: [46.9, 40.2], zoom: 5.9, bearing: 0, pitch: 0 }, labels: ['caspian-sea', 'baku', 'yerevan', 'azerbaijan', 'moscow'] });
    for (const frame of [{ width: 288, height: 262 }, size]) {
      const labels = placeLabels(data, wide, frame);
      expect(labels.map((l) => l.id)).not.toContain('moscow');
      for (const label of labels) {
        const box = labelBox(label);
        expect(box.x0, label.id).toBeGreaterThanOrEqual(2);
        expect(box.x1, label.id).toBeLessThanOrEqual(frame.width - 2);
      }
    }
  });

  it('draws a route as a line with an arrowhead at its last place, and keys it', () => {
    const routed = state({ layers: ['lachin-corridor'], route: ['stepanakert', 'lachin', 'goris'] });
    const marks = mapLayout(data, routed, size).marks;
    const keys = marks.map((m) => m.key);
    expect(keys).toContain('route');
    expect(keys).toContain('route:head');
    const [gx, gy] = cameraProjection(camera, mapFrame(data, routed, size))(data.places.find((p) => p.id === 'goris')!.at)!;
    // Centred on the place, as MapLibre centres its arrow marker: halfway between the tip and the base's middle.
    const [tip, left, right] = (marks.find((m) => m.key === 'route:head')!.attrs.d as string).slice(1, -1).split('L').map((p) => p.split(',').map(Number));
    const centre = [(tip![0]! + (left![0]! + right![0]!) / 2) / 2, (tip![1]! + (left![1]! + right![1]!) / 2) / 2];
    expect(Math.hypot(centre[0]! - gx, centre[1]! - gy)).toBeLessThan(0.5);
    expect(keys.filter((k) => k.startsWith('legend:route'))).not.toEqual([]);
  });

  it('explains every overlay and the route in a legend, so colour is never the only key', () => {
    const marks = mapLayout(data, state({ layers: ['nkao-1991', 'lachin-corridor'] }), size).marks;
    const legend = marks.filter((m) => m.key.startsWith('legend:') && m.tag === 'text').map((m) => m.text).join(' ');
    // Each overlay's short key (the data table carries its full title).
    for (const id of ['nkao-1991', 'lachin-corridor'] as const) expect(legend).toContain(data.text.legend[id]);
    expect(legend).toContain('Nagorno-Karabakh oblast');
    expect(legend).toContain('Lachin corridor');
    expect(mapLayout(data, state(), size).marks.some((m) => m.key === 'legend')).toBe(false);
  });

  it('keeps the legend and every name in the clear area, and frames the camera clear of the legend', () => {
    const covered = { width: 390, height: 800, inset: { top: 0, right: 0, bottom: 360, left: 0 } };
    const s = state({ layers: ['armenian-held-2020-2023', 'lachin-corridor', 'nkao-1991'], labels: ['stepanakert', 'lachin', 'kornidzor', 'goris', 'azerbaijan'] });
    const marks = mapLayout(data, s, covered).marks;
    const legend = marks.find((m) => m.key === 'legend')!.attrs as { x: number; y: number; width: number; height: number };
    // Top left of the clear area, away from the cards.
    expect(legend.x).toBeGreaterThanOrEqual(0);
    expect(legend.y).toBeGreaterThanOrEqual(0);
    expect(legend.y + legend.height).toBeLessThan(800 - 360);
    expect(legend.width).toBeLessThanOrEqual(390);
    // The camera's frame leaves the legend's band out: the centre is drawn below it, above the cards.
    const frame = mapFrame(data, s, covered);
    expect(frame.inset).toEqual({ top: expect.any(Number), right: 0, bottom: 360, left: 0 });
    expect(frame.inset!.top).toBeGreaterThanOrEqual(legend.y + legend.height);
    const [, cy] = cameraProjection(camera, frame)(camera.center)!;
    expect(cy).toBeGreaterThan(legend.y + legend.height);
    expect(cy).toBeLessThan(800 - 360);
    for (const label of placeLabels(data, s, covered)) {
      const box = labelBox(label);
      expect(box.y1, label.id).toBeLessThanOrEqual(800 - 360);
      expect(box.y0, label.id).toBeGreaterThanOrEqual(frame.inset!.top);
      expect(boxesOverlap(box, { x0: legend.x, y0: legend.y, x1: legend.x + legend.width, y1: legend.y + legend.height }), label.id).toBe(false);
    }
  });

  it('folds a legend that would cover too much of a small frame, and then frames the camera on the whole map', () => {
    const s = state({ layers: ['armenian-held-2020-2023', 'lachin-corridor'], route: ['stepanakert', 'lachin', 'goris'] });
    const legendOf = (frame: { width: number; height: number }) => mapLayout(data, s, frame).marks.filter((m) => m.key === 'legend' || m.key.startsWith('legend:'));
    for (const frame of [{ width: 390, height: 480 }, { width: 640, height: 350 }]) {
      const legend = legendOf(frame);
      const box = legend.find((m) => m.key === 'legend')!.attrs as { width: number; height: number };
      expect(box.width * box.height, `${frame.width} x ${frame.height}`).toBeLessThanOrEqual(0.09 * frame.width * frame.height);
      expect(legend.some((m) => String(m.attrs.class).includes('is-folded'))).toBe(false);
      expect(mapFrame(data, s, frame).inset!.top).toBeGreaterThan(0);
    }
    const small = { width: 280, height: 330 };
    const folded = legendOf(small);
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.every((m) => String(m.attrs.class).includes('is-folded'))).toBe(true);
    expect(mapFrame(data, s, small).inset).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });

  it('is deterministic (the build-time SVG and the browser draw the same)', () => {
    const s = state({ layers: ['districts'], labels: ['kalbajar-district', 'azerbaijan'] });
    expect(mapLayout(data, s, size)).toEqual(mapLayout(data, s, size));
  });
});

describe('the map’s data table', () => {
  it('lists every place with its sources, says which are not on the map, and every outline', () => {
    const rows = map.table!.rows;
    const hakari = rows.find((r) => r.cells.name === 'Hakari bridge (Lachin checkpoint)')!;
    expect(hakari.cells.lat).toBeNull();
    expect(hakari.cells.note).toMatch(/Not on the map/);
    expect(rows.find((r) => r.cells.name === 'Stepanakert / Khankendi')!.cells.lat).toBeCloseTo(39.815, 3);
    expect(rows.filter((r) => r.cells.kind === 'area' || r.cells.kind === 'line')).toHaveLength(6);
    for (const row of rows) expect(row.sources.length, String(row.cells.name)).toBeGreaterThan(0);
  });
});

describe('the MapLibre style', () => {
  // Distinct colours per feature and state, as readMapColors would read them from map.css.
  const paints = (name: string): PaintStates => ({
    plain: { fill: `${name} fill`, stroke: `${name} stroke` },
    highlighted: { fill: `${name} fill!`, stroke: `${name} stroke!` },
  });
  const colors: MapColors = {
    sea: 'sea',
    route: 'route',
    countries: Object.fromEntries(['', ...COUNTRY_IDS].map((id) => [id, paints(id || 'land')])),
    overlays: Object.fromEntries(OVERLAY_LAYERS.map((l) => [l.id, paints(l.id)])) as MapColors['overlays'],
  };
  const layers = (s: MapState) => new Map(mapLayers(s, colors).map((l) => [l.id, l]));
  /** A layer's paint properties by name (each layer type has its own paint type). */
  const paint = (s: MapState, id: string) => layers(s).get(id)!.paint as Record<string, unknown>;

  it('shows exactly the state’s overlays, and the route only when there is one', () => {
    const shown = layers(state({ layers: ['lachin-corridor'] }));
    expect(shown.get('lachin-corridor-fill')!.layout!.visibility).toBe('visible');
    expect(shown.get('nkao-1991-line')!.layout!.visibility).toBe('none');
    expect(shown.get('route-line')!.layout!.visibility).toBe('none');
    expect(layers(state({ route: ['stepanakert', 'goris'] })).get('route-line')!.layout!.visibility).toBe('visible');
  });

  it('colours each country and overlay as map.css does, highlighted or not', () => {
    const s = state({ layers: ['lachin-corridor', 'districts'], highlight: ['turkey', 'lachin-corridor'] });
    const fill = paint(s, 'countries-fill')['fill-color'] as unknown[];
    expect(fill[fill.indexOf('turkey') + 1]).toBe('turkey fill!');
    expect(fill[fill.indexOf('iran') + 1]).toBe('iran fill');
    expect(fill.at(-1)).toBe('land fill');
    const border = paint(s, 'countries-line')['line-color'] as unknown[];
    expect(border[border.indexOf('turkey') + 1]).toBe('turkey stroke!');
    expect(paint(s, 'lachin-corridor-fill')['fill-color']).toBe('lachin-corridor fill!');
    expect(paint(s, 'districts-line')['line-color']).toBe('districts stroke');
    expect(paint(s, 'route-line')['line-color']).toBe('route');
  });

  it('draws every outline as wide and as dashed as the SVG map does, in px', () => {
    const shownAndHighlighted = OVERLAY_LAYERS.map((l) => l.id);
    for (const highlight of [[], shownAndHighlighted]) {
      const s = state({ layers: shownAndHighlighted, highlight, route: ['stepanakert', 'lachin', 'goris'] });
      const marks = byKey(mapLayout(data, s, size).marks);
      const pairs = [
        ...OVERLAY_LAYERS.map((l) => [`layer:${l.id}:0`, `${l.id}-line`] as const),
        ['route', 'route-line'] as const,
        ['country:azerbaijan', 'countries-line'] as const,
      ];
      for (const [key, layer] of pairs) {
        const svg = marks.get(key)!.attrs;
        const gl = paint(s, layer);
        const width = gl['line-width'] as number;
        expect(width, key).toBe(svg['stroke-width']);
        const dash = (gl['line-dasharray'] as number[] | undefined)?.map((d) => d * width).join(' ');
        expect(dash, key).toBe(svg['stroke-dasharray']);
      }
    }
  });

  it('has no symbol layers, so it needs no glyph or sprite server', () => {
    expect(mapLayers(state(), colors).every((l) => l.type !== 'symbol')).toBe(true);
  });

  it('turns colours computed by color-mix() into rgba() that MapLibre can parse, and none into transparent', () => {
    expect(legacyColor('color(srgb 0 0.407843 0.658824 / 0.12)')).toBe('rgba(0, 104, 168, 0.12)');
    expect(legacyColor('color(srgb 1 0.5 0)')).toBe('rgba(255, 128, 0, 1)');
    expect(legacyColor('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(legacyColor('none')).toBe('rgba(0, 0, 0, 0)');
  });
});

describe('map.css', () => {
  const css = readFileSync(new URL('../../src/viz/map/map.css', import.meta.url), 'utf8');
  const marks = mapLayout(data, state({ layers: OVERLAY_LAYERS.map((l) => l.id), labels: ['stepanakert', 'azerbaijan', 'caspian-sea', 'kalbajar-district'], route: ['stepanakert', 'goris'] }), size).marks;

  it('sets no size that tokens.ts owns: widths, dashes and font sizes come with the marks', () => {
    expect(css).not.toMatch(/stroke-width:\s*[\d.]+;|stroke-dasharray|font-size|font:[^;]*\dpx/);
    const text = marks.filter((m) => m.tag === 'text' && m.key.startsWith('label:'));
    expect(text.map((m) => m.attrs['font-size'])).toEqual(expect.arrayContaining([LABEL_FONT_PX.place, LABEL_FONT_PX.country, LABEL_FONT_PX.sea, LABEL_FONT_PX.district]));
    expect(marks.find((m) => m.key === 'label:stepanakert:dot')!.attrs).toMatchObject({ r: PLACE_DOT.radius, 'stroke-width': PLACE_DOT.halo });
  });

  it('colours every feature class the SVG map draws', () => {
    for (const layer of OVERLAY_LAYERS) expect(css, layer.id).toMatch(new RegExp(`\\.map-layer--${layer.id} \\{[^}]*fill:[^}]*stroke:`));
    for (const cls of ['map-sea', 'map-land', 'map-route', 'map-route-head', 'map-dot', 'map-label']) expect(css, cls).toMatch(new RegExp(`\\.${cls} \\{`));
  });

  it('defines every --map- variable it uses, the markers’ sizes coming from tokens.ts, and uses each of those', () => {
    const defined = new Set([...css.matchAll(/(--map-[\w-]+):/g)].map((m) => m[1]));
    const fromTokens = Object.keys(markerVariables());
    for (const used of new Set([...css.matchAll(/var\((--map-[\w-]+)\)/g)].map((m) => m[1]!))) expect(defined.has(used) || fromTokens.includes(used), used).toBe(true);
    for (const name of fromTokens) expect(css, name).toContain(`var(${name})`);
  });
});
