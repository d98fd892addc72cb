/**
 * The map's geodata. `npm run geo` (run before every build and dev server) writes public/geo/:
 * map.topo.json, every layer lightly simplified in one TopoJSON that MapLibre's client fetches, and SOURCES.md;
 * and, for the site build to inline in the pages, the SVG map's strongly simplified TopoJSON with the
 * district names' places (src/viz/map/svg-geo.generated.json, see src/viz/map/geodata.ts).
 * Inputs: world-atlas (Natural Earth 1:10m countries) and the project's carried Natural Earth
 * extracts in data/geo/ (see data/geo/SOURCES.md for provenance, licence and caveats).
 * Runs on Node 22's type stripping: erasable TypeScript only, imports with .ts extensions.
 */
import bboxClip from '@turf/bbox-clip';
import difference from '@turf/difference';
import { featureCollection, polygon } from '@turf/helpers';
import rewind from '@turf/rewind';
import { geoCentroid, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Objects, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { slugify } from '../src/lib/text.ts';
import { SVG_GEO_FILE, type DistrictLabel, type SvgMapGeo } from '../src/viz/map/geodata.ts';
import { FOCUS, NAMED_COUNTRIES, OVERLAY_LAYER_IDS, REGION_BBOX, type OverlayLayerId } from '../src/viz/map/layers.ts';

// npm scripts and vitest run from the project root.
const ROOT = process.cwd();
const SOURCE_DIR = join(ROOT, 'data/geo');
export const OUT_DIR = join(ROOT, 'public/geo');

export type LayerName = 'countries' | OverlayLayerId;
export type GeoLayers = Record<LayerName, FeatureCollection>;

/** A point in Crimea: world-atlas draws the peninsula as Russian; see moveCrimeaToUkraine. */
const CRIMEA: Position = [34.1, 45.0];
/** Shusha town, as in src/data/places.json. */
export const SHUSHA: Position = [46.7483, 39.7583];

function readSource(file: string): FeatureCollection {
  return JSON.parse(readFileSync(join(SOURCE_DIR, file), 'utf8')) as FeatureCollection;
}

/**
 * world-atlas (Natural Earth 4.1.0) puts Crimea inside Russia. This map draws internationally
 * recognised borders throughout (as it draws Nagorno-Karabakh inside Azerbaijan), so the Crimea
 * polygon is taken out of Russia's geometry and merged into Ukraine's along their shared arcs.
 * Returns Ukraine's merged geometry (Russia's is changed in place).
 */
interface CountryProperties {
  name: string;
}

function moveCrimeaToUkraine(world: Topology): MultiPolygon | undefined {
  const countries = world.objects.countries as GeometryCollection<CountryProperties>;
  const byName = (name: string) => countries.geometries.find((g) => (g.properties as CountryProperties | undefined)?.name === name) as TopoMultiPolygon | undefined;
  const russia = byName('Russia');
  const ukraine = byName('Ukraine');
  if (!russia || !ukraine) throw new Error('world-atlas: Russia or Ukraine not found');
  const index = russia.arcs.findIndex((arcs) => geoContains(feature(world, { type: 'Polygon', arcs } as TopoPolygon), CRIMEA as [number, number]));
  if (index < 0) return undefined; // a future world-atlas may already draw it in Ukraine
  const [crimea] = russia.arcs.splice(index, 1);
  return merge(world, [ukraine, { type: 'Polygon', arcs: crimea! } as TopoPolygon]);
}

function countryLayer(): FeatureCollection {
  const require = createRequire(join(ROOT, 'package.json'));
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
  const ukraine = moveCrimeaToUkraine(world);
  const countries = world.objects.countries as GeometryCollection<CountryProperties>;
  const named = new Map<string, string>(NAMED_COUNTRIES.map((c) => [c.atlasName, c.id]));
  const features: Feature[] = [];
  for (const object of countries.geometries) {
    const name = (object.properties as CountryProperties | undefined)?.name ?? '';
    const geometry = name === 'Ukraine' && ukraine ? ukraine : (feature(world, object) as Feature).geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const clipped = bboxClip({ type: 'Feature', properties: {}, geometry } as Feature<Polygon | MultiPolygon>, REGION_BBOX).geometry as Polygon | MultiPolygon;
    const polygons: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    const kept = polygons.filter((rings) => rings.length > 0 && rings[0]!.length >= 4);
    if (kept.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { id: named.get(name) ?? slugify(name), name },
      geometry: kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept },
    });
  }
  return featureCollection(features) as FeatureCollection;
}

