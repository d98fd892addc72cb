import { geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { cameraProjection } from '../../src/viz/map/camera.ts';
import type { MapData } from '../../src/viz/map/layout.ts';
import { relativePath, tenths } from '../../src/viz/map/svg-path.ts';
import { englishVisuals } from '../support/i18n.ts';

const data = englishVisuals.map!.data as MapData;
const projection = cameraProjection({ center: [46.9, 40.2], zoom: 5.9, bearing: 0, pitch: 0 }, { width: 390, height: 600 }).clipExtent([
  [-10, -10],
  [400, 610],
]);

/** The rings of SVG path data (M/m, L/l, implicit lines after a move, Z/z) as absolute points, in tenths of a pixel. */
function rings(d: string): [number, number][][] {
  const tokens = d.match(/[MmLlZz]|-?(\d+\.?\d*|\.\d+)/g)!;
  const out: [number, number][][] = [];
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    if (/[A-Za-z]/.test(tokens[i]!)) command = tokens[i++]!;
    if (command === 'Z' || command === 'z') {
      [x, y] = [startX, startY];
      continue;
    }
    const [a, b] = [Number(tokens[i++]), Number(tokens[i++])];
    const relative = command === command.toLowerCase();
    [x, y] = relative ? [x + a * 10, y + b * 10] : [a * 10, b * 10];
    [x, y] = [Math.round(x), Math.round(y)];
    if (command === 'M' || command === 'm') {
      out.push([]);
      [startX, startY] = [x, y];
      command = relative ? 'l' : 'L';
    }
    const ring = out.at(-1)!;
    const last = ring.at(-1);
    if (!last || last[0] !== x || last[1] !== y) ring.push([x, y]);
  }
  return out;
}

const countries = feature(data.topology, data.topology.objects.countries as GeometryCollection).features as Feature<MultiPolygon>[];

describe('relative SVG path data for the map', () => {
  it('writes tenths as the shortest SVG number', () => {
    expect([15, 5, -5, 20, -20, 0, 123].map(tenths)).toEqual(['1.5', '.5', '-.5', '2', '-2', '0', '12.3']);
  });

  it('draws the same points as d3’s absolute path at a tenth of a pixel, for every country', () => {
    const absolute = geoPath(projection).digits(1);
    const relative = relativePath(projection);
    let drawn = 0;
    for (const country of countries) {
      const d = absolute(country);
      if (!d) {
        expect(relative(country)).toBeNull();
        continue;
      }
      expect(rings(relative(country)!)).toEqual(rings(d));
      drawn++;
    }
    expect(drawn).toBeGreaterThan(5);
  });

  it('is shorter than the absolute path data', () => {
    const absolute = geoPath(projection).digits(1);
    const relative = relativePath(projection);
    const length = (path: (f: Feature) => string | null) => countries.reduce((sum, c) => sum + (path(c)?.length ?? 0), 0);
    expect(length(relative)).toBeLessThan(length(absolute) * 0.8);
  });

  it('leaves out separators SVG does not need, and lines of no length', () => {
    const identity = { stream: (s: never) => s };
    const path = relativePath(identity);
    const square: Polygon = { type: 'Polygon', coordinates: [[[1, 1], [1.5, 1], [1.5, 1.04], [1.5, 0.5], [1, 0.5], [1, 1]]] };
    expect(path(square)).toBe('m1 1 .5 0 0-.5-.5 0z');
  });
});
