import area from '@turf/area';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import { featureCollection } from '@turf/helpers';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, describe, expect, it } from 'vitest';
import { readSvgGeo } from '../../src/viz/map/geodata.ts';
import { buildGeoLayers, detailedTopology, leanTopology, writeGeo, type GeoLayers } from '../../scripts/build-geo.ts';
import { placeRecords } from '../../src/data/index.ts';
import { OVERLAY_LAYER_IDS, REGION_BBOX } from '../../src/viz/map/layers.ts';

/** The geodata as built: from the sources, and as shipped (decoded from both TopoJSON outputs). */
const built = buildGeoLayers();
const decode = (topology: Topology): GeoLayers =>
  Object.fromEntries(Object.entries(topology.objects).map(([name, o]) => [name, feature(topology, o as GeometryCollection) as FeatureCollection])) as GeoLayers;
const outputs: [string, GeoLayers][] = [
  ['built', built],
  ['detailed (MapLibre)', decode(detailedTopology(built))],
  ['lean (SVG fallback)', decode(leanTopology(built))],
];

const EARTH_KM = 6371.0088;
const km2 = (f: Feature | FeatureCollection) => geoArea(f as never) * EARTH_KM ** 2;
const at = (id: string): [number, number] => {
  const p = placeRecords.find((r) => r.id === id)!;
  return [p.lon!, p.lat!];
};
const polygons = (f: Feature) => (f.geometry.type === 'Polygon' ? [(f.geometry as Polygon).coordinates] : (f.geometry as MultiPolygon).coordinates);
/**
 * Quantizing may land two neighbouring vertices on one grid point. A repeated point is valid
 * (OGC Simple Features) but turf's kinks reports it as a crossing, so repeats are dropped first.
 */
function withoutRepeats(f: Feature): Feature<Polygon | MultiPolygon> {
  const dedupe = (ring: Position[]) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
  const geometry = f.geometry as Polygon | MultiPolygon;
  return {
    ...f,
    geometry:
      geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: geometry.coordinates.map(dedupe) }
        : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((rings) => rings.map(dedupe)) },
  } as Feature<Polygon | MultiPolygon>;
}
const country = (layers: GeoLayers, id: string) => layers.countries.features.find((f) => f.properties?.id === id)!;

