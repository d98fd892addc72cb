import { actorRecords, displacementData, factSources, forceFigures, placeRecords, populationData, timelineEvents } from './index.ts';
import type { Source } from './schema.ts';
import { creditOrder } from './sources.ts';

/** Periods of the conflict, by the date a record is about (ISO strings of any precision compare in order). */
const PERIODS = [
  { title: 'The Soviet oblast and its censuses', until: '1988-02-20' },
  { title: 'The first war, 1988–1994', until: '1994-06' },
  { title: 'From the 1994 ceasefire to the 2020 war', until: '2021' },
  { title: 'From 2021 to the offensive: blockade, talks and realignment', until: '2023-09-19' },
  { title: 'September 2023: the offensive, the ceasefire and the exodus', until: '2023-10-03' },
  { title: 'Since October 2023', until: '9999' },
];

/** Every source, grouped by what it was used for: the periods of the conflict, then the actors and the places. */
export function sourcesByTopic(): { title: string; sources: Source[] }[] {
  const dated: [string, string][] = [
    ...timelineEvents.map((e): [string, string] => [`timeline/${e.id}`, e.date]),
    ...forceFigures.map((f): [string, string] => [`forces/${f.id}`, f.date ?? '2023-09-20']),
    ...populationData.records.map((p): [string, string] => [`population/${p.id}`, p.year === 2023 ? '2023-09-24' : String(p.year)]),
    // Displacement figures by the war they belong to (not all carry a date).
    ...displacementData.war1988to1994.map((d): [string, string] => [`displacement/${d.id}`, '1990']),
    ...displacementData.war2020.map((d): [string, string] => [`displacement/${d.id}`, '2020']),
    ...[...displacementData.exodus2023Cumulative, ...displacementData.exodus2023DailyFlowsContested, ...displacementData.exodus2023Totals, ...displacementData.exodus2023Casualties].map(
      (d): [string, string] => [`displacement/${d.id}`, '2023-09-24'],
    ),
  ];
  const periodOf = (date: string) => PERIODS.findIndex((p) => date < p.until);
  const periods = PERIODS.map((p, i) => ({
    title: p.title,
    sources: creditOrder(dated.filter(([, date]) => periodOf(date) === i).flatMap(([ref]) => factSources[ref] ?? [])),
  }));
  return [
    ...periods,
    { title: 'The actors and their relations', sources: creditOrder(actorRecords.flatMap((a) => [...a.descriptionSources, ...a.relations.flatMap((r) => r.sources)])) },
    { title: 'Places and their names', sources: creditOrder(placeRecords.flatMap((p) => p.sources)) },
  ];
}