/**
 * The 2020–2023 schematic area puts Shusha on the Armenian-held side: Natural Earth's southern
 * ceasefire segment runs about 4.5 km south of the town, which Azerbaijan took on 8 November 2020.
 * Correction: cut out Natural Earth's own "Şuşa (city)" unit and the strip south of it down past
 * that segment, so the town lies on the Azerbaijani-held side. Still approximate; labelled so.
 */
function correctShusha(held: Feature<Polygon>, rayons: FeatureCollection): Feature<Polygon | MultiPolygon> {
  const city = rayons.features.find((f) => f.properties?.adm1_code === 'AZE-5565') as Feature<Polygon> | undefined;
  if (!city) throw new Error('data/geo/azerbaijan_rayons_ne10m.geojson: Şuşa (city), AZE-5565, not found');
  const ring = city.geometry.coordinates[0]!;
  const lons = ring.map((p) => p[0]!);
  const west = Math.min(...lons);
  const east = Math.max(...lons);
  const middle = (Math.min(...ring.map((p) => p[1]!)) + Math.max(...ring.map((p) => p[1]!))) / 2;
  const south = 39.68; // south of the NE segment (about 39.72 N at these longitudes)
  const strip = polygon([[[west, south], [east, south], [east, middle], [west, middle], [west, south]]]);
  const corrected = difference(featureCollection([held, city, strip]));
  if (!corrected) throw new Error('Shusha correction removed the whole 2020–2023 area');
  corrected.properties = {
    ...held.properties,
    correction: 'Shusha town and the strip south of it to the Natural Earth ceasefire segment removed by this project: Azerbaijan took Shusha on 8 Nov 2020.',
  };
  return corrected;
}

function only(collection: FeatureCollection, file: string): Feature {
  if (collection.features.length !== 1) throw new Error(`data/geo/${file}: expected exactly one feature`);
  return collection.features[0]!;
}

/** Every layer as GeoJSON, clipped and with D3's winding (outer rings clockwise), before simplification. */
export function buildGeoLayers(): GeoLayers {
  const rayons = readSource('azerbaijan_rayons_ne10m.geojson');
  const held2020 = only(readSource('nk_armenian_held_2020_2023_schematic.geojson'), 'nk_armenian_held_2020_2023_schematic.geojson') as Feature<Polygon>;
  const districts = rayons.features
    .filter((f) => f.properties?.seven_districts === true)
    .map((f): Feature => ({ type: 'Feature', properties: { id: `${slugify(String(f.properties!.name_en))}-district`, name: String(f.properties!.name_en) }, geometry: f.geometry }));

  const overlays: Record<OverlayLayerId, Feature[]> = {
    districts,
    'armenian-held-1994-2020': readSource('nk_armenian_held_1994_2020.geojson').features,
    'nkao-1991': readSource('nkao_1991.geojson').features,
    'armenian-held-2020-2023': [correctShusha(held2020, rayons)],
    'lachin-corridor': readSource('lachin_corridor_2020_schematic.geojson').features,
    'line-of-contact-1994-2020': readSource('line_of_contact_1994_2020.geojson').features,
  };
  const layers = { countries: countryLayer() } as GeoLayers;
  for (const id of OVERLAY_LAYER_IDS) {
    // Keep only what the browser uses: id and name (provenance stays in data/geo/SOURCES.md).
    const features = overlays[id].map((f, i): Feature => ({
      type: 'Feature',
      properties: { id: String(f.properties?.id ?? `${id}-${i}`), name: String(f.properties?.name ?? id) },
      geometry: f.geometry,
    }));
    layers[id] = featureCollection(features) as FeatureCollection;
  }
  // The carried files follow RFC 7946 (outer rings counter-clockwise), which d3-geo reads as
  // "the whole globe minus this area". Rewind everything to D3's convention; MapLibre accepts either.
  for (const name of Object.keys(layers) as LayerName[]) layers[name] = rewind(layers[name], { reverse: true, mutate: true }) as FeatureCollection;
  return layers;
}

