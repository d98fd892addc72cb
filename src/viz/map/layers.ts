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

export interface OverlayLayer {
  id: string;
  kind: 'fill' | 'line';
  /** What readers see in the legend and the data table. */
  title: string;
  /** What the outline is and is not, for the data table. */
  note: string;
}

/** Overlay layers, drawn in this order (bottom to top). Countries are always drawn underneath. */
export const OVERLAY_LAYERS = [
  {
    id: 'armenian-held-1994-2020',
    kind: 'fill',
    title: 'Area held by Armenian forces, 1994–2020',
    note: 'Natural Earth breakaway area (1:10m), from the 1994 ceasefire to the 2020 war.',
  },
  {
    id: 'districts',
    kind: 'fill',
    title: 'The seven districts around the former oblast',
    note: 'Natural Earth districts (admin-1). Agdam and Fuzuli were only partly held in 1994–2020.',
  },
  {
    id: 'armenian-held-2020-2023',
    kind: 'fill',
    title: 'Area under Karabakh Armenian control, Nov 2020 – Sep 2023 (approximate)',
    note: 'Schematic, from Natural Earth’s 2020 ceasefire lines; Shusha (taken by Azerbaijan on 8 Nov 2020) cut out by this project.',
  },
  {
    id: 'lachin-corridor',
    kind: 'fill',
    title: 'Lachin corridor, 2020 (schematic band)',
    note: 'Natural Earth’s schematic band, not the road; it misses Lachin / Berdzor town.',
  },
  {
    id: 'nkao-1991',
    kind: 'fill',
    title: 'Former Nagorno-Karabakh Autonomous Oblast (1991 boundary)',
    note: 'The Soviet-era unit as it stood in 1991 (abolished by Azerbaijan on 26 Nov 1991); not a line of control.',
  },
  {
    id: 'line-of-contact-1994-2020',
    kind: 'line',
    title: 'Line of contact, 1994–2020',
    note: 'Derived from the Natural Earth breakaway area; not a surveyed front line.',
  },
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
  { id: 'azerbaijan', name: 'Azerbaijan', atlasName: 'Azerbaijan', at: [48.6, 40.75] },
  { id: 'armenia', name: 'Armenia', atlasName: 'Armenia', at: [44.75, 40.45] },
  { id: 'georgia', name: 'Georgia', atlasName: 'Georgia', at: [43.6, 42.1] },
  { id: 'turkey', name: 'Turkey', atlasName: 'Turkey', at: [35.5, 39.1] },
  { id: 'iran', name: 'Iran', atlasName: 'Iran', at: [48.5, 36.2] },
  { id: 'russia', name: 'Russia', atlasName: 'Russia', at: [42.5, 50.5] },
  { id: 'ukraine', name: 'Ukraine', atlasName: 'Ukraine', at: [31.5, 49.2] },
] as const satisfies readonly (Omit<AreaLabel, 'kind' | 'at'> & { atlasName: string; at: LonLat })[];

export type CountryId = (typeof NAMED_COUNTRIES)[number]['id'];
export const COUNTRY_IDS: readonly CountryId[] = NAMED_COUNTRIES.map((c) => c.id);

/** Names of seas and regions that are not countries. */
export const OTHER_AREAS: readonly AreaLabel[] = [
  { id: 'caspian-sea', name: 'Caspian Sea', at: [50.3, 39.6], kind: 'sea' },
  { id: 'black-sea', name: 'Black Sea', at: [34.6, 43.3], kind: 'sea' },
  { id: 'nakhchivan-exclave', name: 'Nakhchivan (Azerbaijan)', at: [45.35, 39.42], kind: 'region' },
  { id: 'nagorno-karabakh', name: 'Nagorno-Karabakh', at: [46.75, 39.95], kind: 'region' },
];
