import { actorRecords } from '../../data/index.ts';
import { defineVisual } from '../types.ts';
import { ACTOR_PLACES, KIND_LABELS, actorsLayout, type ActorsData } from './layout.ts';
import { actorsStateSchema } from './state.ts';
import '../chart.css';
import './actors.css';

const names = new Map(actorRecords.map((a) => [a.id, a.name]));
for (const place of ACTOR_PLACES) {
  if (!names.has(place.id)) throw new Error(`src/viz/actors/layout.ts: ACTOR_PLACES names "${place.id}", which is not in src/data/actors.json`);
}
const drawn = new Set(ACTOR_PLACES.map((p) => p.id));
const relations = actorRecords.flatMap((a) => a.relations.filter((r) => drawn.has(r.to)).map((r) => ({ ...r, source: a.id }))).filter((r) => drawn.has(r.source));

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
};

export const visual = defineVisual({
  id: 'actors',
  title: 'Relations between the actors, by date',
  summary:
    'A diagram of the states, alliances and courts around the conflict: Armenia in the middle, the Karabakh Armenian authorities and Azerbaijan below it, Russia and the Russian-led CSTO on the left, the United States, the EU, NATO and the International Criminal Court on the right, Turkey beside Azerbaijan. Lines show relations on a given date, each kind of relation with its own line pattern; a zigzag marks a strained tie, two bars across the line a tie one party says it has frozen, and two strokes across a grey dashed line a tie that has ended.',
  credit: 'Relations and dates: official statements, news agencies and encyclopedias collected in actors.json; every relation is sourced in the data table.',
  state: actorsStateSchema(data),
  data,
  layout: actorsLayout,
  size: { width: 560, height: 600 },
  table: {
    file: 'actors',
    caption: 'Relations between the actors shown, with dates and sources',
    columns: [
      { key: 'actor', label: 'Actor' },
      { key: 'relation', label: 'Relation' },
      { key: 'with', label: 'With' },
      { key: 'from', label: 'From' },
      { key: 'until', label: 'Until' },
      { key: 'frozenFrom', label: 'Frozen since' },
      { key: 'note', label: 'Details' },
    ],
    rows: relations.map((r) => ({
      cells: {
        actor: names.get(r.source)!,
        relation: KIND_LABELS[r.kind],
        with: names.get(r.to)!,
        from: r.from,
        until: r.until ?? null,
        frozenFrom: r.frozenFrom ?? null,
        note: r.note,
      },
      sources: r.sources,
    })),
  },
});
