import { actorRecords } from '../../data/index.ts';
import { tableColumns } from '../../lib/table.ts';
import { defineVisual } from '../types.ts';
import { ACTOR_PLACES, actorsLayout, type ActorsData } from './layout.ts';
import { actorsStateSchema } from './state.ts';
import '../chart.css';
import './actors.css';

for (const place of ACTOR_PLACES) {
  if (!actorRecords.some((a) => a.id === place.id)) throw new Error(`src/viz/actors/layout.ts: ACTOR_PLACES names "${place.id}", which is not in src/data/actors.json`);
}
const drawn = new Set(ACTOR_PLACES.map((p) => p.id));

export const visual = defineVisual(({ t, format, data: { actorRecords: actors } }) => {
  const text = t.viz.actors;
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const relations = actors.flatMap((a) => a.relations.filter((r) => drawn.has(r.to)).map((r) => ({ ...r, source: a.id }))).filter((r) => drawn.has(r.source));
  const data: ActorsData = {
    actors: ACTOR_PLACES.map((p) => p.id),
    relations: relations.map(({ source, to, kind, from, until, frozenFrom }) => ({
      source,
      target: to,
      kind,
      from,
      ...(until ? { until } : {}),
      ...(frozenFrom ? { frozenFrom } : {}),
    })),
    text: {
      names: text.names,
      kinds: text.kinds,
      since: text.since,
      until: text.until,
      strained: text.strained,
      frozen: text.frozen,
      asOf: text.asOf,
    },
    intl: format.intl,
  };
  return {
    id: 'actors',
    title: text.title,
    summary: text.summary,
    credit: text.credit,
    state: actorsStateSchema(data),
    data,
    layout: actorsLayout,
    size: { width: 560, height: 600 },
    table: {
      file: 'actors',
      caption: text.caption,
      columns: tableColumns(text.columns, ['actor', 'relation', 'with', 'from', 'until', 'frozenFrom', 'note']),
      rows: relations.map((r) => ({
        cells: {
          actor: names.get(r.source)!,
          relation: text.kinds[r.kind],
          with: names.get(r.to)!,
          from: r.from,
          until: r.until ?? null,
          frozenFrom: r.frozenFrom ?? null,
          note: r.note,
        },
        sources: r.sources,
      })),
    },
  };
});