describe.each(outputs)('the map geodata, %s', (_name, layers) => {
  it('has every layer, each with features', () => {
    expect(Object.keys(layers).sort()).toEqual(['countries', ...OVERLAY_LAYER_IDS].sort());
    for (const [name, collection] of Object.entries(layers)) expect(collection.features.length, name).toBeGreaterThan(0);
  });

  it('has valid geometry: closed rings of four or more points, no self-intersections in the overlays', () => {
    for (const [name, collection] of Object.entries(layers)) {
      for (const f of collection.features) {
        if (f.geometry.type === 'LineString') {
          expect(f.geometry.coordinates.length, name).toBeGreaterThan(1);
          continue;
        }
        for (const rings of polygons(f)) {
          for (const ring of rings) {
            expect(ring.length, `${name} ${f.properties?.id}`).toBeGreaterThanOrEqual(4);
            expect(ring.at(-1), `${name} ${f.properties?.id}`).toEqual(ring[0]);
          }
        }
        // Countries are clipped at the region's edge, where rings may touch themselves; overlays must be clean.
        if (name !== 'countries') expect(kinks(withoutRepeats(f)).features, `${name} ${f.properties?.id}`).toEqual([]);
      }
    }
  });

  it('lies inside the region', () => {
    const [west, south, east, north] = REGION_BBOX;
    for (const [name, collection] of Object.entries(layers)) {
      const points = collection.features.flatMap((f) => (f.geometry as Polygon).coordinates.flat(Infinity) as unknown as number[]);
      const lons = points.filter((_, i) => i % 2 === 0);
      const lats = points.filter((_, i) => i % 2 === 1);
      expect(Math.min(...lons), name).toBeGreaterThanOrEqual(west - 1e-9);
      expect(Math.max(...lons), name).toBeLessThanOrEqual(east + 1e-9);
      expect(Math.min(...lats), name).toBeGreaterThanOrEqual(south - 1e-9);
      expect(Math.max(...lats), name).toBeLessThanOrEqual(north + 1e-9);
    }
  });

  it("winds polygons for d3-geo: no area covers more than a small part of the globe", () => {
    for (const [name, collection] of Object.entries(layers)) {
      for (const f of collection.features) if (f.geometry.type !== 'LineString') expect(geoArea(f as never), `${name} ${f.properties?.id}`).toBeLessThan(0.1);
    }
  });

  it('draws the former oblast at a plausible size (about 4,400 km²), inside Azerbaijan', () => {
    const oblast = layers['nkao-1991'].features[0]!;
    expect(km2(oblast)).toBeGreaterThan(4000);
    expect(km2(oblast)).toBeLessThan(4700);
    const overlap = intersect(featureCollection<Polygon | MultiPolygon>([oblast as Feature<Polygon>, country(layers, 'azerbaijan') as Feature<MultiPolygon>]));
    expect(area(overlap!) / area(oblast)).toBeGreaterThan(0.99);
    expect(geoContains(oblast as never, at('stepanakert'))).toBe(true);
    expect(geoContains(oblast as never, at('shusha'))).toBe(true);
    expect(geoContains(oblast as never, at('lachin'))).toBe(false);
  });

  it('keeps Shusha out of the 2020–2023 Karabakh Armenian area (corrected) and Stepanakert in it', () => {
    const held = layers['armenian-held-2020-2023'].features[0]!;
    expect(geoContains(held as never, at('shusha'))).toBe(false);
    expect(geoContains(held as never, at('stepanakert'))).toBe(true);
    expect(km2(held)).toBeGreaterThan(2900);
    expect(km2(held)).toBeLessThan(3300);
  });

  it('draws internationally recognised borders: Crimea in Ukraine, the oblast in Azerbaijan', () => {
    const crimea: Position = [34.1, 45.0];
    expect(geoContains(country(layers, 'ukraine') as never, crimea as [number, number])).toBe(true);
    expect(geoContains(country(layers, 'russia') as never, crimea as [number, number])).toBe(false);
    expect(geoContains(country(layers, 'azerbaijan') as never, at('stepanakert'))).toBe(true);
  });

  it('has the seven districts around the former oblast, by name', () => {
    expect(layers.districts.features.map((f) => f.properties?.name).sort()).toEqual(['Agdam', 'Fuzuli', 'Jabrayil', 'Kalbajar', 'Lachin', 'Qubadli', 'Zangilan']);
  });
});

describe('npm run geo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the MapLibre geodata as one TopoJSON with every layer, and the sources and licence notes', () => {
    const written = writeGeo(dir, join(dir, 'svg-geo.json'));
    expect(written.map((file) => basename(file)).sort()).toEqual(['SOURCES.md', 'map.topo.json', 'svg-geo.json']);
    const topology = JSON.parse(readFileSync(join(dir, 'map.topo.json'), 'utf8')) as Topology;
    expect(Object.keys(topology.objects).sort()).toEqual(['countries', ...OVERLAY_LAYER_IDS].sort());
    expect(readFileSync(join(dir, 'SOURCES.md'), 'utf8')).toContain('Natural Earth');
  });

  it('writes the SVG map\'s lean geodata with the district labels, as the site build reads it', () => {
    writeGeo(dir, join(dir, 'svg-geo.json'));
    const geo = readSvgGeo(join(dir, 'svg-geo.json'));
    expect(geo.districts.map((d) => d.name).sort()).toEqual(['Agdam', 'Fuzuli', 'Jabrayil', 'Kalbajar', 'Lachin', 'Qubadli', 'Zangilan']);
  });

  it('names the file and the fix when the SVG map\'s geodata is missing', () => {
    expect(() => readSvgGeo(join(dir, 'absent.json'))).toThrow(/absent\.json.*npm run geo/);
  });
});
