import { fill } from '../../i18n/fill.ts';
import { displacementColumns, displacementRow } from '../../data/tables.ts';
import type { DisplacementFigure, PopulationRecord } from '../../data/schema.ts';
import { parseIsoDate } from '../../lib/dates.ts';
import { defineVisual } from '../types.ts';
import { exodusLayout, type ExodusData, type ExodusPoint } from './layout.ts';
import { exodusStateSchema } from './state.ts';
import '../chart.css';
import './exodus.css';

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

export const visual = defineVisual(({ t, format, data: { displacementData, populationRecords } }) => {
  const text = t.viz.exodus;
  const { exodus2023Cumulative: cumulative, exodus2023Totals: totals } = displacementData;
  // The contested ranges (see src/data/SOURCES.md): who left, and who lived there before.
  const governmentTotal = byId('src/data/displacement.json', cumulative, 'exodus-2023-09-30');
  const unhcrTotal = byId('src/data/displacement.json', totals, 'exodus-unhcr-factsheet');
  const beforeEstimate = byId('src/data/population.json', populationRecords, 'estimate-pre-offensive-2023');
  const lastDeFactoCensus = byId('src/data/population.json', populationRecords, 'census-nkr-2015');
  const dateOf = (d: DisplacementFigure) => parseIsoDate(d.date!);

  const data: ExodusData = {
    points: cumulative.map(pointOf),
    total: {
      low: { value: valueOf(governmentTotal), who: fill(text.governmentTotal, { date: format.dayMonth(dateOf(governmentTotal)) }) },
      high: { value: valueOf(unhcrTotal), who: fill(text.unhcrTotal, { date: format.monthYear(dateOf(unhcrTotal)) }) },
    },
    before: {
      low: { value: valueOf(beforeEstimate), who: text.beforeEstimate, approximate: true },
      high: { value: valueOf(lastDeFactoCensus), who: fill(text.lastCensus, { year: lastDeFactoCensus.year }) },
    },
    text: {
      timeAxis: text.timeAxis,
      timeAxisShort: text.timeAxisShort,
      governmentCount: text.governmentCount,
      countBy: text.countBy,
      otherReports: text.otherReports,
      livedBefore: text.livedBefore,
      left: text.left,
      to: text.to,
    },
    intl: format.intl,
  };

  const row = (kind: string, d: DisplacementFigure) => {
    const { cells, sources } = displacementRow(d, t);
    return { cells: { kind, ...cells }, sources };
  };

  return {
    id: 'exodus',
    title: text.title,
    summary: text.summary,
    credit: text.credit,
    state: exodusStateSchema(),
    data,
    layout: exodusLayout,
    size: { width: 560, height: 480 },
    table: {
      file: 'exodus',
      caption: text.caption,
      columns: [{ key: 'kind', label: text.kindColumn }, ...displacementColumns(t)],
      rows: [
        ...cumulative.map((d) => row(d.chartSeries === 'armenian-government-count' ? text.kinds.government : text.kinds.other, d)),
        ...totals.map((d) => row(text.kinds.total, d)),
        ...[beforeEstimate, lastDeFactoCensus].map((r) => ({
          cells: { kind: text.kinds.before, date: String(r.year), time: null, value: r.total, range: null, reportedBy: r.kind, counts: [r.totalNote, r.note].filter(Boolean).join(' ') },
          sources: r.sources,
        })),
      ],
    },
  };
});