/** Distance from FOCUS (degrees) at which a vertex or island counts half as much. */
const FALLOFF_DEGREES = 2.5;
const falloff = ([lon, lat]: Position) => 1 / (1 + (Math.hypot(lon! - FOCUS[0], lat! - FOCUS[1]) / FALLOFF_DEGREES) ** 3);

/** Arc indices used by a TopoJSON geometry (nested arrays; ~i marks an arc read backwards). */
function arcIndices(arcs: unknown): number[] {
  return Array.isArray(arcs) ? arcs.flatMap(arcIndices) : typeof arcs === 'number' ? [arcs < 0 ? ~arcs : arcs] : [];
}

/**
 * The overlays are small, hand-checked and carry the story: they keep every vertex (simplifying
 * them made the 1994–2020 outline cross itself near the Armenian border).
 */
function keepOverlayVertices(topo: Topology): void {
  for (const id of OVERLAY_LAYER_IDS) {
    const object = topo.objects[id] as GeometryCollection;
    for (const index of object.geometries.flatMap((g) => arcIndices((g as { arcs?: unknown }).arcs))) {
      for (const point of topo.arcs[index]!) point[2] = Infinity;
    }
  }
}

/**
 * Topology-preserving simplification that keeps more detail near the Caucasus than far from it:
 * a vertex's weight (the area of its triangle) and an island's (its area) shrink with distance
 * from FOCUS, so distant coasts lose vertices, and small distant islands vanish, first.
 * `minWeight` is in square degrees at the focus; islands go below `minIslandArea` (same unit).
 */
export function simplifyLayers(layers: GeoLayers, minWeight: number, minIslandArea: number, quantization: number): Topology {
  const topo = topology(layers as Record<string, FeatureCollection>) as unknown as Topology<Objects<{}>>;
  const weighted = presimplify(topo, (triangle) => planarTriangleArea(triangle) * falloff(triangle[1]));
  keepOverlayVertices(weighted);
  const simplified = simplify(weighted, minWeight);
  const islands = filter(simplified, filterWeight(simplified, minIslandArea, (ring) => planarRingArea(ring) * falloff(ring[0]!)));
  // Quantize last: presimplify returns absolute coordinates.
  return quantize(islands, quantization);
}

/** Centroids for the district names, computed once here rather than in every browser. */
export function districtLabels(layers: GeoLayers): DistrictLabel[] {
  return layers.districts.features.map((f) => {
    const [lon, lat] = geoCentroid(f);
    return { id: String(f.properties!.id), name: String(f.properties!.name), at: [Math.round(lon * 1e3) / 1e3, Math.round(lat * 1e3) / 1e3] };
  });
}

/** MapLibre's geodata: lightly simplified, quantized to about 50 m, fetched when the WebGL map starts. */
export function detailedTopology(layers: GeoLayers): Topology {
  return simplifyLayers(layers, 1e-6, 1e-4, 1e5);
}

/** The SVG fallback's geodata: strongly simplified and quantized, small enough to inline in the page. */
export function leanTopology(layers: GeoLayers): Topology {
  return simplifyLayers(layers, 3e-5, 1e-3, 3e4);
}

/** Writes via a temporary file and rename, so a parallel build never reads a half-written file. */
function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

export const DETAILED_FILE = 'map.topo.json';

/** Writes the geodata; returns the paths written. */
export function writeGeo(outDir = OUT_DIR, svgGeoFile = join(ROOT, SVG_GEO_FILE)): string[] {
  const layers = buildGeoLayers();
  mkdirSync(outDir, { recursive: true });
  writeAtomically(join(outDir, DETAILED_FILE), JSON.stringify(detailedTopology(layers)));
  copyFileSync(join(SOURCE_DIR, 'SOURCES.md'), join(outDir, 'SOURCES.md'));
  const svgGeo: SvgMapGeo = { topology: leanTopology(layers), districts: districtLabels(layers) };
  writeAtomically(svgGeoFile, JSON.stringify(svgGeo));
  return [join(outDir, DETAILED_FILE), join(outDir, 'SOURCES.md'), svgGeoFile];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`geo: wrote ${writeGeo().map((file) => relative(ROOT, file)).join(', ')}`);
}
