import { z } from 'astro/zod';
import { PITCH_RANGE, ZOOM_RANGE } from './camera.ts';
import { COUNTRY_IDS, OVERLAY_LAYER_IDS, REGION_BBOX } from './layers.ts';
import type { MapData, MapState } from './layout.ts';

const [WEST, SOUTH, EAST, NORTH] = REGION_BBOX;
const list = (ids: readonly string[]) => ids.join(', ');

/** A map step's state, checked against the layers, countries, places and areas that exist. */
export function mapStateSchema(data: Pick<MapData, 'places' | 'areas'>): z.ZodType<MapState> {
  const places = new Set(data.places.map((p) => p.id));
  const labelIds = new Set([...places, ...data.areas.map((a) => a.id)]);
  const layers = new Set<string>(OVERLAY_LAYER_IDS);

  const camera = z.strictObject({
    center: z.tuple([
      z.number().min(WEST, { message: `longitude must be between ${WEST} and ${EAST} (the map's region)` }).max(EAST, { message: `longitude must be between ${WEST} and ${EAST} (the map's region)` }),
      z.number().min(SOUTH, { message: `latitude must be between ${SOUTH} and ${NORTH} (the map's region)` }).max(NORTH, { message: `latitude must be between ${SOUTH} and ${NORTH} (the map's region)` }),
    ]),
    zoom: z.number().min(ZOOM_RANGE[0]).max(ZOOM_RANGE[1]),
    bearing: z.number().min(-180).max(180).default(0),
    pitch: z.number().min(PITCH_RANGE[0]).max(PITCH_RANGE[1]).default(0),
  });

  return z
    .strictObject({
      camera,
      layers: z.array(z.string()).default([]),
      highlight: z.array(z.string()).default([]),
      labels: z.array(z.string()).default([]),
      route: z.array(z.string()).min(2, { message: 'a route needs at least two places' }).optional(),
    })
    .superRefine((s, ctx) => {
      const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      s.layers.forEach((id, i) => {
        if (!layers.has(id)) problem(['layers', i], `unknown layer "${id}" (known: ${list(OVERLAY_LAYER_IDS)})`);
      });
      s.highlight.forEach((id, i) => {
        if (COUNTRY_IDS.includes(id as never)) return;
        if (!layers.has(id)) problem(['highlight', i], `unknown layer or country "${id}" (layers: ${list(OVERLAY_LAYER_IDS)}; countries: ${list(COUNTRY_IDS)})`);
        else if (!s.layers.includes(id)) problem(['highlight', i], `layer "${id}" is highlighted but not in layers`);
      });
      s.labels.forEach((id, i) => {
        if (!labelIds.has(id)) problem(['labels', i], `unknown place or area "${id}" (places with coordinates in src/data/places.json, or: ${list(data.areas.map((a) => a.id))})`);
      });
      s.route?.forEach((id, i) => {
        if (!places.has(id)) problem(['route', i], `unknown place "${id}" (places with coordinates in src/data/places.json)`);
      });
    }) as unknown as z.ZodType<MapState>;
}
