import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { OVERLAY_LAYER_IDS } from './layers.ts';

/** Where a district's name goes: its centroid. */
export interface DistrictLabel {
  id: string;
  name: string;
  at: [number, number];
}

/** The SVG map's geodata, inlined in the pages: strongly simplified layers and the district names' places. */
export interface SvgMapGeo {
  topology: Topology;
  districts: DistrictLabel[];
}

/** Written by `npm run geo` (scripts/build-geo.ts), read by the site build; not committed. */
export const SVG_GEO_FILE = 'src/viz/map/svg-geo.generated.json';

/** Reads what `npm run geo` wrote for the SVG map, checking that it is complete. */
export function readSvgGeo(file = SVG_GEO_FILE): SvgMapGeo {
  let geo: Partial<SvgMapGeo>;
  try {
    geo = JSON.parse(readFileSync(file, 'utf8')) as Partial<SvgMapGeo>;
  } catch (error) {
    throw new Error(`${file}: cannot read the SVG map's geodata (run \`npm run geo\`): ${(error as Error).message}`);
  }
  const layers = Object.keys(geo.topology?.objects ?? {});
  const missing = ['countries', ...OVERLAY_LAYER_IDS].filter((id) => !layers.includes(id));
  if (geo.topology?.type !== 'Topology' || missing.length > 0) {
    throw new Error(`${file}: topology: not a TopoJSON topology with the layers ${missing.join(', ')} (run \`npm run geo\`)`);
  }
  if (!Array.isArray(geo.districts) || geo.districts.length === 0) throw new Error(`${file}: districts: expected the district labels (run \`npm run geo\`)`);
  return geo as SvgMapGeo;
}
