import type { Messages } from '../i18n/messages.ts';
import { actorRecords, displacementData, factSources, forceFigures, placeRecords, populationData, timelineEvents } from './index.ts';
import type { Source } from './schema.ts';
import { creditOrder } from './sources.ts';

/** The periods of the conflict, in order, each with the date it ends (ISO strings of any precision compare in order). */
const PERIOD_ENDS = {
  soviet: '1988-02-20',
  firstWar: '1994-06',
  ceasefireTo2020: '2021',
  toOffensive: '2023-09-19',
  september2023: '2023-10-03',
  since: '9999',
} as const satisfies Partial<Record<keyof Messages['sources']['topics'], string>>;
const PERIODS = Object.entries(PERIOD_ENDS) as [keyof typeof PERIOD_ENDS, string][];

/** Every source, grouped by what it was used for: the periods of the conflict, then the actors and the places. */
export function sourcesByTopic(t: Messages): { title: string; sources: Source[] }[] {
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
  const periodOf = (date: string) => PERIODS.findIndex(([, end]) => date < end);
  const periods = PERIODS.map(([topic], i) => ({
    title: t.sources.topics[topic],
    sources: creditOrder(dated.filter(([, date]) => periodOf(date) === i).flatMap(([ref]) => factSources[ref] ?? [])),
  }));
  return [
    ...periods,
    { title: t.sources.topics.actors, sources: creditOrder(actorRecords.flatMap((a) => [...a.descriptionSources, ...a.relations.flatMap((r) => r.sources)])) },
    { title: t.sources.topics.places, sources: creditOrder(placeRecords.flatMap((p) => p.sources)) },
  ];
}
