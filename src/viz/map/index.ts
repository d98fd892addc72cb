import { placeRecords } from '../../data/index.ts';
import { url } from '../../site.ts';
import { defineVisual } from '../types.ts';
import type { DataTable } from '../../lib/table.ts';
import { readSvgGeo } from './geodata.ts';
import { NAMED_COUNTRIES, OTHER_AREAS, OVERLAY_LAYERS, type AreaLabel } from './layers.ts';
import { mapLayout, type MapData, type MapPlace } from './layout.ts';
import { mapStateSchema } from './state.ts';
import './map.css';

const geo = readSvgGeo();

/** Places with sourced coordinates; the others (e.g. the Hakari bridge) are never plotted. */
const places: MapPlace[] = placeRecords.flatMap((p) => (p.lat === null || p.lon === null ? [] : [{ id: p.id, name: p.names.en, at: [p.lon, p.lat] }]));

const areas: AreaLabel[] = [
  ...NAMED_COUNTRIES.map(({ id, name, at }): AreaLabel => ({ id, name, at, kind: 'country' })),
  ...OTHER_AREAS,
  ...geo.districts.map(({ id, name, at }): AreaLabel => ({ id, name: `${name} district`, at, kind: 'district' })),
];

const data: MapData = { topology: geo.topology, places, areas, geoBase: url('geo/') };

export const MAP_CREDIT =
  'Natural Earth (public domain), via world-atlas; 2020–2023 area and Lachin corridor are schematic (Shusha corrected by hand). Places: src/data/places.json. Map rendering: MapLibre GL JS, d3-geo.';

/** Natural Earth as a source record, for the data table's layer rows. */
const naturalEarth = { title: 'Natural Earth 1:10m cultural vectors (public domain)', publisher: 'Natural Earth', url: 'https://www.naturalearthdata.com/' };

/** The map as a table: every place it can name (with or without coordinates) and every outline, with sources. */
const table: DataTable = {
  file: 'map',
  caption: 'Places and outlines on the map',
  columns: [
    { key: 'name', label: 'Name' },
    { key: 'kind', label: 'Kind' },
    { key: 'lat', label: 'Latitude', numeric: true },
    { key: 'lon', label: 'Longitude', numeric: true },
    { key: 'note', label: 'Notes' },
  ],
  rows: [
    ...placeRecords.map((p) => ({
      cells: {
        name: p.names.en,
        kind: `${p.kind} (${p.country})`,
        lat: p.lat,
        lon: p.lon,
        note: p.lat === null ? 'Not on the map: no source with coordinates was found.' : (p.note ?? null),
      },
      sources: p.sources,
    })),
    ...OVERLAY_LAYERS.map((l) => ({ cells: { name: l.title, kind: l.kind === 'line' ? 'line' : 'area', lat: null, lon: null, note: l.note }, sources: [naturalEarth] })),
  ],
};

export const visual = defineVisual({
  id: 'map',
  title: 'Map of the South Caucasus',
  summary:
    'A map of Azerbaijan, Armenia and their neighbours, with the former Nagorno-Karabakh Autonomous Oblast, the areas held by Armenian forces before and after the 2020 war, and the Lachin corridor. Lines are approximate.',
  credit: MAP_CREDIT,
  table,
  state: mapStateSchema(data),
  data,
  layout: mapLayout,
  size: { width: 640, height: 600 },
});
