/**
 * The map's fixed vocabulary: the region it covers, the overlay layers a step may show, the
 * countries it names. Shared by the geodata build (scripts/build-geo.ts), the state schema, the
 * SVG fallback and the MapLibre style, so an id means the same thing everywhere.
 */

export type LonLat = [number, number];

/** [west, south, east, north]: everything is clipped to this box; cameras must stay inside it. */
export const REGION_BBOX: [number, number, number, number] = [14, 30, 70, 62];

/** The Caucasus close-up, where the generalisation keeps most detail (lon/lat). */
export const FOCUS: LonLat = [46.5, 40];

/** An overlay's title and note (what it is and is not) are in each language's messages (viz.map.layers). */
export interface OverlayLayer {
  id: string;
  kind: 'fill' | 'line';
}

/** Overlay layers, drawn in this order (bottom to top). Countries are always drawn underneath. */
export const OVERLAY_LAYERS = [
  { id: 'armenian-held-1994-2020', kind: 'fill' },
  { id: 'districts', kind: 'fill' },
  { id: 'armenian-held-2020-2023', kind: 'fill' },
  { id: 'lachin-corridor', kind: 'fill' },
  { id: 'nkao-1991', kind: 'fill' },
  { id: 'line-of-contact-1994-2020', kind: 'line' },
] as const satisfies readonly OverlayLayer[];

export type OverlayLayerId = (typeof OVERLAY_LAYERS)[number]['id'];
export const OVERLAY_LAYER_IDS: readonly OverlayLayerId[] = OVERLAY_LAYERS.map((l) => l.id);

export interface AreaLabel {
  id: string;
  name: string;
  /** Where the name is written (a cartographic choice, not a fact). */
  at: LonLat;
  kind: 'country' | 'sea' | 'region' | 'district';
}

/**
 * Countries a step may highlight or name, keyed by their world-atlas (Natural Earth) name.
 * Every other country in the region is drawn as neutral land.
 */
export const NAMED_COUNTRIES = [
  { id: 'azerbaijan', atlasName: 'Azerbaijan', at: [48.6, 40.75] },
  { id: 'armenia', atlasName: 'Armenia', at: [44.75, 40.45] },
  { id: 'georgia', atlasName: 'Georgia', at: [43.6, 42.1] },
  { id: 'turkey', atlasName: 'Turkey', at: [35.5, 39.1] },
  { id: 'iran', atlasName: 'Iran', at: [48.5, 36.2] },
  { id: 'russia', atlasName: 'Russia', at: [42.5, 50.5] },
  { id: 'ukraine', atlasName: 'Ukraine', at: [31.5, 49.2] },
] as const satisfies readonly (Pick<AreaLabel, 'id'> & { atlasName: string; at: LonLat })[];

export type CountryId = (typeof NAMED_COUNTRIES)[number]['id'];
export const COUNTRY_IDS: readonly CountryId[] = NAMED_COUNTRIES.map((c) => c.id);

/** Seas and regions that are not countries (their names are in each language's messages, viz.map.areas). */
export const OTHER_AREAS = [
  { id: 'caspian-sea', at: [50.3, 39.6], kind: 'sea' },
  { id: 'black-sea', at: [34.6, 43.3], kind: 'sea' },
  { id: 'nakhchivan-exclave', at: [45.35, 39.42], kind: 'region' },
  { id: 'nagorno-karabakh', at: [46.75, 39.95], kind: 'region' },
] as const satisfies readonly Omit<AreaLabel, 'name'>[];
