import { displacementData, populationData } from '../../data/index.ts';
import type { DisplacementFigure, PopulationRecord } from '../../data/schema.ts';
import { displacementColumns, displacementRow } from '../../data/tables.ts';
import { defineVisual } from '../types.ts';
import { exodusLayout, type ExodusData, type ExodusPoint } from './layout.ts';
import { exodusStateSchema } from './state.ts';
import '../chart.css';
import './exodus.css';

const { exodus2023Cumulative: cumulative, exodus2023Totals: totals } = displacementData;

function byId<T extends { id: string }>(file: string, list: T[], id: string): T {
  const found = list.find((d) => d.id === id);
  if (!found) throw new Error(`src/viz/exodus/index.ts: record "${id}" is missing from ${file}`);
  return found;
}
const valueOf = (d: DisplacementFigure | PopulationRecord) => {
  const value = 'total' in d ? d.total : d.value;
  if (value === null) throw new Error(`src/viz/exodus/index.ts: record "${d.id}" has no single value to draw`);
  return value;
};

/** Times of day are local (UTC+4); a count with no time is placed at midday, "evening" at 20:00. */
const PART_OF_DAY: Record<string, string> = { morning: '08:00', afternoon: '15:00', evening: '20:00', night: '23:00' };
function pointOf(d: DisplacementFigure): ExodusPoint {
  if (!d.date || d.value === null || !d.chartSeries) throw new Error(`src/data/displacement.json: exodus2023Cumulative "${d.id}" needs a date, a value and a chartSeries`);
  const exact = !!d.timeLocal && /^\d{2}:\d{2}$/.test(d.timeLocal);
  const time = exact ? d.timeLocal! : (PART_OF_DAY[d.timeLocal ?? ''] ?? '12:00');
  return { id: d.id, time: `${d.date}T${time}`, value: d.value, series: d.chartSeries === 'armenian-government-count' ? 'government' : 'other', timeApproximate: !exact };
}

// The contested ranges (see src/data/SOURCES.md): who left, and who lived there before.
const governmentTotal = byId('src/data/displacement.json', cumulative, 'exodus-2023-09-30');
const unhcrTotal = byId('src/data/displacement.json', totals, 'exodus-unhcr-factsheet');
const beforeEstimate = byId('src/data/population.json', populationData.records, 'estimate-pre-offensive-2023');
const lastDeFactoCensus = byId('src/data/population.json', populationData.records, 'census-nkr-2015');

const data: ExodusData = {
  points: cumulative.map(pointOf),
  total: {
    low: { value: valueOf(governmentTotal), who: 'Armenian government, 30 Sep' },
    high: { value: valueOf(unhcrTotal), who: 'UNHCR, Feb 2024' },
  },
  before: {
    low: { value: valueOf(beforeEstimate), who: 'Armenian government, agencies', approximate: true },
    high: { value: valueOf(lastDeFactoCensus), who: 'de facto census, 2015' },
  },
};

const row = (kind: string, d: DisplacementFigure) => {
  const { cells, sources } = displacementRow(d);
  return { cells: { kind, ...cells }, sources };
};

export const visual = defineVisual({
  id: 'exodus',
  title: 'The exodus to Armenia, September–October 2023',
  summary:
    'A line chart of the number of people from Nagorno-Karabakh who had entered Armenia, day by day from 24 September to 2 October 2023: the Armenian government’s timed border count as a line, other reports as hollow points. Shaded bands can add the range of totals who left and, for scale, the range of estimates of how many lived there before the offensive.',
  credit:
    'Armenian government counts as reported by Reuters, Azatutyun (RFE/RL), Armenpress and other outlets; UN News, OCHA and UNHCR; population before: Armenian government via Reuters and the 2015 census of the de facto authorities (via Wikipedia).',
  state: exodusStateSchema(),
  data,
  layout: exodusLayout,
  size: { width: 560, height: 480 },
  table: {
    file: 'exodus',
    caption: 'People from Nagorno-Karabakh arriving in Armenia, 2023, and the population before, by who reports each figure',
    columns: [{ key: 'kind', label: 'Figure' }, ...displacementColumns],
    rows: [
      ...cumulative.map((d) => row(d.chartSeries === 'armenian-government-count' ? 'cumulative count (government)' : 'cumulative count (other report)', d)),
      ...totals.map((d) => row('total', d)),
      ...[beforeEstimate, lastDeFactoCensus].map((r) => ({
        cells: { kind: 'population before', date: String(r.year), time: null, value: r.total, range: null, reportedBy: r.kind, counts: [r.totalNote, r.note].filter(Boolean).join(' ') },
        sources: r.sources,
      })),
    ],
  },
});
