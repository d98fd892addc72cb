import { fill } from '../../i18n/fill.ts';
import { tableColumns, type DataTable } from '../../lib/table.ts';
import { url } from '../../site.ts';
import { defineVisual } from '../types.ts';
import { readSvgGeo } from './geodata.ts';
import { NAMED_COUNTRIES, OTHER_AREAS, OVERLAY_LAYERS, type AreaLabel } from './layers.ts';
import { mapLayout, type MapData, type MapPlace } from './layout.ts';
import { mapStateSchema } from './state.ts';
import './map.css';

const geo = readSvgGeo();

/** Natural Earth as a source record, for the data table's layer rows. */
const naturalEarth = (title: string) => ({ title, publisher: 'Natural Earth', url: 'https://www.naturalearthdata.com/' });

export const visual = defineVisual(({ locale, t, data: { placeRecords } }) => {
  const text = t.viz.map;
  const districtName = (id: string) => {
    const name = (text.districts as Record<string, string>)[id];
    if (!name) throw new Error(`locale ${locale}: no name for the district "${id}" of the geodata (viz.map.districts in src/i18n/messages/en.ts and its translations)`);
    return name;
  };

  /** Places with sourced coordinates; the others (e.g. the Hakari bridge) are never plotted. */
  const places: MapPlace[] = placeRecords.flatMap((p) => (p.lat === null || p.lon === null ? [] : [{ id: p.id, name: p.name, at: [p.lon, p.lat] }]));
  const areas: AreaLabel[] = [
    ...NAMED_COUNTRIES.map(({ id, at }): AreaLabel => ({ id, name: text.countries[id], at, kind: 'country' })),
    ...OTHER_AREAS.map((area): AreaLabel => ({ ...area, name: text.areas[area.id] })),
    ...geo.districts.map(({ id, at }): AreaLabel => ({ id, name: districtName(id), at, kind: 'district' })),
  ];
  // The legend's short keys: the data table and "About this graphic" say more.
  const legend = Object.fromEntries(OVERLAY_LAYERS.map((l) => [l.id, text.layers[l.id].key]));
  const data: MapData = {
    topology: geo.topology,
    places,
    areas,
    geoBase: url('geo/'),
    text: { legend: { ...legend, route: text.route } as MapData['text']['legend'], explore: text.explore, keyToggle: text.keyToggle },
  };

  /** The map as a table: every place it can name (with or without coordinates) and every outline, with sources. */
  const table: DataTable = {
    file: 'map',
    caption: text.caption,
    columns: tableColumns(text.columns, ['name', 'kind', 'lat', 'lon', 'note'], ['lat', 'lon']),
    rows: [
      ...placeRecords.map((p) => ({
        cells: { name: p.name, kind: fill(text.placeKind, { kind: p.kind, country: p.country }), lat: p.lat, lon: p.lon, note: p.lat === null ? text.notPlotted : (p.note ?? null) },
        sources: p.sources,
      })),
      ...OVERLAY_LAYERS.map((l) => ({
        cells: { name: text.layers[l.id].title, kind: l.kind === 'line' ? text.kindLine : text.kindArea, lat: null, lon: null, note: text.layers[l.id].note },
        sources: [naturalEarth(text.naturalEarth)],
      })),
    ],
  };

  return {
    id: 'map',
    title: text.title,
    summary: text.summary,
    credit: text.credit,
    table,
    state: mapStateSchema(data),
    data,
    layout: mapLayout,
    size: { width: 640, height: 600 },
  };
});
